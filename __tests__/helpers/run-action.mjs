// @ts-check
// Runs the bundled action the way a GitHub runner does: `node dist/index.js` with INPUT_*
// variables (hyphens kept, upper case), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files and a
// GITHUB_WORKSPACE. Asynchronous on purpose: the fake Boomi server answers from this process.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ACTION_ENTRY = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/index.js')

/**
 * @typedef {{ code: number | null, stdout: string, stderr: string, outputs: Record<string, string>, summary: string, workspace: string, timedOut: boolean, startedAt: number, wallMs: number }} ActionRun
 * `echo` copies the child's stdout and stderr to ours as they come; `onStdout` gets each stdout chunk.
 * @param {{ inputs: Record<string, string | undefined>, env?: Record<string, string>, workspace?: string, files?: Record<string, string>, echo?: boolean, onStdout?: (chunk: string) => void, timeoutMs?: number }} options
 * @returns {Promise<ActionRun>}
 */
export async function runAction(options) {
  const dir = mkdtempSync(join(tmpdir(), 'boomi-deploy-run-'))
  const workspace = options.workspace ?? dir
  for (const [name, content] of Object.entries(options.files ?? {})) writeFileSync(join(workspace, name), content)
  const outputFile = join(dir, 'github_output')
  const summaryFile = join(dir, 'step_summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  /** @type {Record<string, string>} */
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/integrations',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) {
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const startedAt = Date.now()
  const t0 = performance.now()
  const child = spawn(process.execPath, [ACTION_ENTRY], { env, cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] })
  let timedOut = false
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true
        child.kill('SIGKILL')
      }, options.timeoutMs)
    : undefined
  let stdout = ''
  let stderr = ''
  // Whole characters per chunk: a chunk may end inside a multi-byte one.
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stdout.on('data', (chunk) => {
    stdout += chunk
    if (options.echo) process.stdout.write(chunk)
    options.onStdout?.(chunk)
  })
  child.stderr.on('data', (chunk) => {
    stderr += chunk
    if (options.echo) process.stderr.write(chunk)
  })
  /** @type {number | null} */
  const code = await new Promise((resolvePromise) => child.on('close', resolvePromise))
  const wallMs = performance.now() - t0
  clearTimeout(timer)
  return {
    code,
    timedOut,
    startedAt,
    wallMs,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workspace
  }
}

/**
 * Parses the `name<<DELIMITER\nvalue\nDELIMITER` records that @actions/core writes.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseOutputFile(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match
    const value = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
    outputs[/** @type {string} */ (name)] = value.join('\n')
  }
  return outputs
}
