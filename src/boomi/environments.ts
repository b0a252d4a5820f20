// Environments, the runtimes attached to them, and runtime names.
import { z } from 'zod'
import type { BoomiClient } from './client.js'
import { looksLikeId } from '../plan/resolve.js'
import { anyOf, eq, or } from './query.js'

export const environmentSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  classification: z.string().optional()
})
export type Environment = z.infer<typeof environmentSchema>

export const attachmentSchema = z.looseObject({
  id: z.string().optional(),
  atomId: z.string(),
  environmentId: z.string()
})
export type Attachment = z.infer<typeof attachmentSchema>

export const atomSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  type: z.string().optional(),
  status: z.string().optional()
})
export type Atom = z.infer<typeof atomSchema>

/**
 * The environments named or identified by any of `wanted`: one query for all of them. Only values
 * shaped like an ID go into the `id` clause: a name there is undocumented and may be refused.
 */
export function findEnvironments(client: BoomiClient, wanted: readonly string[]): Promise<Environment[]> {
  const ids = wanted.filter(looksLikeId)
  const byName = anyOf('name', wanted)
  return client.query('Environment', ids.length > 0 ? or(byName, anyOf('id', ids)) : byName, environmentSchema)
}

/**
 * Every environment of the account. The spec makes QueryFilter required, so "all" is a filter
 * that matches every name.
 */
export function listEnvironments(client: BoomiClient): Promise<Environment[]> {
  return client.query('Environment', { property: 'name', operator: 'LIKE', argument: ['%'] }, environmentSchema)
}

export function listAttachments(client: BoomiClient, environmentId: string): Promise<Attachment[]> {
  return client.query('EnvironmentAtomAttachment', eq('environmentId', environmentId), attachmentSchema)
}

export function findAtoms(client: BoomiClient, atomIds: readonly string[]): Promise<Atom[]> {
  return atomIds.length === 0 ? Promise.resolve([]) : client.query('Atom', anyOf('id', atomIds), atomSchema)
}
