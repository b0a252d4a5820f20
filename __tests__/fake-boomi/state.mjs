// @ts-check
/**
 * Types and live state of the fake Boomi account.
 *
 * Records are kept in the API's own JSON shapes (without "@type"; the server adds it when rendering)
 * so that tests can assert on `fake.state` with the same field names they see on the wire.
 */

import { createHash } from 'node:crypto'

/**
 * @typedef {Object} Environment
 * @property {string} id
 * @property {string} name
 * @property {'PROD' | 'TEST'} classification
 */

/**
 * @typedef {Object} Atom
 * @property {string} id
 * @property {string} name
 * @property {'ATOM' | 'MOLECULE' | 'CLOUD'} type
 * @property {'ONLINE' | 'OFFLINE' | 'WARNING' | 'UNKNOWN'} status
 * @property {string} [hostName]
 * @property {string} [currentVersion]
 * @property {string} [dateInstalled]
 * @property {string} [createdBy]
 * @property {string[]} [capabilities]
 */

/**
 * @typedef {Object} Attachment
 * @property {string} atomId
 * @property {string} environmentId
 */

/**
 * A component. `version` is the current (latest) revision; revisions 1..version all exist. `deleted: true`
 * means the latest revision is a deletion (Boomi records a delete as a new revision): earlier revisions
 * show deleted:false in ComponentMetadata queries.
 * @typedef {Object} Component
 * @property {string} componentId
 * @property {string} name
 * @property {string} type          ComponentMetadata type, e.g. process, connector-settings, tpcommoptions
 * @property {number} version
 * @property {string} [subType]     connector id for connections / operations
 * @property {boolean} [listener]   a listener process (cannot be scheduled)
 * @property {boolean} [deleted]
 * @property {string} [folderName]
 * @property {string} [folderId]
 * @property {string} [createdDate]
 * @property {string} [createdBy]
 * @property {string} [modifiedDate]
 * @property {string} [modifiedBy]
 */

/**
 * @typedef {Object} PackagedComponent
 * @property {string} packageId
 * @property {string} packageVersion
 * @property {string} componentId
 * @property {string | number} componentVersion
 * @property {string} componentType
 * @property {string} createdDate
 * @property {string} createdBy
 * @property {string} [notes]
 * @property {boolean} shareable
 * @property {boolean} deleted
 */

/**
 * @typedef {Object} DeployedPackage
 * @property {string} deploymentId
 * @property {number} version
 * @property {string} packageId
 * @property {string} packageVersion
 * @property {string} environmentId
 * @property {string} componentId
 * @property {string | number} componentVersion
 * @property {string} componentType
 * @property {string} deployedDate
 * @property {string} deployedBy
 * @property {string} [notes]
 * @property {boolean} active
 * @property {'RUNNING' | 'PAUSED'} [listenerStatus]
 * @property {string} [message]
 */

/**
 * @typedef {Object} Schedule
 * @property {string} minutes
 * @property {string} hours
 * @property {string} daysOfWeek
 * @property {string} daysOfMonth
 * @property {string} months
 * @property {string} years
 */

/**
 * @typedef {Object} ScheduleRetry
 * @property {Schedule[]} Schedule
 * @property {number} maxRetry
 */

/**
 * @typedef {Object} ProcessSchedules
 * @property {string} id
 * @property {string} atomId
 * @property {string} processId
 * @property {Schedule[]} Schedule
 * @property {ScheduleRetry} [Retry]
 */

/**
 * @typedef {Object} ProcessScheduleStatus
 * @property {string} id
 * @property {string} atomId
 * @property {string} processId
 * @property {boolean} enabled
 */

/**
 * Seed form of a schedule: the objects are created for (atomId, processId).
 * @typedef {Object} SeedSchedule
 * @property {string} atomId
 * @property {string} processId
 * @property {Schedule[]} [Schedule]
 * @property {ScheduleRetry} [Retry]
 * @property {boolean} [enabled]
 */

// ---------------------------------------------------------------- extension model

