import {
  environmentExtensionsSchema,
  type EnvironmentExtensions,
  type EnvironmentExtensionsUpdate
} from '../../src/boomi/extensions.js'
import { extensionsFileSchema } from '../../src/plan/extensions-file.js'
import { starterExtensions } from '../../src/plan/extensions/starter.js'
import { closestNames } from '../../src/plan/resolve.js'
import {
  ExtensionsPlanError,
  planExtensions,
  REDACTED,
  verifyExtensions,
  type ExtensionsPlan,
  type PlanExtensionsOptions
} from '../../src/plan/extensions/index.js'

// A TEST environment as Boomi returns it: "@type" tags, string booleans, lone objects for one-element
// lists, fields on their default (some showing the component's value), encrypted fields set and not,
// process-property values never saved (no value), unset dynamic properties ("" and absent).
const currentRaw = {
  '@type': 'EnvironmentExtensions',
  id: 'env-test',
  environmentId: 'env-test',
  extensionGroupId: '',
  connections: {
    '@type': 'Connections',
    connection: [
      {
        '@type': 'Connection',
        id: 'conn-db',
        name: 'Orders DB',
        field: [
          { '@type': 'Field', id: 'url', value: 'jdbc:postgresql://db.old:5432/orders', useDefault: false, usesEncryption: false, encryptedValueSet: false, componentOverride: false },
          {
            '@type': 'Field',
            id: 'user',
            value: 'orders',
            useDefault: 'false',
            usesEncryption: 'false',
            encryptedValueSet: 'false',
            componentOverride: 'false',
            customProperties: { '@type': '', properties: [{ key: 'ssl', value: 'true', encrypted: 'false' }] }
          },
          { '@type': 'Field', id: 'password', useDefault: false, usesEncryption: true, encryptedValueSet: true, componentOverride: false },
          { '@type': 'Field', id: 'maxConnections', value: '10', useDefault: true, usesEncryption: false, encryptedValueSet: false, componentOverride: false }
        ]
      },
      {
        '@type': 'Connection',
        id: 'conn-ftp',
        name: 'Partner FTP',
        field: { '@type': 'Field', id: 'host', value: 'ftp.partner.test', useDefault: 'false', usesEncryption: 'false', encryptedValueSet: 'false' }
      },
      {
        '@type': 'Connection',
        id: 'conn-api',
        name: 'Billing API',
        field: [
          { id: 'url', useDefault: true, usesEncryption: false, encryptedValueSet: false },
          { id: 'apiKey', useDefault: true, usesEncryption: true, encryptedValueSet: false },
          {
            id: 'secretRef',
            value: 'projects/p/secrets/billing/versions/3',
            useDefault: false,
            usesEncryption: false,
            encryptedValueSet: false,
            CloudManagedSecretConfig: { usesRemoteSecretsManager: true, secretsManagerType: 'GCP', secretReference: 'projects/p/secrets/billing/versions/3' }
          }
        ]
      }
    ]
  },
  operations: {
    '@type': 'Operations',
    operation: { '@type': 'Operation', id: 'op-query', name: 'Orders Query', field: { '@type': 'Field', id: 'ObjectName', value: 'orders', useDefault: 'false' } }
  },
  sharedCommunications: {
    sharedCommunication: {
      id: 'sc-gw',
      name: 'Partner Gateway',
      type: 'http',
      field: [
        { id: 'http-url', value: 'https://as2.old.test', useDefault: false, usesEncryption: false, encryptedValueSet: false },
        { id: 'http-password', useDefault: false, usesEncryption: true, encryptedValueSet: true }
      ]
    }
  },
  tradingPartners: {
    tradingPartner: {
      id: 'tp-acme',
      name: 'Acme Retail',
      category: [
        {
          id: 'as2',
          name: 'AS2',
          field: [
            { id: 'as2identity-encryptAlias', value: 'old-cert', useDefault: false, usesEncryption: false, encryptedValueSet: false, componentOverride: true },
            { id: 'as2-url', useDefault: true, usesEncryption: false, encryptedValueSet: false }
          ]
        },
        { id: 'x12', name: 'X12 Information', field: { id: 'x12envelope-interchangeid', useDefault: 'true', usesEncryption: 'false', encryptedValueSet: 'false' } }
      ]
    }
  },
  crossReferences: {
    crossReference: [
      {
        '@type': 'CrossReference',
        id: 'xr-country',
        name: 'Country Codes',
        overrideValues: 'true',
        CrossReferenceRows: { '@type': '', row: [{ '@type': 'CrossReferenceRow', ref1: 'US', ref2: 'USA' }, { ref1: 'FR', ref2: 'FRA' }] }
      },
      { id: 'xr-units', name: 'Units', overrideValues: false, CrossReferenceRows: { row: [] } }
    ]
  },
  processProperties: {
    ProcessProperty: [
      {
        id: 'pp-orders',
        name: 'Orders Settings',
        ProcessPropertyValue: [
          { key: 'k-batch', label: 'Batch Size', value: '50', useDefault: false, usesEncryption: false, encryptedValueSet: false },
          { key: 'k-retries', label: 'Retries', useDefault: true, usesEncryption: false, encryptedValueSet: false },
          { key: 'k-token', label: 'Token', useDefault: false, usesEncryption: true, encryptedValueSet: true },
          { key: 'k-mode', label: 'Mode', useDefault: false, usesEncryption: false, encryptedValueSet: false }
        ]
      },
      { id: 'pp-other', name: 'Other Settings', ProcessPropertyValue: { key: 'k-x', label: 'X', value: 'x1', useDefault: 'false' } }
    ]
  },
  properties: {
    '@type': '',
    property: [
      { '@type': '', name: 'region', value: 'us-east-1' },
      { '@type': '', name: 'baseURL', value: '' },
      { '@type': '', name: 'datetime' }
    ]
  },
  PGPCertificates: {
    PGPCertificate: [
      { id: 'pgp-1', value: 'pgp-test', useDefault: false },
      { id: 'pgp-2', useDefault: true }
    ]
  }
}

