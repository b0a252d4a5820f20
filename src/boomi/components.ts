// Component metadata: names and types of the components the run touches.
import { z } from 'zod'
import type { BoomiClient, BulkItem } from './client.js'
import { and, eq } from './query.js'
import { looseBoolean, looseInt } from './zod-helpers.js'

export const componentMetadataSchema = z.looseObject({
  componentId: z.string(),
  /** Revision; with currentVersion true, the component's current one. */
  version: looseInt.optional(),
  name: z.string(),
  type: z.string(),
  currentVersion: looseBoolean.optional(),
  deleted: looseBoolean.optional()
})
export type ComponentMetadata = z.infer<typeof componentMetadataSchema>

/** Latest revision of each component, per ID (Boomi answers a missing ID per item). */
export function getComponents(client: BoomiClient, ids: readonly string[]): Promise<BulkItem<ComponentMetadata>[]> {
  return client.bulkGet('ComponentMetadata', ids, componentMetadataSchema)
}

/** Current, non-deleted components of a type with one of the given names. */
export function findComponentsByName(client: BoomiClient, type: string, name: string): Promise<ComponentMetadata[]> {
  return client.query(
    'ComponentMetadata',
    and(eq('name', name), eq('type', type), eq('currentVersion', true), eq('deleted', false)),
    componentMetadataSchema
  )
}
