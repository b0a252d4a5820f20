// The job summary: what was (or would be) done, per component, then extensions and schedules.
// Built only from the report, which never holds a secret value: the summary is a file the runner
// does not mask.
import type { ComponentReport, DriftReport, ExtensionsReport, RunReport, SchedulesReport } from './report.js'
import * as core from '@actions/core'
import { withoutSecrets } from './secrets.js'

export async function writeSummary(report: RunReport): Promise<void> {
  try {
    await core.summary.addRaw(buildSummary(withoutSecrets(report))).write()
  } catch (error) {
    // Outside a runner (a plain local run) there is no summary file, and that is no failure.
    if (!process.env.GITHUB_STEP_SUMMARY) core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written')
    else core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    // The buffer is module state: what a failed write left must not reach a later one.
    core.summary.emptyBuffer()
  }
}

export function buildSummary(report: RunReport): string {
  const parts = [heading(2, title(report)), `<p>${statusLine(report)}</p>`]
  // The error first and open: it is what the reader came for.
  if (report.error) parts.push(`<pre>${escape(report.error)}</pre>`)
  if (report.warnings.length > 0) {
    parts.push(`<ul>${report.warnings.map((w) => `<li>⚠️ ${escape(w.message)}</li>`).join('')}</ul>`)
  }
  if (report.listenerStatus) parts.push(`<p>Listener processes: new deployments start <b>${report.listenerStatus}</b>.</p>`)
  if (report.gate) {
    const outcome = report.gate.passed ? 'passed' : 'failed'
    parts.push(`<p>Promotion gate: every package must be active in <b>${escape(report.gate.environment)}</b> — ${outcome}.</p>`)
  }
  if (report.components.length > 0) parts.push(componentTable(report))
  if (report.extensions) parts.push(...extensionsPart(report.extensions))
  if (report.schedules) parts.push(...schedulesPart(report.schedules))
  if (report.drift) parts.push(...driftPart(report.drift))
  if (report.starter) parts.push(...starterPart(report, report.starter))
  if (report.requests) {
    const r = report.requests
    parts.push(`<p><sub>${r.requests} Boomi API requests (${r.changes} changing), ${r.retries} retries, ${r.rateLimited} rate-limit answers absorbed.</sub></p>`)
  }
  return `${parts.join('\n')}\n`
}

/** The target as given in the input (with the name it resolved to when that differs), also on failure. */
function title(report: RunReport): string {
  const resolved = report.environment?.name
  const given = report.target ?? resolved
  const target = given === undefined ? '' : ` → ${given}${resolved !== undefined && resolved !== given ? ` (${resolved})` : ''}`
  // A failed dry run says "Nothing was changed" once, in its status line.
  const mode = report.dryRun ? (report.status === 'failed' ? ' (dry run)' : ' (dry run: nothing was changed)') : ''
  const what = report.command === 'check' || given !== undefined ? report.command : 'package'
  return `Boomi ${what}${escape(target)}${mode}`
}

function statusLine(report: RunReport): string {
  if (report.status === 'planned') return 'Plan only: run without <code>dry-run</code> to carry it out.'
  if (report.command === 'check' && report.status === 'succeeded') {
    const count = report.drift?.differences.length ?? 0
    return count === 0 ? '✅ No drift: the environment matches the inputs. Nothing was changed.' : `⚠️ Drift: ${count} difference(s) from the inputs. Nothing was changed.`
  }
  if (report.status === 'succeeded') return '✅ Succeeded.'
  return `❌ <b>Failed.</b> ${escape(report.headline ?? '')}`.trimEnd()
}

/** What a dry run shows can be set, collapsed: files to copy and edit. */
function starterPart(report: RunReport, starter: NonNullable<RunReport['starter']>): string[] {
  const where = escape(report.environment?.name ?? report.target ?? '')
  const block = (summary: string, text: string) => `<details><summary>${summary}</summary>

<pre>${escape(text)}</pre>
</details>`
  return [
    ...(starter.extensions !== undefined ? [block(`Starter extensions file for ${where}: everything extensible there, with its current value`, starter.extensions)] : []),
    ...(starter.schedules !== undefined ? [block(`Current schedules in ${where} of the processes in this release, as a schedules file`, starter.schedules)] : [])
  ]
}