const current = environmentExtensionsSchema.parse(currentRaw)

function plan(file: unknown, options: Partial<PlanExtensionsOptions> = {}): ExtensionsPlan {
  return planExtensions({ current, file: extensionsFileSchema.parse(file), mode: 'full', environmentName: 'TEST', ...options })
}

function planError(file: unknown, options: Partial<PlanExtensionsOptions> = {}): ExtensionsPlanError {
  try {
    plan(file, options)
  } catch (error) {
    if (error instanceof ExtensionsPlanError) return error
    throw error
  }
  throw new Error('expected an ExtensionsPlanError')
}

// ── A stand-in for Boomi's UPDATE, written from its documentation, to check plans end to end ──
// full: whatever is not sent goes back to its default, except encrypted values (they keep theirs);
// partial: only what is sent changes. Encrypted values are stored, never returned.
type Json = Record<string, unknown>
const ID_OF: Record<string, string> = {
  connection: 'id',
  operation: 'id',
  sharedCommunication: 'id',
  tradingPartner: 'id',
  category: 'id',
  field: 'id',
  ProcessProperty: 'id',
  ProcessPropertyValue: 'key',
  property: 'name',
  crossReference: 'id',
  PGPCertificate: 'id'
}

function boomiUpdate(before: EnvironmentExtensions, request: EnvironmentExtensionsUpdate): EnvironmentExtensions {
  return environmentExtensionsSchema.parse(updatedContainer(before, request, !request.partial))
}

function updatedContainer(item: Json, sent: Json | undefined, full: boolean): Json {
  return Object.fromEntries(
    Object.entries(item).map(([key, value]) => {
      const sentValue = sent?.[key]
      if (Array.isArray(value) && ID_OF[key]) return [key, updatedList(key, value as Json[], sentValue as Json[] | undefined, full)]
      if (value && typeof value === 'object' && !Array.isArray(value) && key !== 'CrossReferenceRows') {
        return [key, updatedContainer(value as Json, sentValue as Json | undefined, full)]
      }
      return [key, value]
    })
  )
}

function updatedList(listKey: string, items: Json[], sent: Json[] | undefined, full: boolean): Json[] {
  const idKey = ID_OF[listKey]!
  return items.map((item) => {
    const match = sent?.find((s) => s[idKey] === item[idKey])
    if (listKey === 'property') return match ? { ...item, value: match.value } : full ? { ...item, value: '' } : item
    if (listKey === 'crossReference') {
      if (match) return { ...item, ...match }
      return full ? { ...item, overrideValues: false } : item
    }
    if (['field', 'ProcessPropertyValue', 'PGPCertificate'].includes(listKey)) return updatedCarrier(item, match, full)
    return updatedContainer(item, match, full)
  })
}

function updatedCarrier(item: Json, sent: Json | undefined, full: boolean): Json {
  const encrypted = item.usesEncryption === true || item.encryptedValueSet === true
  const { value: _value, ...withoutValue } = item
  if (!sent) {
    if (!full || encrypted) return item
    return { ...withoutValue, useDefault: true }
  }
  if (sent.useDefault === true) return { ...withoutValue, useDefault: true, ...(encrypted && { encryptedValueSet: false }) }
  if (encrypted) return { ...withoutValue, useDefault: false, encryptedValueSet: sent.value !== undefined || item.encryptedValueSet === true }
  return { ...item, useDefault: false, value: sent.value }
}

function sentField(request: EnvironmentExtensionsUpdate | null, connectionId: string, fieldId: string) {
  return request?.connections?.connection.find((c) => c.id === connectionId)?.field.find((f) => f.id === fieldId)
}

// ──────────────────────────────────────────────────────────────────────────────────────────────

