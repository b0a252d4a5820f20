// @ts-check
/**
 * EnvironmentExtensions semantics of the fake (REFERENCE §3.5, spec `paths./EnvironmentExtensions/{id}`).
 *
 * Internal model: see the Ext* typedefs in state.mjs (`fake.state.extensions[environmentId]`).
 *
 * Rendering (GET, query, update response):
 *  - A plain field on its default is shown as `useDefault: true` WITHOUT `value` (choice: the component's
 *    built-in value is never shown; the spec's GET example also shows fields without value).
 *    An overridden plain field is shown as `useDefault: false, value: <override>` ("" included).
 *  - Encrypted fields never show a value: `usesEncryption: true`, `encryptedValueSet: <secret stored>`,
 *    `useDefault: !encryptedValueSet`.
 *  - Process-property values follow the same rules. Dynamic properties (`properties.property[]`) show
 *    `value: override ?? ""`: an unset property reads as "" (the spec's Property requires `value`;
 *    REFERENCE pitfall 17), never as the process's default, which Boomi does not know.
 *  - Cross-reference tables show `overrideValues` and the rows in effect (the override rows, or the
 *    component's own rows when not overridden). PGP certificates show `useDefault` and `value` only when
 *    overridden.
 *  - Sections with nothing extensible in them are omitted (as in the spec's GET example). A GET of an
 *    environment without any extensible item answers 400 (what clients that ran against Boomi report;
 *    the server answers it, see `refuseGet`); an update's answer is then the bare id / environmentId /
 *    extensionGroupId object.
 *  - Items with `requiresDeployOf` are shown (and writable) only while that component has an active
 *    deployment in the environment.
 *
 * UPDATE (`partial` false or omitted = full update; `partial: true` = partial update):
 *  - Full: every visible extensible item that is omitted goes back to its default: plain fields, process-
 *    property values and dynamic properties lose their override, cross-reference tables go back to the
 *    component rows (overrideValues false), PGP certificates to their default. An omitted ENCRYPTED field or
 *    encrypted process-property value keeps its stored secret.
 *  - A sent field / value: `useDefault: true` → default (encrypted: secret cleared); otherwise a `value`
 *    (string; numbers / booleans are coerced) is stored literally, "" included; `useDefault: false` (or no
 *    useDefault) without `value` keeps the current state (so echoing a GET result back keeps secrets).
 *  - Partial: only what is sent changes (fields individually; a process-property component that is sent is
 *    processed whole, its omitted values reset as in a full update; a cross-reference table that is sent is
 *    replaced whole).
 *  - Unknown or not-extensible (hidden) items / fields / properties are ignored silently.
 *  - Structural errors (a section that is not an object, a list element that is not an object, an object
 *    value, a bad boolean, a row column outside the table, a body `id`/`environmentId` that differs from
 *    the URL) → 400, and nothing is changed (validated on a copy first).
 *  - A lone object where the schema says array is accepted as a one-element array (spec examples do that).
 *  - The spec example's request that wraps everything inside `{"EnvironmentExtensions": {...}}` is NOT
 *    special-cased: unknown top-level keys are ignored, so as a full update it resets every override.
 */

import { isActivelyDeployed } from './state.mjs'

/** @typedef {import('./state.mjs').State} State */
/** @typedef {import('./state.mjs').ExtensionModel} ExtensionModel */
/** @typedef {import('./state.mjs').ExtField} ExtField */
/** @typedef {import('./state.mjs').ExtProcessPropertyValue} ExtProcessPropertyValue */
/** @typedef {import('./state.mjs').ExtFieldHolder} ExtFieldHolder */
/** @typedef {import('./state.mjs').CrossReferenceRow} CrossReferenceRow */

/** What GET shows in place of a stored encrypted process-property value. */
export const HIDDEN = '[[HIDDEN]]'

/** An invalid update request (answered 400). */
export class ExtensionError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message)
    this.name = 'ExtensionError'
  }
}

/**
 * @param {unknown} v
 * @returns {v is Record<string, any>}
 */
function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * @param {unknown} v
 * @param {string} what
 * @returns {Record<string, any>[]}
 */
function objectList(v, what) {
  if (v === undefined || v === null) return []
  const list = Array.isArray(v) ? v : [v]
  for (const x of list) if (!isObject(x)) throw new ExtensionError(`Invalid ${what}: expected an object`)
  return list
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
  throw new ExtensionError(`Invalid boolean ${JSON.stringify(v)} for ${what}`)
}

