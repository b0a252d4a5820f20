// @ts-check
/**
 * Holds requests and answers to Boomi's official OpenAPI document (../shared/boomi-api/openapi/, or
 * the committed part of it the action uses),
 * validated by Ajv (JSON Schema) over the spec's components.schemas: the fake and the client are
 * both measured against Boomi's documentation, not against each other.
 *
 * The spec's known quirks are explicit exceptions below, each with its reason. Nothing else is
 * relaxed: a request or an answer that leaves the spec is reported.
 */
import { existsSync, readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { createRequire } from 'node:module'
import { OFFICIAL_SPEC, SUBSET } from '../../scripts/openapi-subset.mjs'

/** ajv-formats is CommonJS whose default export TypeScript's NodeNext view does not see as callable. */
const addFormats = /** @type {(ajv: Ajv) => Ajv} */ (createRequire(import.meta.url)('ajv-formats'))

/**
 * Boomi's official document when it is beside the checkout; otherwise the part of it the action
 * uses, derived by scripts/openapi-subset.mjs and committed (a test holds the two equal).
 */
export const SPEC_PATH = existsSync(OFFICIAL_SPEC) ? OFFICIAL_SPEC : SUBSET

/** One recorded call: the request body as sent, the status and JSON answer as answered. */
/** @typedef {{ method: string, path: string, body?: unknown, status: number, answer?: unknown }} Exchange */

/**
 * @typedef {Object} Operation
 * @property {string} template  e.g. "/PackagedComponent/{id}"
 * @property {string | undefined} request   schema name of the JSON request body
 * @property {string | undefined} answer    schema name of the JSON 200 answer
 */

/** @type {Record<string, any>} */
const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'))
const schemas = structuredClone(spec.components.schemas)

// ---------------------------------------------------------------- the spec's known quirks

/**
 * Quirk 1: PackagedComponent is one schema for request and answer, and lists server-made fields
 * (packageId, createdBy, createdDate, componentType, branchName) and `notes` as required. A create
 * sends componentId (+ packageVersion, notes, shareable); the documented create answer has no notes
 * and no branchName. Requests require what a create needs, answers what the documented answer has.
 */
schemas.PackagedComponent = { ...schemas.PackagedComponent, required: ['packageId', 'packageVersion', 'componentId', 'componentType', 'createdDate', 'createdBy'] }
schemas.PackagedComponentCreateRequest = { ...schemas.PackagedComponent, required: ['componentId'] }

/**
 * Quirk 2: ProcessSchedulesBulkRequest types its items as BulkId ({id}), while the documented bulk
 * UPDATE example sends whole ProcessSchedules objects. An UPDATE item is held to ProcessSchedules.
 */
schemas.ProcessSchedulesBulkUpdateRequest = {
  ...schemas.ProcessSchedulesBulkRequest,
  properties: { ...schemas.ProcessSchedulesBulkRequest.properties, request: { type: 'array', items: { $ref: '#/components/schemas/ProcessSchedules' } } }
}

/**
 * Quirk 3: every *BulkResponse item requires `Result`, while the documented error item carries
 * only id, statusCode and errorMessage. An item whose statusCode is not 2xx is held to that shape.
 */
schemas.BulkErrorItem = {
  type: 'object',
  required: ['statusCode', 'errorMessage'],
  properties: { id: { type: 'string' }, statusCode: { type: 'integer' }, errorMessage: { type: 'string' }, '@type': { type: 'string' } },
  additionalProperties: false
}

/**
 * Quirk 4: EnvironmentExtensions requires all eight sections; the spec's own GET example leaves
 * out the empty ones. Requests (updates) must send all eight; answers may omit empty sections.
 */
const extensionSections = schemas.EnvironmentExtensions.required
schemas.EnvironmentExtensions = { ...schemas.EnvironmentExtensions, required: [] }

/**
 * Quirk 5: componentVersion of PackagedComponent and DeployedPackage is typed int32, yet every
 * example of both (create, GET, query) shows a string such as "2.0". Answers may use either.
 */
for (const name of ['PackagedComponent', 'DeployedPackage']) {
  const properties = { ...schemas[name].properties, componentVersion: { anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^\\d+(\\.0)?$' }] } }
  schemas[name] = { ...schemas[name], properties }
}

// ---------------------------------------------------------------- validator

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
addFormats(ajv)
// OpenAPI's numeric formats: the JSON type already says integer/number.
for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary']) ajv.addFormat(format, true)
ajv.addSchema({ $id: 'boomi', components: { schemas } })

/** @type {Map<string, import('ajv').ValidateFunction>} */
const compiled = new Map()

/** @param {string} name */
function validatorFor(name) {
  const known = compiled.get(name)
  if (known) return known
  const validate = ajv.compile({ $ref: `boomi#/components/schemas/${name}` })
  compiled.set(name, validate)
  return validate
}

// ---------------------------------------------------------------- operations

/** @type {{ method: string, regex: RegExp, literal: number, op: Operation }[]} */
const operations = []
for (const [template, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(/** @type {Record<string, any>} */ (item))) {
    if (!op || typeof op !== 'object' || !op.responses) continue
    const json = (/** @type {any} */ content) => content?.['application/json']?.schema?.$ref?.split('/').pop()
    const regex = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)
    const literal = template.split('/').filter((s) => s && !s.startsWith('{')).length
    operations.push({
      method: method.toUpperCase(),
      regex,
      literal,
      op: { template, request: json(op.requestBody?.content), answer: json(op.responses['200']?.content) }
    })
  }
}

/** The documented operation for a call; literal paths (`/X/query`) win over templates (`/X/{id}`). */
/** @param {string} method @param {string} path @returns {Operation | undefined} */
export function operationFor(method, path) {
  const matches = operations.filter((o) => o.method === method && o.regex.test(path))
  return matches.sort((a, b) => b.literal - a.literal)[0]?.op
}

/** @param {string} where @param {import('ajv').ValidateFunction} validate */
function problemsOf(where, validate) {
  return (validate.errors ?? []).slice(0, 5).map((e) => `${where}${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${e.params.additionalProperty})` : ''}`)
}

/** The schema a request body is held to: the spec's, but for the quirks above. */
/** @param {string} name @param {any} body */
function requestSchema(name, body) {
  if (name === 'PackagedComponent') return 'PackagedComponentCreateRequest'
  if (name === 'ProcessSchedulesBulkRequest' && body?.type === 'UPDATE') return 'ProcessSchedulesBulkUpdateRequest'
  return name
}

/**
 * What in a request body leaves the spec (empty when it follows it).
 * @param {string} method @param {string} path @param {unknown} body
 * @returns {string[]}
 */
export function checkRequest(method, path, body) {
  const where = `request ${method} ${path}`
  const op = operationFor(method, path)
  if (!op) return [`${where}: no such operation in the spec`]
  if (body === undefined || typeof body === 'string') return [] // queryMore's token, GET, DELETE
  const problems = typeTags(body).map((at) => `${where}${at}: "@type" sent (Boomi's answers carry it; requests never need it)`)
  if (!op.request) return [...problems, `${where}: the spec documents no JSON body`]
  const validate = validatorFor(requestSchema(op.request, body))
  if (!validate(body)) problems.push(...problemsOf(where, validate))
  if (op.request === 'EnvironmentExtensions') {
    const missing = extensionSections.filter((/** @type {string} */ s) => !(s in /** @type {object} */ (body)))
    if (missing.length) problems.push(`${where}: sections ${missing.join(', ')} missing (the schema requires all eight)`)
  }
  return problems
}

/**
 * What in a 2xx JSON answer leaves the spec (empty when it follows it).
 * @param {string} method @param {string} path @param {unknown} answer
 * @returns {string[]}
 */
export function checkAnswer(method, path, answer) {
  const where = `answer to ${method} ${path}`
  const op = operationFor(method, path)
  if (!op) return [`${where}: no such operation in the spec`]
  if (answer === undefined) return []
  if (!op.answer) return [`${where}: the spec documents no JSON answer`]
  if (op.answer.endsWith('BulkResponse')) return checkBulkAnswer(where, op.answer, answer)
  const validate = validatorFor(op.answer)
  return validate(answer) ? [] : problemsOf(where, validate)
}

/** @param {string} where @param {string} name @param {any} answer */
function checkBulkAnswer(where, name, answer) {
  const items = Array.isArray(answer?.response) ? answer.response : []
  const item = schemas[name].properties.response.items
  const resultSchema = item.properties.Result.$ref.split('/').pop()
  /** @type {string[]} */
  const problems = []
  const validateError = validatorFor('BulkErrorItem')
  items.forEach((/** @type {any} */ entry, /** @type {number} */ i) => {
    const at = `${where} /response/${i}`
    if (typeof entry?.statusCode === 'number' && (entry.statusCode < 200 || entry.statusCode > 299)) {
      if (!validateError(entry)) problems.push(...problemsOf(at, validateError))
      return
    }
    const { Result, ...rest } = entry ?? {}
    if (Result === undefined) problems.push(`${at}: a success without Result`)
    const extra = Object.keys(rest).filter((k) => !['@type', 'statusCode', 'index', 'id'].includes(k))
    if (extra.length) problems.push(`${at}: unknown keys ${extra.join(', ')}`)
    // A bulk UPDATE's documented Result (ProcessSchedules) has no id: the schema does not require one.
    const validate = validatorFor(resultSchema)
    if (Result !== undefined && !validate(Result)) problems.push(...problemsOf(`${at}/Result`, validate))
  })
  return problems
}

/** Paths of every "@type" key in a value. @param {unknown} value @param {string} [at] @returns {string[]} */
function typeTags(value, at = '') {
  if (Array.isArray(value)) return value.flatMap((v, i) => typeTags(v, `${at}/${i}`))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === '@type' ? [at || '/'] : typeTags(v, `${at}/${k}`)))
  }
  return []
}

/**
 * Every problem in a fake's recorded traffic: each request body and each 2xx JSON answer.
 * @param {Exchange[]} traffic
 */
export function checkTraffic(traffic) {
  return traffic.flatMap((r) => [...checkRequest(r.method, r.path, r.body), ...(r.status >= 200 && r.status < 300 ? checkAnswer(r.method, r.path, r.answer) : [])])
}