describe('planExtensions, full mode', () => {
  const file = {
    connections: { 'Orders DB': { url: 'jdbc:postgresql://db.test:5432/orders' } },
    operations: { 'Orders Query': { ObjectName: 'orders_v2' } },
    processProperties: { 'Orders Settings': { 'Batch Size': 500 } },
    properties: { region: 'eu-west-1' },
    sharedCommunications: { 'Partner Gateway': { 'http-url': 'https://as2.partner.test' } },
    crossReferences: { 'Country Codes': { rows: [['US', 'USA'], ['DE', 'DEU']] } },
    tradingPartners: { 'Acme Retail': { as2: { 'as2identity-encryptAlias': 'partner-cert' } } },
    pgpCertificates: { 'pgp-1': 'pgp-prod' }
  }

  it('changes exactly the named values, in every section, and lists each with from/to', () => {
    const result = plan(file)
    expect(result.changes).toEqual([
      { section: 'connections', componentId: 'conn-db', componentName: 'Orders DB', field: 'url', action: 'changed', from: 'jdbc:postgresql://db.old:5432/orders', to: 'jdbc:postgresql://db.test:5432/orders' },
      { section: 'operations', componentId: 'op-query', componentName: 'Orders Query', field: 'ObjectName', action: 'changed', from: 'orders', to: 'orders_v2' },
      { section: 'sharedCommunications', componentId: 'sc-gw', componentName: 'Partner Gateway', field: 'http-url', action: 'changed', from: 'https://as2.old.test', to: 'https://as2.partner.test' },
      { section: 'tradingPartners', componentId: 'tp-acme', componentName: 'Acme Retail', field: 'as2 › as2identity-encryptAlias', action: 'changed', from: 'old-cert', to: 'partner-cert' },
      { section: 'processProperties', componentId: 'pp-orders', componentName: 'Orders Settings', field: 'Batch Size', action: 'changed', from: '50', to: '500' },
      { section: 'properties', componentId: 'region', componentName: 'region', field: 'value', action: 'changed', from: 'us-east-1', to: 'eu-west-1' },
      { section: 'crossReferences', componentId: 'xr-country', componentName: 'Country Codes', field: 'rows', action: 'changed', from: '2 rows', to: '2 rows' },
      { section: 'pgpCertificates', componentId: 'pgp-1', componentName: 'pgp-1', field: 'certificate', action: 'changed', from: 'pgp-test', to: 'pgp-prod' }
    ])
    expect(result.secrets).toEqual([])

    // Everything not named is expected exactly as it is now.
    const baseline = new Map(plan({}).expected.map((slot) => [slot.key, slot]))
    const untouched = result.expected.filter(
      (slot) => !result.changes.some((c) => c.section === slot.section && c.componentId === slot.componentId && c.field === slot.field)
    )
    expect(untouched.length).toBe(baseline.size - 8)
    for (const slot of untouched) expect(slot).toEqual(baseline.get(slot.key))

    // Written the way Boomi documents a full update, the result reads as planned.
    expect(verifyExtensions(boomiUpdate(current, result.request!), result)).toEqual([])
  })

  it('sends the whole set: every untouched plain field unchanged, no untouched encrypted field', () => {
    const request = plan(file).request!
    expect(request.partial).toBe(false)
    expect(request.id).toBe('env-test')
    expect(JSON.stringify(request)).not.toContain('@type')

    // Overridden plain fields as read (minus "@type"), customProperties and secret-manager settings kept.
    expect(sentField(request, 'conn-db', 'user')).toEqual({
      id: 'user',
      value: 'orders',
      useDefault: false,
      usesEncryption: false,
      encryptedValueSet: false,
      componentOverride: false,
      customProperties: { properties: [{ key: 'ssl', value: 'true', encrypted: false }] }
    })
    expect(sentField(request, 'conn-api', 'secretRef')).toEqual(
      expect.objectContaining({ value: 'projects/p/secrets/billing/versions/3', useDefault: false, CloudManagedSecretConfig: expect.objectContaining({ secretsManagerType: 'GCP' }) })
    )
    expect(sentField(request, 'conn-ftp', 'host')).toEqual({ id: 'host', value: 'ftp.partner.test', useDefault: false, usesEncryption: false, encryptedValueSet: false })
    // Fields on their default stay on it: useDefault true and no value, even when one was shown.
    expect(sentField(request, 'conn-db', 'maxConnections')).toEqual({ id: 'maxConnections', useDefault: true, usesEncryption: false, encryptedValueSet: false, componentOverride: false })
    expect(sentField(request, 'conn-api', 'url')).toEqual({ id: 'url', useDefault: true, usesEncryption: false, encryptedValueSet: false })

    // Untouched encrypted fields and values are left out, so they keep their stored value.
    expect(sentField(request, 'conn-db', 'password')).toBeUndefined()
    expect(sentField(request, 'conn-api', 'apiKey')).toBeUndefined()
    expect(request.sharedCommunications?.sharedCommunication[0]?.field.map((f) => f.id)).toEqual(['http-url'])
    const orders = request.processProperties?.ProcessProperty.find((p) => p.id === 'pp-orders')
    expect(orders?.ProcessPropertyValue.map((v) => v.key)).toEqual(['k-batch', 'k-retries', 'k-mode'])
    // A value never saved is not invented: no value, useDefault as read.
    expect(orders?.ProcessPropertyValue[1]).toEqual({ key: 'k-retries', label: 'Retries', useDefault: true, usesEncryption: false, encryptedValueSet: false })
    expect(orders?.ProcessPropertyValue[2]).toEqual({ key: 'k-mode', label: 'Mode', useDefault: false, usesEncryption: false, encryptedValueSet: false })

    // Every list is an array, every item is there.
    expect(request.connections?.connection.map((c) => c.id)).toEqual(['conn-db', 'conn-ftp', 'conn-api'])
    expect(request.operations?.operation).toHaveLength(1)
    expect(request.tradingPartners?.tradingPartner[0]?.category.map((c) => c.id)).toEqual(['as2', 'x12'])
    expect(request.processProperties?.ProcessProperty[1]?.ProcessPropertyValue).toEqual([{ key: 'k-x', label: 'X', value: 'x1', useDefault: false }])
    expect(request.crossReferences?.crossReference[0]?.CrossReferenceRows).toEqual({ row: [{ ref1: 'US', ref2: 'USA' }, { ref1: 'DE', ref2: 'DEU' }] })
    expect(request.crossReferences?.crossReference[1]).toEqual({ id: 'xr-units', name: 'Units', overrideValues: false, CrossReferenceRows: { row: [] } })
    // Unset dynamic properties (read as "" or without a value) are left out: echoing "" would
    // store an empty override, and leaving them out of a full update keeps them unset.
    expect(request.properties?.property).toEqual([{ name: 'region', value: 'eu-west-1' }])
    expect(request.PGPCertificates?.PGPCertificate).toEqual([{ id: 'pgp-1', value: 'pgp-prod', useDefault: false }, { id: 'pgp-2', useDefault: true }])
  })

  it('sets a named encrypted field whatever its state, and returns its value as a secret', () => {
    const result = plan({
      connections: { 'Orders DB': { password: 'literal-pw' }, 'Billing API': { apiKey: 'k-123456' } },
      processProperties: { 'Orders Settings': { Token: 'tok-987' } }
    })
    expect(sentField(result.request, 'conn-db', 'password')).toEqual({ id: 'password', value: 'literal-pw', useDefault: false, usesEncryption: true, componentOverride: false })
    expect(sentField(result.request, 'conn-api', 'apiKey')).toEqual({ id: 'apiKey', value: 'k-123456', useDefault: false, usesEncryption: true })
    const token = result.request?.processProperties?.ProcessProperty[0]?.ProcessPropertyValue.find((v) => v.key === 'k-token')
    expect(token).toEqual({ key: 'k-token', label: 'Token', value: 'tok-987', useDefault: false, usesEncryption: true })
    expect(result.changes.map((c) => [c.field, c.action])).toEqual([
      ['password', 'set-encrypted'],
      ['apiKey', 'set-encrypted'],
      ['Token', 'set-encrypted']
    ])
    expect(result.changes.every((c) => c.from === undefined && c.to === undefined)).toBe(true)
    expect(result.secrets).toEqual(['literal-pw', 'k-123456', 'tok-987'])
    expect(verifyExtensions(boomiUpdate(current, result.request!), result)).toEqual([])
  })

  it('null resets an override to the default, and is no change on a field already on its default', () => {
    const result = plan({
      connections: { 'Orders DB': { url: null, maxConnections: null, password: null } },
      properties: { region: null, baseURL: null },
      crossReferences: { 'Country Codes': null, Units: null },
      pgpCertificates: { 'pgp-1': null }
    })
    expect(result.changes.map((c) => [c.componentName, c.field, c.action])).toEqual([
      ['Orders DB', 'url', 'reset'],
      ['Orders DB', 'maxConnections', 'unchanged'],
      ['Orders DB', 'password', 'reset'],
      ['region', 'value', 'reset'],
      ['baseURL', 'value', 'unchanged'],
      ['Country Codes', 'rows', 'reset'],
      ['Units', 'rows', 'unchanged'],
      ['pgp-1', 'certificate', 'reset']
    ])
    expect(result.changes[0]).toEqual(expect.objectContaining({ from: 'jdbc:postgresql://db.old:5432/orders' }))
    expect(result.changes[0]).not.toHaveProperty('to')
    const request = result.request!
    expect(sentField(request, 'conn-db', 'url')).toEqual({ id: 'url', useDefault: true, usesEncryption: false, componentOverride: false })
    expect(sentField(request, 'conn-db', 'password')).toEqual({ id: 'password', useDefault: true, usesEncryption: true, componentOverride: false })
    // Never an empty string: Boomi would store it literally.
    expect(JSON.stringify(sentField(request, 'conn-db', 'url'))).not.toContain('"value"')
    // A full update resets a dynamic property by leaving it out.
    expect(request.properties?.property.map((p) => p.name)).toEqual(['baseURL'])
    expect(request.crossReferences?.crossReference[0]).toEqual(expect.objectContaining({ id: 'xr-country', overrideValues: false }))
    expect(request.PGPCertificates?.PGPCertificate[0]).toEqual({ id: 'pgp-1', useDefault: true })
    expect(verifyExtensions(boomiUpdate(current, request), result)).toEqual([])
  })

  it('writes nothing when the file changes nothing', () => {
    const result = plan({
      connections: { 'Orders DB': { url: 'jdbc:postgresql://db.old:5432/orders', maxConnections: null }, 'conn-ftp': { host: 'ftp.partner.test' } },
      processProperties: { 'Orders Settings': { 'Batch Size': 50, Retries: null } },
      properties: { region: 'us-east-1', baseURL: '', datetime: null },
      crossReferences: { 'Country Codes': { rows: [['US', 'USA'], ['FR', 'FRA', null]] } },
      pgpCertificates: { 'pgp-2': null }
    })
    expect(result.request).toBeNull()
    expect(result.changes.every((c) => c.action === 'unchanged')).toBe(true)
    expect(result.changes).toHaveLength(10)
    expect(plan({}).request).toBeNull()
    // Nothing written, so the current set passes verification as is.
    expect(verifyExtensions(current, result)).toEqual([])
  })

  it('pins a value on a field that is on its default, even when it equals the shown default', () => {
    const result = plan({ connections: { 'Orders DB': { maxConnections: 10 } } })
    expect(result.changes[0]).toEqual(expect.objectContaining({ action: 'changed', to: '10' }))
    expect(result.changes[0]).not.toHaveProperty('from')
    expect(sentField(result.request, 'conn-db', 'maxConnections')).toEqual(expect.objectContaining({ value: '10', useDefault: false }))
  })
})

