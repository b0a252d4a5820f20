// Every step output is set here, from the report, so outputs are written the same way on
// success, on failure and in a dry run.
import * as core from '@actions/core'
import type { RunReport } from './report.js'

export const OUTPUT = {
  packageIds: 'package-ids',
  deploymentIds: 'deployment-ids',
  environmentId: 'environment-id',
  result: 'result'
} as const

export function writeOutputs(report: RunReport): void {
  core.setOutput(OUTPUT.packageIds, JSON.stringify(known(report.components.map((c) => c.packageId))))
  core.setOutput(OUTPUT.deploymentIds, JSON.stringify(known(report.components.map((c) => c.deploymentId))))
  core.setOutput(OUTPUT.environmentId, report.environment?.id ?? '')
  core.setOutput(OUTPUT.result, JSON.stringify(report))
}

function known(ids: (string | null)[]): string[] {
  return ids.filter((id): id is string => id !== null)
}