/**
 * @param {unknown} v
 * @param {string} what
 * @returns {string | undefined}
 */
function toStr(v, what) {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  throw new ExtensionError(`Invalid value for ${what}: expected a string`)
}

/**
 * The list under `body[sectionKey][listKey]`, or undefined when the section was not sent.
 * @param {Record<string, any>} body
 * @param {string} sectionKey
 * @param {string} listKey
 * @returns {Record<string, any>[] | undefined}
 */
function sentSection(body, sectionKey, listKey) {
  const section = body[sectionKey]
  if (section === undefined || section === null) return undefined
  if (!isObject(section)) throw new ExtensionError(`Invalid ${sectionKey}: expected an object`)
  return objectList(section[listKey], `${sectionKey}.${listKey}`)
}

/**
 * @param {Record<string, any>[] | undefined} list
 * @param {{ id: string, name?: string }} item
 */
function findSent(list, item) {
  if (!list) return undefined
  return list.find((x) => x.id === item.id) ?? list.find((x) => x.id === undefined && item.name && x.name === item.name)
}

/**
 * @param {State} state
 * @param {string} environmentId
 * @param {{ requiresDeployOf?: string }} item
 * @param {Set<string>} [late]  components whose fresh deployment reads do not see yet
 */
export function isVisible(state, environmentId, item, late = new Set()) {
  return !item.requiresDeployOf || (isActivelyDeployed(state, environmentId, item.requiresDeployOf) && !late.has(item.requiresDeployOf))
}

// ---------------------------------------------------------------- rendering

/** @param {ExtField} f */
function renderField(f) {
  if (f.usesEncryption) {
    const set = f.secret !== null && f.secret !== undefined
    return {
      '@type': 'Field',
      id: f.id,
      useDefault: !set,
      usesEncryption: true,
      encryptedValueSet: set,
      componentOverride: false
    }
  }
  const overridden = f.override !== null && f.override !== undefined
  return {
    '@type': 'Field',
    id: f.id,
    ...(overridden ? { value: f.override } : {}),
    useDefault: !overridden,
    usesEncryption: false,
    encryptedValueSet: false,
    componentOverride: false
  }
}

/** @param {ExtProcessPropertyValue} v */
function renderPropertyValue(v) {
  const base = { '@type': 'ProcessPropertyValue', key: v.key, label: v.label }
  if (v.usesEncryption) {
    const set = v.secret !== null && v.secret !== undefined
    // Boomi's doc sample shows a stored encrypted process-property value as the literal "[[HIDDEN]]".
    return { ...base, ...(set ? { value: HIDDEN } : {}), useDefault: !set, usesEncryption: true, encryptedValueSet: set }
  }
  const overridden = v.override !== null && v.override !== undefined
  return {
    ...base,
    ...(overridden ? { value: v.override } : {}),
    useDefault: !overridden,
    usesEncryption: false,
    encryptedValueSet: false
  }
}

/**
 * @param {CrossReferenceRow} row
 */
function renderRow(row) {
  /** @type {Record<string, string>} */
  const out = { '@type': 'CrossReferenceRow' }
  for (let i = 1; i <= 20; i++) {
    const v = row[`ref${i}`]
    if (v !== undefined) out[`ref${i}`] = v
  }
  return out
}

/**
 * The EnvironmentExtensions object of an environment, as GET shows it.
 * @param {State} state
 * @param {string} environmentId
 * @param {Set<string>} [late]  components whose fresh deployment this read does not see yet
 */
