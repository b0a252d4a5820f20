// action.yml, the code and the README describe the same inputs and outputs.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUT } from '../../src/inputs.js'
import { OUTPUT } from '../../src/outputs.js'

interface ActionYml {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml
const readme = readFileSync('README.md', 'utf8')

/** The rows of the README table under a heading: first cell (without backticks) → the row's cells. */
function readmeTable(heading: string): Map<string, string[]> {
  const section = readme.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? ''
  const rows = section.split('\n').filter((line) => line.startsWith('| `'))
  return new Map(rows.map((line) => {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim())
    return [cells[0]!.replace(/`/g, ''), cells]
  }))
}

test('runs the bundle on node24', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})

test('every input the code reads is declared in action.yml, and nothing else is', () => {
  expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT).sort())
})

test('every output the code sets is declared in action.yml, and nothing else is', () => {
  expect(Object.keys(action.outputs).sort()).toEqual(Object.values(OUTPUT).sort())
})

test('the README documents every input with the same default and required flag', () => {
  const table = readmeTable('Inputs')
  expect([...table.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
  for (const [name, input] of Object.entries(action.inputs)) {
    const [, required, fallback] = table.get(name)!
    expect([name, required === 'yes']).toEqual([name, input.required === true])
    const documented = fallback!.replace(/`/g, '')
    if (input.default && !input.default.includes('${{')) expect([name, documented]).toEqual([name, input.default])
    if (input.default?.includes('${{')) expect(documented).toContain('github.token')
  }
})

test('the README documents every output', () => {
  expect([...readmeTable('Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort())
})
