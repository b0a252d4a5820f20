// The read half of a release: environments, components or packages, existing packages, active
// deployments and the promotion gate. Several reads run at once; nothing here changes Boomi.
import type { BoomiClient, BulkItem } from '../boomi/client.js'
import { findCurrentByNames, getComponents, listPackageable, PACKAGEABLE, type ComponentMetadata } from '../boomi/components.js'
import { findActiveDeployments, findDeploymentHistory, type DeployedPackage } from '../boomi/deployments.js'
import { findEnvironments, listEnvironments, type Environment } from '../boomi/environments.js'
import { findPackagesByVersion, getPackages, type PackagedComponent } from '../boomi/packages.js'
import type { FileLocation } from '../config/load-file.js'
import { INPUT, type Inputs } from '../inputs.js'
import { describeUnknown, namesToQuery, parseComponentRef, resolveNames, throwProblems } from '../plan/components.js'
import { checkPromotionGate, describeGateFailures } from '../plan/promotion.js'
import { planRelease, type ReleaseItem } from '../plan/release.js'
import { resolveByNameOrId, ResolveError } from '../plan/resolve.js'
import { describeDowngrades, findDowngrades } from '../plan/revisions.js'
import { chooseRollbacks, rollbackItems, undeployItems } from '../plan/rollback.js'

export interface ReleasePlan {
  environment?: Environment
  items: ReleaseItem[]
  gate?: { environment: string; passed: boolean }
}

export class GateFailed extends Error {
  override name = 'GateFailed'
  /** The plan the gate stopped: the report shows it (nothing of it was carried out). */
  constructor(
    message: string,
    readonly plan: ReleasePlan
  ) {
    super(message)
  }
}

export class DowngradeRefused extends Error {
  override name = 'DowngradeRefused'
}

type Target = Pick<Inputs, 'command' | 'environment' | 'requireDeployedIn' | 'components' | 'componentsSource' | 'componentsLocation' | 'componentIds' | 'packageIds' | 'packageVersion'>

/** Everything a release (or a check) reads before deciding anything. */
export interface ReleaseReads {
  environment?: Environment
  source?: Environment
  components: ComponentMetadata[]
  given?: { package: PackagedComponent; component: ComponentMetadata }[]
  existingPackages: PackagedComponent[]
  activeInTarget?: DeployedPackage[]
  activeInSource?: DeployedPackage[]
}

export async function readRelease(client: BoomiClient, inputs: Target & Pick<Inputs, 'allowDowngrade' | 'onlyChanged'>): Promise<ReleasePlan> {
  const reads = await readReleaseFacts(client, inputs)
  const { environment, source, activeInTarget, activeInSource } = reads
  // A rollback is an intended downgrade: no downgrade guard. An undeploy deploys nothing.
  if (environment && inputs.command === 'rollback') return { environment, items: await readRollback(client, environment, reads.components) }
  if (environment && inputs.command === 'undeploy') return { environment, items: undeployItems(reads.components, activeInTarget ?? []) }
  const items = planRelease({
    ...(reads.given ? { givenPackages: reads.given } : { components: reads.components }),
    ...(inputs.packageVersion ? { packageVersion: inputs.packageVersion } : {}),
    existingPackages: reads.existingPackages,
    ...(activeInTarget ? { activeInTarget } : {}),
    onlyChanged: inputs.onlyChanged
  })
  const plan: ReleasePlan = { items, ...(environment ? { environment } : {}) }
  if (source && activeInSource) gate(plan, items, activeInSource, source)
  if (environment && !inputs.allowDowngrade) refuseDowngrades(items, environment)
  return plan
}

