// @ts-check
/**
 * Stateful fake of the Boomi Platform REST API (JSON flavour) for end-to-end tests of boomi-deploy.
 * Plain ESM JavaScript with JSDoc types, runs under `node` 20 without a build step; node built-ins only.
 *
 *   import { startFakeBoomi } from './server.mjs'
 *   const fake = await startFakeBoomi(sampleAccount(), { rateLimit: 10 })
 *   fake.baseUrl  // http://127.0.0.1:PORT/api/rest/v1  (clients append /{accountId}/...)
 *
 * Run standalone: `node __tests__/fake-boomi/server.mjs [port]` (sample account; env FAKE_BOOMI_RATE_LIMIT,
 * FAKE_BOOMI_LATENCY_MS, FAKE_BOOMI_PAGE_SIZE).
 *
 * Order of checks for every request (each answered error is logged in `fake.requests` with its status):
 *   1. HTTP Basic auth (401)              — before anything else, even before rate limiting
 *   2. path prefix /api/rest/v1/{account} (404) and account id (403)
 *   3. rate limit (503)                   — sliding 1000 ms window; only requests that pass this check
 *                                            enter the window (401/403/503'd requests do not consume it)
 *   4. Accept must include application/json, else 406 with an XML <error><message> body
 *   5. injected faults (fake.inject)      — a request rejected by 1–4 does not consume a fault
 *   6. routing (404 for unknown routes) and the handler (400 for invalid requests)
 * Error bodies follow `options.errorShape`; when the request's Accept header lacks application/json
 * every error body is XML instead (Boomi answers XML by default).
 * `latencyMs` (+ a fault's `delayMs`) is waited before every response, after the checks of 1–3 were
 * made at arrival time and before the handler runs.
 */

import http from 'node:http'
import { randomUUID } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { compileQuery, QueryError, QueryTokenStore } from './query.mjs'
import { ExtensionError, renderExtensions, updateExtensions, extensionField, processPropertyValue } from './extensions.mjs'
import {
  createState,
  attachmentId,
  defaultRetry,
  displayUser,
  dropSchedulesForUndeploy,
  ensureSchedulesForDeployment,
  saveRevision
} from './state.mjs'
import { sampleAccount } from './sample-account.mjs'

export { extensionField, processPropertyValue }

/** @typedef {import('./state.mjs').Seed} Seed */
/** @typedef {import('./state.mjs').State} State */
/** @typedef {import('./state.mjs').Component} Component */
/** @typedef {import('./state.mjs').PackagedComponent} PackagedComponent */
/** @typedef {import('./state.mjs').DeployedPackage} DeployedPackage */
/** @typedef {import('./state.mjs').ProcessSchedules} ProcessSchedules */
/** @typedef {import('./state.mjs').ProcessScheduleStatus} ProcessScheduleStatus */
/** @typedef {import('./state.mjs').Schedule} Schedule */
/** @typedef {import('./query.mjs').QuerySpec} QuerySpec */

/**
 * @typedef {Object} FakeBoomiOptions
 * @property {number | null} [rateLimit]   requests per second for the account (default null = unlimited)
 * @property {number} [latencyMs]          added before each response (default 0)
 * @property {number} [pageSize]           query page size (default 100)
 * @property {'type' | 'message' | 'nested'} [errorShape]  error body shape (default 'type')
 * @property {'string' | 'number'} [componentVersionFormat]  how PackagedComponent/DeployedPackage show
 *           componentVersion: 'string' like the spec examples ("7.0", default) or 'number' like the schema (7)
 * @property {number} [queryTokenTtlMs]    lifetime of queryMore tokens (default 10 minutes)
 * @property {503 | 429} [rateLimitStatus] status answered above the rate limit (default 503; 429 is what some
 *           clients met on real accounts, not in the spec)
 * @property {number} [clockSkewMs]        Boomi's clock runs this much behind the client's (createdDate,
 *           deployedDate; default 0)
 * @property {number} [lateReads]          after each deployment, this many reads of ProcessSchedules and of
 *           EnvironmentExtensions do not yet see what the deployment made (default 0)
 * @property {boolean} [omitUseDefault]    EnvironmentExtensions answers leave `useDefault` out of every field, value
 *           and certificate (the schema makes it optional; a client must then tell a default from what is stored)
 * @property {number} [port]               default 0 (random)
 * @property {string} [host]               default 127.0.0.1
 */

/**
 * @typedef {Object} Fault
 * @property {string} [method]           'GET' | 'POST' | 'DELETE' ... (any method when omitted)
 * @property {string | RegExp} path      matched against the path after /api/rest/v1/{accountId}
 * @property {number} [times]            number of matching requests it applies to (default 1)
 * @property {number} [after]            matching requests to let through first (default 0)
 * @property {number} [status]           answer this status with an error body instead of handling
 * @property {boolean} [afterApply]      handle the request (state changes) and THEN answer `status`
 *                                       (default 500) or destroy the socket
 * @property {boolean} [destroySocket]   destroy the connection without answering
 * @property {number} [delayMs]          extra delay before answering (alone: delay, then handle normally)
 * @property {string} [message]          message of the error body (default "Injected fault (HTTP n)")
 */

/** @typedef {Fault & { remaining: number }} PendingFault */

/**
 * @typedef {Object} LoggedRequest
 * @property {string} method
 * @property {string} path        path after /api/rest/v1/{accountId} (e.g. "/PackagedComponent/query");
 *                                the whole URL path when the URL does not have that prefix
 * @property {string} url         the request URL as sent (path + query string)
 * @property {string | null} accountId  account id from the URL
 * @property {unknown} body       parsed JSON, else the raw text (undefined when empty)
 * @property {number} status      status answered; 0 = connection destroyed without answer (or not answered yet)
 * @property {number} at          arrival time, ms since the epoch (Date.now())
 * @property {string} [fault]     description of the injected fault that applied
 * @property {unknown} [answer]   the JSON answered with a 2xx status (for the contract test)
 */