describe('planExtensions, partial mode', () => {
  it('sends only the changed fields, with partial: true', () => {
    const result = plan(
      {
        connections: { 'Orders DB': { url: 'jdbc:postgresql://db.test:5432/orders', user: 'orders' } },
        tradingPartners: { 'Acme Retail': { as2: { 'as2identity-encryptAlias': 'partner-cert' }, x12: { 'x12envelope-interchangeid': null } } },
        properties: { region: 'eu-west-1', baseURL: '' },
        pgpCertificates: { 'pgp-1': 'pgp-prod' }
      },
      { mode: 'partial' }
    )
    expect(result.request).toEqual({
      id: 'env-test',
      environmentId: 'env-test',
      extensionGroupId: '',
      partial: true,
      connections: {
        connection: [
          {
            id: 'conn-db',
            name: 'Orders DB',
            field: [{ id: 'url', value: 'jdbc:postgresql://db.test:5432/orders', useDefault: false, usesEncryption: false, componentOverride: false }]
          }
        ]
      },
      tradingPartners: {
        tradingPartner: [
          {
            id: 'tp-acme',
            name: 'Acme Retail',
            category: [
              {
                id: 'as2',
                name: 'AS2',
                field: [{ id: 'as2identity-encryptAlias', value: 'partner-cert', useDefault: false, usesEncryption: false, componentOverride: true }]
              }
            ]
          }
        ]
      },
      properties: { property: [{ name: 'region', value: 'eu-west-1' }] },
      PGPCertificates: { PGPCertificate: [{ id: 'pgp-1', value: 'pgp-prod', useDefault: false }] },
      // The spec's schema requires all eight sections: the unchanged ones go empty.
      operations: { operation: [] },
      sharedCommunications: { sharedCommunication: [] },
      crossReferences: { crossReference: [] },
      processProperties: { ProcessProperty: [] }
    })
    expect(verifyExtensions(boomiUpdate(current, result.request!), result)).toEqual([])
  })

  it('sends a changed process property component with all its values, minus encrypted ones not named', () => {
    const result = plan({ processProperties: { 'Orders Settings': { 'Batch Size': '500' } } }, { mode: 'partial' })
    expect(result.request?.processProperties).toEqual({
      ProcessProperty: [
        {
          id: 'pp-orders',
          name: 'Orders Settings',
          ProcessPropertyValue: [
            { key: 'k-batch', label: 'Batch Size', value: '500', useDefault: false, usesEncryption: false },
            { key: 'k-retries', label: 'Retries', useDefault: true, usesEncryption: false, encryptedValueSet: false },
            { key: 'k-mode', label: 'Mode', useDefault: false, usesEncryption: false, encryptedValueSet: false }
          ]
        }
      ]
    })
    const sent = Object.entries(result.request!).filter(([, section]) => typeof section === 'object' && Object.values(section as object).some((list) => (list as unknown[]).length > 0))
    expect(sent.map(([key]) => key)).toEqual(['processProperties'])
  })

  it('sends a changed cross reference table whole', () => {
    const result = plan({ crossReferences: { 'Country Codes': { overrideValues: true, rows: [['US', 'USA'], ['DE', 'DEU', 'x']] } } }, { mode: 'partial' })
    expect(result.request?.crossReferences).toEqual({
      crossReference: [
        {
          id: 'xr-country',
          name: 'Country Codes',
          overrideValues: true,
          CrossReferenceRows: { row: [{ ref1: 'US', ref2: 'USA' }, { ref1: 'DE', ref2: 'DEU', ref3: 'x' }] }
        }
      ]
    })
  })

  it('refuses to reset a dynamic property, which a partial update cannot do', () => {
    expect(planError({ properties: { region: null } }, { mode: 'partial' }).message).toMatch(
      /properties › 'region': null \(reset\) needs mode full/
    )
    // Already unset: nothing to do, nothing to refuse.
    expect(plan({ properties: { datetime: null } }, { mode: 'partial' }).request).toBeNull()
  })
})

