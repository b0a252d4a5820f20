// Rollback and undeploy plans. Pure: the deployment history and the packages are read before,
// the deployments made or removed after. A rollback is an intended downgrade: it deploys the
// package that was active before the current one, as Boomi's own "roll back" does.
import type { ComponentMetadata } from '../boomi/components.js'
import type { DeployedPackage } from '../boomi/deployments.js'
import type { PackagedComponent } from '../boomi/packages.js'
import type { ReleaseItem } from './release.js'

export class RollbackRefused extends Error {
  override name = 'RollbackRefused'
}

export interface RollbackChoice {
  component: ComponentMetadata
  current: DeployedPackage
  previous: DeployedPackage
}

/**
 * Per component, the active deployment and the one before it with another package.
 * `history` holds the environment's deployments of the components, newest first.
 */
export function chooseRollbacks(components: readonly ComponentMetadata[], history: readonly DeployedPackage[], environmentName: string): RollbackChoice[] {
  const problems: string[] = []
  const choices = components.flatMap((component) => {
    const own = history.filter((d) => d.componentId === component.componentId)
    const at = own.findIndex((d) => d.active === true)
    const current = own[at]
    const previous = current ? own.slice(at + 1).find((d) => d.packageId !== current.packageId) : undefined
    if (!current) problems.push(`'${component.name}' (${component.componentId}) is not deployed in ${environmentName}: there is nothing to roll back.`)
    else if (!previous) {
      problems.push(`'${component.name}' (${component.componentId}) has no earlier package in ${environmentName}'s deployment history than the active ${current.packageVersion ?? current.packageId}: there is nothing to roll back to.`)
    }
    return current && previous ? [{ component, current, previous }] : []
  })
  if (problems.length > 0) throw new RollbackRefused(`Rollback refused:\n${problems.map((p) => `- ${p}`).join('\n')}`)
  return choices
}

/** Deploy steps for the chosen packages; `packages` are their current records (deleted or not). */
export function rollbackItems(choices: readonly RollbackChoice[], packages: readonly PackagedComponent[], environmentName: string): ReleaseItem[] {
  const problems: string[] = []
  const items = choices.flatMap(({ component, current, previous }) => {
    const pkg = packages.find((p) => p.packageId === previous.packageId)
    if (!pkg || pkg.deleted === true) {
      problems.push(`'${component.name}': the package to roll back to, ${previous.packageVersion ?? '?'} (${previous.packageId}, deployed in ${environmentName} ${previous.deployedDate ?? ''}), is deleted. Restore it in Boomi, or deploy a package with package-ids.`)
      return []
    }
    return [{ ...identity(component), packageStep: { action: 'given' as const, package: pkg }, deployStep: { action: 'deploy' as const, replaces: current } }]
  })
  if (problems.length > 0) throw new RollbackRefused(`Rollback refused:\n${problems.map((p) => `- ${p}`).join('\n')}`)
  return items
}

/** Per component, its active deployment to remove (none: nothing to do, a re-run is a no-op). */
export function undeployItems(components: readonly ComponentMetadata[], active: readonly DeployedPackage[]): ReleaseItem[] {
  return components.map((component) => {
    const deployment = active.find((d) => d.componentId === component.componentId)
    if (!deployment) return { ...identity(component), packageStep: { action: 'none' }, deployStep: { action: 'not-deployed' } }
    const pkg: PackagedComponent = { packageId: deployment.packageId, packageVersion: deployment.packageVersion ?? '', componentId: component.componentId }
    return { ...identity(component), packageStep: { action: 'active', package: pkg }, deployStep: { action: 'undeploy', deployment } }
  })
}

function identity(component: ComponentMetadata): Pick<ReleaseItem, 'componentId' | 'componentName' | 'componentType'> {
  return { componentId: component.componentId, componentName: component.name, componentType: component.type }
}
