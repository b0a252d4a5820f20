// DeployedPackage: a package deployed in an environment; `active` marks the one in effect.
import { z } from 'zod'
import type { BoomiClient, CreateOptions } from './client.js'
import { and, anyOf, eq } from './query.js'
import { looseBoolean, looseInt, looseString, revision } from './zod-helpers.js'

export const deploymentSchema = z.looseObject({
  deploymentId: z.string(),
  packageId: z.string(),
  packageVersion: looseString.optional(),
  environmentId: z.string(),
  componentId: z.string(),
  /** The component revision the package holds. */
  componentVersion: revision,
  componentType: z.string().optional(),
  deployedDate: z.string().optional(),
  deployedBy: z.string().optional(),
  notes: z.string().optional(),
  active: looseBoolean.optional(),
  version: looseInt.optional(),
  /** Set on success when the deployment went over the account's connection licences. */
  message: z.string().optional()
})
export type DeployedPackage = z.infer<typeof deploymentSchema>

export interface NewDeployment {
  environmentId: string
  packageId: string
  notes: string
}

/** The active deployments of these components in one environment. */
export async function findActiveDeployments(
  client: BoomiClient,
  environmentId: string,
  componentIds: readonly string[]
): Promise<DeployedPackage[]> {
  const found = await client.queryInChunks(
    'DeployedPackage',
    componentIds,
    (ids) => and(eq('environmentId', environmentId), eq('active', true), anyOf('componentId', ids)),
    deploymentSchema
  )
  return found.filter((d) => d.active !== false)
}

export function createDeployment(
  client: BoomiClient,
  body: NewDeployment,
  options: CreateOptions<DeployedPackage>
): Promise<DeployedPackage> {
  return client.create('DeployedPackage', body, deploymentSchema, options)
}
