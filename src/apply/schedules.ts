// Process schedules, write half: one query for every schedule object of the run, then an
// update only where the schedules, retries or status differ (schedule lists 15 pairs a call).
import type { BoomiClient } from '../boomi/client.js'
import { BoomiApiError } from '../boomi/errors.js'
import { updateSchedules, updateScheduleStatus, type ProcessSchedules, type ScheduleStatus } from '../boomi/schedules.js'
import { sameSchedules } from '../plan/schedule-fields.js'
import { readLiveSchedules, type LiveSchedules, type ScheduleTarget } from '../read/schedules.js'
import { readUntilSettled } from '../read/settle.js'

/** `not schedulable`: Boomi refused because the process is a listener (a warning, not a failure). */
export type ScheduleAction = 'updated' | 'unchanged' | 'will update' | 'will set' | 'not started' | 'not schedulable' | 'failed'

export interface ScheduleOutcome {
  processId: string
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

/** What each (runtime, process) pair would become, from a read; `write` false changes nothing. */
export async function applySchedules(client: BoomiClient, targets: readonly ScheduleTarget[], write: boolean): Promise<ScheduleOutcome[]> {
  // After the run's own deploy, new schedule objects may show up a little late.
  const current = write
    ? await readUntilSettled(client, () => readLiveSchedules(client, targets), (found) => targets.every((t) => isComplete(t, found(t))))
    : await readLiveSchedules(client, targets)
  const decisions = targets.map((t) => decide(t, current(t), write))
  if (write) await carryOut(client, decisions)
  const results = decisions.map((d) => d.outcome)
  const failures = results.filter((r) => r.action === 'failed')
  if (failures.length > 0) {
    throw new SchedulesFailed(failures.map((f) => `Schedules of '${f.process}' on ${f.runtime}: ${f.error}`).join('\n'), results)
  }
  return results
}

/** Everything the target needs was read: its schedule object, and its status object when `enabled` is set. */
function isComplete(target: ScheduleTarget, current: LiveSchedules): boolean {
  return current.schedules !== undefined && (target.enabled === undefined || current.status !== undefined)
}

interface Decision {
  outcome: ScheduleOutcome
  schedules?: ProcessSchedules
  status?: ScheduleStatus
}

function decide(target: ScheduleTarget, current: LiveSchedules, write: boolean): Decision {
  const outcome = describeTarget(target)
  if (!current.schedules || !isComplete(target, current)) {
    // Only a process this run deploys gets here (the read half checked the others), and only
    // after the bounded re-reads found nothing.
    outcome.action = write ? 'failed' : 'will set'
    if (write) outcome.error = `Boomi has no schedule ${current.schedules ? 'status ' : ''}object for it after the deployment`
    return { outcome }
  }
  const wanted = desiredSchedules(current.schedules, target)
  const read = current.status
  const status =
    target.enabled !== undefined && read && read.enabled !== target.enabled
      ? { id: read.id, atomId: read.atomId, processId: read.processId, enabled: target.enabled }
      : undefined
  const schedules = sameObjects(current.schedules, wanted) ? undefined : wanted
  outcome.action = !schedules && !status ? 'unchanged' : write ? 'not started' : 'will update'
  return { outcome, ...(schedules ? { schedules } : {}), ...(status ? { status } : {}) }
}

/** Boomi's bulk UPDATE takes this many schedule objects a call. */
const PER_CALL = 15

/**
 * Schedule lists in bulk, statuses one by one (Boomi has no bulk for them); each pair's outcome.
 * After the first failure no further call starts: what was not sent stays `not started`.
 */
async function carryOut(client: BoomiClient, decisions: Decision[]): Promise<void> {
  const withSchedules = decisions.filter((d) => d.schedules)
  const failed = () => decisions.some((d) => d.outcome.action === 'failed')
  for (let start = 0; start < withSchedules.length && !failed(); start += PER_CALL) {
    const batch = withSchedules.slice(start, start + PER_CALL)
    try {
      const answers = await updateSchedules(client, batch.map((d) => d.schedules!))
      answers.forEach((answer, i) => {
        const decision = batch[i]!
        if (answer.ok) decision.outcome.action = decision.status ? 'not started' : 'updated'
        else refuse(decision, answer.status, answer.message)
      })
    } catch (error) {
      batch.forEach((d) => fail(d, explain(error)))
    }
  }
  for (const d of decisions) {
    if (failed()) return
    if (!d.status || d.outcome.action !== 'not started') continue
    try {
      await updateScheduleStatus(client, d.status)
      d.outcome.action = 'updated'
    } catch (error) {
      fail(d, explain(error))
    }
  }
}

function fail(decision: Decision, error: string): void {
  decision.outcome.action = 'failed'
  decision.outcome.error = error
}

/** A listener refused is Boomi's rule, not a failure of the run: the caller warns once per process. */
function refuse(decision: Decision, status: number | undefined, message: string): void {
  if (status === 400 && /listener/i.test(message)) {
    decision.outcome.action = 'not schedulable'
    decision.outcome.error = `Boomi does not schedule listener processes (HTTP 400: ${message})`
    return
  }
  fail(decision, explainRefusal(status, message))
}

/**
 * The body sent: only the documented fields, no "@type" copied from the read. Retry goes as the
 * user gave it or exactly as read (Boomi's default reads maxRetry 5); never an invented value.
 */
function desiredSchedules(current: ProcessSchedules, target: ScheduleTarget): ProcessSchedules {
  const read = current.Retry
  const retry =
    target.maxRetry !== undefined
      ? { Schedule: read?.Schedule ?? [], maxRetry: target.maxRetry }
      : read && { Schedule: read.Schedule, ...(read.maxRetry !== undefined ? { maxRetry: read.maxRetry } : {}) }
  return {
    id: current.id,
    atomId: current.atomId,
    processId: current.processId,
    Schedule: target.schedules,
    ...(retry ? { Retry: retry } : {})
  }
}

function sameObjects(current: ProcessSchedules, wanted: ProcessSchedules): boolean {
  return (
    sameSchedules(current.Schedule, wanted.Schedule) &&
    (current.Retry?.maxRetry ?? undefined) === (wanted.Retry?.maxRetry ?? undefined)
  )
}

function describeTarget(target: ScheduleTarget): ScheduleOutcome {
  return {
    processId: target.processId,
    process: target.processName,
    runtime: target.runtimeName,
    schedules: target.shown,
    ...(target.maxRetry !== undefined ? { maxRetry: target.maxRetry } : {}),
    ...(target.enabled !== undefined ? { enabled: target.enabled } : {}),
    action: 'not started'
  }
}

function explain(error: unknown): string {
  if (error instanceof BoomiApiError) return explainRefusal(error.status, error.boomiMessage)
  return error instanceof Error ? error.message : String(error)
}

function explainRefusal(status: number | undefined, message: string): string {
  if (status === 400) {
    return `Boomi refused the schedule (HTTP 400: ${message}). Listener processes cannot be scheduled; remove it from the schedules file.`
  }
  return status === undefined ? message : `HTTP ${status}: ${message}`
}