function componentTable(report: RunReport): string {
  const rows = report.components.map((c) => {
    // Inside the brackets: what it replaced (and that revision), then the listener's status.
    const details = [
      c.replaced ? `replaces ${escape(c.replaced)}${c.replacedRevision === undefined ? '' : `, revision ${c.replacedRevision}`}` : '',
      c.listenerStatus ? `listener ${escape(c.listenerStatus.toLowerCase())}` : ''
    ].filter(Boolean)
    const deployment = details.length > 0 ? `${c.deployment} (${details.join(', ')})` : c.deployment
    return [
      escape(c.name),
      escape(c.type),
      escape(c.packageVersion ?? '—'),
      revisionCell(c),
      code(c.packageId),
      c.package,
      code(c.deploymentId),
      c.error ? `${deployment} — ${escape(c.error)}` : c.warning ? `${deployment} ⚠️ ${escape(c.warning)}` : deployment
    ]
  })
  return table(['Component', 'Type', 'Version', 'Revision', 'Package ID', 'Package', 'Deployment ID', 'Deployment'], rows)
}

/** The package's revision, and the component's current one when that differs (or is all there is yet). */
function revisionCell(c: ComponentReport): string {
  if (c.packageRevision === null) return c.currentRevision === null ? '—' : `current ${c.currentRevision}`
  if (c.currentRevision === null || c.currentRevision === c.packageRevision) return String(c.packageRevision)
  return `${c.packageRevision} (current ${c.currentRevision})`
}

function driftPart(drift: DriftReport): string[] {
  const title = heading(3, `Drift: ${drift.found ? `${drift.differences.length} difference(s)` : 'none'}`)
  if (!drift.found) return [title]
  const rows = drift.differences.map((d) => [d.section, escape(d.component), escape(d.field), escape(d.expected), escape(d.live)])
  return [title, table(['Section', 'Component', 'Field', 'Expected', 'Live'], rows)]
}

function extensionsPart(section: ExtensionsReport): string[] {
  const title = heading(3, `Environment extensions — ${escape(section.file)} (${section.mode} update): ${section.status}`)
  if (section.changes.length === 0) return [title]
  const rows = section.changes.map((c) => [
    c.section,
    escape(c.componentName),
    escape(c.field),
    c.action,
    c.from === undefined ? '—' : code(c.from),
    c.to === undefined ? (c.action === 'set-encrypted' ? '(encrypted)' : '—') : code(c.to)
  ])
  return [title, table(['Section', 'Component', 'Field', 'Change', 'From', 'To'], rows)]
}

function schedulesPart(section: SchedulesReport): string[] {
  const title = heading(3, `Process schedules — ${escape(section.file)}: ${section.status}`)
  if (section.items.length === 0) return [title]
  const rows = section.items.map((i) => [
    escape(i.process),
    escape(i.runtime),
    i.schedules.length ? i.schedules.map(escape).join('<br>') : 'no schedule',
    i.maxRetry === undefined ? '—' : String(i.maxRetry),
    i.enabled === undefined ? '—' : i.enabled ? 'yes' : 'no',
    // A listener is explained once, by its warning above, not on every runtime's row.
    i.error && i.action !== 'not schedulable' ? `${i.action} — ${escape(i.error)}` : i.action
  ])
  return [title, table(['Process', 'Runtime', 'Schedule', 'Retries', 'Enabled', 'Result'], rows)]
}

function heading(level: number, html: string): string {
  return `<h${level}>${html}</h${level}>`
}

function table(header: string[], rows: string[][]): string {
  const head = `<tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>`
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')
  return `<table>${head}${body}</table>`
}

function code(value: string | null): string {
  return value ? `<code>${escape(value)}</code>` : '—'
}

export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
