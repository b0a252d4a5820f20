// The release pipeline behind `run`: load the files, read and plan everything, then write —
// package and deploy, extensions, schedules. Loaded by main once the inputs are valid.
import { annotationAt } from './annotations.js'
import { applyExtensions, ExtensionsNotApplied } from './apply/extensions.js'
import { applyRelease } from './apply/release.js'
import { applySchedules, SchedulesFailed, type ScheduleOutcome } from './apply/schedules.js'
import { applyUndeploy } from './apply/undeploy.js'
import { BoomiClient } from './boomi/client.js'
import type { Environment } from './boomi/environments.js'
import type { FileLocation } from './config/load-file.js'
import type { Inputs } from './inputs.js'
import { loadExtensionsFile, planOnCurrent, readCurrentExtensions, type ExtensionsRequest } from './read/extensions.js'
import { GateFailed, readRelease, type ReleasePlan } from './read/release.js'
export { withReleaseManifest } from './read/release-manifest.js'
import { attachedRuntimes, loadSchedulesFile, resolveSchedules, type ScheduleTarget, type SchedulesRequest } from './read/schedules.js'
import { readStarters } from './read/starters.js'
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
  let release: ReleasePlan
  try {
    release = await readRelease(client, inputs)
  } catch (error) {
    // A closed gate still shows what it stopped.
    if (error instanceof GateFailed) reportRelease(report, error.plan, inputs.dryRun)
    throw error
  }
  reportRelease(report, release, inputs.dryRun)
  for (const component of report.components) if (component.warning) core.warning(component.warning)
  const environment = release.environment
  if (!environment) return { release, scheduleTargets: [] }
  const [runtimes, current] = await Promise.all([
    // Names are shown only for schedules and in a dry run's starter files.
    attachedRuntimes(client, environment, files.schedules !== undefined || inputs.dryRun),
    // A dry run reads the extensions even without a file: it shows what can be set.
    files.extensions || inputs.dryRun ? readCurrentExtensions(client, environment) : undefined
  ])
  if (runtimes.length === 0) {
    warn(
      report,
      `Environment ${environment.name} has no runtime attached: Boomi records the deployments, but nothing runs there until a runtime is attached (Manage › Runtime Management › Environments).`
    )
  }
  const scheduleTargets = files.schedules ? await resolveSchedules(client, environment, files.schedules, release.items, runtimes) : []
  if (files.extensions && current) {
    const extensions = planOnCurrent(current, environment, files.extensions)
    report.extensions = { status: inputs.dryRun ? 'planned' : 'not started', file: files.extensions.displayPath, mode: files.extensions.mode, changes: extensions.changes }
  }
  if (files.schedules) {
    // A dry run shows what would change; a real run decides again after the deploy.
    const items = inputs.dryRun ? await applySchedules(client, scheduleTargets, false) : []
    report.schedules = { status: inputs.dryRun ? 'planned' : 'not started', file: files.schedules.displayPath, items }
  }
  if (inputs.dryRun && current) {
    const processIds = [...release.items.filter((i) => i.componentType === 'process'), ...scheduleTargets.map((t) => ({ componentId: t.processId, componentName: t.processName }))]
    report.starter = await readStarters(client, environment, current, runtimes, processIds)
  }
  return { release, scheduleTargets }
}

function reportRelease(report: RunReport, release: ReleasePlan, dryRun: boolean): void {
  report.environment = release.environment ? { id: release.environment.id, name: release.environment.name } : null
  report.components = componentReports(release.items, dryRun)
  if (release.gate) report.gate = release.gate
}

/** A warning where Boomi will not do what the user may think: annotated, and in the summary. */
function warn(report: RunReport, message: string, location?: FileLocation): void {
  report.warnings.push({ message, ...(location ? { location } : {}) })
  core.warning(message, annotationAt(location))
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
      warn: (message) => warn(report, message)
    })
  )
  if (!environment) return
  if (files.extensions && report.extensions) await writeExtensions(client, environment, files.extensions, report.extensions)
  if (report.schedules) await writeSchedules(client, environment, plan.scheduleTargets, report)
}

async function writeExtensions(client: BoomiClient, environment: Environment, request: ExtensionsRequest, section: NonNullable<RunReport['extensions']>) {
  section.status = 'failed'
  try {
    const outcome = await core.group(`Extensions of ${environment.name}`, () => applyExtensions(client, environment, request, core.info))
    section.changes = outcome.changes
    section.status = outcome.written ? 'written' : 'unchanged'
  } catch (error) {
    if (error instanceof ExtensionsNotApplied) section.status = 'not verified'
    throw error
  }
}

async function writeSchedules(client: BoomiClient, environment: Environment, targets: ScheduleTarget[], report: RunReport) {
  const section = report.schedules!
  section.status = 'failed'
  try {
    section.items = await core.group('Schedules', () => applySchedules(client, targets, true))
  } catch (error) {
    if (error instanceof SchedulesFailed) section.items = error.outcomes
    throw error
  } finally {
    warnListeners(report, environment, targets, section.items)
  }
  section.status = section.items.some((i) => i.action === 'updated') ? 'written' : 'unchanged'
}

/** Once per listener process (not per runtime), saying what was deployed. */
function warnListeners(report: RunReport, environment: Environment, targets: ScheduleTarget[], items: ScheduleOutcome[]): void {
  const refused = items.filter((i) => i.action === 'not schedulable')
  for (const processId of new Set(refused.map((i) => i.processId))) {
    const mine = refused.filter((i) => i.processId === processId)
    const name = mine[0]!.process
    const component = report.components.find((c) => c.id === processId)
    const deployed =
      component?.deploymentId
        ? `It is deployed: package ${component.packageVersion ?? component.packageId ?? ''} is active in ${environment.name} (deployment ${component.deploymentId}, ${component.deployment}), and it runs when its listener receives work, not on a schedule.`
        : `It runs in ${environment.name} when its listener receives work, not on a schedule.`
    warn(
      report,
      `'${name}' is a listener process: Boomi does not schedule listeners, so its schedules from ${report.schedules?.file ?? 'the schedules file'} were not set (runtimes ${mine.map((i) => i.runtime).join(', ')}). ${deployed} Remove it from the schedules file.`,
      targets.find((t) => t.processId === processId)?.location
    )
  }
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