/**
 * @typedef {Object} FakeBoomi
 * @property {string} baseUrl     http://127.0.0.1:PORT/api/rest/v1
 * @property {string} accountUrl  baseUrl + '/' + accountId
 * @property {number} port
 * @property {State} state        live state (mutate it to arrange tests; assert on it)
 * @property {LoggedRequest[]} requests
 * @property {() => LoggedRequest[]} changingRequests
 * @property {(fault: Fault) => PendingFault} inject
 * @property {() => PendingFault[]} pendingFaults
 * @property {(perSecond: number | null) => void} setRateLimit
 * @property {() => void} expireQueryTokens   forget every queryMore token (simulates expiry)
 * @property {(componentId: string) => number} saveRevision  a developer saves the component: returns its new current revision
 * @property {(reads: number) => void} setLateReads  from now on, see options.lateReads
 * @property {string} authorization           the valid Authorization header value
 * @property {() => Promise<void>} close
 */

/** An error answered with `status` and an error body. */
export class ApiError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message)
    this.name = 'ApiError'
    this.status = status
  }
}

/**
 * A deep copy of `value` without any property named `key`.
 * @param {unknown} value
 * @param {string} key
 * @returns {any}
 */
function withoutKey(value, key) {
  if (Array.isArray(value)) return value.map((v) => withoutKey(v, key))
  if (!isObjectLike(value)) return value
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key).map(([k, v]) => [k, withoutKey(v, key)]))
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
function isObjectLike(v) {
  return typeof v === 'object' && v !== null
}

/**
 * Component types that can be packaged: spec `schemas.PackagedComponent.componentType`, plus API Proxy
 * (`webservice.external`), which the PackagedComponent tag lists as packageable.
 */
export const PACKAGEABLE_TYPES = Object.freeze([
  'certificate',
  'customlibrary',
  'flowservice',
  'process',
  'processroute',
  'tpgroup',
  'webservice',
  'webservice.external'
])

/** Boomi's IDs are GUIDs; the spec documents no `id` filter on anything else. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const RATE_LIMIT_MESSAGE =
  "The Boomi server is currently unavailable or your account's rate limits have been exceeded. Retry later."

/**
 * @param {unknown} v
 * @returns {v is Record<string, any>}
 */
function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** @param {unknown} v @returns {unknown[]} */
function asList(v) {
  if (v === undefined || v === null) return []
  return Array.isArray(v) ? v : [v]
}

/** @param {number} ms */
function sleep(ms) {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()
}