export async function readReleaseFacts(client: BoomiClient, inputs: Target): Promise<ReleaseReads> {
  const wanted = [inputs.environment, inputs.requireDeployedIn].filter((name): name is string => name !== undefined)
  const [environments, targets] = await Promise.all([
    wanted.length > 0 ? findEnvironments(client, wanted) : Promise.resolve([]),
    readTargets(client, inputs)
  ])
  // A name that matched nothing exactly is looked up again among all environments: ignoring case,
  // or to list the ones that exist.
  const known = wanted.every((w) => environments.some((e) => e.id === w || e.name === w)) ? environments : await listEnvironments(client)
  const environment = inputs.environment ? resolveEnvironment(known, inputs.environment, INPUT.environment) : undefined
  const source = inputs.requireDeployedIn ? resolveEnvironment(known, inputs.requireDeployedIn, INPUT.requireDeployedIn) : undefined
  const componentIds = targets.components.map((c) => c.componentId)
  const [existingPackages, activeInTarget, activeInSource] = await Promise.all([
    inputs.packageVersion ? findPackagesByVersion(client, componentIds, inputs.packageVersion) : Promise.resolve([]),
    environment && componentIds.length > 0 ? findActiveDeployments(client, environment.id, componentIds) : Promise.resolve(environment ? [] : undefined),
    source ? findActiveDeployments(client, source.id, componentIds) : Promise.resolve(undefined)
  ])
  return {
    ...targets,
    existingPackages,
    ...(environment ? { environment } : {}),
    ...(source ? { source } : {}),
    ...(activeInTarget ? { activeInTarget } : {}),
    ...(activeInSource ? { activeInSource } : {})
  }
}

function refuseDowngrades(items: ReleaseItem[], environment: Environment): void {
  const downgrades = findDowngrades(items)
  if (downgrades.length > 0) throw new DowngradeRefused(describeDowngrades(downgrades, environment.name))
}

/** The deployment history of the components, the package before the current one, and that package's record. */
async function readRollback(client: BoomiClient, environment: Environment, components: ComponentMetadata[]): Promise<ReleaseItem[]> {
  const history = await findDeploymentHistory(client, environment.id, components.map((c) => c.componentId))
  const choices = chooseRollbacks(components, history, environment.name)
  const packages = await getPackages(client, choices.map((c) => c.previous.packageId))
  return rollbackItems(choices, packages.flatMap((p) => (p.found ? [p.value] : [])), environment.name)
}

function gate(plan: ReleasePlan, items: ReleaseItem[], activeInSource: DeployedPackage[], source: Environment): void {
  const failures = checkPromotionGate(items, activeInSource)
  plan.gate = { environment: source.name, passed: failures.length === 0 }
  if (failures.length > 0) throw new GateFailed(describeGateFailures(failures, source.name), plan)
}

function resolveEnvironment(environments: Environment[], wanted: string, input: string): Environment {
  return resolveByNameOrId(environments, (e) => e, wanted, 'environment', `Input '${input}'`)
}

interface Targets {
  components: ComponentMetadata[]
  given?: { package: PackagedComponent; component: ComponentMetadata }[]
}

async function readTargets(client: BoomiClient, inputs: Target): Promise<Targets> {
  if (inputs.packageIds.length === 0 && inputs.componentIds.length === 0 && inputs.components.length === 0) return { components: [] }
  if (inputs.packageIds.length === 0) {
    const byName = inputs.components.length > 0
    const where = byName ? (inputs.componentsSource ?? `Input '${INPUT.components}'`) : `Input '${INPUT.componentIds}'`
    const location = byName ? inputs.componentsLocation : undefined
    const components = byName
      ? await resolveComponents(client, inputs.components, where, location)
      : found(await getComponents(client, inputs.componentIds), INPUT.componentIds, 'component')
    // A component deleted in Boomi may still be deployed: undeploy is how it is retired.
    if (inputs.command !== 'undeploy') checkPackageable(components, where, location)
    return { components }
  }
  const packages = found(await getPackages(client, inputs.packageIds), INPUT.packageIds, 'packaged component')
  const deleted = packages.find((p) => p.deleted === true)
  if (deleted) throw new ResolveError(`Input '${INPUT.packageIds}': package ${deleted.packageId} (${deleted.packageVersion}) is deleted. Restore it in Boomi or deploy another package.`)
  checkOnePerComponent(packages)
  const components = found(await getComponents(client, packages.map((p) => p.componentId)), INPUT.packageIds, 'component')
  return {
    components,
    given: packages.map((pkg) => ({ package: pkg, component: components.find((c) => c.componentId === pkg.componentId)! }))
  }
}

