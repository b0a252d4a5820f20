// The job summary: what was (or would be) done, per component, then extensions and schedules.
// Built only from the report, which never holds a secret value.
import * as core from '@actions/core'
import type { ExtensionsReport, RunReport, SchedulesReport } from './report.js'
import { redact } from './secrets.js'

type Row = Parameters<typeof core.summary.addTable>[0][number]

export async function writeSummary(report: RunReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written')
    return
  }
  try {
    buildSummary(report)
    // Defence in depth: the summary is a file the runner does not mask.
    const html = redact(core.summary.stringify())
    await core.summary.emptyBuffer().addRaw(html).write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function buildSummary(report: RunReport): void {
  const target = report.environment ? ` → ${report.environment.name}` : ''
  const mode = report.dryRun ? ' (dry run: nothing was changed)' : ''
  core.summary.addHeading(`Boomi ${report.environment ? 'deploy' : 'package'}${target}${mode}`, 2)
  core.summary.addRaw(`<p>${statusLine(report)}</p>`, true)
  if (report.gate) {
    core.summary.addRaw(
      `<p>Promotion gate: every package must be active in <b>${escape(report.gate.environment)}</b> — ${report.gate.passed ? 'passed' : 'failed'}.</p>`,
      true
    )
  }
  if (report.components.length > 0) core.summary.addTable([componentHeader(), ...report.components.map(componentRow)])
  if (report.extensions) addExtensions(report.extensions)
  if (report.schedules) addSchedules(report.schedules)
  if (report.error) core.summary.addDetails('Error', `<pre>${escape(report.error)}</pre>`)
  if (report.requests) {
    const r = report.requests
    core.summary.addRaw(
      `<p><sub>${r.requests} Boomi API requests (${r.changes} changing), ${r.retries} retries, ${r.rateLimited} rate-limit answers absorbed.</sub></p>`,
      true
    )
  }
}

function addExtensions(section: ExtensionsReport): void {
  core.summary.addHeading(`Environment extensions — ${escape(section.file)} (${section.mode} update): ${section.status}`, 3)
  if (section.changes.length === 0) return
  const header = ['Section', 'Component', 'Field', 'Change', 'From', 'To'].map((data) => ({ data, header: true }))
  const rows = section.changes.map((c) => [
    c.section,
    escape(c.componentName),
    escape(c.field),
    c.action,
    c.from === undefined ? '—' : code(c.from),
    c.to === undefined ? (c.action === 'set-encrypted' ? '(encrypted)' : '—') : code(c.to)
  ])
  core.summary.addTable([header, ...rows])
}

function addSchedules(section: SchedulesReport): void {
  core.summary.addHeading(`Process schedules — ${escape(section.file)}: ${section.status}`, 3)
  if (section.items.length === 0) return
  const header = ['Process', 'Runtime', 'Schedule', 'Retries', 'Enabled', 'Result'].map((data) => ({ data, header: true }))
  const rows = section.items.map((i) => [
    escape(i.process),
    escape(i.runtime),
    i.schedules.length ? i.schedules.map(escape).join('<br>') : 'no schedule',
    i.maxRetry === undefined ? '—' : String(i.maxRetry),
    i.enabled === undefined ? '—' : i.enabled ? 'yes' : 'no',
    i.error ? `${i.action} — ${escape(i.error)}` : i.action
  ])
  core.summary.addTable([header, ...rows])
}

function statusLine(report: RunReport): string {
  if (report.status === 'planned') return 'Plan only: run without <code>dry-run</code> to carry it out.'
  if (report.status === 'succeeded') return '✅ Succeeded.'
  return '❌ Failed. The table shows what was done; a re-run reuses it and finishes the rest.'
}

function componentHeader(): Row {
  return ['Component', 'Type', 'Version', 'Package ID', 'Package', 'Deployment ID', 'Deployment'].map((data) => ({ data, header: true }))
}

function componentRow(c: RunReport['components'][number]): Row {
  const deployment = c.replaced ? `${c.deployment} (replaces ${c.replaced})` : c.deployment
  return [
    escape(c.name),
    escape(c.type),
    escape(c.packageVersion ?? '—'),
    code(c.packageId),
    c.package,
    code(c.deploymentId),
    c.error ? `${deployment} — ${escape(c.error)}` : deployment
  ]
}

function code(value: string | null): string {
  return value ? `<code>${escape(value)}</code>` : '—'
}

export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
