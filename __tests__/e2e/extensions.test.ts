// Environment extensions, run as a GitHub runner runs the bundled action, against the fake Boomi:
// the user's values are overlaid on the environment's current set and nothing else changes.
// The fake keeps an internal model (defaults, overrides and the stored secrets of encrypted
// fields) with Boomi's full-update semantics, so the assertions compare that whole model.
import { extensionField, processPropertyValue } from '../fake-boomi/server.mjs'
import { EXT_VALUES } from '../fake-boomi/sample-account.mjs'
import { baseInputs, changesSince, IDS, result, runAction, sampleAccount, startFakeBoomi, visibleExceptMaskCommands, type Fake, type Run } from './harness.js'

// Bodies of logged requests are parsed JSON of no fixed type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report's sections are JSON of no fixed type here
type Json = any

type Model = Fake['state']['extensions'][string]

const TEST = IDS.env.TEST
const PROD = IDS.env.PROD
const SECRET = 'n3w-Db-S3cret-7Qx'
const NEW_URL = 'jdbc:postgresql://db2.test.acme.example:5432/orders'
const NEW_GATEWAY = 'https://gateway2.partner.example/as2'

let fake: Fake
beforeEach(async () => {
  fake = await startFakeBoomi(sampleAccount())
})
afterEach(async () => {
  await fake.close()
})

/** One value changed in every kind of section; the password comes from the step's environment. */
const CHANGES_YAML = `# extensions for TEST
connections:
  Orders DB:
    url: ${NEW_URL}
    password: \${ORDERS_DB_PASSWORD}
operations:
  Orders Query:
    ObjectName: orders_v2
processProperties:
  Orders Settings:
    Batch Size: 250
properties:
  region: eu-west
sharedCommunications:
  Partner Gateway:
    http-url: ${NEW_GATEWAY}
crossReferences:
  Country Codes:
    rows:
      - [DE, Germany]
      - [FR, France]
      - [IT, Italy]
tradingPartners:
  Acme Retail:
    as2:
      as2identity-encryptAlias: acme-test-encrypt-2
`

/** Deploys Nightly Orders Sync and Orders Listener (which makes 'Partner FTP' extensible) to TEST. */
function deployInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...baseInputs(fake),
    'component-ids': `${IDS.component.nightly}\n${IDS.component.listener}`,
    'package-version': '1.0',
    environment: 'TEST',
    extensions: 'extensions.yml',
    ...extra
  }
}

function runWith(yaml: string, extra: Record<string, string> = {}, env: Record<string, string> = { ORDERS_DB_PASSWORD: SECRET }): Promise<Run> {
  return runAction({ inputs: deployInputs(extra), files: { 'extensions.yml': yaml }, env })
}

function model(envId: string = TEST): Model {
  return fake.state.extensions[envId]!
}

/** The logged bodies of the extension writes (POST /EnvironmentExtensions/{id}). */
function extensionWrites(): Json[] {
  return fake
    .changingRequests()
    .filter((r) => r.path.startsWith('/EnvironmentExtensions/'))
    .map((r) => r.body)
}

function field(m: Model, section: 'connections' | 'operations' | 'sharedCommunications', holder: string, id: string) {
  const f = extensionField(m, section, holder, id)
  if (!f) throw new Error(`no field ${section} › ${holder} › ${id}`)
  return f
}

function ppValue(m: Model, component: string, label: string) {
  const v = processPropertyValue(m, component, label)
  if (!v) throw new Error(`no process property value ${component} › ${label}`)
  return v
}

function partnerField(m: Model, partner: string, category: string, id: string) {
  const f = m.tradingPartners.find((p) => p.name === partner)?.categories.find((c) => c.id === category)?.fields.find((x) => x.id === id)
  if (!f) throw new Error(`no trading partner field ${partner} › ${category} › ${id}`)
  return f
}

function property(m: Model, name: string) {
  const p = m.properties.find((x) => x.name === name)
  if (!p) throw new Error(`no dynamic property ${name}`)
  return p
}

