// PackagedComponent: the versioned, immutable package of a component.
import { z } from 'zod'
import type { BoomiClient, CreateOptions, BulkItem } from './client.js'
import { and, anyOf, eq } from './query.js'
import { looseBoolean, looseString, revision } from './zod-helpers.js'

export const packageSchema = z.looseObject({
  packageId: z.string(),
  packageVersion: looseString,
  componentId: z.string(),
  /** The component revision the package holds. */
  componentVersion: revision,
  componentType: z.string().optional(),
  createdDate: z.string().optional(),
  createdBy: z.string().optional(),
  notes: z.string().optional(),
  deleted: looseBoolean.optional()
})
export type PackagedComponent = z.infer<typeof packageSchema>

export interface NewPackage {
  componentId: string
  packageVersion?: string
  notes: string
}

/** Live (non-deleted) packages of these components with this version label. */
export async function findPackagesByVersion(
  client: BoomiClient,
  componentIds: readonly string[],
  packageVersion: string
): Promise<PackagedComponent[]> {
  const found = await client.queryInChunks(
    'PackagedComponent',
    componentIds,
    (ids) => and(eq('packageVersion', packageVersion), anyOf('componentId', ids)),
    packageSchema
  )
  return found.filter((p) => p.deleted !== true)
}

/** Packages of one component created at or after a moment: finds a create whose answer was lost. */
export async function findPackagesCreatedSince(
  client: BoomiClient,
  componentId: string,
  since: string
): Promise<PackagedComponent[]> {
  const found = await client.query(
    'PackagedComponent',
    and(eq('componentId', componentId), { property: 'createdDate', operator: 'GREATER_THAN_OR_EQUAL', argument: [since] }),
    packageSchema
  )
  return found.filter((p) => p.deleted !== true)
}

export function getPackages(client: BoomiClient, packageIds: readonly string[]): Promise<BulkItem<PackagedComponent>[]> {
  return client.bulkGet('PackagedComponent', packageIds, packageSchema)
}

export function createPackage(
  client: BoomiClient,
  body: NewPackage,
  options: CreateOptions<PackagedComponent>
): Promise<PackagedComponent> {
  return client.create('PackagedComponent', body, packageSchema, options)
}
