// Process schedules, read half: load the file, resolve process and runtime names, and check
// that every process will have schedule objects (active in the environment or deployed by this
// run) — all before any change.
import type { BoomiClient } from '../boomi/client.js'
import { getComponents, componentMetadataSchema, type ComponentMetadata } from '../boomi/components.js'
import { findActiveDeployments } from '../boomi/deployments.js'
import { findSchedules, findScheduleStatuses, type ProcessSchedules, type ScheduleStatus } from '../boomi/schedules.js'
import { findAtoms, listAttachments, type Environment } from '../boomi/environments.js'
import { and, anyOf, eq } from '../boomi/query.js'
import { loadConfigFile, type FileLocation, type LoadedFile } from '../config/load-file.js'
import { INPUT, type Inputs } from '../inputs.js'
import { FIELD_NAMES, type BoomiSchedule } from '../plan/schedule-fields.js'
import { describeSchedule } from '../plan/schedule-words.js'
import type { ReleaseItem } from '../plan/release.js'
import { closestNames, looksLikeId, resolveByNameOrId, ResolveError } from '../plan/resolve.js'
import { normaliseSchedulesFile, schedulesFileSchema, type ProcessSchedulePlan, type SchedulesFile } from '../plan/schedules-file.js'

export interface SchedulesRequest extends Pick<LoadedFile<SchedulesFile>, 'displayPath' | 'shownAs' | 'locate'> {
  entries: ProcessSchedulePlan[]
}

/** One (runtime, process) pair and what its schedules should be. */
export interface ScheduleTarget {
  processId: string
  processName: string
  atomId: string
  runtimeName: string
  schedules: BoomiSchedule[]
  /** Each schedule as the summary shows it: in words, or as written where it used ${VAR}. */
  shown: string[]
  maxRetry?: number
  enabled?: boolean
  /** The process's entry in the schedules file. */
  location: FileLocation
}

export async function loadSchedulesFile(inputs: Pick<Inputs, 'schedules' | 'workspace'>, env: NodeJS.ProcessEnv): Promise<SchedulesRequest | undefined> {
  if (inputs.schedules === undefined) return undefined
  const loaded = await loadConfigFile({ input: INPUT.schedules, path: inputs.schedules, workspace: inputs.workspace, env, schema: schedulesFileSchema })
  // ${VAR} values are shown as written, not registered as secrets (see loadExtensionsFile).
  return { entries: normaliseSchedulesFile(loaded.data), displayPath: loaded.displayPath, shownAs: loaded.shownAs, locate: loaded.locate }
}

/** A schedule in words, or as written when it used ${VAR}: a variable's value is never shown. */
function shownSchedule(request: SchedulesRequest, process: string, index: number, schedule: BoomiSchedule): string {
  const path = [process, 'schedules', index]
  const cron = request.shownAs([...path, 'cron'])
  if (cron !== undefined) return `cron ${cron}`
  const fields = FIELD_NAMES.map((name) => [name, request.shownAs([...path, name])] as const)
  if (fields.every(([, text]) => text === undefined)) return describeSchedule(schedule)
  return fields.map(([name, text]) => `${name} ${text ?? schedule[name]}`).join(', ')
}

export interface Runtime {
  id: string
  name: string
}

export async function resolveSchedules(
  client: BoomiClient,
  environment: Environment,
  request: SchedulesRequest,
  /** What this run deploys; undefined for a check, which reports a process not deployed as drift. */
  release: readonly ReleaseItem[] | undefined,
  /** The environment's runtimes when the caller has read them already. */
  known?: Runtime[]
): Promise<ScheduleTarget[]> {
  const where = `Input '${INPUT.schedules}' (${request.displayPath})`
  const [processes, runtimes] = await Promise.all([resolveProcesses(client, request, where), known ?? attachedRuntimes(client, environment)])
  if (release) await checkDeployed(client, environment, processes, release, request, where)
  return request.entries.flatMap((entry) => {
    const process = processes.get(entry.process)!
    const runtimesAt = request.locate([entry.process, 'runtimes'])
    return pickRuntimes(runtimes, entry.runtimes, environment, `${where}, process '${entry.process}'`, runtimesAt).map((runtime) => ({
      processId: process.componentId,
      processName: process.name,
      atomId: runtime.id,
      runtimeName: runtime.name,
      schedules: entry.schedules,
      shown: entry.schedules.map((schedule, i) => shownSchedule(request, entry.process, i, schedule)),
      location: request.locate([entry.process]),
      ...(entry.maxRetry !== undefined ? { maxRetry: entry.maxRetry } : {}),
      ...(entry.enabled !== undefined ? { enabled: entry.enabled } : {})
    }))
  })
}

