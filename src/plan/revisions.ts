// Revisions: which revision of each component a release deploys, compared with the revision that
// runs in the environment and with the component's current one. Pure: decided on the plan,
// before any change, so an environment never moves backwards without being asked to.
import type { DeployedPackage } from '../boomi/deployments.js'
import { existingPackage, type ReleaseItem } from './release.js'

/** The revision an item deploys: the existing package's, or the current one a new package captures. */
export function packageRevision(item: ReleaseItem): number | undefined {
  if (item.packageStep.action === 'create') return item.currentRevision
  if (item.deployStep.action === 'unchanged') return item.deployStep.deployment.componentVersion
  return existingPackage(item.packageStep)?.componentVersion
}

export interface Downgrade {
  componentName: string
  packageVersion?: string
  packageId?: string
  revision: number
  active: DeployedPackage
}

/** Deployments that would replace an active package with one of an older revision. */
export function findDowngrades(items: readonly ReleaseItem[]): Downgrade[] {
  return items.flatMap((item) => {
    if (item.deployStep.action !== 'deploy' || !item.deployStep.replaces) return []
    const active = item.deployStep.replaces
    const revision = packageRevision(item)
    // An unknown revision on either side is not guessed at: nothing to compare.
    if (revision === undefined || active.componentVersion === undefined || revision >= active.componentVersion) return []
    const pkg = existingPackage(item.packageStep)
    return [{ componentName: item.componentName, ...(pkg ? { packageVersion: pkg.packageVersion, packageId: pkg.packageId } : {}), revision, active }]
  })
}

export function describeDowngrades(downgrades: readonly Downgrade[], environmentName: string): string {
  const lines = downgrades.map((d) => {
    const a = d.active
    const running = `${a.packageVersion ?? '?'} (package ${a.packageId}, revision ${a.componentVersion}, deployed ${a.deployedDate ?? '?'} by ${a.deployedBy ?? '?'})`
    const incoming = `${d.packageVersion ?? 'a new package'}${d.packageId ? ` (package ${d.packageId}, revision ${d.revision})` : ` (revision ${d.revision})`}`
    return `- ${d.componentName}: ${environmentName} runs ${running}; this run would replace it with ${incoming}`
  })
  return [
    `Downgrade refused: ${downgrades.length} component(s) would run an older revision in ${environmentName} than the one active there.`,
    ...lines,
    `To go back on purpose (a rollback), set allow-downgrade: true. To release the newer work, deploy a package of the current revision (a new package-version).`
  ].join('\n')
}

/** A reused package that holds an older revision than the component's current one, said plainly. */
export function staleReuseWarning(item: ReleaseItem): string | undefined {
  if (item.packageStep.action !== 'reuse') return undefined
  const revision = item.packageStep.package.componentVersion
  const current = item.currentRevision
  if (revision === undefined || current === undefined || revision >= current) return undefined
  const label = item.packageStep.package.packageVersion
  return (
    `${item.componentName}: package-version ${label} already exists and holds revision ${revision}, but the component's current revision is ${current}; ` +
    `this run releases revision ${revision}. To release revision ${current}, set a new package-version (${label} stays revision ${revision}).`
  )
}
