// One run = read, plan, then write. Everything that can be checked (inputs, files, names,
// environments, the promotion gate) is checked before the first change, so a mistake never
// leaves a half-done release behind. The only `setFailed` of the action is here.
import * as core from '@actions/core'
import { applyRelease } from './apply/release.js'
import { BoomiClient } from './boomi/client.js'
import { BoomiApiError } from './boomi/errors.js'
import { readInputs, type Inputs } from './inputs.js'
import { writeOutputs } from './outputs.js'
import { readRelease, type ReleasePlan } from './read/release.js'
import { componentReports, describeProgress, emptyReport, type RunReport } from './report.js'
import { writeSummary } from './summary.js'

export async function run(): Promise<void> {
  let report = emptyReport(false)
  let client: BoomiClient | undefined
  try {
    const inputs = readInputs()
    report = emptyReport(inputs.dryRun)
    client = createClient(inputs)
    const startedAt = new Date().toISOString()
    const boomi = client
    const plan = await core.group('Read and plan', () => readRelease(boomi, inputs))
    record(report, plan, inputs)
    if (inputs.dryRun) {
      report.status = 'planned'
      core.info('dry-run: nothing was changed. The plan is in the job summary and the result output.')
      return
    }
    await core.group(plan.environment ? `Package and deploy to ${plan.environment.name}` : 'Package', () =>
      applyRelease(plan.items, report.components, {
        client: boomi,
        ...(plan.environment ? { environmentId: plan.environment.id } : {}),
        notes: inputs.notes,
        startedAt,
        log: core.info
      })
    )
    report.status = 'succeeded'
  } catch (error) {
    report.status = 'failed'
    report.error = error instanceof Error ? error.message : String(error)
    core.setFailed(failureMessage(error, report))
  } finally {
    if (client) report.requests = { total: client.stats.requests, retries: client.stats.retries, rateLimited: client.stats.rateLimited, changes: client.stats.changes }
    writeOutputs(report)
    await writeSummary(report)
  }
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

function record(report: RunReport, plan: ReleasePlan, inputs: Inputs): void {
  report.environment = plan.environment ? { id: plan.environment.id, name: plan.environment.name } : null
  report.components = componentReports(plan.items, inputs.dryRun)
  if (plan.gate) report.gate = plan.gate
}

function failureMessage(error: unknown, report: RunReport): string {
  const message = error instanceof Error ? error.message : String(error)
  const changed = report.components.some((c) => c.package === 'created' || c.deployment === 'deployed')
  if (!changed) {
    const nothing = error instanceof BoomiApiError || report.components.length > 0 ? '\nNothing was changed in Boomi.' : ''
    return `${message}${nothing}`
  }
  return `${message}\nWhat was done before the failure (a re-run reuses it and finishes the rest):\n${describeProgress(report)}`
}
