// Carries out an undeploy plan: one DELETE per active deployment, components concurrently.
// After the first failure no new DELETE starts. A DELETE whose answer was lost, or that a
// concurrent run beat, is checked against a fresh read: a deployment that is no longer active
// counts as undeployed ("already gone"), so a re-run finishes the job instead of failing.
import { ChangeNotStarted, type BoomiClient } from '../boomi/client.js'
import { deleteDeployment, findActiveDeployments, type DeployedPackage } from '../boomi/deployments.js'
import type { ReleaseItem } from '../plan/release.js'
import type { ComponentReport } from '../report.js'
import { ChangeGate } from './change-gate.js'

export class UndeployFailed extends Error {
  override name = 'UndeployFailed'
}

export async function applyUndeploy(client: BoomiClient, items: readonly ReleaseItem[], reports: ComponentReport[], log: (message: string) => void): Promise<void> {
  const gate = new ChangeGate()
  const outcomes = await Promise.allSettled(
    items.map(async (item, index) => {
      const report = reports[index]!
      if (item.deployStep.action !== 'undeploy') return
      try {
        await undeployOne(client, item.deployStep.deployment, gate)
        report.deployment = 'undeployed'
        log(`Undeployed ${item.componentName} ${item.deployStep.deployment.packageVersion ?? ''} (deployment ${item.deployStep.deployment.deploymentId})`)
      } catch (error) {
        if (error instanceof ChangeNotStarted) return
        gate.stop()
        report.deployment = 'failed'
        report.error = error instanceof Error ? error.message : String(error)
        throw error
      }
    })
  )
  const failures = outcomes.filter((o) => o.status === 'rejected')
  if (failures.length > 0) {
    const first = reports.find((r) => r.error)
    throw new UndeployFailed(`${failures.length} component(s) failed; first: ${first?.name}: ${first?.error}`)
  }
}

async function undeployOne(client: BoomiClient, deployment: DeployedPackage, gate: ChangeGate): Promise<void> {
  try {
    await deleteDeployment(client, deployment.deploymentId, () => gate.mayStart())
  } catch (error) {
    if (error instanceof ChangeNotStarted) throw error
    // While this is looked into, no other DELETE starts; still active means it failed.
    const gone = await gate.examine(async () => {
      const active = await findActiveDeployments(client, deployment.environmentId, [deployment.componentId])
      return active.some((d) => d.deploymentId === deployment.deploymentId) ? undefined : true
    })
    if (!gone) throw error
  }
}
