// Component metadata: names and types of the components the run touches.
import { z } from 'zod'
import type { BoomiClient, BulkItem } from './client.js'
import { and, anyOf, eq } from './query.js'
import { looseBoolean, looseInt } from './zod-helpers.js'

export const componentMetadataSchema = z.looseObject({
  componentId: z.string(),
  /** Revision; with currentVersion true, the component's current one. */
  version: looseInt.optional(),
  name: z.string(),
  type: z.string(),
  currentVersion: looseBoolean.optional(),
  deleted: looseBoolean.optional(),
  /** The folder as Boomi reports it (a `Folder/Name` reference matches it as written). */
  folderName: z.string().optional(),
  folderId: z.string().optional()
})
export type ComponentMetadata = z.infer<typeof componentMetadataSchema>

/** Latest revision of each component, per ID (Boomi answers a missing ID per item). */
export function getComponents(client: BoomiClient, ids: readonly string[]): Promise<BulkItem<ComponentMetadata>[]> {
  return client.bulkGet('ComponentMetadata', ids, componentMetadataSchema)
}

/**
 * Types Boomi can package: PackagedComponent.componentType, plus API Proxy (`webservice.external`),
 * which the spec's PackagedComponent notes list as packageable.
 */
export const PACKAGEABLE = ['certificate', 'customlibrary', 'flowservice', 'process', 'processroute', 'tpgroup', 'webservice', 'webservice.external']

const current = () => [eq('currentVersion', true), eq('deleted', false)]

/**
 * The current, non-deleted revision of every component with one of these names: one query per
 * chunk of names. Rows Boomi marks otherwise are dropped too, in case a filter is not honoured.
 */
export async function findCurrentByNames(client: BoomiClient, names: readonly string[]): Promise<ComponentMetadata[]> {
  if (names.length === 0) return []
  const found = await client.queryInChunks('ComponentMetadata', names, (part) => and(...current(), anyOf('name', part)), componentMetadataSchema)
  return found.filter((c) => c.currentVersion !== false && c.deleted !== true)
}

/** Every current, packageable component: only read to suggest names after a name matched nothing. */
export async function listPackageable(client: BoomiClient): Promise<ComponentMetadata[]> {
  const found = await client.query('ComponentMetadata', and(...current(), anyOf('type', PACKAGEABLE)), componentMetadataSchema)
  return found.filter((c) => c.currentVersion !== false && c.deleted !== true)
}
