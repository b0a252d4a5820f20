// Process schedules, write half: one query for every schedule object of the run, then an
// update only where the schedules, retries or status differ.
import type { BoomiClient } from '../boomi/client.js'
import { BoomiApiError } from '../boomi/errors.js'
import {
  findSchedules,
  findScheduleStatuses,
  updateSchedules,
  updateScheduleStatus,
  type ProcessSchedules,
  type ScheduleStatus
} from '../boomi/schedules.js'
import { sameSchedule, type BoomiSchedule } from '../plan/schedule-fields.js'
import { describeSchedule } from '../plan/schedule-words.js'
import type { ScheduleTarget } from '../read/schedules.js'

export type ScheduleAction = 'updated' | 'unchanged' | 'will update' | 'will set' | 'not started' | 'failed'

export interface ScheduleOutcome {
  process: string
  runtime: string
  schedules: string[]
  maxRetry?: number
  enabled?: boolean
  action: ScheduleAction
  error?: string
}

export class SchedulesFailed extends Error {
  override name = 'SchedulesFailed'
  /** Every pair's outcome, the ones written before the failure included. */
  constructor(message: string, readonly outcomes: ScheduleOutcome[]) {
    super(message)
  }
}

interface Current {
  schedules?: ProcessSchedules
  status?: ScheduleStatus
}

/** What each (runtime, process) pair would become, from a read; `write` false changes nothing. */
export async function applySchedules(client: BoomiClient, targets: readonly ScheduleTarget[], write: boolean): Promise<ScheduleOutcome[]> {
  const current = await readCurrent(client, targets)
  const outcomes = await Promise.allSettled(targets.map((t) => settle(client, t, current(t), write)))
  const results = outcomes.map((o, i) => (o.status === 'fulfilled' ? o.value : failed(targets[i]!, o.reason)))
  const failures = results.filter((r) => r.action === 'failed')
  if (failures.length > 0) {
    throw new SchedulesFailed(failures.map((f) => `Schedules of '${f.process}' on ${f.runtime}: ${f.error}`).join('\n'), results)
  }
  return results
}

async function readCurrent(client: BoomiClient, targets: readonly ScheduleTarget[]): Promise<(t: ScheduleTarget) => Current> {
  const atomIds = [...new Set(targets.map((t) => t.atomId))]
  const processIds = [...new Set(targets.map((t) => t.processId))]
  if (atomIds.length === 0) return () => ({})
  const wantsStatus = targets.some((t) => t.enabled !== undefined)
  const [schedules, statuses] = await Promise.all([
    findSchedules(client, atomIds, processIds),
    wantsStatus ? findScheduleStatuses(client, atomIds, processIds) : Promise.resolve([])
  ])
  const match = <T extends { atomId: string; processId: string }>(items: T[], t: ScheduleTarget) =>
    items.find((s) => s.atomId === t.atomId && s.processId === t.processId)
  return (t) => ({ schedules: match(schedules, t), status: match(statuses, t) })
}

async function settle(client: BoomiClient, target: ScheduleTarget, current: Current, write: boolean): Promise<ScheduleOutcome> {
  const outcome = describeTarget(target)
  if (!current.schedules) {
    // Only a process this run deploys gets here (the read half checked the others).
    outcome.action = write ? 'failed' : 'will set'
    if (write) outcome.error = 'Boomi has no schedule object for it after the deployment'
    return outcome
  }
  const wanted = desiredSchedules(current.schedules, target)
  const statusChange = target.enabled !== undefined && current.status !== undefined && current.status.enabled !== target.enabled
  const scheduleChange = !sameSchedules(current.schedules, wanted)
  if (!scheduleChange && !statusChange) {
    outcome.action = 'unchanged'
    return outcome
  }
  if (!write) {
    outcome.action = 'will update'
    return outcome
  }
  try {
    if (scheduleChange) await updateSchedules(client, wanted)
    if (statusChange && current.status) await updateScheduleStatus(client, { ...current.status, enabled: target.enabled! })
    outcome.action = 'updated'
  } catch (error) {
    outcome.action = 'failed'
    outcome.error = explain(error)
  }
  return outcome
}

function desiredSchedules(current: ProcessSchedules, target: ScheduleTarget): ProcessSchedules {
  const retry = target.maxRetry !== undefined ? { Schedule: current.Retry?.Schedule ?? [], maxRetry: target.maxRetry } : current.Retry
  return {
    id: current.id,
    atomId: current.atomId,
    processId: current.processId,
    Schedule: target.schedules,
    ...(retry ? { Retry: retry } : {})
  }
}

function sameSchedules(current: ProcessSchedules, wanted: ProcessSchedules): boolean {
  return (
    sameList(current.Schedule, wanted.Schedule) &&
    (current.Retry?.maxRetry ?? undefined) === (wanted.Retry?.maxRetry ?? undefined)
  )
}

function sameList(a: BoomiSchedule[], b: BoomiSchedule[]): boolean {
  return a.length === b.length && a.every((s, i) => sameSchedule(s, b[i]!))
}

function describeTarget(target: ScheduleTarget): ScheduleOutcome {
  return {
    process: target.processName,
    runtime: target.runtimeName,
    schedules: target.schedules.map(describeSchedule),
    ...(target.maxRetry !== undefined ? { maxRetry: target.maxRetry } : {}),
    ...(target.enabled !== undefined ? { enabled: target.enabled } : {}),
    action: 'not started'
  }
}

function failed(target: ScheduleTarget, reason: unknown): ScheduleOutcome {
  return { ...describeTarget(target), action: 'failed', error: explain(reason) }
}

function explain(error: unknown): string {
  if (error instanceof BoomiApiError && error.status === 400) {
    return `Boomi refused the schedule (HTTP 400: ${error.boomiMessage}). Listener processes cannot be scheduled; remove it from the schedules file.`
  }
  return error instanceof Error ? error.message : String(error)
}