/**
 * One extensible field (connection / operation / trading-partner category / shared communication).
 * - plain field: `override` null → on the component default (GET shows useDefault:true, no value);
 *   `override` a string → GET shows useDefault:false and that value ("" is a real value).
 * - encrypted field (`usesEncryption: true`): `secret` is the stored secret (null → none stored,
 *   GET shows useDefault:true, encryptedValueSet:false); `override` is unused. GET never shows secrets.
 * `default` is the value built into the component (never shown by GET; kept for assertions).
 * @typedef {Object} ExtField
 * @property {string} id
 * @property {boolean} [usesEncryption]
 * @property {string | null} [default]
 * @property {string | null} [override]
 * @property {string | null} [secret]
 */

/**
 * @typedef {Object} ExtFieldHolder   a connection, operation or shared communication
 * @property {string} id               component id
 * @property {string} name
 * @property {string} [type]           shared communications only, e.g. "http"
 * @property {string} [requiresDeployOf]  componentId that must be actively deployed in the environment
 * @property {ExtField[]} fields
 */

/**
 * @typedef {Object} ExtTradingPartnerCategory
 * @property {string} id     e.g. "as2"
 * @property {string} name   e.g. "AS2"
 * @property {ExtField[]} fields
 */

/**
 * @typedef {Object} ExtTradingPartner
 * @property {string} id
 * @property {string} name
 * @property {string} [requiresDeployOf]
 * @property {ExtTradingPartnerCategory[]} categories
 */

/** @typedef {Partial<Record<string, string>>} CrossReferenceRow  keys ref1..ref20 */

/**
 * @typedef {Object} ExtCrossReference
 * @property {string} id
 * @property {string} name
 * @property {number} columns            number of columns (ref1..refN allowed in rows)
 * @property {string} [requiresDeployOf]
 * @property {CrossReferenceRow[]} defaultRows   rows built into the component
 * @property {CrossReferenceRow[] | null} [override]  null → overrideValues:false (component rows in effect)
 */

/**
 * A value of a process-property component; same override/secret rules as ExtField.
 * @typedef {Object} ExtProcessPropertyValue
 * @property {string} key
 * @property {string} label
 * @property {boolean} [usesEncryption]
 * @property {string | null} [default]
 * @property {string | null} [override]
 * @property {string | null} [secret]
 */

/**
 * @typedef {Object} ExtProcessProperty
 * @property {string} id     process-property component id
 * @property {string} name
 * @property {string} [requiresDeployOf]
 * @property {ExtProcessPropertyValue[]} values
 */

/**
 * A dynamic process property declared extensible. GET shows `value: override ?? default ?? ""`.
 * @typedef {Object} ExtDynamicProperty
 * @property {string} name
 * @property {string} [requiresDeployOf]
 * @property {string | null} [default]
 * @property {string | null} [override]
 */

/**
 * @typedef {Object} ExtPgpCertificate
 * @property {string} id        id of the PGP certificate reference in the process
 * @property {string} [name]
 * @property {string} [requiresDeployOf]
 * @property {string | null} [default]   certificate component id used by default
 * @property {string | null} [override]  certificate component id used in this environment
 */

/**
 * Internal extension model of one environment (`fake.state.extensions[environmentId]`).
 * @typedef {Object} ExtensionModel
 * @property {string} [extensionGroupId]
 * @property {ExtFieldHolder[]} connections
 * @property {ExtFieldHolder[]} operations
 * @property {ExtTradingPartner[]} tradingPartners
 * @property {ExtFieldHolder[]} sharedCommunications
 * @property {ExtCrossReference[]} crossReferences
 * @property {ExtProcessProperty[]} processProperties
 * @property {ExtDynamicProperty[]} properties
 * @property {ExtPgpCertificate[]} pgpCertificates
 */

/**
 * @typedef {Object} Seed
 * @property {string} accountId
 * @property {string} username     e.g. "BOOMI_TOKEN.ci@acme.example"
 * @property {string} token
 * @property {Environment[]} environments
 * @property {Atom[]} atoms
 * @property {Attachment[]} attachments
 * @property {Component[]} components
 * @property {PackagedComponent[]} [packages]
 * @property {DeployedPackage[]} [deployments]
 * @property {Record<string, Partial<ExtensionModel>>} [extensions]
 * @property {SeedSchedule[]} [schedules]
 */