export function renderExtensions(state, environmentId, late = new Set()) {
  const m = state.extensions[environmentId]
  /** @type {Record<string, unknown>} */
  const out = {
    '@type': 'EnvironmentExtensions',
    id: environmentId,
    environmentId,
    extensionGroupId: m?.extensionGroupId ?? ''
  }
  if (!m) return out
  /** @template {{ requiresDeployOf?: string }} T @param {T[]} items */
  const vis = (items) => items.filter((x) => isVisible(state, environmentId, x, late))

  const connections = vis(m.connections)
  if (connections.length) {
    out.connections = {
      '@type': 'Connections',
      connection: connections.map((c) => ({ '@type': 'Connection', id: c.id, name: c.name, field: c.fields.map(renderField) }))
    }
  }
  const operations = vis(m.operations)
  if (operations.length) {
    out.operations = {
      '@type': 'Operations',
      operation: operations.map((o) => ({ '@type': 'Operation', id: o.id, name: o.name, field: o.fields.map(renderField) }))
    }
  }
  const partners = vis(m.tradingPartners)
  if (partners.length) {
    out.tradingPartners = {
      '@type': 'TradingPartners',
      tradingPartner: partners.map((tp) => ({
        '@type': 'TradingPartner',
        id: tp.id,
        name: tp.name,
        category: tp.categories.map((c) => ({
          '@type': 'TradingPartnerCategory',
          id: c.id,
          name: c.name,
          field: c.fields.map(renderField)
        }))
      }))
    }
  }
  const comms = vis(m.sharedCommunications)
  if (comms.length) {
    out.sharedCommunications = {
      '@type': 'SharedCommunications',
      sharedCommunication: comms.map((c) => ({
        '@type': 'SharedCommunication',
        id: c.id,
        name: c.name,
        type: c.type ?? 'http',
        field: c.fields.map(renderField)
      }))
    }
  }
  const xrefs = vis(m.crossReferences)
  if (xrefs.length) {
    out.crossReferences = {
      '@type': 'CrossReferences',
      crossReference: xrefs.map((x) => {
        const overridden = x.override !== null && x.override !== undefined
        return {
          '@type': 'CrossReference',
          id: x.id,
          name: x.name,
          overrideValues: overridden,
          CrossReferenceRows: { '@type': '', row: (overridden && x.override ? x.override : x.defaultRows).map(renderRow) }
        }
      })
    }
  }
  const pps = vis(m.processProperties)
  if (pps.length) {
    out.processProperties = {
      '@type': 'OverrideProcessProperties',
      ProcessProperty: pps.map((pp) => ({
        '@type': 'OverrideProcessProperty',
        id: pp.id,
        name: pp.name,
        ProcessPropertyValue: pp.values.map(renderPropertyValue)
      }))
    }
  }
  const props = vis(m.properties)
  if (props.length) {
    out.properties = {
      '@type': '',
      property: props.map((p) => ({ '@type': '', name: p.name, value: p.override ?? '' }))
    }
  }
  const pgps = vis(m.pgpCertificates)
  if (pgps.length) {
    out.PGPCertificates = {
      '@type': 'PGPCertificates',
      PGPCertificate: pgps.map((c) => {
        const overridden = c.override !== null && c.override !== undefined
        return { '@type': 'PGPCertificate', id: c.id, ...(overridden ? { value: c.override } : {}), useDefault: !overridden }
      })
    }
  }
  return out
}

// ---------------------------------------------------------------- update

/** @param {ExtField | ExtProcessPropertyValue} f */
function resetOmitted(f) {
  // Encrypted values omitted from a full update keep their stored secret.
  if (!f.usesEncryption) f.override = null
}

/**
 * @param {ExtField | ExtProcessPropertyValue} f
 * @param {Record<string, any>} sent
 * @param {string} what
 */
function applyField(f, sent, what) {
  const useDefault = toBool(sent.useDefault, `${what}.useDefault`)
  const value = toStr(sent.value, `${what}.value`)
  toBool(sent.usesEncryption, `${what}.usesEncryption`)
  if (useDefault === true) {
    if (f.usesEncryption) f.secret = null
    else f.override = null
    return
  }
  if (value === undefined) return // useDefault false without value: previous state stays in force
  if (f.usesEncryption) f.secret = value
  else f.override = value
}

/**
 * @param {ExtField[]} fields
 * @param {Record<string, any>[]} sentFields
 * @param {boolean} partial
 * @param {string} what
 */
function applyFields(fields, sentFields, partial, what) {
  for (const f of fields) {
    const sent = sentFields.find((x) => x.id === f.id)
    if (!sent) {
      if (!partial) resetOmitted(f)
      continue
    }
    applyField(f, sent, `${what} field ${f.id}`)
  }
}

/**
 * @param {State} state
 * @param {string} envId
 * @param {ExtFieldHolder[]} holders
 * @param {Record<string, any>[] | undefined} sent
 * @param {boolean} partial
 * @param {string} what
 */
function applyHolders(state, envId, holders, sent, partial, what) {
  for (const h of holders) {
    if (!isVisible(state, envId, h)) continue
    const s = findSent(sent, h)
    if (!s) {
      if (!partial) h.fields.forEach(resetOmitted)
      continue
    }
    applyFields(h.fields, objectList(s.field, `${what} ${h.id} field`), partial, `${what} ${h.name}`)
  }
}

