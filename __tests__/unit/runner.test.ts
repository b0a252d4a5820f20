// The runner protocol as the action speaks it through @actions/core: what lands in the
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files and on stdout, read back as the runner would.
import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseOutputFile } from '../helpers/run-action.mjs'
import { OUTPUT, writeOutputs } from '../../src/outputs.js'
import { emptyReport, type RunReport } from '../../src/report.js'
import type * as Summary from '../../src/summary.js'
import { maskSecret } from '../../src/secrets.js'

const SECRET = 'tok-runner-test-0123456789'

/** summary.ts with a fresh @actions/core: core.summary keeps the file path it first resolved. */
async function freshSummaryModule(): Promise<typeof Summary> {
  jest.resetModules()
  return import('../../src/summary.js')
}

let written: string[]
let saved: NodeJS.ProcessEnv
let dir: string
beforeEach(() => {
  written = []
  saved = { ...process.env }
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_') || name.startsWith('GITHUB_')) delete process.env[name]
  dir = mkdtempSync(join(tmpdir(), 'runner-'))
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = saved
  process.exitCode = undefined
})

/** A runner's file, empty or with what earlier steps wrote, named in the environment. */
function runnerFile(variable: 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY', content = ''): string {
  const file = join(dir, variable.toLowerCase())
  writeFileSync(file, content)
  process.env[variable] = file
  return file
}

function deployed(): RunReport {
  return {
    ...emptyReport(false),
    status: 'succeeded',
    environment: { id: 'env-test', name: 'TEST' },
    components: [
      { id: 'c1', name: 'Orders', type: 'process', packageVersion: '1.0', packageRevision: 3, currentRevision: 3, packageId: 'p1', deploymentId: 'd1', package: 'created', deployment: 'deployed' },
      { id: 'c2', name: 'Billing', type: 'process', packageVersion: '1.0', packageRevision: 2, currentRevision: 2, packageId: 'p2', deploymentId: null, package: 'created', deployment: 'failed', error: 'boom' }
    ]
  }
}

test('outputs are delimited records in GITHUB_OUTPUT, valid JSON, nothing on stdout', () => {
  const file = runnerFile('GITHUB_OUTPUT', 'earlier<<EOF\nstep\nEOF\n')
  writeOutputs(deployed())
  const outputs = parseOutputFile(readFileSync(file, 'utf8'))
  expect(outputs.earlier).toBe('step')
  expect(JSON.parse(outputs[OUTPUT.packageIds] ?? '')).toEqual(['p1', 'p2'])
  expect(JSON.parse(outputs[OUTPUT.deploymentIds] ?? '')).toEqual(['d1'])
  expect(outputs[OUTPUT.environmentId]).toBe('env-test')
  expect(JSON.parse(outputs[OUTPUT.result] ?? '')).toMatchObject({ status: 'succeeded', components: [{ id: 'c1' }, { id: 'c2', error: 'boom' }] })
  expect(written).toEqual([])
})

test('a secret is masked with a command escaped as the runner reads it', () => {
  maskSecret('line%1\r\nline:2')
  expect(written).toEqual(['::add-mask::line%251%0D%0Aline:2\n'])
})

test('a secret is redacted from the outputs and the summary', async () => {
  const { writeSummary } = await freshSummaryModule()
  // The same module instances summary.ts uses, so what is masked is known to its redaction.
  const { maskSecret } = await import('../../src/secrets.js')
  const { writeOutputs } = await import('../../src/outputs.js')
  maskSecret(SECRET)
  const output = runnerFile('GITHUB_OUTPUT')
  const summary = runnerFile('GITHUB_STEP_SUMMARY')
  const report = { ...deployed(), status: 'failed' as const, error: `Boomi said: bad token ${SECRET}` }
  writeOutputs(report)
  await writeSummary(report)
  const files = readFileSync(output, 'utf8') + readFileSync(summary, 'utf8')
  expect(files).toContain('bad token ***')
  expect(files).not.toContain(SECRET)
})

test('the summary is appended to GITHUB_STEP_SUMMARY after what earlier steps wrote', async () => {
  const { buildSummary, writeSummary } = await freshSummaryModule()
  const file = runnerFile('GITHUB_STEP_SUMMARY', '<p>earlier step</p>\n')
  await writeSummary(deployed())
  await writeSummary(emptyReport(true))
  expect(readFileSync(file, 'utf8')).toBe(`<p>earlier step</p>\n${buildSummary(deployed())}${buildSummary(emptyReport(true))}`)
})

test('without GITHUB_STEP_SUMMARY no summary is written and the next one starts clean', async () => {
  const { buildSummary, writeSummary } = await freshSummaryModule()
  await writeSummary(deployed())
  expect(written).toEqual(['::debug::GITHUB_STEP_SUMMARY is not set: no job summary written\n'])
  const file = runnerFile('GITHUB_STEP_SUMMARY')
  await writeSummary(emptyReport(true))
  expect(readFileSync(file, 'utf8')).toBe(buildSummary(emptyReport(true)))
})

test('a summary file that cannot be written is a warning, not a failed step', async () => {
  const { writeSummary } = await freshSummaryModule()
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'missing-dir', 'summary')
  await writeSummary(deployed())
  expect(written.join('')).toMatch(/^::warning::Could not write the job summary: /)
  expect(process.exitCode).toBeUndefined()
})

test('a run that fails on its inputs: exit code 1, an error annotation, outputs and summary still written', async () => {
  const output = runnerFile('GITHUB_OUTPUT')
  const summary = runnerFile('GITHUB_STEP_SUMMARY')
  jest.resetModules()
  const { run } = await import('../../src/main.js')
  await run()
  expect(process.exitCode).toBe(1)
  expect(written.join('')).toMatch(/^::error::Input '[a-z-]+' is required[^\n]*%0ANothing was changed in Boomi\.\n$/m)
  const result = JSON.parse(parseOutputFile(readFileSync(output, 'utf8'))[OUTPUT.result] ?? '') as RunReport
  expect(result).toMatchObject({ status: 'failed', components: [] })
  expect(readFileSync(summary, 'utf8')).toContain('Failed')
})

test('an error or warning about a line of a user file is annotated there (file=, line=)', async () => {
  const core = await import('@actions/core')
  const { annotationAt } = await import('../../src/annotations.js')
  core.error('bad name', annotationAt({ file: 'boomi/test.extensions.yml', line: 4 }))
  core.warning('listener', annotationAt({ file: 'schedules.yml' }))
  core.warning('plain', annotationAt(undefined))
  expect(written).toEqual(['::error file=boomi/test.extensions.yml,line=4::bad name\n', '::warning file=schedules.yml::listener\n', '::warning::plain\n'])
})
