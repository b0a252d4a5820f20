// Every step output is set here, from the report, so outputs are written the same way on
// success, on failure and in a dry run.
import * as core from '@actions/core'
import type { RunReport } from './report.js'
import { withoutSecrets } from './secrets.js'

export const OUTPUT = {
  packageIds: 'package-ids',
  deploymentIds: 'deployment-ids',
  environmentId: 'environment-id',
  changed: 'changed',
  result: 'result',
  drift: 'drift'
} as const

export function writeOutputs(report: RunReport): void {
  core.setOutput(OUTPUT.packageIds, JSON.stringify(known(report.components.map((c) => c.packageId))))
  core.setOutput(OUTPUT.deploymentIds, JSON.stringify(known(report.components.map((c) => c.deploymentId))))
  core.setOutput(OUTPUT.environmentId, report.environment?.id ?? '')
  core.setOutput(OUTPUT.changed, report.changed ? 'true' : 'false')
  core.setOutput(OUTPUT.drift, String(report.drift?.found === true))
  core.setOutput(OUTPUT.result, JSON.stringify(resultOf(withoutSecrets(report))))
}

/** The report as later jobs see it: extensions by name only, never a value (the summary shows them); no starter files. */
function resultOf(report: RunReport): RunReport {
  const { starter: _starter, ...shown } = report
  if (report.extensions) {
    const changes = report.extensions.changes.map(({ from: _from, to: _to, ...names }) => names)
    shown.extensions = { ...report.extensions, changes }
  }
  if (report.drift) {
    const differences = report.drift.differences.map((d) => (d.section === 'extensions' ? { ...d, expected: '', live: '' } : d))
    shown.drift = { ...report.drift, differences }
  }
  return shown
}

function known(ids: (string | null)[]): string[] {
  return ids.filter((id): id is string => id !== null)
}
