// The release pipeline behind `run`: load the files, read and plan everything, then write —
// package and deploy, extensions, schedules. Loaded by main once the inputs are valid.
import { applyExtensions } from './apply/extensions.js'
import { applyRelease } from './apply/release.js'
import { applySchedules, SchedulesFailed } from './apply/schedules.js'
import { applyUndeploy } from './apply/undeploy.js'
import { BoomiClient } from './boomi/client.js'
import type { Environment } from './boomi/environments.js'
import type { Inputs } from './inputs.js'
import { loadExtensionsFile, readExtensionsPlan, type ExtensionsRequest } from './read/extensions.js'
import { readRelease, type ReleasePlan } from './read/release.js'
export { withReleaseManifest } from './read/release-manifest.js'
import { loadSchedulesFile, resolveSchedules, type ScheduleTarget, type SchedulesRequest } from './read/schedules.js'
import { componentReports, type RunReport } from './report.js'
import * as core from '@actions/core'

export interface Files {
  extensions?: ExtensionsRequest
  schedules?: SchedulesRequest
}

export interface Plan {
  release: ReleasePlan
  scheduleTargets: ScheduleTarget[]
}

export async function loadFiles(inputs: Inputs): Promise<Files> {
  const extensions = await loadExtensionsFile(inputs, process.env)
  const schedules = await loadSchedulesFile(inputs, process.env)
  return { ...(extensions ? { extensions } : {}), ...(schedules ? { schedules } : {}) }
}

export async function readAndPlan(client: BoomiClient, inputs: Inputs, files: Files, report: RunReport): Promise<Plan> {
  const release = await readRelease(client, inputs)
  report.environment = release.environment ? { id: release.environment.id, name: release.environment.name } : null
  report.components = componentReports(release.items, inputs.dryRun)
  for (const component of report.components) if (component.warning) core.warning(component.warning)
  if (release.gate) report.gate = release.gate
  const environment = release.environment
  if (!environment) return { release, scheduleTargets: [] }
  const [extensions, scheduleTargets] = await Promise.all([
    files.extensions ? readExtensionsPlan(client, environment, files.extensions) : undefined,
    files.schedules ? resolveSchedules(client, environment, files.schedules, release.items) : []
  ])
  if (files.extensions && extensions) {
    report.extensions = { status: inputs.dryRun ? 'planned' : 'not started', file: files.extensions.displayPath, mode: files.extensions.mode, changes: extensions.changes }
  }
  if (files.schedules) {
    // A dry run shows what would change; a real run decides again after the deploy.
    const items = inputs.dryRun ? await applySchedules(client, scheduleTargets, false) : []
    report.schedules = { status: inputs.dryRun ? 'planned' : 'not started', file: files.schedules.displayPath, items }
  }
  return { release, scheduleTargets }
}

export async function write(client: BoomiClient, inputs: Inputs, files: Files, plan: Plan, report: RunReport): Promise<void> {
  const environment = plan.release.environment
  if (inputs.command === 'undeploy' && environment) {
    await core.group(`Undeploy from ${environment.name}`, () => applyUndeploy(client, plan.release.items, report.components, core.info))
    return
  }
  const title = inputs.command === 'rollback' ? 'Roll back in' : 'Package and deploy to'
  await core.group(environment ? `${title} ${environment.name}` : 'Package', () =>
    applyRelease(plan.release.items, report.components, {
      client,
      ...(environment ? { environmentId: environment.id } : {}),
      notes: inputs.notes,
      ...(inputs.listenerStatus ? { listenerStatus: inputs.listenerStatus === 'paused' ? ('PAUSED' as const) : ('RUNNING' as const) } : {}),
      startedAt: new Date().toISOString(),
      log: core.info,
      warn: core.warning
    })
  )
  if (!environment) return
  if (files.extensions && report.extensions) await writeExtensions(client, environment, files.extensions, report.extensions)
  if (report.schedules) await writeSchedules(client, plan.scheduleTargets, report.schedules)
}

async function writeExtensions(client: BoomiClient, environment: Environment, request: ExtensionsRequest, section: NonNullable<RunReport['extensions']>) {
  section.status = 'failed'
  const outcome = await core.group(`Extensions of ${environment.name}`, () => applyExtensions(client, environment, request, core.info))
  section.changes = outcome.changes
  section.status = outcome.written ? 'written' : 'unchanged'
}

async function writeSchedules(client: BoomiClient, targets: ScheduleTarget[], section: NonNullable<RunReport['schedules']>) {
  section.status = 'failed'
  try {
    section.items = await core.group('Schedules', () => applySchedules(client, targets, true))
  } catch (error) {
    if (error instanceof SchedulesFailed) section.items = error.outcomes
    throw error
  }
  section.status = section.items.some((i) => i.action === 'updated') ? 'written' : 'unchanged'
}

export function createClient(inputs: Inputs): BoomiClient {
  return new BoomiClient({
    baseUrl: inputs.baseUrl,
    accountId: inputs.accountId,
    username: inputs.username,
    token: inputs.apiToken,
    maxRequestsPerSecond: inputs.maxRequestsPerSecond,
    debug: core.debug
  })
}
