// `command: check`: read the environment with the readers a deploy uses, compare it with what the
// inputs describe (plan/drift.ts) and change nothing. Loaded by main once the inputs are valid.
import type { BoomiClient } from './boomi/client.js'
import type { Environment } from './boomi/environments.js'
import type { Inputs } from './inputs.js'
import type { Files } from './pipeline.js'
import { verifyExtensions } from './plan/extensions/index.js'
import { deploymentDrift, extensionDrift, scheduleDrift, type DriftRow } from './plan/drift.js'
import { readExtensionsState, type ExtensionsRequest } from './read/extensions.js'
import { readReleaseFacts } from './read/release.js'
import { readLiveSchedules, resolveSchedules, type SchedulesRequest } from './read/schedules.js'
import type { RunReport } from './report.js'

export class DriftFound extends Error {
  override name = 'DriftFound'
}

export async function checkDrift(client: BoomiClient, inputs: Inputs, files: Files, report: RunReport): Promise<void> {
  const reads = await readReleaseFacts(client, inputs)
  const environment = reads.environment
  if (!environment) throw new Error('internal: check without an environment')
  report.environment = { id: environment.id, name: environment.name }
  const [extensions, schedules] = await Promise.all([
    files.extensions ? extensionsDrift(client, environment, files.extensions) : [],
    files.schedules ? schedulesDrift(client, environment, files.schedules) : []
  ])
  const deployments = deploymentDrift({
    ...(reads.given ? { givenPackages: reads.given } : { components: reads.components }),
    ...(inputs.packageVersion ? { packageVersion: inputs.packageVersion } : {}),
    active: reads.activeInTarget ?? []
  })
  const differences = [...deployments, ...extensions, ...schedules]
  report.drift = { found: differences.length > 0, differences }
}

/** The failure of a check with fail-on-drift, one line per difference. */
export function describeDrift(differences: readonly DriftRow[], environmentName: string): string {
  const lines = differences.map((d) => `- ${d.section} › ${d.component} › ${d.field}: expected ${d.expected}, live ${d.live}`)
  return [`Drift in ${environmentName}: ${differences.length} difference(s) from the inputs (fail-on-drift).`, ...lines].join('\n')
}

async function extensionsDrift(client: BoomiClient, environment: Environment, request: ExtensionsRequest): Promise<DriftRow[]> {
  const { current, plan } = await readExtensionsState(client, environment, request)
  return extensionDrift(verifyExtensions(current, plan))
}

async function schedulesDrift(client: BoomiClient, environment: Environment, request: SchedulesRequest): Promise<DriftRow[]> {
  const targets = await resolveSchedules(client, environment, request, undefined)
  const live = await readLiveSchedules(client, targets)
  return scheduleDrift(targets.map((target) => ({ expected: target, live: live(target) })))
}