describe('resolving names', () => {
  it('fails on an unknown component, listing what is extensible and how to make it so', () => {
    const error = planError({ connections: { 'Orders DBX': { url: 'x' } } })
    expect(error.message).toBe(
      "connections › 'Orders DBX' is not extensible in environment TEST. Extensible connections: 'Orders DB', 'Partner FTP', 'Billing API'. " +
        'A connection becomes extensible in an environment only once a process that uses it (and lists it in its extensions) is deployed there: ' +
        'deploy once without the extensions file, or run with dry-run to list the names.'
    )
  })

  it('reports every unknown name at once: fields, categories, values, properties, tables', () => {
    const error = planError({
      connections: { 'Orders DB': { urll: 'x' } },
      tradingPartners: { 'Acme Retail': { edifact: { a: 'b' } } },
      processProperties: { 'Orders Settings': { 'Batch Sise': '1' } },
      properties: { Region: 'x' },
      crossReferences: { Countries: { rows: [] } },
      pgpCertificates: { 'pgp-9': 'x' }
    })
    expect(error.problems).toHaveLength(6)
    expect(error.problems[0]).toMatch(/^connections › 'Orders DB' › 'urll' is not extensible in environment TEST\. Extensible fields: 'url', 'user', 'password', 'maxConnections'\./)
    expect(error.problems[1]).toMatch(/^tradingPartners › 'Acme Retail' › 'edifact' .* Extensible categories: 'AS2', 'X12 Information'\./)
    expect(error.problems[2]).toMatch(/Extensible values: 'Batch Size' \(key k-batch\), 'Retries' \(key k-retries\), 'Token' \(key k-token\), 'Mode' \(key k-mode\)\./)
    expect(error.problems[3]).toMatch(/^properties › 'Region' .* Extensible dynamic process properties: 'region', 'baseURL', 'datetime'\. Did you mean 'region'\? A dynamic process property becomes extensible/)
    expect(error.problems[4]).toMatch(/^crossReferences › 'Countries' .* Extensible cross reference tables: 'Country Codes', 'Units'\./)
    expect(error.problems[5]).toMatch(/^pgpCertificates › 'pgp-9' .* Extensible PGP certificates: 'pgp-1', 'pgp-2'\./)
  })

  it('says so when a section has nothing extensible yet', () => {
    const bare = environmentExtensionsSchema.parse({ id: 'env-test', environmentId: 'env-test' })
    const error = planError({ connections: { 'Orders DB': { url: 'x' } } }, { current: bare })
    expect(error.message).toMatch(/Extensible connections: none\. A connection becomes extensible/)
  })

  it('resolves by ID as well as by name, and process-property values by key or label', () => {
    const result = plan({
      connections: { 'conn-db': { url: 'a' } },
      processProperties: { 'pp-orders': { 'k-batch': '1' }, 'Other Settings': { X: 'x2' } },
      tradingPartners: { 'tp-acme': { AS2: { 'as2-url': 'https://acme.test' } } }
    })
    expect(result.changes.map((c) => [c.componentId, c.field, c.to])).toEqual([
      ['conn-db', 'url', 'a'],
      ['tp-acme', 'as2 › as2-url', 'https://acme.test'],
      ['pp-orders', 'Batch Size', '1'],
      ['pp-other', 'X', 'x2']
    ])
  })

  it('asks for the ID when a name is ambiguous', () => {
    const twins = environmentExtensionsSchema.parse({
      ...currentRaw,
      connections: {
        connection: [
          { id: 'conn-a', name: 'Shared', field: { id: 'url', value: 'a', useDefault: false } },
          { id: 'conn-b', name: 'Shared', field: { id: 'url', value: 'b', useDefault: false } }
        ]
      }
    })
    const error = planError({ connections: { Shared: { url: 'x' } } }, { current: twins })
    expect(error.message).toBe(
      "connections › 'Shared' is the name of 2 connections in environment TEST (IDs 'conn-a', 'conn-b'). Use the ID instead of the name."
    )
    const byId = planExtensions({ current: twins, file: extensionsFileSchema.parse({ connections: { 'conn-b': { url: 'x' } } }), mode: 'full', environmentName: 'TEST' })
    expect(byId.changes[0]).toEqual(expect.objectContaining({ componentId: 'conn-b', from: 'b', to: 'x' }))
  })

  it('rejects one item named twice (by name and by ID)', () => {
    const error = planError({ connections: { 'Orders DB': { url: 'a' }, 'conn-db': { url: 'b' } } })
    expect(error.message).toMatch(/connections › 'conn-db' › 'url' and connections › 'Orders DB' › 'url' are the same item/)
  })
})

