// What the run did, component by component: the single source for the outputs, the job
// summary and the failure message, kept current as steps complete so a failure still reports
// exactly what was done.
import type { ScheduleOutcome } from './apply/schedules.js'
import type { Command } from './inputs.js'
import type { ClientStats } from './boomi/client.js'
import type { ExtensionChange } from './plan/extensions/index.js'
import type { DriftRow } from './plan/drift.js'
import { existingPackage, type DeployStep, type PackageStep, type ReleaseItem } from './plan/release.js'
import { packageRevision, staleReuseWarning } from './plan/revisions.js'

export type PackageOutcome = 'created' | 'reused' | 'given' | 'active' | 'will create' | 'will reuse' | 'unchanged' | 'not started' | 'failed' | 'none'
export type DeploymentOutcome =
  | 'deployed'
  | 'already active'
  | 'will deploy'
  | 'unchanged'
  | 'undeployed'
  | 'will undeploy'
  | 'not deployed'
  | 'not started'
  | 'failed'
  | 'none'

export interface ComponentReport {
  id: string
  name: string
  type: string
  packageVersion: string | null
  packageId: string | null
  /** The component revision the package holds (its `componentVersion`). */
  packageRevision: number | null
  /** The component's current revision. */
  currentRevision: number | null
  deploymentId: string | null
  package: PackageOutcome
  deployment: DeploymentOutcome
  /** Package version that was active in the environment before this deployment replaced it. */
  replaced?: string
  /** The revision that package held. */
  replacedRevision?: number
  /** Listener processes: the status Boomi gave the new deployment. */
  listenerStatus?: string
  warning?: string
  error?: string
}

export type SectionStatus = 'planned' | 'written' | 'unchanged' | 'not started' | 'failed'

export interface ExtensionsReport {
  status: SectionStatus
  file: string
  mode: 'full' | 'partial'
  changes: ExtensionChange[]
}

export interface SchedulesReport {
  status: SectionStatus
  file: string
  items: ScheduleOutcome[]
}

/** `command: check`: whether anything differs, and every difference. */
export interface DriftReport {
  found: boolean
  differences: DriftRow[]
}

export interface RunReport {
  command: Command
  status: 'succeeded' | 'failed' | 'planned'
  dryRun: boolean
  /** What new deployments of listener processes are created as; absent: Boomi's default. */
  listenerStatus?: 'running' | 'paused'
  environment: { id: string; name: string } | null
  gate?: { environment: string; passed: boolean }
  components: ComponentReport[]
  extensions?: ExtensionsReport
  schedules?: SchedulesReport
  drift?: DriftReport
  requests?: ClientStats
  error?: string
}

export function emptyReport(dryRun: boolean, command: Command = 'deploy'): RunReport {
  return { command, status: 'failed', dryRun, environment: null, components: [] }
}

export function componentReports(items: readonly ReleaseItem[], dryRun: boolean): ComponentReport[] {
  return items.map((item) => {
    const step = item.packageStep
    const deploy = item.deployStep
    // Unchanged: what runs in the environment stands for the package, so package-ids stays whole.
    const pkg = deploy.action === 'unchanged' ? deploy.deployment : existingPackage(step)
    const replaces = deploy.action === 'deploy' ? deploy.replaces : undefined
    const warning = staleReuseWarning(item)
    return {
      id: item.componentId,
      name: item.componentName,
      type: item.componentType,
      packageVersion: step.action === 'create' ? (step.packageVersion ?? null) : (pkg?.packageVersion ?? null),
      packageId: pkg?.packageId ?? null,
      // A package still to be made holds the current revision only once made: shown after it is.
      packageRevision: step.action === 'create' ? null : (packageRevision(item) ?? null),
      currentRevision: item.currentRevision ?? null,
      deploymentId: 'deployment' in deploy ? deploy.deployment.deploymentId : null,
      package: packageOutcome(step, dryRun),
      deployment: deploymentOutcome(deploy, dryRun),
      ...(replaces ? { replaced: replaces.packageVersion ?? replaces.packageId } : {}),
      ...(replaces?.componentVersion !== undefined ? { replacedRevision: replaces.componentVersion } : {}),
      ...(warning ? { warning } : {})
    }
  })
}

/** What the plan says of a package before anything is written. */
function packageOutcome(step: PackageStep, dryRun: boolean): PackageOutcome {
  if (step.action === 'given' || step.action === 'unchanged' || step.action === 'active' || step.action === 'none') return step.action
  if (step.action === 'reuse') return dryRun ? 'will reuse' : 'reused'
  return dryRun ? 'will create' : 'not started'
}

function deploymentOutcome(step: DeployStep, dryRun: boolean): DeploymentOutcome {
  if (step.action === 'none') return 'none'
  if (step.action === 'already-active') return 'already active'
  if (step.action === 'unchanged') return 'unchanged'
  if (step.action === 'not-deployed') return 'not deployed'
  if (step.action === 'undeploy') return dryRun ? 'will undeploy' : 'not started'
  return dryRun ? 'will deploy' : 'not started'
}

/** One line per component (and per later step) for a failure message: what was done and what was not. */
export function describeProgress(report: RunReport): string {
  const later = [
    report.extensions ? `- extensions (${report.extensions.file}): ${report.extensions.status}` : '',
    ...(report.schedules?.items ?? []).map((i) => `- schedules of ${i.process} on ${i.runtime}: ${i.action}${i.error ? ` — ${i.error}` : ''}`)
  ].filter((line) => line !== '')
  return report.components
    .map((c) => {
      const pkg = c.packageId ? `package ${c.packageVersion ?? ''} ${c.packageId} ${c.package}` : `package ${c.package}`
      const dep = c.deployment === 'none' ? '' : `; deployment ${c.deploymentId ?? ''} ${c.deployment}`.replace('  ', ' ')
      return `- ${c.name} (${c.id}): ${pkg}${dep}${c.error ? ` — ${c.error}` : ''}`
    })
    .concat(later)
    .join('\n')
}
