// Environments, the runtimes attached to them, and runtime names.
import { z } from 'zod'
import type { BoomiClient } from './client.js'
import { anyOf, eq } from './query.js'

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

/** Every environment of the account: one query answers any number of names and IDs. */
export function listEnvironments(client: BoomiClient): Promise<Environment[]> {
  return client.query('Environment', undefined, environmentSchema)
}

export function listAttachments(client: BoomiClient, environmentId: string): Promise<Attachment[]> {
  return client.query('EnvironmentAtomAttachment', eq('environmentId', environmentId), attachmentSchema)
}

export function findAtoms(client: BoomiClient, atomIds: readonly string[]): Promise<Atom[]> {
  return atomIds.length === 0 ? Promise.resolve([]) : client.query('Atom', anyOf('id', atomIds), atomSchema)
}
