// ProcessSchedules and ProcessScheduleStatus: one object of each per (runtime, process),
// made by Boomi when the process is deployed to an environment the runtime serves.
import { z } from 'zod'
import { boomiScheduleSchema } from '../plan/schedule-fields.js'
import type { BoomiClient, BulkUpdateItem } from './client.js'
import { and, anyOf } from './query.js'
import { list, looseBoolean, looseInt } from './zod-helpers.js'

export const processSchedulesSchema = z.looseObject({
  id: z.string(),
  atomId: z.string(),
  processId: z.string(),
  Schedule: list(boomiScheduleSchema),
  Retry: z.looseObject({ Schedule: list(boomiScheduleSchema), maxRetry: looseInt.optional() }).optional()
})
export type ProcessSchedules = z.infer<typeof processSchedulesSchema>

export const scheduleStatusSchema = z.looseObject({
  id: z.string(),
  atomId: z.string(),
  processId: z.string(),
  enabled: looseBoolean
})
export type ScheduleStatus = z.infer<typeof scheduleStatusSchema>

/** Every schedule object of these processes on these runtimes, in one query. */
export function findSchedules(client: BoomiClient, atomIds: readonly string[], processIds: readonly string[]): Promise<ProcessSchedules[]> {
  return client.query('ProcessSchedules', and(anyOf('atomId', atomIds), anyOf('processId', processIds)), processSchedulesSchema)
}

export function findScheduleStatuses(client: BoomiClient, atomIds: readonly string[], processIds: readonly string[]): Promise<ScheduleStatus[]> {
  return client.query('ProcessScheduleStatus', and(anyOf('atomId', atomIds), anyOf('processId', processIds)), scheduleStatusSchema)
}

/**
 * Replaces the whole schedule list (and retry) of each (runtime, process) pair, 15 pairs a
 * call through the bulk UPDATE; Boomi answers per pair (a listener process is refused alone).
 */
export function updateSchedules(client: BoomiClient, bodies: readonly ProcessSchedules[]): Promise<BulkUpdateItem[]> {
  return client.bulkUpdate('ProcessSchedules', bodies)
}

export function updateScheduleStatus(client: BoomiClient, body: ScheduleStatus): Promise<ScheduleStatus> {
  return client.update(`ProcessScheduleStatus/${encodeURIComponent(body.id)}`, body, scheduleStatusSchema)
}