/** TEST's model as it must read after CHANGES_YAML: the seed with exactly the named values changed. */
function expectedAfterChanges(before: Model): Model {
  const m = structuredClone(before)
  field(m, 'connections', 'Orders DB', 'url').override = NEW_URL
  field(m, 'connections', 'Orders DB', 'password').secret = SECRET
  field(m, 'operations', 'Orders Query', 'ObjectName').override = 'orders_v2'
  ppValue(m, 'Orders Settings', 'Batch Size').override = '250'
  property(m, 'region').override = 'eu-west'
  field(m, 'sharedCommunications', 'Partner Gateway', 'http-url').override = NEW_GATEWAY
  m.crossReferences.find((x) => x.name === 'Country Codes')!.override = [
    { ref1: 'DE', ref2: 'Germany' },
    { ref1: 'FR', ref2: 'France' },
    { ref1: 'IT', ref2: 'Italy' }
  ]
  partnerField(m, 'Acme Retail', 'as2', 'as2identity-encryptAlias').override = 'acme-test-encrypt-2'
  return m
}

/** For the fetch-based checks of the fake itself. */
function apiHeaders(): Record<string, string> {
  return { Authorization: fake.authorization, Accept: 'application/json', 'Content-Type': 'application/json' }
}

test('a file changing one value in every section changes exactly those values in TEST, and nothing in PROD', async () => {
  const before = structuredClone(fake.state.extensions)
  const run = await runWith(CHANGES_YAML)
  expect(run.code).toBe(0)
  expect(result(run).components.map((c) => c.deployment)).toEqual(['deployed', 'deployed'])

  // The named values.
  const after = model()
  expect(field(after, 'connections', 'Orders DB', 'url').override).toBe(NEW_URL)
  expect(field(after, 'connections', 'Orders DB', 'password').secret).toBe(SECRET)
  expect(field(after, 'operations', 'Orders Query', 'ObjectName').override).toBe('orders_v2')
  expect(ppValue(after, 'Orders Settings', 'Batch Size').override).toBe('250')
  expect(property(after, 'region').override).toBe('eu-west')
  expect(field(after, 'sharedCommunications', 'Partner Gateway', 'http-url').override).toBe(NEW_GATEWAY)
  expect(after.crossReferences[0]!.override).toEqual([
    { ref1: 'DE', ref2: 'Germany' },
    { ref1: 'FR', ref2: 'France' },
    { ref1: 'IT', ref2: 'Italy' }
  ])
  expect(partnerField(after, 'Acme Retail', 'as2', 'as2identity-encryptAlias').override).toBe('acme-test-encrypt-2')

  // Untouched encrypted values keep their stored secret: they were left out of the full update.
  expect(field(after, 'connections', 'Partner FTP', 'password').secret).toBe(EXT_VALUES.TEST.ftpPassword)
  expect(ppValue(after, 'Orders Settings', 'API Key').secret).toBe(EXT_VALUES.TEST.apiKey)
  const writes = extensionWrites()
  expect(writes).toHaveLength(1)
  const body = writes[0]
  expect(body.partial).toBe(false)
  // 'Partner FTP' became extensible through the listener deployed by this very run: it is in the write.
  const ftp = body.connections.connection.find((c: Json) => c.name === 'Partner FTP')
  expect(ftp.field.map((f: Json) => f.id)).toEqual(['host', 'port'])
  const settings = body.processProperties.ProcessProperty.find((p: Json) => p.name === 'Orders Settings')
  expect(settings.ProcessPropertyValue.map((v: Json) => v.label)).toEqual(['Batch Size', 'Mode'])

  // The secret from ${ORDERS_DB_PASSWORD} is masked, and shows nowhere else.
  expect(run.stdout).toContain(`::add-mask::${SECRET}`)
  expect(visibleExceptMaskCommands(run)).not.toContain(SECRET)

  // The result output names the changes, never a value.
  const report = result(run) as Json
  expect(report.extensions.status).toBe('written')
  expect(report.extensions.mode).toBe('full')
  expect(report.extensions.changes.map((c: Json) => [c.section, c.componentName, c.field, c.action])).toEqual([
    ['connections', 'Orders DB', 'url', 'changed'],
    ['connections', 'Orders DB', 'password', 'set-encrypted'],
    ['operations', 'Orders Query', 'ObjectName', 'changed'],
    ['sharedCommunications', 'Partner Gateway', 'http-url', 'changed'],
    ['tradingPartners', 'Acme Retail', 'as2 › as2identity-encryptAlias', 'changed'],
    ['processProperties', 'Orders Settings', 'Batch Size', 'changed'],
    ['properties', 'region', 'value', 'changed'],
    ['crossReferences', 'Country Codes', 'rows', 'changed']
  ])
  for (const change of report.extensions.changes) {
    expect(Object.keys(change).sort()).toEqual(['action', 'componentId', 'componentName', 'field', 'section'])
  }
  for (const value of [NEW_URL, EXT_VALUES.TEST.ordersDbUrl, 'orders_v2', 'orders_test', NEW_GATEWAY, 'eu-west', 'acme-test-encrypt-2', 'Italy', SECRET]) {
    expect(run.outputs.result).not.toContain(value)
    expect(result(run).status).toBeDefined()
  }

  // PROD is untouched, and in TEST every value the file does not name keeps its exact state
  // (override or default, stored secrets included): the whole internal model is compared.
  expect(model(PROD)).toEqual(before[PROD])
  expect(after).toEqual(expectedAfterChanges(before[TEST]!))
})

