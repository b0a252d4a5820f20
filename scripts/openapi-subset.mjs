#!/usr/bin/env node
// `npm run openapi:subset`: derives the part of Boomi's official OpenAPI document that the contract
// test needs (the operations of the objects the action calls, and every schema they reach), and
// writes it to __tests__/contract/boomi-openapi.subset.json. The contract test reads the official
// document when it is beside the checkout (../shared/boomi-api/openapi/) and this derived file
// otherwise, so a clean clone anywhere checks the same contract; a test fails when the two drift.
//
// The subset is data derived from Boomi's document, unchanged but for what is left out: operation
// texts (descriptions, examples) and objects the action never calls.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const OFFICIAL_SPEC = resolve(ROOT, '../shared/boomi-api/openapi/platformOpenAPISv3.0.3.json')
export const SUBSET = resolve(ROOT, '__tests__/contract/boomi-openapi.subset.json')

/** Every Boomi object the action reads or writes. */
const OBJECTS = [
  'Atom',
  'ComponentMetadata',
  'DeployedPackage',
  'Environment',
  'EnvironmentAtomAttachment',
  'EnvironmentExtensions',
  'PackagedComponent',
  'ProcessScheduleStatus',
  'ProcessSchedules'
]

/** @param {string} text */
export function subsetOf(text) {
  const spec = JSON.parse(text)
  /** @type {Record<string, Record<string, unknown>>} */
  const paths = {}
  const wanted = new Set()
  for (const [template, item] of Object.entries(spec.paths)) {
    if (!OBJECTS.includes(template.split('/')[1] ?? '')) continue
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !op.responses) continue
      const trimmed = { requestBody: jsonBody(op.requestBody), responses: { 200: jsonBody(op.responses['200']) } }
      ;(paths[template] ??= {})[method] = trimmed
      refsIn(trimmed, wanted)
    }
  }
  /** @type {Record<string, unknown>} */
  const schemas = {}
  for (const name of wanted) {
    const schema = spec.components.schemas[name]
    if (schema === undefined) throw new Error(`the spec refers to a schema it does not define: ${name}`)
    schemas[name] = schema
    refsIn(schema, wanted) // a Set visits what is added while it is iterated
  }
  return {
    'x-derived-from': {
      document: 'platformOpenAPISv3.0.3.json (Boomi Enterprise Platform REST API Reference)',
      sha256: createHash('sha256').update(text).digest('hex'),
      by: 'scripts/openapi-subset.mjs'
    },
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    paths,
    components: { schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) }
  }
}

/** Only the JSON schema of a body or an answer: what the contract test validates against. */
function jsonBody(/** @type {any} */ part) {
  const schema = part?.content?.['application/json']?.schema
  return schema ? { content: { 'application/json': { schema } } } : undefined
}

/** Adds the name of every `#/components/schemas/X` reference in a value to `names`. */
function refsIn(/** @type {unknown} */ value, /** @type {Set<string>} */ names) {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, names))
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) names.add(v.slice('#/components/schemas/'.length))
      else refsIn(v, names)
    }
  }
}

export function render(/** @type {string} */ text) {
  return `${JSON.stringify(subsetOf(text), null, 1)}\n`
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const source = process.argv[2] ? resolve(process.argv[2]) : OFFICIAL_SPEC
  writeFileSync(SUBSET, render(readFileSync(source, 'utf8')))
  console.log(`wrote ${SUBSET} from ${source}`)
}
