// Decides, per component, whether to reuse or create a package and whether to deploy it.
// Pure: the lookups are done before, the changes after.
import type { ComponentMetadata } from '../boomi/components.js'
import type { DeployedPackage } from '../boomi/deployments.js'
import type { PackagedComponent } from '../boomi/packages.js'

export type PackageStep =
  | { action: 'reuse'; package: PackagedComponent }
  | { action: 'given'; package: PackagedComponent }
  | { action: 'create'; packageVersion?: string }
  /** only-changed: the current revision is already active in the target; no package is made. */
  | { action: 'unchanged' }
  /** Undeploy: the package active in the environment, which the run removes. */
  | { action: 'active'; package: PackagedComponent }
  /** Undeploy of a component with nothing active: no package is involved. */
  | { action: 'none' }

export type DeployStep =
  | { action: 'none' }
  | { action: 'already-active'; deployment: DeployedPackage }
  | { action: 'deploy'; replaces?: DeployedPackage }
  | { action: 'unchanged'; deployment: DeployedPackage }
  | { action: 'undeploy'; deployment: DeployedPackage }
  /** Undeploy of a component that has no active deployment there: nothing to remove. */
  | { action: 'not-deployed' }

export interface ReleaseItem {
  componentId: string
  componentName: string
  componentType: string
  /** The component's current revision (ComponentMetadata `version`), when Boomi said it. */
  currentRevision?: number
  packageStep: PackageStep
  deployStep: DeployStep
}

/** The existing package a step deploys (or, undeploying, removes); undefined when it is still to be made, or not needed. */
export function existingPackage(step: PackageStep): PackagedComponent | undefined {
  return step.action === 'reuse' || step.action === 'given' || step.action === 'active' ? step.package : undefined
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
  /** Skip a component whose current revision is the one active in the target. */
  onlyChanged?: boolean
}

export function planRelease(facts: ReleaseFacts): ReleaseItem[] {
  const fromComponents = (facts.components ?? []).map((component) => {
    const active = facts.activeInTarget?.find((d) => d.componentId === component.componentId)
    if (facts.onlyChanged && active && isCurrentRevision(component, active)) {
      return { ...describe(component), packageStep: { action: 'unchanged' as const }, deployStep: { action: 'unchanged' as const, deployment: active } }
    }
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

/** Both revisions known and equal: the active deployment holds what the component is now. */
export function isCurrentRevision(component: ComponentMetadata, active: DeployedPackage): boolean {
  return component.version !== undefined && active.componentVersion === component.version
}

function describe(component: ComponentMetadata): Omit<ReleaseItem, 'packageStep' | 'deployStep'> {
  return {
    componentId: component.componentId,
    componentName: component.name,
    componentType: component.type,
    ...(component.version !== undefined ? { currentRevision: component.version } : {})
  }
}

function item(component: ComponentMetadata, packageStep: PackageStep, activeInTarget: DeployedPackage[] | undefined): ReleaseItem {
  return { ...describe(component), packageStep, deployStep: deployStep(component.componentId, packageStep, activeInTarget) }
}

function deployStep(componentId: string, packageStep: PackageStep, activeInTarget: DeployedPackage[] | undefined): DeployStep {
  if (activeInTarget === undefined) return { action: 'none' }
  const active = activeInTarget.find((d) => d.componentId === componentId)
  const packageId = existingPackage(packageStep)?.packageId
  if (active && packageId !== undefined && active.packageId === packageId) return { action: 'already-active', deployment: active }
  // A package that is not active here is deployed; whether it moves the revision backwards is
  // checked on the plan (plan/revisions.ts), before any change.
  return active ? { action: 'deploy', replaces: active } : { action: 'deploy' }
}