test('the secret of ${VAR} is masked, and never logged even with step debug logging on', async () => {
  const run = await runWith(CHANGES_YAML, {}, { ORDERS_DB_PASSWORD: SECRET, RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' })
  expect(run.code).toBe(0)
  expect(field(model(), 'connections', 'Orders DB', 'password').secret).toBe(SECRET)
  const maskLines = run.stdout.split('\n').filter((line) => line.includes(SECRET))
  expect(maskLines).toEqual([`::add-mask::${SECRET}`])
  expect(visibleExceptMaskCommands(run)).not.toContain(SECRET)
})

test('an unknown connection name fails naming it, before the deploy: nothing is changed', async () => {
  const yaml = CHANGES_YAML.replace('  Orders DB:\n', '  Orders DBX:\n')
  const run = await runWith(yaml)
  expect(run.code).not.toBe(0)
  expect(run.stdout).toMatch(/::error( [^:]*)?::.*connections › 'Orders DBX' is not extensible in environment TEST\. Extensible connections: 'Orders DB'/)
  expect(run.stdout).toMatch(/::error file=extensions\.yml,line=3::Input 'extensions' \(extensions\.yml:3\): connections › 'Orders DBX'/)
  expect(run.stdout).toMatch(/Nothing was changed in Boomi/)
  expect(fake.changingRequests()).toHaveLength(0)
  expect(fake.state.packages).toHaveLength(0)
  expect(fake.state.deployments).toHaveLength(0)
  expect(result(run).status).toBe('failed')
})

test('an unset ${VAR} fails naming the variable and where it is used, before any request', async () => {
  const run = await runWith(CHANGES_YAML, {}, {})
  expect(run.code).not.toBe(0)
  expect(run.stdout).toMatch(/::error( [^:]*)?::Input 'extensions': extensions\.yml:5 uses \$\{ORDERS_DB_PASSWORD\}, but the environment variable ORDERS_DB_PASSWORD is not set/)
  expect(fake.changingRequests()).toHaveLength(0)
  expect(fake.requests).toHaveLength(0)
})

test('a YAML syntax error fails naming the file and the line, before any request', async () => {
  const yaml = ['connections:', '  Orders DB:', `    url: ${NEW_URL}`, '   user: svc_orders', 'operations: {}', ''].join('\n')
  const run = await runWith(yaml)
  expect(run.code).not.toBe(0)
  expect(run.stdout).toMatch(/::error( [^:]*)?::Input 'extensions': extensions\.yml/)
  expect(run.stdout).toMatch(/is not valid YAML/)
  // The line of the mistake (line 4, the mis-indented key) is part of the message.
  expect(run.stdout).toMatch(/extensions\.yml:4\b/)
  expect(fake.changingRequests()).toHaveLength(0)
  expect(fake.requests).toHaveLength(0)
})

test('dry-run changes nothing and shows the plan (component, field, old → new) with the secret redacted', async () => {
  const before = structuredClone(fake.state.extensions)
  const run = await runWith(CHANGES_YAML, { 'dry-run': 'true' })
  expect(run.code).toBe(0)
  expect(fake.changingRequests()).toHaveLength(0)
  expect(fake.state.extensions).toEqual(before)

  const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`
  expect(run.summary).toMatch(/dry run/)
  expect(run.summary).toMatch(/Environment extensions — extensions\.yml \(full update\): planned/)
  expect(run.summary).toContain(row('connections', 'Orders DB', 'url', 'changed', `<code>${EXT_VALUES.TEST.ordersDbUrl}</code>`, `<code>${NEW_URL}</code>`))
  expect(run.summary).toContain(row('connections', 'Orders DB', 'password', 'set-encrypted', '—', '(encrypted)'))
  expect(run.summary).toContain(row('operations', 'Orders Query', 'ObjectName', 'changed', '<code>orders_test</code>', '<code>orders_v2</code>'))
  expect(run.summary).toContain(row('processProperties', 'Orders Settings', 'Batch Size', 'changed', '<code>10</code>', '<code>250</code>'))
  expect(run.summary).toContain(row('properties', 'region', 'value', 'changed', '<code>eu-test</code>', '<code>eu-west</code>'))
  expect(run.summary).toContain(
    row('sharedCommunications', 'Partner Gateway', 'http-url', 'changed', `<code>${EXT_VALUES.TEST.gatewayUrl}</code>`, `<code>${NEW_GATEWAY}</code>`)
  )
  expect(run.summary).toContain(
    row('tradingPartners', 'Acme Retail', 'as2 › as2identity-encryptAlias', 'changed', '<code>acme-test-encrypt</code>', '<code>acme-test-encrypt-2</code>')
  )
  expect(run.summary).toContain(row('crossReferences', 'Country Codes', 'rows', 'changed', '—', '<code>3 rows</code>'))
  expect(visibleExceptMaskCommands(run)).not.toContain(SECRET)
  expect((result(run) as Json).extensions.status).toBe('planned')
})

test('extensions-update: partial sends only what changes, and gives the same state as the full overlay', async () => {
  const before = structuredClone(fake.state.extensions)
  const run = await runWith(CHANGES_YAML, { 'extensions-update': 'partial' })
  expect(run.code).toBe(0)

  const writes = extensionWrites()
  expect(writes).toHaveLength(1)
  const body = writes[0]
  expect(body.partial).toBe(true)
  expect(body.id).toBe(TEST)
  const sections = Object.keys(body).filter((k) => !['id', 'environmentId', 'extensionGroupId', 'partial'].includes(k))
  // All eight sections, as the spec's schema requires; the one with nothing to change goes empty.
  expect(sections.sort()).toEqual(
    ['PGPCertificates', 'connections', 'crossReferences', 'operations', 'processProperties', 'properties', 'sharedCommunications', 'tradingPartners'].sort()
  )
  expect(body.PGPCertificates).toEqual({ PGPCertificate: [] })
  // Only the named items, and in them only the named fields.
  const fieldsOf = (holders: Json[]) => holders.map((h: Json) => [h.name, h.field.map((f: Json) => [f.id, f.value, f.useDefault])])
  expect(fieldsOf(body.connections.connection)).toEqual([['Orders DB', [['url', NEW_URL, false], ['password', SECRET, false]]]])
  expect(fieldsOf(body.operations.operation)).toEqual([['Orders Query', [['ObjectName', 'orders_v2', false]]]])
  expect(fieldsOf(body.sharedCommunications.sharedCommunication)).toEqual([['Partner Gateway', [['http-url', NEW_GATEWAY, false]]]])
  expect(body.tradingPartners.tradingPartner.map((p: Json) => [p.name, fieldsOf(p.category)])).toEqual([
    ['Acme Retail', [['AS2', [['as2identity-encryptAlias', 'acme-test-encrypt-2', false]]]]]
  ])
  expect(body.properties.property).toEqual([{ name: 'region', value: 'eu-west' }])
  expect(body.crossReferences.crossReference.map((x: Json) => [x.name, x.overrideValues, x.CrossReferenceRows.row])).toEqual([
    ['Country Codes', true, [{ ref1: 'DE', ref2: 'Germany' }, { ref1: 'FR', ref2: 'France' }, { ref1: 'IT', ref2: 'Italy' }]]
  ])
  // Boomi takes a process property component whole: its plain values go (Mode as on its default),
  // the encrypted 'API Key' nobody named does not.
  const settings = body.processProperties.ProcessProperty
  expect(settings.map((p: Json) => p.name)).toEqual(['Orders Settings'])
  expect(settings[0].ProcessPropertyValue.map((v: Json) => [v.label, v.value, v.useDefault])).toEqual([
    ['Batch Size', '250', false],
    ['Mode', undefined, true]
  ])

  expect(field(model(), 'connections', 'Partner FTP', 'password').secret).toBe(EXT_VALUES.TEST.ftpPassword)
  expect(ppValue(model(), 'Orders Settings', 'API Key').secret).toBe(EXT_VALUES.TEST.apiKey)
  expect(model(PROD)).toEqual(before[PROD])
  expect(model()).toEqual(expectedAfterChanges(before[TEST]!))
  expect((result(run) as Json).extensions.mode).toBe('partial')
  expect(visibleExceptMaskCommands(run)).not.toContain(SECRET)
})

test('a file whose values are already in place makes no extensions write', async () => {
  const before = structuredClone(fake.state.extensions)
  const yaml = `connections:
  Orders DB:
    url: ${EXT_VALUES.TEST.ordersDbUrl}
    user: null
operations:
  Orders Query:
    ObjectName: ${EXT_VALUES.TEST.objectName}
processProperties:
  Orders Settings:
    Batch Size: ${EXT_VALUES.TEST.batchSize}
    Mode: null
properties:
  region: ${EXT_VALUES.TEST.region}
crossReferences:
  Country Codes: null
tradingPartners:
  Acme Retail:
    as2:
      as2identity-encryptAlias: ${EXT_VALUES.TEST.encryptAlias}
`
  const run = await runWith(yaml)
  expect(run.code).toBe(0)
  // The deploy happened; the extensions were read, not written.
  expect(result(run).components.map((c) => c.deployment)).toEqual(['deployed', 'deployed'])
  expect(fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/EnvironmentExtensions/') && r.path !== '/EnvironmentExtensions/query')).toHaveLength(0)
  expect(extensionWrites()).toHaveLength(0)
  expect(fake.state.extensions).toEqual(before)
  const report = result(run) as Json
  expect(report.extensions.status).toBe('unchanged')
  expect(report.extensions.changes.map((c: Json) => c.action)).toEqual(Array(report.extensions.changes.length).fill('unchanged'))

  // A second run of the changing file, then the same file again: the plain values are in place,
  // but an encrypted value cannot be read back, so only a file naming one writes again.
  const first = await runWith(CHANGES_YAML.replace(/^ {4}password: .*\n/m, ''))
  expect(first.code).toBe(0)
  const since = fake.requests.length
  const again = await runWith(CHANGES_YAML.replace(/^ {4}password: .*\n/m, ''))
  expect(again.code).toBe(0)
  expect(changesSince(fake, since)).toBe(0)
  expect((result(again) as Json).extensions.status).toBe('unchanged')
})

test('null resets a value to its default (useDefault), never to an empty string', async () => {
  const yaml = `connections:
  Orders DB:
    url: null
    password: null
operations:
  Orders Query:
    ObjectName: null
processProperties:
  Orders Settings:
    Batch Size: null
sharedCommunications:
  Partner Gateway:
    http-url: null
tradingPartners:
  Acme Retail:
    as2:
      as2identity-encryptAlias: null
properties:
  region: null
`
  const run = await runWith(yaml)
  expect(run.code).toBe(0)
  const m = model()
  expect(field(m, 'connections', 'Orders DB', 'url').override).toBeNull()
  expect(field(m, 'connections', 'Orders DB', 'password').secret).toBeNull()
  expect(field(m, 'operations', 'Orders Query', 'ObjectName').override).toBeNull()
  expect(ppValue(m, 'Orders Settings', 'Batch Size').override).toBeNull()
  expect(field(m, 'sharedCommunications', 'Partner Gateway', 'http-url').override).toBeNull()
  expect(partnerField(m, 'Acme Retail', 'as2', 'as2identity-encryptAlias').override).toBeNull()
  expect(property(m, 'region').override).toBeNull()
  // Untouched values keep theirs.
  expect(field(m, 'connections', 'Partner FTP', 'host').override).toBe(EXT_VALUES.TEST.ftpHost)
  expect(field(m, 'connections', 'Partner FTP', 'password').secret).toBe(EXT_VALUES.TEST.ftpPassword)
  expect(ppValue(m, 'Orders Settings', 'API Key').secret).toBe(EXT_VALUES.TEST.apiKey)

  // On the wire: useDefault true and no value at all (not "").
  const body = extensionWrites()[0]
  const sent = body.connections.connection.find((c: Json) => c.name === 'Orders DB').field
  expect(sent.find((f: Json) => f.id === 'url')).toMatchObject({ useDefault: true })
  expect(sent.find((f: Json) => f.id === 'url')).not.toHaveProperty('value')
  expect(sent.find((f: Json) => f.id === 'password')).toMatchObject({ useDefault: true })
  expect(sent.find((f: Json) => f.id === 'password')).not.toHaveProperty('value')
  const batch = body.processProperties.ProcessProperty[0].ProcessPropertyValue.find((v: Json) => v.label === 'Batch Size')
  expect(batch).toMatchObject({ useDefault: true })
  expect(batch).not.toHaveProperty('value')

  const actions = (result(run) as Json).extensions.changes.map((c: Json) => [c.componentName, c.field, c.action])
  expect(actions).toContainEqual(['Orders DB', 'url', 'reset'])
  expect(actions).toContainEqual(['Orders Settings', 'Batch Size', 'reset'])
})

test('the fake implements full-set semantics: a full update that omits a plain field resets it', async () => {
  // This is what makes the exact-state assertions above meaningful: an overlay that dropped an
  // untouched value would show up as a changed model.
  const url = `${fake.accountUrl}/EnvironmentExtensions/${TEST}`
  const read = await fetch(url, { headers: apiHeaders() })
  expect(read.status).toBe(200)
  const current: Json = await read.json()
  const ordersDb = current.connections.connection.find((c: Json) => c.name === 'Orders DB')
  expect(ordersDb.field.find((f: Json) => f.id === 'url').value).toBe(EXT_VALUES.TEST.ordersDbUrl)

  // Echo the whole set without Boomi's "@type" tags (as a correct overlay does), but leave out one plain field: 'Orders DB' url.
  ordersDb.field = ordersDb.field.filter((f: Json) => f.id !== 'url')
  const write = await fetch(url, { method: 'POST', headers: apiHeaders(), body: JSON.stringify({ ...current, partial: false }, (key, value: unknown) => (key === '@type' ? undefined : value)) })
  expect(write.status).toBe(200)

  expect(field(model(), 'connections', 'Orders DB', 'url').override).toBeNull() // reset to its default
  // What was echoed kept its value; an omitted encrypted field keeps its secret.
  expect(field(model(), 'operations', 'Orders Query', 'ObjectName').override).toBe(EXT_VALUES.TEST.objectName)
  expect(ppValue(model(), 'Orders Settings', 'Batch Size').override).toBe(EXT_VALUES.TEST.batchSize)
  expect(field(model(), 'connections', 'Orders DB', 'password').secret).toBe(EXT_VALUES.TEST.ordersDbPassword)
  const after: Json = await (await fetch(url, { headers: apiHeaders() })).json()
  const urlAfter = after.connections.connection.find((c: Json) => c.name === 'Orders DB').field.find((f: Json) => f.id === 'url')
  expect(urlAfter.useDefault).toBe(true)
  expect(urlAfter).not.toHaveProperty('value')
})
