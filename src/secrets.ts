// Every secret of the run is registered with the runner here, so its logs mask it: the API token,
// the credentials derived from it, the GitHub token and values written to encrypted fields. The
// summary and the outputs are files the runner does not mask; they are built from data that leaves
// secrets out (encrypted values are never read back, ${VAR} values are shown as written). The one
// place a secret could still come in is foreign text (an exception's message, Boomi's answer):
// those message fields alone are cleaned, one by one, never the serialized output.
import * as core from '@actions/core'
import type { RunReport } from './report.js'

const known = new Set<string>()

export function maskSecret(value: string): void {
  // Very short values would mask ordinary text everywhere; Boomi secrets are never that short.
  if (value.length < 4 || known.has(value)) return
  known.add(value)
  core.setSecret(value)
}

function hide(text: string): string
function hide(text: string | undefined): string | undefined
function hide(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  let result = text
  for (const secret of known) result = result.split(secret).join('***')
  return result
}

/** The report with its message fields (errors, warnings) free of any registered secret. */
export function withoutSecrets(report: RunReport): RunReport {
  const message = <T extends { error?: string; warning?: string }>(item: T): T => ({
    ...item,
    ...(item.error !== undefined ? { error: hide(item.error) } : {}),
    ...(item.warning !== undefined ? { warning: hide(item.warning) } : {})
  })
  return {
    ...report,
    ...(report.error !== undefined ? { error: hide(report.error) } : {}),
    components: report.components.map(message),
    warnings: report.warnings.map((w) => ({ ...w, message: hide(w.message) })),
    ...(report.schedules ? { schedules: { ...report.schedules, items: report.schedules.items.map(message) } } : {})
  }
}