describe('secrets', () => {
  it('never puts an encrypted value or a ${VAR} value in the change list; a ${VAR} value is shown as written', () => {
    const written: Record<string, string> = {
      '["connections","Orders DB","password"]': '${DB_PASSWORD}',
      '["connections","Orders DB","user"]': '${DB_USER}'
    }
    const result = plan(
      {
        connections: { 'Orders DB': { password: 'pw-from-env', user: 'user-from-env', url: 'jdbc:x' } },
        sharedCommunications: { 'Partner Gateway': { 'http-password': 'literal-secret' } }
      },
      { shownAs: (path) => written[JSON.stringify(path)] }
    )
    const listed = JSON.stringify(result.changes)
    for (const secret of ['pw-from-env', 'user-from-env', 'literal-secret']) expect(listed).not.toContain(secret)
    // A plain field filled from ${VAR}: compared by its value, shown as the reference; Boomi's old value is Boomi data.
    expect(result.changes[1]).toEqual({ section: 'connections', componentId: 'conn-db', componentName: 'Orders DB', field: 'user', action: 'changed', from: 'orders', to: '${DB_USER}' })
    expect(result.changes[2]).toEqual(expect.objectContaining({ field: 'url', from: 'jdbc:postgresql://db.old:5432/orders', to: 'jdbc:x' }))
    expect(result.secrets).toEqual(['pw-from-env', 'literal-secret'])
    expect(sentField(result.request, 'conn-db', 'user')).toEqual(expect.objectContaining({ value: 'user-from-env' }))
  })
})

