// One run = read, plan, then write. Everything that can be checked (inputs, files, names,
// environments, the promotion gate) is checked before the first change, so a mistake never
// leaves a half-done release behind. The only `setFailed` of the action is here.
import * as core from '@actions/core'
import { applyExtensions } from './apply/extensions.js'
import { applyRelease } from './apply/release.js'
import { applySchedules, SchedulesFailed } from './apply/schedules.js'
import { BoomiClient } from './boomi/client.js'
import { recordGithubDeployment } from './github-deployment.js'
import type { Environment } from './boomi/environments.js'
import { readInputs, type Inputs } from './inputs.js'
import { writeOutputs } from './outputs.js'
import { loadExtensionsFile, readExtensionsPlan, type ExtensionsRequest } from './read/extensions.js'
import { readRelease, type ReleasePlan } from './read/release.js'
import { loadSchedulesFile, resolveSchedules, type ScheduleTarget, type SchedulesRequest } from './read/schedules.js'
import { componentReports, describeProgress, emptyReport, type RunReport } from './report.js'
import { writeSummary } from './summary.js'

interface Files {
  extensions?: ExtensionsRequest
  schedules?: SchedulesRequest
}

interface Plan {
  release: ReleasePlan
  scheduleTargets: ScheduleTarget[]
}

export async function run(): Promise<void> {
  let report = emptyReport(false)
  let client: BoomiClient | undefined
  let deployRecord: Inputs | undefined
  try {
    const inputs = readInputs()
    if (inputs.githubDeployment) deployRecord = inputs
    report = emptyReport(inputs.dryRun)
    // Files first: a mistake in them must stop the run before the first request.
    const files = loadFiles(inputs)
    client = createClient(inputs)
    const boomi = client
    const plan = await core.group('Read and plan', () => readAndPlan(boomi, inputs, files, report))
    if (inputs.dryRun) {
      report.status = 'planned'
      core.info('dry-run: nothing was changed. The plan is in the job summary and the result output.')
      return
    }
    await write(boomi, inputs, files, plan, report)
    report.status = 'succeeded'
  } catch (error) {
    report.status = 'failed'
    report.error = error instanceof Error ? error.message : String(error)
    core.setFailed(failureMessage(report))
  } finally {
    if (client) report.requests = { ...client.stats }
    writeOutputs(report)
    await writeSummary(report)
    if (deployRecord) await recordDeployment(deployRecord, report)
  }
}

/** The optional GitHub deployment record: a warning at worst, never a failed Boomi deploy. */
async function recordDeployment(inputs: Inputs, report: RunReport): Promise<void> {
  const deploymentIds = report.components.flatMap((c) => (c.deploymentId ? [c.deploymentId] : []))
  if (!report.environment || report.status === 'planned' || (report.status === 'failed' && deploymentIds.length === 0)) return
  await recordGithubDeployment(
    {
      token: inputs.githubToken ?? '',
      environment: report.environment.name,
      state: report.status === 'succeeded' ? 'success' : 'failure',
      description: `Boomi deployments: ${deploymentIds.join(', ')}`,
      deploymentIds
    },
    { info: core.info, warning: core.warning }
  )
}

function loadFiles(inputs: Inputs): Files {
  const extensions = loadExtensionsFile(inputs, process.env)
  const schedules = loadSchedulesFile(inputs, process.env)
  return { ...(extensions ? { extensions } : {}), ...(schedules ? { schedules } : {}) }
}

async function readAndPlan(client: BoomiClient, inputs: Inputs, files: Files, report: RunReport): Promise<Plan> {
  const release = await readRelease(client, inputs)
  report.environment = release.environment ? { id: release.environment.id, name: release.environment.name } : null
  report.components = componentReports(release.items, inputs.dryRun)
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

async function write(client: BoomiClient, inputs: Inputs, files: Files, plan: Plan, report: RunReport): Promise<void> {
  const environment = plan.release.environment
  await core.group(environment ? `Package and deploy to ${environment.name}` : 'Package', () =>
    applyRelease(plan.release.items, report.components, {
      client,
      ...(environment ? { environmentId: environment.id } : {}),
      notes: inputs.notes,
      startedAt: new Date().toISOString(),
      log: core.info
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

function createClient(inputs: Inputs): BoomiClient {
  return new BoomiClient({
    baseUrl: inputs.baseUrl,
    accountId: inputs.accountId,
    username: inputs.username,
    token: inputs.apiToken,
    maxRequestsPerSecond: inputs.maxRequestsPerSecond,
    debug: core.debug
  })
}

function failureMessage(report: RunReport): string {
  const changed =
    report.components.some((c) => c.package === 'created' || c.deployment === 'deployed') ||
    report.extensions?.status === 'written' ||
    report.schedules?.items.some((i) => i.action === 'updated')
  if (!changed) return `${report.error}\nNothing was changed in Boomi.`
  return `${report.error}\nWhat was done before the failure (a re-run reuses it and finishes the rest):\n${describeProgress(report)}`
}
