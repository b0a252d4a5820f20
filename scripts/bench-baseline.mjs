// @ts-check
/**
 * Baseline for `npm run bench`: a strictly sequential Boomi client in the style of Boomi's reference
 * CLI. It makes the same calls as the action for a package-and-deploy run, one at a time, with a fixed
 * pause before every call, and retries a 503 after the same pause (bounded). node built-ins only.
 */

/** OR groups of at most this many IDs, as the action does. */
const IDS_PER_QUERY = 50
/** Boomi's bulk GET takes at most 100 IDs. */
const BULK_LIMIT = 100
/** Attempts per call (the first included) when Boomi answers 503. */
const MAX_ATTEMPTS = 6
/** queryMore pages followed per query at most (a bench account never needs more). */
const MAX_PAGES = 20

/**
 * @typedef {Object} BaselineOptions
 * @property {string} accountUrl        base URL + '/' + account id
 * @property {string} authorization     value of the Authorization header
 * @property {string} environment       environment name
 * @property {string[]} componentIds
 * @property {string} packageVersion
 * @property {string} notes
 * @property {number} [pauseMs]         pause before each call (default 200)
 */

/**
 * @typedef {Object} BaselineResult
 * @property {number} calls       HTTP requests sent (retries included)
 * @property {number} rateLimited 503 answers
 * @property {number} packages    packages created
 * @property {number} deployments deployments created
 */

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** @param {string} property @param {string} value */
const eq = (property, value) => ({ property, operator: 'EQUALS', argument: [value] })
/** @param {'and' | 'or'} operator @param {unknown[]} nested */
const group = (operator, nested) => (nested.length === 1 ? nested[0] : { operator, nestedExpression: nested })

/**
 * @template T
 * @param {readonly T[]} values
 * @param {number} size
 * @returns {T[][]}
 */
function chunk(values, size) {
  /** @type {T[][]} */
  const out = []
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size))
  return out
}

/** @param {unknown} v @returns {any[]} */
const asList = (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])

/**
 * Runs the baseline release: environments, component metadata, existing packages, active
 * deployments, then per component a package create and a deployment create.
 * @param {BaselineOptions} options
 * @returns {Promise<BaselineResult>}
 */
export async function runSequentialBaseline(options) {
  const pauseMs = options.pauseMs ?? 200
  const stats = { calls: 0, rateLimited: 0, packages: 0, deployments: 0 }

  /**
   * One call: pause, send, retry a 503 after the same pause. Throws on any other error.
   * @param {string} path
   * @param {unknown} body      JSON body, or a string sent as text/plain (queryMore token)
   * @returns {Promise<any>}
   */
  async function call(path, body) {
    const text = typeof body === 'string'
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await sleep(pauseMs)
      stats.calls++
      const response = await fetch(`${options.accountUrl}/${path}`, {
        method: 'POST',
        headers: {
          Authorization: options.authorization,
          Accept: 'application/json',
          'Content-Type': text ? 'text/plain' : 'application/json'
        },
        body: text ? body : JSON.stringify(body)
      })
      const answer = await response.text()
      if (response.status === 503) {
        stats.rateLimited++
        continue
      }
      if (!response.ok) throw new Error(`baseline: POST ${path} answered ${response.status}: ${answer.slice(0, 200)}`)
      return answer ? JSON.parse(answer) : undefined
    }
    throw new Error(`baseline: POST ${path} still rate limited after ${MAX_ATTEMPTS} attempts`)
  }

  /**
   * @param {string} object
   * @param {unknown} expression
   * @returns {Promise<any[]>}
   */
  async function query(object, expression) {
    let page = await call(`${object}/query`, expression ? { QueryFilter: { expression } } : {})
    const results = [...asList(page?.result)]
    for (let pages = 1; page?.queryToken && pages < MAX_PAGES; pages++) {
      page = await call(`${object}/queryMore`, String(page.queryToken))
      results.push(...asList(page?.result))
    }
    return results
  }

  const environments = await query('Environment', undefined)
  const environment = environments.find((e) => e.name === options.environment || e.id === options.environment)
  if (!environment) throw new Error(`baseline: no environment ${options.environment}`)

  for (const ids of chunk(options.componentIds, BULK_LIMIT)) {
    const answer = await call('ComponentMetadata/bulk', { type: 'GET', request: ids.map((id) => ({ id })) })
    const missing = asList(answer?.response).filter((r) => r.statusCode !== 200)
    if (missing.length > 0) throw new Error(`baseline: components not found: ${missing.map((m) => m.id).join(', ')}`)
  }

  /** @type {Map<string, any>} */
  const existing = new Map()
  /** @type {Set<string>} */
  const active = new Set()
  for (const ids of chunk(options.componentIds, IDS_PER_QUERY)) {
    const byComponent = group('or', ids.map((id) => eq('componentId', id)))
    for (const p of await query('PackagedComponent', group('and', [eq('packageVersion', options.packageVersion), byComponent]))) {
      if (p.deleted !== true && p.deleted !== 'true') existing.set(p.componentId, p)
    }
    for (const d of await query('DeployedPackage', group('and', [eq('environmentId', environment.id), eq('active', 'true'), byComponent]))) {
      active.add(d.packageId)
    }
  }

  for (const componentId of options.componentIds) {
    let pkg = existing.get(componentId)
    if (!pkg) {
      pkg = await call('PackagedComponent', { componentId, packageVersion: options.packageVersion, notes: options.notes })
      stats.packages++
    }
    if (!active.has(pkg.packageId)) {
      await call('DeployedPackage', { environmentId: environment.id, packageId: pkg.packageId, notes: options.notes })
      stats.deployments++
    }
  }
  return stats
}
