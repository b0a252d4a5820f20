// One run = read, plan, then write. Everything that can be checked (inputs, files, names,
// environments, the promotion gate) is checked before the first change, so a mistake never
// leaves a half-done release behind. The only `setFailed` of the action is here.
import { annotationAt } from './annotations.js'
import type { BoomiClient } from './boomi/client.js'
import type { FileLocation } from './config/load-file.js'
import { INPUT, readInputs, type Inputs } from './inputs.js'
import { writeOutputs } from './outputs.js'
import { changedBoomi, describeProgress, emptyReport, failureHeadline, type RunReport } from './report.js'
import * as core from '@actions/core'
import { writeSummary } from './summary.js'

export async function run(): Promise<void> {
  // The heading names the target as given, even when the inputs are invalid.
  let report = emptyReport(false, 'deploy', core.getInput(INPUT.environment) || undefined)
  let client: BoomiClient | undefined
  let deployRecord: Inputs | undefined
  try {
    const given = readInputs()
    report = emptyReport(given.dryRun, given.command, given.environment)
    // Loaded only once the inputs are valid: the HTTP client, schemas and planners are most of
    // the bundle, and a run that fails on its inputs needs none of them.
    const { withReleaseManifest, loadFiles, createClient, readAndPlan, write } = await import('./pipeline.js')
    // Files first: a mistake in them must stop the run before the first request.
    const inputs = await withReleaseManifest(given, process.env)
    if (inputs.listenerStatus) report.listenerStatus = inputs.listenerStatus
    // A check deploys nothing and an undeploy removes deployments: neither records a deployment.
    if (inputs.githubDeployment && (inputs.command === 'deploy' || inputs.command === 'rollback')) deployRecord = inputs
    const files = await loadFiles(inputs)
    client = createClient(inputs)
    const boomi = client
    if (inputs.command === 'check') {
      const { checkDrift, describeDrift, DriftFound } = await import('./check.js')
      await core.group('Read and compare', () => checkDrift(boomi, inputs, files, report))
      const drift = report.drift
      if (drift?.found && inputs.failOnDrift) throw new DriftFound(describeDrift(drift.differences, report.environment?.name ?? ''))
      report.status = 'succeeded'
      core.info(drift?.found ? `Drift: ${drift.differences.length} difference(s); see the job summary.` : 'No drift: the environment matches the inputs.')
      return
    }
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
    report.headline = failureHeadline(client?.stats.changes ?? 0, changedBoomi(report), error instanceof Error ? error.name : '')
    fail(failureMessage(report, client?.stats.changes ?? 0), locationOf(error))
  } finally {
    if (client) report.requests = { ...client.stats }
    report.changed = changedBoomi(report)
    writeOutputs(report)
    await writeSummary(report)
    if (deployRecord) await recordDeployment(deployRecord, report)
  }
}

/** The optional GitHub deployment record: a warning at worst, never a failed Boomi deploy. */
async function recordDeployment(inputs: Inputs, report: RunReport): Promise<void> {
  const deploymentIds = report.components.flatMap((c) => (c.deploymentId ? [c.deploymentId] : []))
  if (!report.environment || report.status === 'planned' || (report.status === 'failed' && deploymentIds.length === 0)) return
  const { recordGithubDeployment } = await import('./github-deployment.js')
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

function failureMessage(report: RunReport, changes: number): string {
  if (changes === 0) return `${report.error}\n${report.headline}`
  return `${report.error}\n${report.headline}\n${describeProgress(report)}`
}

/** A failure that points at a line of the user's file annotates that line (`file=`, `line=`). */
function fail(message: string, location: FileLocation | undefined): void {
  if (!location) {
    core.setFailed(message)
    return
  }
  // setFailed takes no annotation properties (in @actions/core either): the same, with them.
  process.exitCode = 1
  core.error(message, annotationAt(location))
}

function locationOf(error: unknown): FileLocation | undefined {
  const location = (error as { location?: unknown } | null)?.location
  return location && typeof location === 'object' && 'file' in location ? (location as FileLocation) : undefined
}
