// Process schedules, read half: load the file, resolve process and runtime names, and check
// that every process will have schedule objects (active in the environment or deployed by this
// run) — all before any change.
import type { BoomiClient } from '../boomi/client.js'
import { getComponents, componentMetadataSchema, type ComponentMetadata } from '../boomi/components.js'
import { findActiveDeployments } from '../boomi/deployments.js'
import { findSchedules, findScheduleStatuses, type ProcessSchedules, type ScheduleStatus } from '../boomi/schedules.js'
import { findAtoms, listAttachments, type Environment } from '../boomi/environments.js'
import { and, anyOf, eq } from '../boomi/query.js'
import { loadConfigFile } from '../config/load-file.js'
import { INPUT, type Inputs } from '../inputs.js'
import type { BoomiSchedule } from '../plan/schedule-fields.js'
import type { ReleaseItem } from '../plan/release.js'
import { looksLikeId, resolveByNameOrId, ResolveError } from '../plan/resolve.js'
import { normaliseSchedulesFile, schedulesFileSchema, type ProcessSchedulePlan } from '../plan/schedules-file.js'
import { maskSecret } from '../secrets.js'

export interface SchedulesRequest {
  entries: ProcessSchedulePlan[]
  displayPath: string
}

/** One (runtime, process) pair and what its schedules should be. */
export interface ScheduleTarget {
  processId: string
  processName: string
  atomId: string
  runtimeName: string
  schedules: BoomiSchedule[]
  maxRetry?: number
  enabled?: boolean
}

export async function loadSchedulesFile(inputs: Pick<Inputs, 'schedules' | 'workspace'>, env: NodeJS.ProcessEnv): Promise<SchedulesRequest | undefined> {
  if (inputs.schedules === undefined) return undefined
  const loaded = await loadConfigFile({ input: INPUT.schedules, path: inputs.schedules, workspace: inputs.workspace, env, schema: schedulesFileSchema })
  loaded.secrets.forEach(maskSecret)
  return { entries: normaliseSchedulesFile(loaded.data), displayPath: loaded.displayPath }
}

export async function resolveSchedules(
  client: BoomiClient,
  environment: Environment,
  request: SchedulesRequest,
  /** What this run deploys; undefined for a check, which reports a process not deployed as drift. */
  release: readonly ReleaseItem[] | undefined
): Promise<ScheduleTarget[]> {
  const where = `Input '${INPUT.schedules}' (${request.displayPath})`
  const [processes, runtimes] = await Promise.all([
    resolveProcesses(client, request.entries.map((e) => e.process), where),
    attachedRuntimes(client, environment)
  ])
  if (release) await checkDeployed(client, environment, [...processes.values()], release, where)
  return request.entries.flatMap((entry) => {
    const process = processes.get(entry.process)!
    return pickRuntimes(runtimes, entry.runtimes, environment, `${where}, process '${entry.process}'`).map((runtime) => ({
      processId: process.componentId,
      processName: process.name,
      atomId: runtime.id,
      runtimeName: runtime.name,
      schedules: entry.schedules,
      ...(entry.maxRetry !== undefined ? { maxRetry: entry.maxRetry } : {}),
      ...(entry.enabled !== undefined ? { enabled: entry.enabled } : {})
    }))
  })
}

/** Process name or ID → its current metadata; names with one query, IDs with one bulk GET. */
async function resolveProcesses(client: BoomiClient, keys: string[], where: string): Promise<Map<string, ComponentMetadata>> {
  const ids = keys.filter(looksLikeId)
  const names = keys.filter((k) => !looksLikeId(k))
  const [byId, byName] = await Promise.all([
    ids.length ? getComponents(client, ids) : Promise.resolve([]),
    names.length
      ? client.query('ComponentMetadata', and(eq('type', 'process'), eq('currentVersion', true), eq('deleted', false), anyOf('name', names)), componentMetadataSchema)
      : Promise.resolve([])
  ])
  const resolved = new Map<string, ComponentMetadata>()
  for (const item of byId) {
    if (!item.found || item.value.type !== 'process' || item.value.deleted === true) {
      throw new ResolveError(`${where}: '${item.id}' is not a current process component in this account.`)
    }
    resolved.set(item.id, item.value)
  }
  for (const name of names) {
    const matches = byName.filter((c) => c.name === name)
    if (matches.length === 0) throw new ResolveError(`${where}: no current process named '${name}'. Check the name in Boomi's Build tab, or use the process ID.`)
    if (matches.length > 1) {
      throw new ResolveError(`${where}: ${matches.length} processes are named '${name}' (${matches.map((m) => m.componentId).join(', ')}). Use the ID instead.`)
    }
    resolved.set(name, matches[0]!)
  }
  return resolved
}

async function attachedRuntimes(client: BoomiClient, environment: Environment): Promise<{ id: string; name: string }[]> {
  const attachments = await listAttachments(client, environment.id)
  const atoms = await findAtoms(client, attachments.map((a) => a.atomId))
  return attachments.map((a) => ({ id: a.atomId, name: atoms.find((atom) => atom.id === a.atomId)?.name ?? a.atomId }))
}

function pickRuntimes(attached: { id: string; name: string }[], wanted: string[] | undefined, environment: Environment, where: string) {
  if (attached.length === 0) throw new ResolveError(`${where}: no runtime is attached to environment ${environment.name}, so there is nothing to schedule on.`)
  if (wanted === undefined) return attached
  return wanted.map((name) => resolveByNameOrId(attached, (r) => r, name, 'runtime', where, `Runtimes attached to ${environment.name}`))
}

/** A process has schedule objects only where it is deployed: fail early, naming it. */
async function checkDeployed(client: BoomiClient, environment: Environment, processes: ComponentMetadata[], release: readonly ReleaseItem[], where: string) {
  const deployedByRun = new Set(release.filter((i) => i.deployStep.action !== 'none').map((i) => i.componentId))
  const others = processes.filter((p) => !deployedByRun.has(p.componentId))
  if (others.length === 0) return
  const active = await findActiveDeployments(client, environment.id, others.map((p) => p.componentId))
  const missing = others.filter((p) => !active.some((d) => d.componentId === p.componentId))
  if (missing.length > 0) {
    const list = missing.map((p) => `'${p.name}'`).join(', ')
    throw new ResolveError(
      `${where}: ${list} ${missing.length === 1 ? 'is' : 'are'} not deployed in ${environment.name} and not deployed by this run, so Boomi has no schedule for ${missing.length === 1 ? 'it' : 'them'}. Add the process to component-ids, or deploy it first.`
    )
  }
}

/** What one (runtime, process) pair has in Boomi: no schedules object where it is not deployed. */
export interface LiveSchedules {
  schedules?: ProcessSchedules | undefined
  status?: ScheduleStatus | undefined
}

/** One query for every pair's schedules (and one for statuses, when the file sets `enabled`). */
export async function readLiveSchedules(client: BoomiClient, targets: readonly ScheduleTarget[]): Promise<(t: ScheduleTarget) => LiveSchedules> {
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