describe('verifyExtensions', () => {
  const file = { connections: { 'Orders DB': { url: 'jdbc:new', password: 'pw' } }, processProperties: { 'Orders Settings': { 'Batch Size': '500' } } }

  it('passes when the read after the write holds the plan', () => {
    const result = plan(file)
    expect(verifyExtensions(boomiUpdate(current, result.request!), result)).toEqual([])
  })

  it('catches an untouched field that was reset and a value that did not take', () => {
    const result = plan(file)
    const after = boomiUpdate(current, result.request!)
    const db = after.connections!.connection[0]!
    db.field[1] = { ...db.field[1]!, useDefault: true, value: undefined } // user: override lost
    db.field[0] = { ...db.field[0]!, value: 'jdbc:old' } // url: wrong value
    after.processProperties!.ProcessProperty[0]!.ProcessPropertyValue[0]!.value = '50'
    expect(verifyExtensions(after, result)).toEqual([
      { section: 'connections', component: 'Orders DB', field: 'url', expected: 'jdbc:new', actual: 'jdbc:old' },
      { section: 'connections', component: 'Orders DB', field: 'user', expected: 'orders', actual: '(default)' },
      { section: 'processProperties', component: 'Orders Settings', field: 'Batch Size', expected: '500', actual: '50' }
    ])
  })

  it('catches encrypted values lost or not set, and a broken full write that dropped the rest', () => {
    const result = plan(file)
    // A naive write-back: only the named field, as a full update.
    const naive: EnvironmentExtensionsUpdate = {
      id: 'env-test',
      partial: false,
      connections: { connection: [{ id: 'conn-db', name: 'Orders DB', field: [{ id: 'url', value: 'jdbc:new', useDefault: false }] }] }
    }
    const mismatches = verifyExtensions(boomiUpdate(current, naive), result)
    expect(mismatches).toContainEqual({ section: 'connections', component: 'Partner FTP', field: 'host', expected: 'ftp.partner.test', actual: '(default)' })
    expect(mismatches).toContainEqual({ section: 'properties', component: 'region', field: 'value', expected: 'us-east-1', actual: '(unset)' })
    expect(mismatches).toContainEqual({ section: 'crossReferences', component: 'Country Codes', field: 'rows', expected: '[["US","USA"],["FR","FRA"]]', actual: "(component's own rows)" })

    const after = boomiUpdate(current, result.request!)
    const gw = after.sharedCommunications!.sharedCommunication[0]!
    gw.field[1] = { ...gw.field[1]!, useDefault: true, encryptedValueSet: false } // untouched secret wiped
    after.connections!.connection[0]!.field[2]!.encryptedValueSet = false // named secret not stored
    expect(verifyExtensions(after, result)).toEqual([
      { section: 'connections', component: 'Orders DB', field: 'password', expected: '(override, encrypted value set)', actual: '(override, no encrypted value)' },
      { section: 'sharedCommunications', component: 'Partner Gateway', field: 'http-password', expected: '(override, encrypted value set)', actual: '(default, no encrypted value)' }
    ])
  })

  it('shows a value that came from ${VAR} as written, and Boomi\'s value as it is', () => {
    const result = plan({ connections: { 'Orders DB': { user: 'user-from-env' } } }, { shownAs: (path) => (path.at(-1) === 'user' ? '${DB_USER}' : undefined) })
    const after = boomiUpdate(current, result.request!)
    after.connections!.connection[0]!.field[1]!.value = 'someone-else'
    expect(verifyExtensions(after, result)).toEqual([
      { section: 'connections', component: 'Orders DB', field: 'user', expected: '${DB_USER}', actual: 'someone-else' }
    ])
  })

  it('never shows an encrypted value in a mismatch', () => {
    const result = plan({ connections: { 'Orders DB': { password: 'pw-literal' } } })
    const after = boomiUpdate(current, result.request!)
    after.connections!.connection[0]!.field[2]!.encryptedValueSet = false
    expect(JSON.stringify(verifyExtensions(after, result))).not.toContain('pw-literal')
    expect(REDACTED).toBe('<redacted>')
  })

  it('does not take a process property value Boomi starts returning after the write for a change', () => {
    const result = plan({ processProperties: { 'Orders Settings': { 'Batch Size': '500' } } })
    const after = boomiUpdate(current, result.request!)
    after.processProperties!.ProcessProperty[0]!.ProcessPropertyValue[3]!.value = 'fast' // Mode: now saved, so returned
    expect(verifyExtensions(after, result)).toEqual([])
  })

  it('reports an item that is no longer extensible', () => {
    const result = plan({})
    const after = environmentExtensionsSchema.parse({ ...currentRaw, operations: undefined })
    expect(verifyExtensions(after, result)).toEqual([
      { section: 'operations', component: 'Orders Query', field: 'ObjectName', expected: 'orders', actual: '(no longer extensible)' }
    ])
  })
})