/**
 * Validates every list in the request (even for items the fake would ignore).
 * @param {Record<string, any>} body
 */
function validateShape(body) {
  for (const [section, list] of [
    ['connections', 'connection'],
    ['operations', 'operation'],
    ['sharedCommunications', 'sharedCommunication']
  ]) {
    for (const item of sentSection(body, /** @type {string} */ (section), /** @type {string} */ (list)) ?? []) {
      for (const f of objectList(item.field, `${section} field`)) {
        toStr(f.value, `${section} field value`)
        toBool(f.useDefault, `${section} field useDefault`)
      }
    }
  }
  for (const tp of sentSection(body, 'tradingPartners', 'tradingPartner') ?? []) {
    for (const c of objectList(tp.category, 'tradingPartner category')) {
      for (const f of objectList(c.field, 'tradingPartner category field')) toStr(f.value, 'field value')
    }
  }
  for (const pp of sentSection(body, 'processProperties', 'ProcessProperty') ?? []) {
    for (const v of objectList(pp.ProcessPropertyValue, 'ProcessPropertyValue')) toStr(v.value, 'ProcessPropertyValue value')
  }
  for (const p of sentSection(body, 'properties', 'property') ?? []) {
    if (typeof p.name !== 'string' || p.name === '') throw new ExtensionError('Invalid property: name is required')
    if (toStr(p.value, `property ${p.name}`) === undefined) {
      throw new ExtensionError(`Invalid property ${p.name}: value is required`)
    }
  }
  for (const x of sentSection(body, 'crossReferences', 'crossReference') ?? []) {
    toBool(x.overrideValues, 'crossReference overrideValues')
    if (x.CrossReferenceRows !== undefined && x.CrossReferenceRows !== null && !isObject(x.CrossReferenceRows)) {
      throw new ExtensionError('Invalid CrossReferenceRows: expected an object')
    }
    for (const row of objectList(x.CrossReferenceRows?.row, 'cross reference row')) {
      for (const [k, v] of Object.entries(row)) {
        if (k === '@type') continue
        if (!/^ref([1-9]|1\d|20)$/.test(k)) throw new ExtensionError(`Invalid cross reference row: unknown column '${k}'`)
        toStr(v, `cross reference ${k}`)
      }
    }
  }
  for (const c of sentSection(body, 'PGPCertificates', 'PGPCertificate') ?? []) {
    toStr(c.value, 'PGPCertificate value')
    toBool(c.useDefault, 'PGPCertificate useDefault')
  }
}

/**
 * Applies an update to a model (mutates it). Throws ExtensionError on invalid input.
 * @param {State} state
 * @param {string} envId
 * @param {ExtensionModel} m
 * @param {Record<string, any>} body
 */