/**
 * @typedef {Object} State
 * @property {string} accountId
 * @property {string} username
 * @property {string} token
 * @property {Environment[]} environments
 * @property {Atom[]} atoms
 * @property {Attachment[]} attachments
 * @property {Component[]} components
 * @property {PackagedComponent[]} packages
 * @property {DeployedPackage[]} deployments
 * @property {Record<string, ExtensionModel>} extensions
 * @property {ProcessSchedules[]} schedules
 * @property {ProcessScheduleStatus[]} scheduleStatus
 */

/** @returns {ExtensionModel} */
export function emptyExtensionModel() {
  return {
    extensionGroupId: '',
    connections: [],
    operations: [],
    tradingPartners: [],
    sharedCommunications: [],
    crossReferences: [],
    processProperties: [],
    properties: [],
    pgpCertificates: []
  }
}

/** @param {ExtField | ExtProcessPropertyValue} f */
function normaliseField(f) {
  f.usesEncryption = f.usesEncryption === true
  f.default = f.default ?? null
  f.override = f.usesEncryption ? null : (f.override ?? null)
  f.secret = f.usesEncryption ? (f.secret ?? null) : null
}

/**
 * @param {Partial<ExtensionModel>} seedModel
 * @returns {ExtensionModel}
 */
function normaliseExtensionModel(seedModel) {
  const m = { ...emptyExtensionModel(), ...seedModel }
  for (const h of [...m.connections, ...m.operations, ...m.sharedCommunications]) h.fields.forEach(normaliseField)
  for (const tp of m.tradingPartners) for (const c of tp.categories) c.fields.forEach(normaliseField)
  for (const pp of m.processProperties) pp.values.forEach(normaliseField)
  for (const x of m.crossReferences) x.override = x.override ?? null
  for (const p of m.properties) {
    p.default = p.default ?? null
    p.override = p.override ?? null
  }
  for (const c of m.pgpCertificates) {
    c.default = c.default ?? null
    c.override = c.override ?? null
  }
  return m
}

/**
 * Builds the live state from a seed (deep-copied, the caller's seed is never mutated).
 * @param {Seed} seed
 * @returns {State}
 */
export function createState(seed) {
  const s = structuredClone(seed)
  /** @type {Record<string, ExtensionModel>} */
  const extensions = {}
  for (const env of s.environments) {
    const seedModel = s.extensions?.[env.id]
    extensions[env.id] = seedModel ? normaliseExtensionModel(seedModel) : emptyExtensionModel()
  }
  /** @type {State} */
  const state = {
    accountId: s.accountId,
    username: s.username,
    token: s.token,
    environments: s.environments,
    atoms: s.atoms,
    attachments: s.attachments,
    components: s.components,
    packages: s.packages ?? [],
    deployments: s.deployments ?? [],
    extensions,
    schedules: [],
    scheduleStatus: []
  }
  for (const sch of s.schedules ?? []) {
    const { schedules, status } = ensureScheduleObjects(state, sch.atomId, sch.processId)
    schedules.Schedule = sch.Schedule ?? []
    schedules.Retry = sch.Retry ?? defaultRetry()
    if (sch.enabled !== undefined) status.enabled = sch.enabled
  }
  for (const d of state.deployments) {
    if (d.active && d.componentType === 'process') ensureSchedulesForDeployment(state, d.environmentId, d.componentId)
  }
  return state
}

// ---------------------------------------------------------------- helpers

/** @param {string} text */
export function base64url(text) {
  return Buffer.from(text, 'utf8').toString('base64url')
}

/** ISO date-time without milliseconds, as Boomi shows them. */
export function nowIso() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** @param {string} username */
export function displayUser(username) {
  return username.replace(/^BOOMI_TOKEN\./, '')
}

/** Conceptual id of a ProcessSchedules object (base64url of "CPS<atomId>:<processId>", unpadded). */
/** @param {string} atomId @param {string} processId */
export function scheduleId(atomId, processId) {
  return base64url(`CPS${atomId}:${processId}`)
}

