// Drift (`command: check`): how an environment differs from what the inputs describe. Pure: the
// reads are done before, with the same readers a deploy uses, and the comparisons reuse the
// planners' own (extensions: the check after a write; schedules: the same schedule equality), so
// `check` and `deploy` never disagree on what "the same" means.
import type { ComponentMetadata } from '../boomi/components.js'
import type { DeployedPackage } from '../boomi/deployments.js'
import type { PackagedComponent } from '../boomi/packages.js'
import type { ExtensionMismatch } from './extensions/index.js'
import { sameSchedules, type BoomiSchedule } from './schedule-fields.js'
import { describeSchedule } from './schedule-words.js'

export type DriftSection = 'deployments' | 'extensions' | 'schedules'

/** One difference. `expected` and `live` are display text, never a secret value. */
export interface DriftRow {
  section: DriftSection
  component: string
  field: string
  expected: string
  live: string
}

const NOT_DEPLOYED = 'not deployed'

export interface DeploymentFacts {
  /** component-ids: the components, at their current revision. */
  components?: readonly ComponentMetadata[]
  /** With component-ids: the label that should be active; without it, the current revision should be. */
  packageVersion?: string
  /** package-ids: the packages that should be active. */
  givenPackages?: readonly { package: PackagedComponent; component: ComponentMetadata }[]
  active: readonly DeployedPackage[]
}

export function deploymentDrift(facts: DeploymentFacts): DriftRow[] {
  const activeOf = (componentId: string) => facts.active.find((d) => d.componentId === componentId)
  const fromComponents = (facts.components ?? []).flatMap((component) => {
    const active = activeOf(component.componentId)
    if (facts.packageVersion !== undefined) {
      if (active?.packageVersion === facts.packageVersion) return []
      return [row(component.name, 'package version', facts.packageVersion, active ? showDeployment(active) : NOT_DEPLOYED)]
    }
    if (active && component.version !== undefined && active.componentVersion === component.version) return []
    const current = component.version === undefined ? 'the current revision' : `revision ${component.version} (current)`
    return [row(component.name, 'revision', current, active ? showDeployment(active) : NOT_DEPLOYED)]
  })
  const fromPackages = (facts.givenPackages ?? []).flatMap(({ package: pkg, component }) => {
    const active = activeOf(pkg.componentId)
    if (active?.packageId === pkg.packageId) return []
    return [row(component.name, 'package', showPackage(pkg), active ? showDeployment(active) : NOT_DEPLOYED)]
  })
  return [...fromComponents, ...fromPackages]

  function row(component: string, field: string, expected: string, live: string): DriftRow {
    return { section: 'deployments', component, field, expected, live }
  }
}

function showPackage(pkg: Pick<PackagedComponent, 'packageId' | 'packageVersion' | 'componentVersion'>): string {
  const revision = pkg.componentVersion === undefined ? '' : `, revision ${pkg.componentVersion}`
  return `${pkg.packageVersion ?? '?'} (package ${pkg.packageId}${revision})`
}

function showDeployment(active: DeployedPackage): string {
  return `${showPackage({ ...active, packageVersion: active.packageVersion ?? '?' })}, deployed ${active.deployedDate ?? '?'} by ${active.deployedBy ?? '?'}`
}

/**
 * The extensions check: the plan made on the live set, compared with that same set by the check
 * that follows a write. A named encrypted value compares by whether one is set, never by value.
 */
export function extensionDrift(mismatches: readonly ExtensionMismatch[]): DriftRow[] {
  return mismatches.map((m) => ({
    section: 'extensions',
    component: `${m.component} (${m.section})`,
    field: m.field,
    expected: m.expected,
    live: m.actual
  }))
}

/** What the schedules file asks of one (runtime, process) pair. */
export interface ScheduleExpectation {
  processName: string
  runtimeName: string
  schedules: readonly BoomiSchedule[]
  maxRetry?: number
  enabled?: boolean
}

/** What Boomi holds for that pair; no `schedules` when it has no schedule object there. */
export interface LiveSchedule {
  schedules?: { Schedule: BoomiSchedule[]; Retry?: { maxRetry?: number | undefined } | undefined } | undefined
  status?: { enabled: boolean } | undefined
}

export function scheduleDrift(pairs: readonly { expected: ScheduleExpectation; live: LiveSchedule }[]): DriftRow[] {
  return pairs.flatMap(({ expected, live }) => {
    const component = `${expected.processName} on ${expected.runtimeName}`
    const row = (field: string, wanted: string, found: string): DriftRow => ({ section: 'schedules', component, field, expected: wanted, live: found })
    if (!live.schedules) return [row('schedules', showSchedules(expected.schedules), 'no schedule object (process not deployed there)')]
    const rows: DriftRow[] = []
    if (!sameSchedules(live.schedules.Schedule, expected.schedules)) {
      rows.push(row('schedules', showSchedules(expected.schedules), showSchedules(live.schedules.Schedule)))
    }
    const liveRetry = live.schedules.Retry?.maxRetry
    if (expected.maxRetry !== undefined && liveRetry !== expected.maxRetry) {
      rows.push(row('retries', String(expected.maxRetry), liveRetry === undefined ? 'none' : String(liveRetry)))
    }
    if (expected.enabled !== undefined && live.status && live.status.enabled !== expected.enabled) {
      rows.push(row('enabled', showEnabled(expected.enabled), showEnabled(live.status.enabled)))
    }
    return rows
  })
}

function showSchedules(schedules: readonly BoomiSchedule[]): string {
  return schedules.length === 0 ? 'no schedule' : schedules.map(describeSchedule).join('; ')
}

function showEnabled(enabled: boolean): string {
  return enabled ? 'enabled' : 'paused'
}