function found<T>(items: BulkItem<T>[], input: string, what: string): T[] {
  const missing = items.filter((item) => !item.found)
  if (missing.length > 0) {
    const list = missing.map((m) => `${m.id}${m.found ? '' : ` (${m.message})`}`).join(', ')
    throw new ResolveError(`Input '${input}': Boomi has no ${what} with ID ${list} in this account. Check the IDs and 'account-id'.`)
  }
  return items.flatMap((item) => (item.found ? [item.value] : []))
}

/**
 * Names, `Folder/Name` and IDs → current components, in the order given: one query for every
 * name, one bulk GET for the IDs; all problems are reported at once, before any change.
 */
async function resolveComponents(client: BoomiClient, texts: readonly string[], where: string, location?: FileLocation): Promise<ComponentMetadata[]> {
  const refs = texts.map(parseComponentRef)
  const ids = refs.flatMap((r) => (r.kind === 'id' ? [r.text] : []))
  const [byId, candidates] = await Promise.all([ids.length > 0 ? getComponents(client, ids) : Promise.resolve([]), findCurrentByNames(client, namesToQuery(refs))])
  const names = resolveNames(refs, candidates)
  const problems = [...byId.flatMap((item) => (item.found ? [] : [`Boomi has no component with ID ${item.id} (${item.message}).`])), ...names.problems]
  if (names.unknown.length > 0) problems.push(...describeUnknown(names.unknown, await listPackageable(client)))
  throwProblems(where, problems, location)
  const found = new Map(byId.flatMap((item) => (item.found ? [[item.id, item.value] as const] : [])))
  const components = refs.map((r) => (r.kind === 'id' ? found.get(r.text) : names.resolved.get(r.text))!)
  const seen = new Map<string, string>()
  components.forEach((c, i) => {
    const other = seen.get(c.componentId)
    if (other !== undefined) throw new ResolveError(`${where}: '${other}' and '${texts[i]}' are the same component (${c.componentId}). List it once.`, location)
    seen.set(c.componentId, texts[i]!)
  })
  return components
}

function checkPackageable(components: ComponentMetadata[], where: string, location?: FileLocation): void {
  // A deleted component is said to be deleted: its type is not the problem.
  const deleted = components.filter((c) => c.deleted === true)
  if (deleted.length > 0) {
    const list = deleted.map((c) => `'${c.name}' (${c.componentId})`).join(', ')
    const them = deleted.length === 1 ? 'it' : 'them'
    throw new ResolveError(
      `${where}: ${list} ${deleted.length === 1 ? 'is' : 'are'} deleted in Boomi (the latest revision is a deletion), so there is nothing to package. Restore ${them} in Boomi (Revision History), or remove ${them} from the release.`,
      location
    )
  }
  const bad = components.filter((c) => !PACKAGEABLE.includes(c.type))
  if (bad.length === 0) return
  const list = bad.map((c) => `'${c.name}' (${c.componentId}, ${c.type})`).join(', ')
  throw new ResolveError(
    `${where}: cannot package ${list}. Boomi packages ${PACKAGEABLE.join(', ')} components; connections, operations and other dependents are packaged with the process that uses them.`,
    location
  )
}

function checkOnePerComponent(packages: PackagedComponent[]): void {
  const seen = new Map<string, PackagedComponent>()
  for (const pkg of packages) {
    const other = seen.get(pkg.componentId)
    if (other) {
      throw new ResolveError(
        `Input '${INPUT.packageIds}': packages ${other.packageId} (${other.packageVersion}) and ${pkg.packageId} (${pkg.packageVersion}) are versions of the same component; an environment runs one version of a component. List one.`
      )
    }
    seen.set(pkg.componentId, pkg)
  }
}