/** The retry Boomi shows on a schedule object nobody set: no retry schedule, maxRetry 5 (documented samples). */
export function defaultRetry() {
  return { Schedule: [], maxRetry: 5 }
}

/** Conceptual id of a ProcessScheduleStatus object (deliberately different from the schedules id). */
/** @param {string} atomId @param {string} processId */
export function scheduleStatusId(atomId, processId) {
  return base64url(`PSS${atomId}:${processId}`)
}

/** Conceptual id of an EnvironmentAtomAttachment. */
/** @param {string} atomId @param {string} environmentId */
export function attachmentId(atomId, environmentId) {
  return base64url(`${atomId}:${environmentId}`)
}

/**
 * A stable UUID-shaped id derived from a text (used for generated seed data).
 * @param {string} text
 */
export function stableUuid(text) {
  const h = createHash('sha1').update(text).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/**
 * Creates the ProcessSchedules / ProcessScheduleStatus pair for (atom, process) when missing.
 * Existing objects (and their schedules) are kept.
 * @param {State} state
 * @param {string} atomId
 * @param {string} processId
 * @returns {{ schedules: ProcessSchedules, status: ProcessScheduleStatus }}
 */
export function ensureScheduleObjects(state, atomId, processId) {
  let schedules = state.schedules.find((x) => x.atomId === atomId && x.processId === processId)
  if (!schedules) {
    // An unscheduled process reads `Schedule: []` with Boomi's default retry (documented samples).
    schedules = { id: scheduleId(atomId, processId), atomId, processId, Schedule: [], Retry: defaultRetry() }
    state.schedules.push(schedules)
  }
  let status = state.scheduleStatus.find((x) => x.atomId === atomId && x.processId === processId)
  if (!status) {
    status = { id: scheduleStatusId(atomId, processId), atomId, processId, enabled: true }
    state.scheduleStatus.push(status)
  }
  return { schedules, status }
}

/**
 * @param {State} state
 * @param {string} environmentId
 * @returns {string[]} ids of the runtimes attached to the environment
 */
export function atomsOf(state, environmentId) {
  return state.attachments.filter((a) => a.environmentId === environmentId).map((a) => a.atomId)
}

/**
 * @param {State} state
 * @param {string} environmentId
 * @param {string} processId
 */
export function ensureSchedulesForDeployment(state, environmentId, processId) {
  for (const atomId of atomsOf(state, environmentId)) ensureScheduleObjects(state, atomId, processId)
}

/**
 * Removes the schedule objects of a process on the runtimes of an environment (after undeploy).
 * @param {State} state
 * @param {string} environmentId
 * @param {string} processId
 */
export function dropSchedulesForUndeploy(state, environmentId, processId) {
  const atoms = new Set(atomsOf(state, environmentId))
  /** @param {{ processId: string, atomId: string }} x */
  const hit = (x) => x.processId === processId && atoms.has(x.atomId)
  removeWhere(state.schedules, hit)
  removeWhere(state.scheduleStatus, hit)
}

/**
 * Removes, in place, the elements matching `pred` (keeps array identity for holders of `fake.state`).
 * @template T
 * @param {T[]} arr
 * @param {(x: T) => boolean} pred
 */
export function removeWhere(arr, pred) {
  for (let i = arr.length - 1; i >= 0; i--) {
    const x = /** @type {T} */ (arr[i])
    if (pred(x)) arr.splice(i, 1)
  }
}

/**
 * @param {State} state
 * @param {string} environmentId
 * @param {string} componentId
 */
export function isActivelyDeployed(state, environmentId, componentId) {
  return state.deployments.some((d) => d.environmentId === environmentId && d.componentId === componentId && d.active)
}

/**
 * A developer saves the component in Boomi's Build tab: a new revision becomes the current one.
 * Packages made before keep the revision they captured; the next package captures this one.
 * @param {State} state
 * @param {string} componentId
 * @returns {number} the new current revision
 */
export function saveRevision(state, componentId) {
  const component = state.components.find((c) => c.componentId === componentId)
  if (!component) throw new Error(`saveRevision: no component ${componentId}`)
  component.version += 1
  component.modifiedDate = nowIso()
  return component.version
}
