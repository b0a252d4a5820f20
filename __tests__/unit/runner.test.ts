// The runner protocol: what GitHub's runner reads from stdout and from its files.
import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseOutputFile } from '../helpers/run-action.mjs'
import * as runner from '../../src/runner.js'

let written: string[]
let saved: NodeJS.ProcessEnv
beforeEach(() => {
  written = []
  saved = { ...process.env }
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

test('inputs come from INPUT_ variables with hyphens kept, trimmed', () => {
  process.env['INPUT_PACKAGE-VERSION'] = '  1.4.7 \n'
  expect(runner.getInput('package-version')).toBe('1.4.7')
  expect(runner.getInput('missing-input')).toBe('')
})

test('commands escape what would end or split them', () => {
  runner.setSecret('a%b\nc')
  runner.warning('two\r\nlines')
  expect(written).toEqual(['::add-mask::a%25b%0Ac\n', '::warning::two%0D%0Alines\n'])
})

test('setFailed sets exit code 1 and writes an error annotation', () => {
  runner.setFailed('it broke')
  expect(process.exitCode).toBe(1)
  expect(written).toEqual(['::error::it broke\n'])
})

test('outputs go to GITHUB_OUTPUT as delimited records, multi-line values included', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'runner-')), 'out')
  writeFileSync(file, '')
  process.env.GITHUB_OUTPUT = file
  runner.setOutput('result', '{"a":1}\nsecond line')
  runner.setOutput('package-ids', '["p1"]')
  expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ result: '{"a":1}\nsecond line', 'package-ids': '["p1"]' })
  expect(written).toEqual([])
})

test('groups close even when their work fails', async () => {
  await expect(runner.group('Deploy', () => Promise.reject(new Error('x')))).rejects.toThrow('x')
  expect(written).toEqual(['::group::Deploy\n', '::endgroup::\n'])
})

test('the summary is appended to GITHUB_STEP_SUMMARY, and skipped without it', () => {
  delete process.env.GITHUB_STEP_SUMMARY
  expect(runner.appendSummary('<p>x</p>')).toBe(false)
  const file = join(mkdtempSync(join(tmpdir(), 'runner-')), 'summary')
  writeFileSync(file, 'before\n')
  process.env.GITHUB_STEP_SUMMARY = file
  expect(runner.appendSummary('<p>x</p>')).toBe(true)
  expect(readFileSync(file, 'utf8')).toBe('before\n<p>x</p>')
})