/** @param {string} s */
function xmlEscape(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * @param {unknown} v
 * @param {string} what
 * @returns {boolean | undefined}
 */
function toBool(v, what) {
  if (v === undefined || v === null) return undefined
  if (v === true || v === 'true') return true
  if (v === false || v === 'false') return false
  throw new ApiError(400, `Invalid boolean ${JSON.stringify(v)} for ${what}`)
}

/**
 * @param {unknown} v
 * @param {string} what
 * @returns {string | undefined}
 */
function optString(v, what) {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string') return v
  if (typeof v === 'number') return String(v)
  throw new ApiError(400, `Invalid value for ${what}: expected a string`)
}

/**
 * Whether a logged request changes state or tries to.
 * @param {LoggedRequest} r
 */
export function isChangingRequest(r) {
  if (r.method === 'DELETE') return true
  if (r.method !== 'POST') return false
  const segs = r.path.split('/').filter(Boolean)
  if (segs.length === 1) return true // CREATE
  if (segs.length === 2) {
    if (segs[1] === 'query' || segs[1] === 'queryMore') return false
    if (segs[1] === 'bulk') return !(isObject(r.body) && r.body.type === 'GET')
    return true // UPDATE /{Object}/{id}
  }
  return segs.length === 3 && segs[2] === 'update'
}

/**
 * @typedef {Object} ObjectDef
 * @property {string} type
 * @property {QuerySpec} [query]
 * @property {() => any[]} [list]                          rendered objects for queries
 * @property {(id: string) => any} [get]                   rendered object or undefined
 * @property {boolean} [bulkGet]
 * @property {(body: unknown) => any} [create]
 * @property {(id: string, body: unknown) => any} [update]
 * @property {(id: string) => any} [remove]
 * @property {(items: unknown[]) => any[]} [bulkUpdate]     BulkResponse items
 * @property {number} [bulkUpdateMax]
 * @property {(found: any) => string | undefined} [refuseGet]  a GET of an existing object answered 400 with this text
 */

/**
 * Starts the fake on 127.0.0.1 (random port unless options.port).
 * @param {Seed} [seed]  default: sampleAccount()
 * @param {FakeBoomiOptions} [options]
 * @returns {Promise<FakeBoomi>}
 */
export async function startFakeBoomi(seed = sampleAccount(), options = {}) {
  const state = createState(seed)
  let rateLimit = options.rateLimit ?? null
  const latencyMs = options.latencyMs ?? 0
  const pageSize = options.pageSize ?? 100
  const errorShape = options.errorShape ?? 'type'
  const versionFormat = options.componentVersionFormat ?? 'string'
  const rateLimitStatus = options.rateLimitStatus ?? 503
  const clockSkewMs = options.clockSkewMs ?? 0
  let lateReads = options.lateReads ?? 0
  /** Boomi's clock, in whole seconds like its dates. */
  const boomiNow = () => new Date(Date.now() - clockSkewMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
  /**
   * What a deployment made that reads cannot see yet: process ids (schedule objects) and the
   * environments whose extensions still read as before it, each with the reads left.
   * @type {Map<string, number>}
   */
  const notYetVisible = new Map()
  /** @param {string} key */
  const stillHidden = (key) => {
    const left = notYetVisible.get(key) ?? 0
    if (left <= 0) return false
    notYetVisible.set(key, left - 1)
    return true
  }
  const tokens = new QueryTokenStore(options.queryTokenTtlMs ?? 10 * 60 * 1000)
  /** @type {LoggedRequest[]} */
  const requests = []
  /** @type {PendingFault[]} */
  const faults = []
  /** @type {number[]} arrival times of the requests admitted by the rate limiter */
  const window = []
  const expectedAuth = `${state.username}:${state.token}`
  const user = () => displayUser(state.username)

  // ------------------------------------------------------------ rendering

  /** The keys starting with `prefix` whose reads are still late; each such read uses one up. */
  /** @param {string} prefix */
  const takeLate = (prefix) => {
    /** @type {Set<string>} */
    const late = new Set()
    for (const key of notYetVisible.keys()) if (key.startsWith(prefix) && stillHidden(key)) late.add(key)
    return late
  }
  /** Component ids from `extensions:{env}:{componentId}` keys. */
  /** @param {Set<string>} keys */
  const lateComponents = (keys) => new Set([...keys].map((k) => k.split(':').slice(2).join(':')))

  /** @param {number} v */
  const formatComponentVersion = (v) => (versionFormat === 'number' ? v : `${v}.0`)

  /** @param {Record<string, unknown>} answer */
  const extensionsAnswer = (answer) => (options.omitUseDefault ? withoutKey(answer, 'useDefault') : answer)
  /** @param {string} id */
  const componentById = (id) => state.components.find((c) => c.componentId === id)

  /** @param {import('./state.mjs').Environment} e */
  const renderEnvironment = (e) => ({ '@type': 'Environment', id: e.id, name: e.name, classification: e.classification })
  /** @param {import('./state.mjs').Atom} a */
  const renderAtom = (a) => ({ '@type': 'Atom', ...a })
  /** @param {Component} c @param {number} version */
  const renderRevision = (c, version) => {
    const latest = version === c.version
    return {
      '@type': 'ComponentMetadata',
      componentId: c.componentId,
      version,
      name: c.name,
      type: c.type,
      ...(c.subType !== undefined ? { subType: c.subType } : {}),
      createdDate: c.createdDate ?? '2024-01-01T00:00:00Z',
      createdBy: c.createdBy ?? user(),
      modifiedDate: c.modifiedDate ?? c.createdDate ?? '2024-01-01T00:00:00Z',
      modifiedBy: c.modifiedBy ?? c.createdBy ?? user(),
      deleted: latest && c.deleted === true,
      currentVersion: latest,
      ...(c.folderName !== undefined ? { folderName: c.folderName } : {}),
      ...(c.folderId !== undefined ? { folderId: c.folderId } : {})
    }
  }
  /** @param {PackagedComponent} p */
  const renderPackage = (p) => ({ '@type': 'PackagedComponent', ...p })
  /** @param {DeployedPackage} d */
  const renderDeployment = (d) => ({ '@type': 'DeployedPackage', ...d })
  /** @param {Schedule} s */
  const renderSchedule = (s) => ({
    '@type': 'Schedule',
    minutes: s.minutes,
    hours: s.hours,
    daysOfWeek: s.daysOfWeek,
    daysOfMonth: s.daysOfMonth,
    months: s.months,
    years: s.years
  })
  /** @param {ProcessSchedules} s */
  const renderSchedules = (s) => ({
    '@type': 'ProcessSchedules',
    id: s.id,
    atomId: s.atomId,
    processId: s.processId,
    Schedule: s.Schedule.map(renderSchedule),
    ...(s.Retry
      ? { Retry: { '@type': 'ScheduleRetry', Schedule: s.Retry.Schedule.map(renderSchedule), maxRetry: s.Retry.maxRetry } }
      : {})
  })
  /** @param {ProcessScheduleStatus} s */
  const renderStatus = (s) => ({ '@type': 'ProcessScheduleStatus', id: s.id, atomId: s.atomId, processId: s.processId, enabled: s.enabled })

  // ------------------------------------------------------------ packages & deployments

  /**
   * @param {unknown} body
   * @returns {PackagedComponent}
   */
  function createPackage(body) {
    if (!isObject(body)) throw new ApiError(400, 'Invalid PackagedComponent request: the body must be an object')
    const componentId = body.componentId
    if (typeof componentId !== 'string' || componentId === '') throw new ApiError(400, 'componentId is required')
    const comp = componentById(componentId)
    if (!comp) throw new ApiError(400, `Component ${componentId} does not exist`)
    if (comp.deleted) throw new ApiError(400, `Component ${componentId} (${comp.name}) is deleted and cannot be packaged`)
    if (!PACKAGEABLE_TYPES.includes(comp.type)) {
      throw new ApiError(400, `Components of type ${comp.type} cannot be packaged (${comp.name}); packageable types: ${PACKAGEABLE_TYPES.join(', ')}`)
    }
    const requestedVersion = optString(body.packageVersion, 'packageVersion')
    if (requestedVersion !== undefined && requestedVersion.trim() === '') throw new ApiError(400, 'packageVersion must not be empty')
    const notes = optString(body.notes, 'notes')
    const shareable = toBool(body.shareable, 'shareable') ?? false
    const ofComponent = state.packages.filter((p) => p.componentId === componentId)

    // Restore a deleted package: packageId + componentId (+ packageVersion).
    if (body.packageId !== undefined) {
      const pkg = state.packages.find((p) => p.packageId === body.packageId)
      if (!pkg || pkg.componentId !== componentId) {
        throw new ApiError(400, `Packaged component ${String(body.packageId)} does not exist for component ${componentId}`)
      }
      if (!pkg.deleted) throw new ApiError(400, `Packaged component ${pkg.packageId} is not deleted and cannot be restored`)
      if (requestedVersion !== undefined && requestedVersion !== pkg.packageVersion) {
        throw new ApiError(400, `packageVersion ${requestedVersion} does not match the deleted package (${pkg.packageVersion})`)
      }
      if (ofComponent.some((p) => !p.deleted && p.packageVersion === pkg.packageVersion)) {
        throw new ApiError(400, `Version ${pkg.packageVersion} already exists for component ${comp.name}`)
      }
      pkg.deleted = false
      return pkg
    }

    let packageVersion = requestedVersion
    if (packageVersion !== undefined) {
      if (ofComponent.some((p) => !p.deleted && p.packageVersion === packageVersion)) {
        throw new ApiError(400, `Version ${packageVersion} already exists for component ${comp.name} (${componentId})`)
      }
    } else {
      let n = ofComponent.length + 1
      while (ofComponent.some((p) => p.packageVersion === `${n}.0`)) n++
      packageVersion = `${n}.0`
    }
    let revision = comp.version
    if (body.componentVersion !== undefined && body.componentVersion !== null) {
      const v = Number(body.componentVersion)
      if (!Number.isInteger(v) || v < 1 || v > comp.version) {
        throw new ApiError(400, `Invalid componentVersion ${String(body.componentVersion)} for component ${comp.name} (current revision ${comp.version})`)
      }
      revision = v
    }
    /** @type {PackagedComponent} */
    const pkg = {
      packageId: randomUUID(),
      packageVersion,
      componentId,
      componentVersion: formatComponentVersion(revision),
      componentType: comp.type,
      createdDate: boomiNow(),
      createdBy: user(),
      ...(notes !== undefined ? { notes } : {}),
      shareable,
      deleted: false
    }
    state.packages.push(pkg)
    return pkg
  }

  /**
   * @param {unknown} body
   * @returns {DeployedPackage}
   */
  function createDeployment(body) {
    if (!isObject(body)) throw new ApiError(400, 'Invalid DeployedPackage request: the body must be an object')
    const environmentId = body.environmentId
    if (typeof environmentId !== 'string' || environmentId === '') throw new ApiError(400, 'environmentId is required')
    const env = state.environments.find((e) => e.id === environmentId)
    if (!env) throw new ApiError(400, `Environment ${environmentId} does not exist`)
    const notes = optString(body.notes, 'notes')
    /** @type {PackagedComponent | undefined} */
    let pkg
    if (body.packageId !== undefined && body.packageId !== null) {
      pkg = state.packages.find((p) => p.packageId === body.packageId)
      if (!pkg) throw new ApiError(400, `Packaged component ${String(body.packageId)} does not exist`)
      if (pkg.deleted) throw new ApiError(400, `Packaged component ${pkg.packageId} is deleted`)
      if (body.componentId !== undefined && body.componentId !== pkg.componentId) {
        throw new ApiError(400, `componentId ${String(body.componentId)} does not match package ${pkg.packageId}`)
      }
    } else if (body.componentId !== undefined && body.componentId !== null) {
      pkg = createPackage({ componentId: body.componentId })
    } else {
      throw new ApiError(400, 'packageId or componentId is required')
    }
    const thePkg = pkg
    const comp = componentById(thePkg.componentId)
    if (body.listenerStatus !== undefined && thePkg.componentType !== 'process') {
      // The spec: "for packaged listener processes only". The least convenient reading: refused.
      throw new ApiError(400, `listenerStatus applies to listener processes only; ${thePkg.componentType} ${comp?.name ?? thePkg.componentId} is not one`)
    }
    const already = state.deployments.find(
      (d) => d.environmentId === environmentId && d.packageId === thePkg.packageId && d.active
    )
    if (already) {
      // Clients that ran against Boomi report a 400 with "duplicate" in it; the exact text is unknown.
      throw new ApiError(400, `Duplicate deployment: package ${thePkg.packageId} (version ${thePkg.packageVersion}) is already deployed in environment ${env.name}`)
    }
    const sameComponent = state.deployments.filter((d) => d.environmentId === environmentId && d.componentId === thePkg.componentId)
    const previous = sameComponent.find((d) => d.active)
    if (previous) previous.active = false
    const version = sameComponent.reduce((max, d) => Math.max(max, d.version), 0) + 1
    /** @type {DeployedPackage} */
    const dep = {
      deploymentId: randomUUID(),
      version,
      packageId: thePkg.packageId,
      packageVersion: thePkg.packageVersion,
      environmentId,
      componentId: thePkg.componentId,
      componentVersion: thePkg.componentVersion,
      componentType: thePkg.componentType,
      deployedDate: boomiNow(),
      deployedBy: user(),
      ...(notes !== undefined ? { notes } : {}),
      active: true
    }
    if (comp?.listener) {
      const ls = body.listenerStatus
      dep.listenerStatus = ls === 'RUNNING' || ls === 'PAUSED' ? ls : (previous?.listenerStatus ?? 'RUNNING')
    }
    state.deployments.push(dep)
    if (dep.componentType === 'process') ensureSchedulesForDeployment(state, environmentId, dep.componentId)
    if (lateReads > 0) {
      notYetVisible.set(`schedules:${dep.componentId}`, lateReads)
      notYetVisible.set(`extensions:${environmentId}:${dep.componentId}`, lateReads)
    }
    return dep
  }

  // ------------------------------------------------------------ schedules

  const SCHEDULE_FIELDS = /** @type {const} */ (['minutes', 'hours', 'daysOfWeek', 'daysOfMonth', 'months', 'years'])

  /**
   * @param {unknown} v
   * @param {string} what
   * @returns {Schedule[]}
   */
  function parseScheduleList(v, what) {
    return asList(v).map((s, i) => {
      if (!isObject(s)) throw new ApiError(400, `Invalid ${what}[${i}]: expected an object`)
      /** @type {Record<string, string>} */
      const out = {}
      for (const f of SCHEDULE_FIELDS) {
        const x = s[f]
        if (typeof x !== 'string' || x.trim() === '') throw new ApiError(400, `Invalid ${what}[${i}]: ${f} is required (a string)`)
        if (!/^[0-9*,\-/ ]+$/.test(x)) throw new ApiError(400, `Invalid ${what}[${i}]: ${f} '${x}' is not a valid schedule value`)
        out[f] = x
      }
      return /** @type {Schedule} */ (/** @type {unknown} */ (out))
    })
  }

  /**
   * Validates an UPDATE body for `obj` and returns the new Schedule / Retry. A single UPDATE must carry
   * the id; bulk UPDATE items may identify the object by atomId + processId alone (spec example).
   * @param {ProcessSchedules} obj
   * @param {Record<string, any>} body
   * @param {boolean} requireId
   */
  function parseSchedulesUpdate(obj, body, requireId) {
    if (requireId && body.id === undefined) throw new ApiError(400, `id is required in the body of a ProcessSchedules UPDATE`)
    if (body.id !== undefined && body.id !== obj.id) throw new ApiError(400, `The id in the body (${String(body.id)}) does not match ${obj.id}`)
    if (body.atomId !== obj.atomId) throw new ApiError(400, `atomId is required and must be ${obj.atomId} for ProcessSchedules ${obj.id}`)
    if (body.processId !== obj.processId) {
      throw new ApiError(400, `processId is required and must be ${obj.processId} for ProcessSchedules ${obj.id}`)
    }
    const comp = componentById(obj.processId)
    if (comp?.listener) throw new ApiError(400, `Process ${comp.name} (${comp.componentId}) is a listener process; listener processes cannot be scheduled`)
    const Schedule = parseScheduleList(body.Schedule, 'Schedule')
    /** @type {import('./state.mjs').ScheduleRetry | undefined} */
    let Retry
    if (body.Retry !== undefined && body.Retry !== null) {
      if (!isObject(body.Retry)) throw new ApiError(400, 'Invalid Retry: expected an object')
      const max = Number(body.Retry.maxRetry)
      if (!Number.isInteger(max) || max < 1 || max > 5) {
        throw new ApiError(400, `Invalid Retry.maxRetry ${JSON.stringify(body.Retry.maxRetry)}: must be between 1 and 5`)
      }
      Retry = { Schedule: parseScheduleList(body.Retry.Schedule, 'Retry.Schedule'), maxRetry: max }
    }
    return { Schedule, Retry }
  }

  /**
   * @param {ProcessSchedules} obj
   * @param {unknown} body
   * @param {boolean} requireId
   */
  function updateSchedules(obj, body, requireId) {
    if (!isObject(body)) throw new ApiError(400, 'Invalid ProcessSchedules request: the body must be an object')
    const { Schedule, Retry } = parseSchedulesUpdate(obj, body, requireId)
    obj.Schedule = Schedule
    // An update without Retry puts Boomi's default back (least convenient reading: the old one is lost).
    obj.Retry = Retry ?? defaultRetry()
    return renderSchedules(obj)
  }

  // ------------------------------------------------------------ object table

  /** @type {Record<string, ObjectDef>} */
  const objects = {
    Environment: {
      type: 'Environment',
      query: {
        objectType: 'Environment',
        properties: ['name', 'id', 'classification'],
        // Least convenient reading of an undocumented case: a name in an `id` clause is refused.
        checkArguments: (property, args) => {
          const bad = property === 'id' ? args.find((a) => !GUID.test(a)) : undefined
          if (bad !== undefined) throw new QueryError(`Invalid environment id '${bad}'`)
        }
      },
      list: () => state.environments.map(renderEnvironment),
      get: (id) => {
        const e = state.environments.find((x) => x.id === id)
        return e && renderEnvironment(e)
      },
      bulkGet: true
    },
    EnvironmentAtomAttachment: {
      type: 'EnvironmentAtomAttachment',
      query: { objectType: 'EnvironmentAtomAttachment', properties: ['atomId', 'environmentId'] },
      list: () =>
        state.attachments.map((a) => ({
          '@type': 'EnvironmentAtomAttachment',
          id: attachmentId(a.atomId, a.environmentId),
          atomId: a.atomId,
          environmentId: a.environmentId
        }))
    },
    Atom: {
      type: 'Atom',
      query: {
        objectType: 'Atom',
        properties: ['name', 'id', 'hostname', 'status', 'type', 'capabilities', 'cloudId', 'attachmentCloudId', 'cloudMoleculeId', 'instanceId', 'isCloudAttachment'],
        operators: ['EQUALS', 'NOT_EQUALS', 'CONTAINS', 'NOT_CONTAINS'],
        resolve: (rec, p) => (p === 'hostname' ? rec.hostName : rec[p])
      },
      list: () => state.atoms.map(renderAtom),
      get: (id) => {
        const a = state.atoms.find((x) => x.id === id)
        return a && renderAtom(a)
      },
      bulkGet: true
    },
    ComponentMetadata: {
      type: 'ComponentMetadata',
      query: {
        objectType: 'ComponentMetadata',
        properties: ['accountId', 'componentId', 'version', 'name', 'type', 'subType', 'createdDate', 'createdBy', 'modifiedDate', 'modifiedBy', 'deleted', 'currentVersion', 'folderName', 'folderId', 'copiedFromComponentId', 'copiedFromComponentVersion', 'branchName', 'branchId'],
        resolve: (rec, p) => (p === 'accountId' ? state.accountId : rec[p]),
        validate: (used) => {
          if (used.has('version') && !used.has('componentId')) {
            throw new QueryError('The version filter can only be used together with a componentId filter')
          }
          if (used.has('copiedFromComponentVersion') && !used.has('copiedFromComponentId')) {
            throw new QueryError('The copiedFromComponentVersion filter can only be used together with copiedFromComponentId')
          }
        }
      },
      list: () => state.components.flatMap((c) => Array.from({ length: c.version }, (_, i) => renderRevision(c, i + 1))),
      get: (id) => {
        const [cid = '', rev] = id.split('~')
        const c = componentById(cid)
        if (!c) return undefined
        if (rev === undefined) return renderRevision(c, c.version)
        const v = Number(rev)
        return Number.isInteger(v) && v >= 1 && v <= c.version ? renderRevision(c, v) : undefined
      },
      bulkGet: true
    },
    PackagedComponent: {
      type: 'PackagedComponent',
      query: {
        objectType: 'PackagedComponent',
        properties: ['componentId', 'componentType', 'componentVersion', 'packageId', 'packageVersion', 'shareable', 'createdBy', 'createdDate', 'deleted', 'notes']
      },
      list: () => state.packages.map(renderPackage),
      get: (id) => {
        const p = state.packages.find((x) => x.packageId === id)
        return p && renderPackage(p)
      },
      bulkGet: true,
      // The documented create answer has neither `notes` nor `deleted`, though the request sent notes.
      create: (body) => {
        const { notes: _notes, deleted: _deleted, ...answer } = renderPackage(createPackage(body))
        return answer
      },
      remove: (id) => {
        const p = state.packages.find((x) => x.packageId === id)
        if (!p) throw new ApiError(400, `Packaged component ${id} does not exist`)
        if (p.deleted) throw new ApiError(400, `Packaged component ${id} is already deleted`)
        if (state.deployments.some((d) => d.packageId === id && d.active)) {
          throw new ApiError(400, `Packaged component ${id} is deployed and cannot be deleted`)
        }
        p.deleted = true
        return undefined
      }
    },
    DeployedPackage: {
      type: 'DeployedPackage',
      query: {
        objectType: 'DeployedPackage',
        properties: ['uid', 'notes', 'current', 'packageNotes', 'active', 'componentId', 'componentVersion', 'componentName', 'componentType', 'deployedBy', 'deployedDate', 'deploymentId', 'environmentId', 'environmentName', 'packageId', 'packageVersion', 'version', 'accountId', 'branch'],
        resolve: (rec, p) => {
          switch (p) {
            case 'current':
              return rec.active
            case 'uid':
              return rec.deploymentId
            case 'accountId':
              return state.accountId
            case 'componentName':
              return componentById(rec.componentId)?.name
            case 'environmentName':
              return state.environments.find((e) => e.id === rec.environmentId)?.name
            case 'packageNotes':
              return state.packages.find((x) => x.packageId === rec.packageId)?.notes
            case 'branch':
              return rec.branchName
            default:
              return rec[p]
          }
        }
      },
      list: () => state.deployments.map(renderDeployment),
      get: (id) => {
        const d = state.deployments.find((x) => x.deploymentId === id)
        return d && renderDeployment(d)
      },
      bulkGet: true,
      create: (body) => renderDeployment(createDeployment(body)),
      remove: (id) => {
        const d = state.deployments.find((x) => x.deploymentId === id)
        if (!d) throw new ApiError(400, `Deployment ${id} does not exist`)
        if (!d.active) throw new ApiError(400, `Deployment ${id} is not active in its environment`)
        d.active = false
        if (d.componentType === 'process') dropSchedulesForUndeploy(state, d.environmentId, d.componentId)
        return undefined
      }
    },
    ProcessSchedules: {
      type: 'ProcessSchedules',
      query: { objectType: 'ProcessSchedules', properties: ['processId', 'atomId'] },
      list: () => {
        const late = takeLate('schedules:')
        return state.schedules.filter((x) => !late.has(`schedules:${x.processId}`)).map(renderSchedules)
      },
      get: (id) => {
        const s = state.schedules.find((x) => x.id === id)
        return s && renderSchedules(s)
      },
      bulkGet: true,
      update: (id, body) => {
        const obj = state.schedules.find((x) => x.id === id)
        if (!obj) throw new ApiError(400, `ProcessSchedules ${id} does not exist`)
        return updateSchedules(obj, body, true)
      },
      bulkUpdateMax: 15,
      bulkUpdate: (items) =>
        items.map((item, index) => {
          const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined
          try {
            if (!isObject(item)) throw new ApiError(400, 'Invalid request item: expected a ProcessSchedules object')
            const obj = id
              ? state.schedules.find((x) => x.id === id)
              : state.schedules.find((x) => x.atomId === item.atomId && x.processId === item.processId)
            if (!obj) {
              throw new ApiError(400, id ? `ProcessSchedules ${id} does not exist` : `No ProcessSchedules for atom ${String(item.atomId)} and process ${String(item.processId)}`)
            }
            // The documented answer: `Result` (a ProcessSchedules without id) and `statusCode`, no index or id.
            const { id: _id, ...Result } = updateSchedules(obj, item, false)
            return { '@type': 'BulkResponse', Result, statusCode: 200 }
          } catch (err) {
            const e = /** @type {Error} */ (err)
            const named = id ?? (isObject(item) ? `${String(item.atomId)}:${String(item.processId)}` : `item ${index}`)
            return { '@type': 'BulkResponse', id: otherCase(named), statusCode: err instanceof ApiError ? err.status : 500, errorMessage: e.message }
          }
        })
    },
    ProcessScheduleStatus: {
      type: 'ProcessScheduleStatus',
      query: { objectType: 'ProcessScheduleStatus', properties: ['processId', 'atomId'] },
      list: () => state.scheduleStatus.map(renderStatus),
      get: (id) => {
        const s = state.scheduleStatus.find((x) => x.id === id)
        return s && renderStatus(s)
      },
      bulkGet: true,
      update: (id, body) => {
        const obj = state.scheduleStatus.find((x) => x.id === id)
        if (!obj) throw new ApiError(400, `ProcessScheduleStatus ${id} does not exist`)
        if (!isObject(body)) throw new ApiError(400, 'Invalid ProcessScheduleStatus request: the body must be an object')
        if (body.id !== id) throw new ApiError(400, `id is required in the body and must be ${id}`)
        if (body.atomId !== obj.atomId || body.processId !== obj.processId) {
          throw new ApiError(400, `atomId and processId are required and must match ProcessScheduleStatus ${id}`)
        }
        const enabled = toBool(body.enabled, 'enabled')
        if (enabled === undefined) throw new ApiError(400, 'enabled is required')
        obj.enabled = enabled
        return renderStatus(obj)
      }
    },
    EnvironmentExtensions: {
      type: 'EnvironmentExtensions',
      query: { objectType: 'EnvironmentExtensions', properties: ['environmentId', 'extensionGroupId'] },
      list: () => state.environments.map((e) => extensionsAnswer(renderExtensions(state, e.id))),
      get: (id) => (state.environments.some((e) => e.id === id) ? extensionsAnswer(renderExtensions(state, id, lateComponents(takeLate(`extensions:${id}:`)))) : undefined),
      // Clients that ran against Boomi report a 400 while nothing extensible is deployed in the environment.
      refuseGet: (found) =>
        Object.keys(found).some((k) => !['@type', 'id', 'environmentId', 'extensionGroupId'].includes(k))
          ? undefined
          : `No extensible components are deployed in environment ${String(found.environmentId)}`,
      bulkGet: true,
      update: (id, body) => {
        if (!state.environments.some((e) => e.id === id)) throw new ApiError(400, `EnvironmentExtensions ${id} does not exist`)
        updateExtensions(state, id, body)
        return extensionsAnswer(renderExtensions(state, id))
      }
    }
  }

  // ------------------------------------------------------------ routing

  /**
   * @param {string} type
   * @param {unknown[]} items
   * @param {number} offset
   */
  function queryResult(type, items, offset) {
    const { page, token } = tokens.page(type, items, offset, pageSize)
    return {
      '@type': 'QueryResult',
      // The whole query's total on every page, not the page's size (clients that ran against Boomi).
      numberOfResults: items.length,
      ...(page.length > 0 ? { result: page } : {}),
      ...(token !== undefined ? { queryToken: token } : {})
    }
  }

  /**
   * Runs the handler of a route. Returns the status and JSON body (undefined = empty body), or a
   * raw `text` body sent as is.
   * @param {string} method
   * @param {string[]} segs
   * @param {{ raw: string, json: unknown, jsonError: boolean, contentType: string }} req
   * @returns {{ status: number, body: unknown, text?: string }}
   */
  function route(method, segs, req) {
    const [name = '', second, third] = segs
    const def = Object.prototype.hasOwnProperty.call(objects, name) ? objects[name] : undefined
    const notFound = () => new ApiError(404, `Unknown endpoint: ${method} /${segs.join('/')}`)
    if (!def || segs.length > 3) throw notFound()
    /** JSON body of a JSON route (undefined when empty). */
    const json = () => {
      if (req.raw.trim() === '') return undefined
      if (!/json/i.test(req.contentType)) {
        throw new ApiError(400, `Unsupported request content type '${req.contentType}': send JSON with Content-Type: application/json`)
      }
      if (req.jsonError) throw new ApiError(400, 'Malformed JSON in the request body')
      return req.json
    }
    /** @param {unknown} b */
    const ok = (b) => ({ status: 200, body: b })

    if (segs.length === 1) {
      if (method === 'POST' && def.create) return ok(def.create(json()))
      throw notFound()
    }
    const id = second ?? ''
    if (segs.length === 3) {
      if (third === 'update' && method === 'POST' && def.update) return ok(def.update(id, json()))
      throw notFound()
    }
    if (method === 'POST' && id === 'query') {
      if (!def.query || !def.list) throw notFound()
      const predicate = compileQuery(json(), def.query)
      return ok(queryResult(def.type, def.list().filter(predicate), 0))
    }
    if (method === 'POST' && id === 'queryMore') {
      if (!def.query) throw notFound()
      const token = req.raw.replace(/[\r\n]+$/, '')
      if (token === '') throw new ApiError(400, 'The queryMore body must be the query token')
      const entry = tokens.lookup(token, def.type)
      return ok(queryResult(def.type, entry.items, entry.offset))
    }
    if (method === 'POST' && id === 'bulk') {
      if (!def.bulkGet && !def.bulkUpdate) throw notFound()
      const body = json()
      if (!isObject(body)) throw new ApiError(400, 'Invalid bulk request: the body must be a BulkRequest object')
      const items = asList(body.request)
      if (body.type === 'GET' && def.bulkGet && def.get) {
        if (items.length > 100) throw new ApiError(400, `A bulk GET accepts at most 100 ids, got ${items.length}`)
        const get = def.get
        // As documented: a success carries only Result + statusCode; an error id + statusCode +
        // errorMessage, the id echoed in another letter case (the XML example does that). No index.
        const response = items.map((item, index) => {
          const itemId = isObject(item) && typeof item.id === 'string' ? item.id : undefined
          const found = itemId !== undefined ? get(itemId) : undefined
          if (found) return { '@type': 'BulkResponse', Result: found, statusCode: 200 }
          return {
            '@type': 'BulkResponse',
            id: otherCase(itemId ?? `item ${index}`),
            statusCode: 400,
            errorMessage: itemId === undefined ? 'Missing id' : `No such ${def.type}`
          }
        })
        return ok({ '@type': 'BulkResult', response })
      }
      if (body.type === 'UPDATE' && def.bulkUpdate) {
        const max = def.bulkUpdateMax ?? 100
        if (items.length > max) throw new ApiError(400, `A bulk UPDATE of ${def.type} accepts at most ${max} objects, got ${items.length}`)
        return ok({ '@type': 'BulkResult', response: def.bulkUpdate(items) })
      }
      throw new ApiError(400, `Bulk type ${JSON.stringify(body.type)} is not supported for ${def.type}`)
    }
    if (method === 'GET' && def.get) {
      const found = def.get(id)
      if (!found) throw new ApiError(400, `${def.type} ${id} does not exist`)
      const refused = def.refuseGet?.(found)
      if (refused) throw new ApiError(400, refused)
      return ok(found)
    }
    if (method === 'POST' && def.update) return ok(def.update(id, json()))
    if (method === 'DELETE' && def.remove) {
      def.remove(id)
      // Live clients report the text `{true}` for a successful DELETE: not JSON (REFERENCE §6).
      return { status: 200, body: undefined, text: '{true}' }
    }
    throw notFound()
  }

  // ------------------------------------------------------------ HTTP

  /**
   * @param {number} status
   * @param {string} message
   * @param {boolean} xml
   */
  function errorPayload(status, message, xml) {
    if (xml) return { contentType: 'application/xml', text: `<error><message>${xmlEscape(message)}</message></error>` }
    /** @type {unknown} */
    let body
    if (errorShape === 'message') body = { message }
    else if (errorShape === 'nested') body = { error: { message } }
    else body = { '@type': 'Error', message }
    return { contentType: 'application/json', text: JSON.stringify(body) }
  }

  /** @param {string} method @param {string} path */
  function takeFault(method, path) {
    const i = faults.findIndex((f) => {
      if (f.method && f.method.toUpperCase() !== method) return false
      if (typeof f.path === 'string') return f.path === path
      f.path.lastIndex = 0
      return f.path.test(path)
    })
    if (i < 0) return undefined
    const f = /** @type {PendingFault} */ (faults[i])
    if ((f.after ?? 0) > 0) {
      f.after = (f.after ?? 0) - 1
      return undefined
    }
    f.remaining--
    if (f.remaining <= 0) faults.splice(i, 1)
    return f
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function handle(req, res) {
    const at = Date.now()
    /** @type {Buffer[]} */
    const chunks = []
    for await (const c of req) chunks.push(/** @type {Buffer} */ (c))
    const raw = Buffer.concat(chunks).toString('utf8')
    const method = (req.method ?? 'GET').toUpperCase()
    const url = req.url ?? '/'
    const pathname = url.split('?')[0] ?? '/'
    const m = /^\/api\/rest\/v1\/([^/]+)(\/.*)?$/.exec(pathname)
    const accountId = m ? safeDecode(m[1] ?? '') : null
    const path = m ? (m[2] ?? '') : pathname
    /** @type {unknown} */
    let json
    let jsonError = false
    if (raw.trim() !== '') {
      try {
        json = JSON.parse(raw)
      } catch {
        jsonError = true
      }
    }
    /** @type {LoggedRequest} */
    const entry = { method, path, url, accountId, body: jsonError ? raw : json, status: 0, at }
    requests.push(entry)
    const xml = !/application\/json/i.test(String(req.headers.accept ?? ''))
    let delay = latencyMs

    /** @param {number} status @param {unknown} body @param {string} [raw] a body that is not JSON */
    const sendJson = async (status, body, raw) => {
      await sleep(delay)
      entry.status = status
      if (body !== undefined) entry.answer = body
      const text = raw ?? (body === undefined ? '' : JSON.stringify(body))
      res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) })
      res.end(text)
    }
    /** @param {number} status @param {string} message @param {Record<string, string>} [headers] */
    const sendError = async (status, message, headers = {}) => {
      await sleep(delay)
      entry.status = status
      const { contentType, text } = errorPayload(status, message, xml)
      res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text) })
      res.end(text)
    }
    const destroy = async () => {
      await sleep(delay)
      entry.status = 0
      req.socket.destroy()
    }

    // 1. authentication
    const auth = /^Basic\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))
    const credentials = auth ? Buffer.from(auth[1] ?? '', 'base64').toString('utf8') : null
    if (credentials !== expectedAuth) {
      return sendError(401, 'Authentication failed: invalid user name or API token', {
        'WWW-Authenticate': 'Basic realm="Boomi Platform API"'
      })
    }
    // 2. prefix and account
    if (!m) return sendError(404, `Unknown endpoint: ${method} ${pathname}`)
    if (accountId !== state.accountId) return sendError(403, 'Access denied due to insufficient permissions.')
    // 3. rate limit (sliding window of admitted requests)
    if (rateLimit !== null) {
      while (window.length > 0 && at - /** @type {number} */ (window[0]) >= 1000) window.shift()
      if (window.length >= rateLimit) return sendError(rateLimitStatus, RATE_LIMIT_MESSAGE)
      window.push(at)
    }
    // 4. JSON only
    if (xml) return sendError(406, 'This fake answers JSON only: send Accept: application/json')
    // 5. faults
    const fault = takeFault(method, path)
    if (fault) {
      delay += fault.delayMs ?? 0
      const status = fault.status ?? 500
      const message = fault.message ?? `Injected fault (HTTP ${status})`
      if (!fault.afterApply) {
        if (fault.destroySocket) {
          entry.fault = 'destroySocket'
          return destroy()
        }
        if (fault.status !== undefined) {
          entry.fault = `status ${status}`
          return sendError(status, message)
        }
        entry.fault = `delay ${fault.delayMs ?? 0} ms`
      } else {
        entry.fault = fault.destroySocket ? 'afterApply destroySocket' : `afterApply status ${status}`
        await sleep(delay)
        delay = 0
        try {
          runRoute(method, path, raw, json, jsonError, String(req.headers['content-type'] ?? ''))
        } catch {
          // the answer is lost anyway
        }
        return fault.destroySocket ? destroy() : sendError(status, message)
      }
    }
    // 6. route
    await sleep(delay)
    delay = 0
    try {
      const result = runRoute(method, path, raw, json, jsonError, String(req.headers['content-type'] ?? ''))
      return sendJson(result.status, result.body, result.text)
    } catch (err) {
      if (err instanceof ApiError) return sendError(err.status, err.message)
      if (err instanceof QueryError || err instanceof ExtensionError) return sendError(400, err.message)
      const e = /** @type {Error} */ (err)
      return sendError(500, `Fake Boomi internal error: ${e.stack ?? e.message}`)
    }
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {string} raw
   * @param {unknown} json
   * @param {boolean} jsonError
   * @param {string} contentType
   */
  function runRoute(method, path, raw, json, jsonError, contentType) {
    const segs = path.split('/').slice(1).map(safeDecode)
    if (segs.length === 0 || segs[0] === '') throw new ApiError(404, `Unknown endpoint: ${method} ${path || '/'}`)
    return route(method, segs, { raw, json, jsonError, contentType })
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      try {
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'application/json' })
          res.end(JSON.stringify({ '@type': 'Error', message: String(err) }))
        }
      } catch {
        // connection gone
      }
    })
  })
  server.keepAliveTimeout = 5000

  const host = options.host ?? '127.0.0.1'
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve(undefined))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const baseUrl = `http://${host}:${port}/api/rest/v1`

  return {
    baseUrl,
    accountUrl: `${baseUrl}/${state.accountId}`,
    port,
    state,
    requests,
    changingRequests: () => requests.filter(isChangingRequest),
    inject: (fault) => {
      const f = { ...fault, remaining: fault.times ?? 1 }
      faults.push(f)
      return f
    },
    pendingFaults: () => [...faults],
    setRateLimit: (perSecond) => {
      rateLimit = perSecond
    },
    expireQueryTokens: () => tokens.expireAll(),
    saveRevision: (componentId) => saveRevision(state, componentId),
    setLateReads: (reads) => {
      lateReads = reads
    },
    authorization: `Basic ${Buffer.from(expectedAuth).toString('base64')}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      })
  }
}

/** The same id in other letter case, as Boomi's documented bulk error item echoes it. */
/** @param {string} s */
function otherCase(s) {
  const upper = s.toUpperCase()
  return upper !== s ? upper : s.toLowerCase()
}

/** @param {string} s */
function safeDecode(s) {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

// Standalone: node __tests__/fake-boomi/server.mjs [port]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const envNum = (/** @type {string} */ name) => (process.env[name] ? Number(process.env[name]) : undefined)
  const fake = await startFakeBoomi(sampleAccount(), {
    port: process.argv[2] ? Number(process.argv[2]) : 0,
    rateLimit: envNum('FAKE_BOOMI_RATE_LIMIT') ?? null,
    latencyMs: envNum('FAKE_BOOMI_LATENCY_MS'),
    pageSize: envNum('FAKE_BOOMI_PAGE_SIZE')
  })
  console.log(`fake Boomi listening: ${fake.accountUrl}`)
  console.log(`user ${fake.state.username} token ${fake.state.token}`)
  const stop = () => void fake.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