describe('environmentExtensionsSchema', () => {
  it('reads lone objects as lists and string booleans as booleans, keeping unknown keys', () => {
    const ftp = current.connections?.connection[1]
    expect(ftp?.field).toEqual([{ '@type': 'Field', id: 'host', value: 'ftp.partner.test', useDefault: false, usesEncryption: false, encryptedValueSet: false }])
    expect(current.crossReferences?.crossReference[0]?.overrideValues).toBe(true)
    expect(current.crossReferences?.crossReference[0]?.CrossReferenceRows?.row[0]).toEqual({ '@type': 'CrossReferenceRow', ref1: 'US', ref2: 'USA' })
  })

  it('refuses an item without an ID rather than dropping it from a full update', () => {
    const result = environmentExtensionsSchema.safeParse({ id: 'e', connections: { connection: { name: 'x', field: [] } } })
    expect(result.success).toBe(false)
  })
})

describe('starterExtensions (what a dry run shows can be set)', () => {
  /** What the loader does to the file: ${NAME} from the environment, $${ a literal ${. */
  function expand(value: unknown): unknown {
    if (typeof value === 'string') return value.replace(/\$\$\{|\$\{([A-Z0-9_]+)\}/g, (_m, name: string | undefined) => (name ? `secret-${name}` : '${'))
    if (Array.isArray(value)) return value.map(expand)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v)]))
    return value
  }

  it('lists every slot by the names the planner resolves; applied unedited it sets only the encrypted fields', () => {
    const { file, placeholders } = starterExtensions(current)
    expect(placeholders).toEqual(expect.arrayContaining(['ORDERS_DB_PASSWORD']))
    expect(file.connections).toEqual(expect.objectContaining({ 'Orders DB': expect.objectContaining({ url: 'jdbc:postgresql://db.old:5432/orders', password: '${ORDERS_DB_PASSWORD}', maxConnections: null }) }))
    const parsed = extensionsFileSchema.parse(expand(file))
    const result = plan(parsed)
    const changed = result.changes.filter((c) => c.action !== 'unchanged')
    expect(changed.map((c) => c.action)).toEqual(placeholders.map(() => 'set-encrypted'))
    expect(result.changes.length).toBeGreaterThan(placeholders.length)
  })

  it('writes a literal ${ as $${, so the loader does not read it as a variable', () => {
    const withDollar = environmentExtensionsSchema.parse({ id: 'e', properties: { property: [{ name: 'template', value: 'Hello ${name}' }] } })
    expect(starterExtensions(withDollar).file).toEqual({ properties: { template: 'Hello $${name}' } })
  })
})

describe('closestNames', () => {
  it('puts a near miss and a containing name first', () => {
    expect(closestNames('Nightly Order Sync', ['Weekly Cleanup', 'Nightly Orders Sync', 'Orders Listener', 'Nightly Orders Sync v2'], 2)).toEqual([
      'Nightly Orders Sync',
      'Nightly Orders Sync v2'
    ])
  })
})

describe('cross-reference rows', () => {
  // Boomi tables have up to 20 columns: the last one counts like the first.
  const wide = (last: string) => [['US', ...Array.from({ length: 18 }, () => ''), last]]
  const withWideRow = (last: string) => {
    const raw = structuredClone(currentRaw)
    raw.crossReferences.crossReference[0]!.CrossReferenceRows.row = [{ '@type': 'CrossReferenceRow', ref1: 'US', ref20: last } as never]
    return environmentExtensionsSchema.parse(raw)
  }

  it('compare the 20th column', () => {
    const changed = plan({ crossReferences: { 'Country Codes': { rows: wide('new') } } }, { current: withWideRow('old') })
    expect(changed.changes.find((c) => c.componentName === 'Country Codes')?.action).toBe('changed')
    const same = plan({ crossReferences: { 'Country Codes': { rows: wide('old') } } }, { current: withWideRow('old') })
    expect(same.changes.find((c) => c.componentName === 'Country Codes')?.action).toBe('unchanged')
  })
})
