// Environment extensions, write half: plan on a fresh read, write only when something changes,
// then read back and compare with the plan, so a value Boomi did not take fails the step.
import type { BoomiClient } from '../boomi/client.js'
import type { Environment } from '../boomi/environments.js'
import { getExtensions, updateExtensions } from '../boomi/extensions.js'
import { ExtensionsPlanError, verifyExtensions, type ExtensionChange } from '../plan/extensions/index.js'
import { readExtensionsPlan, type ExtensionsRequest } from '../read/extensions.js'
import { retryUntilSettled } from '../read/settle.js'

export class ExtensionsNotApplied extends Error {
  override name = 'ExtensionsNotApplied'
}

export async function applyExtensions(
  client: BoomiClient,
  environment: Environment,
  request: ExtensionsRequest,
  log: (message: string) => void
): Promise<{ written: boolean; changes: ExtensionChange[] }> {
  // The plan passed before the deploy; right after it, what the deploy made may read as absent for a while.
  const plan = await retryUntilSettled(client, () => readExtensionsPlan(client, environment, request), (error) => error instanceof ExtensionsPlanError)
  if (plan.request === null) {
    log(`Extensions in ${environment.name} already hold every value in ${request.displayPath}: nothing written.`)
    return { written: false, changes: plan.changes }
  }
  await updateExtensions(client, plan.request)
  const mismatches = verifyExtensions(await getExtensions(client, environment.id), plan)
  if (mismatches.length > 0) {
    const lines = mismatches.map((m) => `- ${m.section} › ${m.component} › ${m.field}: expected ${m.expected}, found ${m.actual}`)
    throw new ExtensionsNotApplied(
      [`Extensions in ${environment.name} do not read back as written (${request.mode} update):`, ...lines].join('\n')
    )
  }
  const changed = plan.changes.filter((c) => c.action !== 'unchanged').length
  log(`Extensions in ${environment.name}: ${changed} value(s) written (${request.mode} update) and verified.`)
  return { written: true, changes: plan.changes }
}