/** Process name or ID → its current metadata; names with one query, IDs with one bulk GET. */
async function resolveProcesses(client: BoomiClient, request: SchedulesRequest, where: string): Promise<Map<string, ComponentMetadata>> {
  const keys = request.entries.map((e) => e.process)
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
    const location = request.locate([item.id])
    if (!item.found || item.value.type !== 'process') {
      throw new ResolveError(`${where}: '${item.id}' is not a process component in this account.`, location)
    }
    if (item.value.deleted === true) {
      throw new ResolveError(`${where}: process '${item.value.name}' (${item.id}) is deleted in Boomi. Restore it, or remove it from the schedules file.`, location)
    }
    resolved.set(item.id, item.value)
  }
  for (const name of names) {
    const location = request.locate([name])
    const matches = byName.filter((c) => c.name === name)
    if (matches.length === 0) {
      throw new ResolveError(`${where}: no current process named '${name}'. ${await closestProcesses(client, name)}Check the name in Boomi's Build tab, or use the process ID.`, location)
    }
    if (matches.length > 1) {
      throw new ResolveError(`${where}: ${matches.length} processes are named '${name}' (${matches.map((m) => m.componentId).join(', ')}). Use the ID instead.`, location)
    }
    resolved.set(name, matches[0]!)
  }
  return resolved
}

/** Only on the way to an error: every current process name, to suggest the closest. */
async function closestProcesses(client: BoomiClient, name: string): Promise<string> {
  const all = await client.query('ComponentMetadata', and(eq('type', 'process'), eq('currentVersion', true), eq('deleted', false)), componentMetadataSchema)
  const closest = closestNames(name, all.map((c) => c.name))
  return closest.length > 0 ? `Closest process names: ${closest.map((n) => `'${n}'`).join(', ')}. ` : ''
}

/** The runtimes attached to an environment; their names only when asked (one more query). */
export async function attachedRuntimes(client: BoomiClient, environment: Environment, withNames = true): Promise<Runtime[]> {
  const attachments = await listAttachments(client, environment.id)
  const atoms = withNames ? await findAtoms(client, attachments.map((a) => a.atomId)) : []
  return attachments.map((a) => ({ id: a.atomId, name: atoms.find((atom) => atom.id === a.atomId)?.name ?? a.atomId }))
}

function pickRuntimes(attached: Runtime[], wanted: string[] | undefined, environment: Environment, where: string, location: FileLocation) {
  if (attached.length === 0) {
    throw new ResolveError(`${where}: no runtime is attached to environment ${environment.name}, so there is nothing to schedule on.`, location)
  }
  if (wanted === undefined) return attached
  return wanted.map((name) => resolveByNameOrId(attached, (r) => r, name, 'runtime', where, `Runtimes attached to ${environment.name}`, location))
}

/** A process has schedule objects only where it is deployed: fail early, naming it. */
async function checkDeployed(
  client: BoomiClient,
  environment: Environment,
  resolved: Map<string, ComponentMetadata>,
  release: readonly ReleaseItem[],
  request: SchedulesRequest,
  where: string
) {
  const processes = [...resolved.values()]
  const deployedByRun = new Set(release.filter((i) => i.deployStep.action !== 'none').map((i) => i.componentId))
  const others = processes.filter((p) => !deployedByRun.has(p.componentId))
  if (others.length === 0) return
  const active = await findActiveDeployments(client, environment.id, others.map((p) => p.componentId))
  const missing = others.filter((p) => !active.some((d) => d.componentId === p.componentId))
  if (missing.length > 0) {
    const list = missing.map((p) => `'${p.name}'`).join(', ')
    const key = [...resolved.entries()].find(([, p]) => p.componentId === missing[0]!.componentId)?.[0]
    throw new ResolveError(
      `${where}: ${list} ${missing.length === 1 ? 'is' : 'are'} not deployed in ${environment.name} and not deployed by this run, so Boomi has no schedule for ${missing.length === 1 ? 'it' : 'them'}. Add the process to component-ids, or deploy it first.`,
      key === undefined ? { file: request.displayPath } : request.locate([key])
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
