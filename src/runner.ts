// The runner protocol, as GitHub documents it: inputs from INPUT_* variables, workflow commands
// on stdout (`::add-mask::`, `::group::`, `::error::`, …) and the GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files. This replaces @actions/core on purpose: core 3 imports
// @actions/http-client and undici for OIDC tokens at load time, which tripled the action's
// start-up (see the benchmark), and the action uses none of it.
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function setSecret(value: string): void {
  command('add-mask', value)
}

export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    command(`set-output name=${escapeProperty(name)}`, value)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  // A value holding the delimiter would end the record early and inject other outputs.
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Output ${name} contains its delimiter`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`)
}

export function debug(message: string): void {
  command('debug', message)
}

export function warning(message: string): void {
  command('warning', message)
}

export function error(message: string): void {
  command('error', message)
}

/** Marks the step failed (exit code 1) with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  command('group', name)
  try {
    return await fn()
  } finally {
    command('endgroup', '')
  }
}

/** Appends Markdown/HTML to the job summary; false when the runner gave no summary file. */
export function appendSummary(html: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return false
  appendFileSync(file, html, 'utf8')
  return true
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`)
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
