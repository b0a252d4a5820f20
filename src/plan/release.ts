// Decides, per component, whether to reuse or create a package and whether to deploy it.
// Pure: the lookups are done before, the changes after.
import type { ComponentMetadata } from '../boomi/components.js'
import type { DeployedPackage } from '../boomi/deployments.js'
import type { PackagedComponent } from '../boomi/packages.js'

export type PackageStep =
  | { action: 'reuse'; package: PackagedComponent }
  | { action: 'given'; package: PackagedComponent }
  | { action: 'create'; packageVersion?: string }

export type DeployStep =
  | { action: 'none' }
  | { action: 'already-active'; deployment: DeployedPackage }
  | { action: 'deploy'; replaces?: DeployedPackage }

export interface ReleaseItem {
  componentId: string
  componentName: string
  componentType: string
  packageStep: PackageStep
  deployStep: DeployStep
}

export interface ReleaseFacts {
  /** Components to package, in input order (component-ids mode). */
  components?: ComponentMetadata[]
  packageVersion?: string
  /** Existing live packages with `packageVersion` (component-ids mode). */
  existingPackages?: PackagedComponent[]
  /** Packages to deploy as given, in input order (package-ids mode), with their components. */
  givenPackages?: { package: PackagedComponent; component: ComponentMetadata }[]
  /** Active deployments in the target environment; undefined when there is no target. */
  activeInTarget?: DeployedPackage[]
}

export function planRelease(facts: ReleaseFacts): ReleaseItem[] {
  const fromComponents = (facts.components ?? []).map((component) => {
    const existing = facts.packageVersion
      ? facts.existingPackages?.find((p) => p.componentId === component.componentId && p.packageVersion === facts.packageVersion)
      : undefined
    const packageStep: PackageStep = existing
      ? { action: 'reuse', package: existing }
      : { action: 'create', ...(facts.packageVersion ? { packageVersion: facts.packageVersion } : {}) }
    return item(component, packageStep, facts.activeInTarget)
  })
  const fromPackages = (facts.givenPackages ?? []).map(({ package: pkg, component }) =>
    item(component, { action: 'given', package: pkg }, facts.activeInTarget)
  )
  return [...fromComponents, ...fromPackages]
}

function item(component: ComponentMetadata, packageStep: PackageStep, activeInTarget: DeployedPackage[] | undefined): ReleaseItem {
  return {
    componentId: component.componentId,
    componentName: component.name,
    componentType: component.type,
    packageStep,
    deployStep: deployStep(component.componentId, packageStep, activeInTarget)
  }
}

function deployStep(componentId: string, packageStep: PackageStep, activeInTarget: DeployedPackage[] | undefined): DeployStep {
  if (activeInTarget === undefined) return { action: 'none' }
  const active = activeInTarget.find((d) => d.componentId === componentId)
  const packageId = packageStep.action === 'create' ? undefined : packageStep.package.packageId
  if (active && packageId !== undefined && active.packageId === packageId) return { action: 'already-active', deployment: active }
  // An older package that is not active here is deployed on purpose: that is a rollback.
  return active ? { action: 'deploy', replaces: active } : { action: 'deploy' }
}
