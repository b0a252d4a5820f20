// Carries out a release plan: packages, then deployments, components concurrently (the client's
// throttle keeps the account under its rate limit). After the first failure no new change is
// started; changes already sent finish, and the report says exactly what was done.
import { ChangeNotStarted, type BoomiClient, type CreateOptions } from '../boomi/client.js'
import type { BoomiApiError } from '../boomi/errors.js'
import { ChangeGate } from './change-gate.js'
import { createDeployment, findActiveDeployments, type DeployedPackage, type ListenerStatus } from '../boomi/deployments.js'
import { createPackage, findPackagesByVersion, findPackagesCreatedSince, type PackagedComponent } from '../boomi/packages.js'
import { existingPackage, type ReleaseItem } from '../plan/release.js'
import type { ComponentReport } from '../report.js'

export interface ReleaseContext {
  client: BoomiClient
  environmentId?: string
  notes: string
  /** Status of new deployments of listener processes; absent: Boomi's default (running). */
  listenerStatus?: ListenerStatus
  /** ISO time the run started: finds a version-less package whose create answer was lost. */
  startedAt: string
  log: (message: string) => void
  warn: (message: string) => void
}

export class ReleaseFailed extends Error {
  override name = 'ReleaseFailed'
}

export async function applyRelease(items: readonly ReleaseItem[], reports: ComponentReport[], context: ReleaseContext): Promise<void> {
  const gate = new ChangeGate()
  const outcomes = await Promise.allSettled(
    items.map(async (item, index) => {
      const report = reports[index]!
      try {
        await releaseOne(item, report, context, gate)
      } catch (error) {
        if (error instanceof ChangeNotStarted) return
        gate.stop()
        report.error = error instanceof Error ? error.message : String(error)
        if (report.package === 'not started') report.package = 'failed'
        else if (report.deployment === 'not started') report.deployment = 'failed'
        throw error
      }
    })
  )
  const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
  if (failures.length > 0) {
    const first = reports.find((r) => r.error)
    throw new ReleaseFailed(`${failures.length} component(s) failed; first: ${first?.name}: ${first?.error}`)
  }
}

async function releaseOne(item: ReleaseItem, report: ComponentReport, context: ReleaseContext, gate: ChangeGate): Promise<void> {
  const step = item.packageStep
  // 'unchanged' (only-changed) has no package; 'create' makes one.
  const pkg = step.action === 'create' ? await makePackage(item, report, context, gate) : existingPackage(step)
  if (!pkg || item.deployStep.action !== 'deploy' || context.environmentId === undefined) return
  // Only processes can be listeners; other types get no listener status.
  const listenerStatus = item.componentType === 'process' ? context.listenerStatus : undefined
  const { deployment, alreadyActive } = await deploy(pkg, context.environmentId, listenerStatus, context, gate)
  report.deploymentId = deployment.deploymentId
  report.deployment = alreadyActive ? 'already active' : 'deployed'
  if (deployment.listenerStatus) report.listenerStatus = deployment.listenerStatus
  if (deployment.message) {
    // Boomi deploys but says the account went over its connection licences.
    report.warning = [report.warning, deployment.message].filter(Boolean).join(' ')
    context.warn(`${item.componentName}: ${deployment.message}`)
  }
  context.log(`${alreadyActive ? 'Already active:' : 'Deployed'} ${item.componentName} ${pkg.packageVersion} (deployment ${deployment.deploymentId})`)
}

/**
 * Created or reused is decided by the path that produced the package, never by its fields (Boomi's
 * create answer does not carry `notes`): the create's own answer, or a recovery after a failure
 * whose request may have been applied (our lost answer: created), or after a refusal (a concurrent
 * run made this version first: reused).
 */
async function makePackage(item: ReleaseItem, report: ComponentReport, context: ReleaseContext, gate: ChangeGate): Promise<PackagedComponent> {
  const version = item.packageStep.action === 'create' ? item.packageStep.packageVersion : undefined
  const { client, notes } = context
  let reused = false
  const find = version
    ? // A concurrent run, or our own lost answer, may have made this version: reuse it.
      async () => (await findPackagesByVersion(client, [item.componentId], version))[0]
    : async () => newestWithNotes(await findPackagesCreatedSince(client, item.componentId, recoveryFloor(context.startedAt)), notes)
  const recover = async (failure: BoomiApiError) => {
    const found = await find()
    reused = found !== undefined && !failure.ambiguous
    return found
  }
  const pkg = await createPackage(client, { componentId: item.componentId, ...(version ? { packageVersion: version } : {}), notes }, gated(recover, gate))
  report.packageId = pkg.packageId
  report.packageVersion = pkg.packageVersion
  report.packageRevision = pkg.componentVersion ?? null
  report.package = reused ? 'reused' : 'created'
  context.log(`${reused ? 'Reused' : 'Packaged'} ${item.componentName} as ${pkg.packageVersion} (${pkg.packageId})`)
  return pkg
}

/**
 * Deploys the package. A deployment refused outright (Boomi answers 400 "duplicate" when the package
 * is already the active one) and then found active is "already active"; one found after a lost
 * answer is ours.
 */
async function deploy(
  pkg: PackagedComponent,
  environmentId: string,
  listenerStatus: ListenerStatus | undefined,
  context: ReleaseContext,
  gate: ChangeGate
): Promise<{ deployment: DeployedPackage; alreadyActive: boolean }> {
  const { client, notes } = context
  let alreadyActive = false
  const recover = async (failure: BoomiApiError) => {
    const found = (await findActiveDeployments(client, environmentId, [pkg.componentId])).find((d) => d.packageId === pkg.packageId)
    alreadyActive = found !== undefined && !failure.ambiguous
    return found
  }
  const body = { environmentId, packageId: pkg.packageId, notes, ...(listenerStatus ? { listenerStatus } : {}) }
  const deployment = await createDeployment(client, body, gated(recover, gate))
  return { deployment, alreadyActive }
}

/** A create's options under the run's change gate: no start after a failure, a failed create looked into first. */
function gated<T>(recover: (failure: BoomiApiError) => Promise<T | undefined>, gate: ChangeGate): CreateOptions<T> {
  return { recover: (failure) => gate.examine(() => recover(failure), failure.transient), mayStart: () => gate.mayStart() }
}

/** Boomi's createdDate has whole seconds and its clock is not ours: look a little before the run began. */
const CLOCK_SKEW_MS = 2 * 60_000

export function recoveryFloor(startedAt: string): string {
  const floor = new Date(Date.parse(startedAt) - CLOCK_SKEW_MS)
  floor.setUTCMilliseconds(0)
  return floor.toISOString().replace('.000Z', 'Z')
}

function newestWithNotes(packages: PackagedComponent[], notes: string): PackagedComponent | undefined {
  return packages
    .filter((p) => p.notes === notes)
    .sort((a, b) => (b.createdDate ?? '').localeCompare(a.createdDate ?? ''))[0]
}