function applyTo(state, envId, m, body) {
  const partial = toBool(body.partial, 'partial') === true
  applyHolders(state, envId, m.connections, sentSection(body, 'connections', 'connection'), partial, 'connection')
  applyHolders(state, envId, m.operations, sentSection(body, 'operations', 'operation'), partial, 'operation')
  applyHolders(
    state,
    envId,
    m.sharedCommunications,
    sentSection(body, 'sharedCommunications', 'sharedCommunication'),
    partial,
    'sharedCommunication'
  )

  const sentPartners = sentSection(body, 'tradingPartners', 'tradingPartner')
  for (const tp of m.tradingPartners) {
    if (!isVisible(state, envId, tp)) continue
    const s = findSent(sentPartners, tp)
    const sentCats = s ? objectList(s.category, 'tradingPartner category') : []
    for (const cat of tp.categories) {
      const sc = sentCats.find((x) => x.id === cat.id)
      if (!sc) {
        if (!partial) cat.fields.forEach(resetOmitted)
        continue
      }
      applyFields(cat.fields, objectList(sc.field, 'category field'), partial, `tradingPartner ${tp.name} ${cat.id}`)
    }
  }

  const sentPps = sentSection(body, 'processProperties', 'ProcessProperty')
  for (const pp of m.processProperties) {
    if (!isVisible(state, envId, pp)) continue
    const s = findSent(sentPps, pp)
    if (!s) {
      if (!partial) pp.values.forEach(resetOmitted)
      continue
    }
    // A process-property component that is sent is processed whole (also in a partial update).
    const vals = objectList(s.ProcessPropertyValue, 'ProcessPropertyValue')
    for (const v of pp.values) {
      const sv = vals.find((x) => x.key === v.key) ?? vals.find((x) => x.key === undefined && x.label === v.label)
      if (!sv) resetOmitted(v)
      else applyField(v, sv, `process property ${pp.name} ${v.label}`)
    }
  }

  const sentXrefs = sentSection(body, 'crossReferences', 'crossReference')
  for (const x of m.crossReferences) {
    if (!isVisible(state, envId, x)) continue
    const s = findSent(sentXrefs, x)
    if (!s) {
      if (!partial) x.override = null
      continue
    }
    const ov = toBool(s.overrideValues, 'overrideValues')
    const rowsSent = s.CrossReferenceRows !== undefined && s.CrossReferenceRows !== null
    if (ov === false) {
      x.override = null
      continue
    }
    if (ov !== true && !rowsSent) continue
    const rows = objectList(s.CrossReferenceRows?.row, 'cross reference row').map((row) => {
      /** @type {CrossReferenceRow} */
      const out = {}
      for (const [k, v] of Object.entries(row)) {
        if (k === '@type') continue
        const n = Number(k.slice(3))
        if (n > x.columns) {
          throw new ExtensionError(`Invalid cross reference row: table ${x.name} has ${x.columns} columns, got '${k}'`)
        }
        const sv = toStr(v, `cross reference ${k}`)
        if (sv !== undefined) out[k] = sv
      }
      return out
    })
    x.override = rows
  }

  const sentProps = sentSection(body, 'properties', 'property')
  for (const p of m.properties) {
    if (!isVisible(state, envId, p)) continue
    const s = sentProps?.find((x) => x.name === p.name)
    if (!s) {
      if (!partial) p.override = null
      continue
    }
    p.override = toStr(s.value, `property ${p.name}`) ?? null
  }

  const sentPgp = sentSection(body, 'PGPCertificates', 'PGPCertificate')
  for (const c of m.pgpCertificates) {
    if (!isVisible(state, envId, c)) continue
    const s = findSent(sentPgp, c)
    if (!s) {
      if (!partial) c.override = null
      continue
    }
    if (toBool(s.useDefault, 'PGPCertificate useDefault') === true) c.override = null
    else {
      const v = toStr(s.value, 'PGPCertificate value')
      if (v !== undefined) c.override = v
    }
  }
}

/**
 * Handles an EnvironmentExtensions UPDATE. The body is validated (and applied to a copy) first, so an
 * invalid request changes nothing.
 * @param {State} state
 * @param {string} environmentId
 * @param {unknown} body
 */
export function updateExtensions(state, environmentId, body) {
  if (!isObject(body)) throw new ExtensionError('Invalid EnvironmentExtensions update: the body must be an object')
  if (body.id !== undefined && body.id !== environmentId) {
    throw new ExtensionError(`The id in the request body (${String(body.id)}) does not match the id in the URL (${environmentId})`)
  }
  if (body.environmentId !== undefined && body.environmentId !== environmentId) {
    throw new ExtensionError(`The environmentId in the request body (${String(body.environmentId)}) does not match ${environmentId}`)
  }
  validateShape(body)
  const model = state.extensions[environmentId]
  if (!model) return
  applyTo(state, environmentId, structuredClone(model), body) // dry run: throws before anything changes
  applyTo(state, environmentId, model, body)
}

/**
 * Test helper: a field of a connection / operation / shared communication of the internal model.
 * @param {ExtensionModel | undefined} model
 * @param {'connections' | 'operations' | 'sharedCommunications'} section
 * @param {string} holderIdOrName  component id or name
 * @param {string} fieldId
 * @returns {ExtField | undefined}
 */
export function extensionField(model, section, holderIdOrName, fieldId) {
  const holder = model?.[section].find((h) => h.id === holderIdOrName || h.name === holderIdOrName)
  return holder?.fields.find((f) => f.id === fieldId)
}

/**
 * Test helper: a value of a process-property component of the internal model.
 * @param {ExtensionModel | undefined} model
 * @param {string} componentIdOrName
 * @param {string} keyOrLabel
 * @returns {ExtProcessPropertyValue | undefined}
 */
export function processPropertyValue(model, componentIdOrName, keyOrLabel) {
  const pp = model?.processProperties.find((p) => p.id === componentIdOrName || p.name === componentIdOrName)
  return pp?.values.find((v) => v.key === keyOrLabel || v.label === keyOrLabel)
}
