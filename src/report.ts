// What the run did, component by component: the single source for the outputs, the job
// summary and the failure message, kept current as steps complete so a failure still reports
// exactly what was done.
import type { ScheduleOutcome } from './apply/schedules.js'
import type { Command } from './inputs.js'
import type { ClientStats } from './boomi/client.js'
import type { FileLocation } from './config/load-file.js'
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

/** `not verified`: written, but it does not read back as planned. */
export type SectionStatus = 'planned' | 'written' | 'unchanged' | 'not started' | 'not verified' | 'failed'

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

/** Where Boomi will not do what the user may think: annotated and shown in the summary. */
export interface RunWarning {
  message: string
  location?: FileLocation
}

/** What a dry run shows can be set: files to start from, as YAML. Not part of the `result` output. */
export interface StarterFiles {
  extensions?: string
  schedules?: string
}

export interface RunReport {
  command: Command
  status: 'succeeded' | 'failed' | 'planned'
  dryRun: boolean
  /** What new deployments of listener processes are created as; absent: Boomi's default. */
  listenerStatus?: 'running' | 'paused'
  /** The `environment` input as given: the heading names it even when it was never resolved. */
  target?: string
  environment: { id: string; name: string } | null
  /** Whether anything in Boomi was changed by this run. */
  changed: boolean
  gate?: { environment: string; passed: boolean }
  components: ComponentReport[]
  extensions?: ExtensionsReport
  schedules?: SchedulesReport
  drift?: DriftReport
  warnings: RunWarning[]
  starter?: StarterFiles
  requests?: ClientStats
  error?: string
  /** On failure, what is so: nothing changed, or what was done and whether a re-run finishes it. */
  headline?: string
}

export function emptyReport(dryRun: boolean, command: Command = 'deploy', target?: string): RunReport {
  return { command, status: 'failed', dryRun, ...(target !== undefined ? { target } : {}), environment: null, changed: false, components: [], warnings: [] }
}

/** From what the report says was done: a package made, a deployment made or removed, extensions or schedules written. */
export function changedBoomi(report: RunReport): boolean {
  return (
    report.components.some((c) => c.package === 'created' || c.deployment === 'deployed' || c.deployment === 'undeployed') ||
    report.extensions?.status === 'written' ||
    report.extensions?.status === 'not verified' ||
    (report.schedules?.items ?? []).some((i) => i.action === 'updated')
  )
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

/** Errors about the inputs, the files, names or the gate: re-running alone never gets past them. */
const VALIDATION_ERRORS = new Set(['InputError', 'ConfigFileError', 'ResolveError', 'GateFailed', 'ExtensionsPlanError', 'CronError', 'DowngradeRefused', 'RollbackRefused', 'DriftFound'])

/**
 * What is so after a failure. `changes`: changing requests sent; with none, Boomi is certainly as
 * it was. `changed`: what the report shows was done (a refused request changed nothing; a lost
 * answer may have). `errorName`: a validation error is never promised to be finished by a re-run.
 */
export function failureHeadline(changes: number, changed: boolean, errorName: string): string {
  if (changes === 0) return 'Nothing was changed in Boomi.'
  const done = changed ? 'Boomi was changed before this failure' : 'Changes were sent to Boomi before this failure'
  const next = VALIDATION_ERRORS.has(errorName) ? 'Fix the error first: a re-run alone stops at it again.' : 'A re-run reuses what was done and finishes the rest.'
  return `${done}; what each step did is listed below. ${next}`
}
