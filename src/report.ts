// What the run did, component by component: the single source for the outputs, the job
// summary and the failure message, kept current as steps complete so a failure still reports
// exactly what was done.
import type { ScheduleOutcome } from './apply/schedules.js'
import type { ClientStats } from './boomi/client.js'
import type { ExtensionChange } from './plan/extensions/index.js'
import type { DeployStep, PackageStep, ReleaseItem } from './plan/release.js'

export type PackageOutcome = 'created' | 'reused' | 'given' | 'will create' | 'will reuse' | 'not started' | 'failed'
export type DeploymentOutcome = 'deployed' | 'already active' | 'will deploy' | 'not started' | 'failed' | 'none'

export interface ComponentReport {
  id: string
  name: string
  type: string
  packageVersion: string | null
  packageId: string | null
  deploymentId: string | null
  package: PackageOutcome
  deployment: DeploymentOutcome
  /** Package version that was active in the environment before this deployment replaced it. */
  replaced?: string
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

export interface RunReport {
  status: 'succeeded' | 'failed' | 'planned'
  dryRun: boolean
  environment: { id: string; name: string } | null
  gate?: { environment: string; passed: boolean }
  components: ComponentReport[]
  extensions?: ExtensionsReport
  schedules?: SchedulesReport
  requests?: ClientStats
  error?: string
}

export function emptyReport(dryRun: boolean): RunReport {
  return { status: 'failed', dryRun, environment: null, components: [] }
}

export function componentReports(items: readonly ReleaseItem[], dryRun: boolean): ComponentReport[] {
  return items.map((item) => {
    const step = item.packageStep
    const pkg = step.action === 'create' ? undefined : step.package
    const deploy = item.deployStep
    return {
      id: item.componentId,
      name: item.componentName,
      type: item.componentType,
      packageVersion: step.action === 'create' ? (step.packageVersion ?? null) : step.package.packageVersion,
      packageId: pkg?.packageId ?? null,
      deploymentId: deploy.action === 'already-active' ? deploy.deployment.deploymentId : null,
      package: packageOutcome(step, dryRun),
      deployment: deploymentOutcome(deploy, dryRun),
      ...(deploy.action === 'deploy' && deploy.replaces ? { replaced: deploy.replaces.packageVersion ?? deploy.replaces.packageId } : {})
    }
  })
}

/** What the plan says of a package before anything is written. */
function packageOutcome(step: PackageStep, dryRun: boolean): PackageOutcome {
  if (step.action === 'given') return 'given'
  if (step.action === 'reuse') return dryRun ? 'will reuse' : 'reused'
  return dryRun ? 'will create' : 'not started'
}

function deploymentOutcome(step: DeployStep, dryRun: boolean): DeploymentOutcome {
  if (step.action === 'none') return 'none'
  if (step.action === 'already-active') return 'already active'
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
