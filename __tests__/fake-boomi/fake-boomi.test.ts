// Tests of the fake Boomi server itself (global fetch against a live instance).
import { checkAnswer } from '../contract/openapi.mjs'
import { startFakeBoomi, extensionField, processPropertyValue } from './server.mjs'
import type { FakeBoomi, FakeBoomiOptions } from './server.mjs'
import { sampleAccount, manyComponents, withDeploymentHistory, IDS, EXT_VALUES } from './sample-account.mjs'

type Json = any // eslint-disable-line @typescript-eslint/no-explicit-any

let fake: FakeBoomi

async function start(options: FakeBoomiOptions = {}, seed = sampleAccount()): Promise<FakeBoomi> {
  fake = await startFakeBoomi(seed, options)
  return fake
}

afterEach(async () => {
  await fake?.close()
})

// The fake answers as Boomi documents: every 2xx answer it gave in these tests follows the OpenAPI
// document (the requests here are the tests' own, some deliberately wrong, so only answers count).
afterEach(() => {
  // The legacy `/{id}/update` form (older docs, reference tools) is not in the current spec.
  const answers = (fake?.requests ?? []).filter((r) => r.status >= 200 && r.status < 300 && !r.path.endsWith('/update'))
  expect(answers.flatMap((r) => checkAnswer(r.method, r.path, r.answer))).toEqual([])
})

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: fake.authorization, Accept: 'application/json', 'Content-Type': 'application/json', ...extra }
}

async function call(
  method: string,
  path: string,
  body?: unknown,
  extra: Record<string, string> = {}
): Promise<{ status: number; json: Json; text: string; res: Response }> {
  const res = await fetch(`${fake.accountUrl}${path}`, {
    method,
    headers: headers(extra),
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await res.text()
  let json: Json
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: res.status, json, text, res }
}

const post = (path: string, body?: unknown, extra?: Record<string, string>) => call('POST', path, body, extra)
const get = (path: string) => call('GET', path)

const eq = (property: string, value: string | boolean) => ({ property, operator: 'EQUALS', argument: [value] })
const and = (...nestedExpression: unknown[]) => ({ operator: 'and', nestedExpression })
const or = (...nestedExpression: unknown[]) => ({ operator: 'or', nestedExpression })
const q = (expression: unknown) => ({ QueryFilter: { expression } })

async function createPackage(componentId: string, packageVersion?: string): Promise<Json> {
  const r = await post('/PackagedComponent', { componentId, ...(packageVersion ? { packageVersion } : {}) })
  expect(r.status).toBe(200)
  return r.json
}

async function deploy(environmentId: string, packageId: string): Promise<Json> {
  const r = await post('/DeployedPackage', { environmentId, packageId })
  expect(r.status).toBe(200)
  return r.json
}

describe('authentication, account, headers, errors', () => {
  test('401 on bad or missing credentials, logged', async () => {
    await start()
    const bad = await fetch(`${fake.accountUrl}/Environment/query`, {
      method: 'POST',
      headers: headers({ Authorization: `Basic ${Buffer.from('BOOMI_TOKEN.ci@acme.example:wrong').toString('base64')}` }),
      body: '{}'
    })
    expect(bad.status).toBe(401)
    expect(bad.headers.get('content-type')).toBe('application/json')
    const body = (await bad.json()) as Json
    expect(body['@type']).toBe('Error')
    expect(typeof body.message).toBe('string')

    const none = await fetch(`${fake.accountUrl}/Environment/${IDS.env.TEST}`, { headers: { Accept: 'application/json' } })
    expect(none.status).toBe(401)
    expect(fake.requests.map((r) => r.status)).toEqual([401, 401])
  })

  test('auth is checked before the rate limit', async () => {
    await start({ rateLimit: 1 })
    expect((await get(`/Environment/${IDS.env.TEST}`)).status).toBe(200)
    const bad = await call('GET', `/Environment/${IDS.env.TEST}`, undefined, { Authorization: 'Basic eDp5' })
    expect(bad.status).toBe(401)
    expect((await get(`/Environment/${IDS.env.TEST}`)).status).toBe(503)
  })

  test('403 for another account id', async () => {
    await start()
    const res = await fetch(`${fake.baseUrl}/other-XYZ/Environment/query`, { method: 'POST', headers: headers(), body: '{}' })
    expect(res.status).toBe(403)
    expect(((await res.json()) as Json).message).toMatch(/denied/i)
  })

  test('406 with an XML error body without Accept: application/json', async () => {
    await start()
    const res = await fetch(`${fake.accountUrl}/Environment/query`, {
      method: 'POST',
      headers: { Authorization: fake.authorization, 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(res.status).toBe(406)
    expect(res.headers.get('content-type')).toBe('application/xml')
    expect(await res.text()).toMatch(/^<error><message>.+<\/message><\/error>$/)
  })

  test('error shapes, 404 unknown route, 400 malformed JSON, 400 unknown id', async () => {
    await start({ errorShape: 'nested' })
    const unknown = await post('/NoSuchObject/query', {})
    expect(unknown.status).toBe(404)
    expect(unknown.json.error.message).toMatch(/Unknown endpoint/)
    const malformed = await post('/Environment/query', '{"QueryFilter":')
    expect(malformed.status).toBe(400)
    expect(malformed.json.error.message).toMatch(/Malformed JSON/)
    const missing = await get('/Environment/nope')
    expect(missing.status).toBe(400)
    await fake.close()

    await start({ errorShape: 'message' })
    const r = await post('/PackagedComponent', {})
    expect(r.status).toBe(400)
    expect(r.json).toEqual({ message: 'componentId is required' })
  })
})

describe('queries', () => {
  test('nested and/or groups and LIKE', async () => {
    await start()
    const r = await post(
      '/ComponentMetadata/query',
      q(
        and(
          eq('currentVersion', 'true'),
          eq('deleted', false),
          or(
            { property: 'name', operator: 'LIKE', argument: ['Orders%'] },
            and(eq('type', 'process'), { property: 'name', operator: 'LIKE', argument: ['%Sync'] })
          )
        )
      )
    )
    expect(r.status).toBe(200)
    expect(r.json['@type']).toBe('QueryResult')
    const names = r.json.result.map((x: Json) => x.name).sort()
    // The deleted 'Nightly Orders Sync' namesake is gone; the two live 'Orders Sync' both match.
    expect(names).toEqual(['Nightly Orders Sync', 'Orders API', 'Orders DB', 'Orders Listener', 'Orders Query', 'Orders Settings', 'Orders Sync', 'Orders Sync'])
    expect(r.json.result.every((x: Json) => x['@type'] === 'ComponentMetadata' && x.currentVersion === true)).toBe(true)
  })

  test('ComponentMetadata query returns every revision, deleted ones included', async () => {
    await start()
    const r = await post('/ComponentMetadata/query', q(eq('componentId', IDS.component.legacyExport)))
    expect(r.json.numberOfResults).toBe(4)
    expect(r.json.result.filter((x: Json) => x.deleted).map((x: Json) => x.version)).toEqual([4])
    const latest = await get(`/ComponentMetadata/${IDS.component.nightly}`)
    expect(latest.json).toMatchObject({ '@type': 'ComponentMetadata', version: 12, currentVersion: true })
    const rev = await get(`/ComponentMetadata/${IDS.component.nightly}~3`)
    expect(rev.json).toMatchObject({ version: 3, currentVersion: false })
  })

  test('invalid property, operator, argument count and group operator → 400', async () => {
    await start()
    const badProp = await post('/PackagedComponent/query', q(eq('colour', 'red')))
    expect(badProp.status).toBe(400)
    expect(badProp.json.message).toContain('colour')
    expect((await post('/Environment/query', q({ property: 'name', operator: 'STARTS_WITH', argument: ['T'] }))).status).toBe(400)
    expect((await post('/Environment/query', q({ property: 'name', operator: 'BETWEEN', argument: ['A'] }))).status).toBe(400)
    expect((await post('/Environment/query', q({ operator: 'AND', nestedExpression: [eq('name', 'TEST')] }))).status).toBe(400)
    expect((await post('/Atom/query', q({ property: 'name', operator: 'LIKE', argument: ['%'] }))).status).toBe(400)
    expect((await post('/ComponentMetadata/query', q(eq('version', '2')))).status).toBe(400)
  })

  test('empty match, omitted filter, other objects', async () => {
    await start()
    const none = await post('/Environment/query', q(eq('name', 'STAGE')))
    expect(none.json).toEqual({ '@type': 'QueryResult', numberOfResults: 0 })
    expect((await post('/Environment/query', {})).json.numberOfResults).toBe(2)
    expect((await post('/Environment/query')).json.numberOfResults).toBe(2)
    const att = await post('/EnvironmentAtomAttachment/query', q(eq('environmentId', IDS.env.TEST)))
    expect(att.json.result.map((a: Json) => a.atomId).sort()).toEqual([IDS.atom.test1, IDS.atom.test2].sort())
    const atoms = await post('/Atom/query', q({ property: 'name', operator: 'CONTAINS', argument: ['TEST'] }))
    expect(atoms.json.numberOfResults).toBe(2)
  })

  test('paging: pageSize 2 over 5 results via raw-token queryMore', async () => {
    await start({ pageSize: 2 })
    const filter = q(
      and(eq('componentId', IDS.component.nightly), { property: 'version', operator: 'LESS_THAN_OR_EQUAL', argument: ['5'] })
    )
    const first = await post('/ComponentMetadata/query', filter)
    // The whole query's total, not the page's size.
    expect(first.json.numberOfResults).toBe(5)
    expect(first.json.result).toHaveLength(2)
    const token: string = first.json.queryToken
    expect(token).toMatch(/\+/)
    expect(token).toMatch(/\//)
    expect(token).toMatch(/=/)

    // a JSON-wrapped or form-encoded token is rejected
    expect((await post('/ComponentMetadata/queryMore', JSON.stringify(token))).status).toBe(400)
    expect((await post('/ComponentMetadata/queryMore', encodeURIComponent(token))).status).toBe(400)
    expect((await post('/ComponentMetadata/queryMore', { queryToken: token })).status).toBe(400)
    // a token of another object type is rejected
    expect((await post('/PackagedComponent/queryMore', token)).status).toBe(400)

    const versions: number[] = first.json.result.map((x: Json) => x.version)
    let next: string | undefined = token
    let pages = 1
    while (next) {
      const page = await post('/ComponentMetadata/queryMore', next, { 'Content-Type': 'text/plain' })
      expect(page.status).toBe(200)
      versions.push(...page.json.result.map((x: Json) => x.version))
      next = page.json.queryToken
      pages++
    }
    expect(pages).toBe(3)
    expect(versions).toEqual([1, 2, 3, 4, 5])

    fake.expireQueryTokens()
    expect((await post('/ComponentMetadata/queryMore', token)).status).toBe(400)
  })

  test('bulk GET: per-item 400 for unknown ids, max 100', async () => {
    await start()
    const r = await post('/ComponentMetadata/bulk', { type: 'GET', request: [{ id: IDS.component.nightly }, { id: 'nope' }] })
    expect(r.status).toBe(200)
    expect(r.json['@type']).toBe('BulkResult')
    // The documented shapes: a success is Result + statusCode only; an error names the id in other letter case.
    expect(r.json.response[0]).toEqual({ '@type': 'BulkResponse', statusCode: 200, Result: expect.objectContaining({ name: 'Nightly Orders Sync' }) })
    expect(Object.keys(r.json.response[1]).sort()).toEqual(['@type', 'errorMessage', 'id', 'statusCode'])
    expect(r.json.response[1]).toMatchObject({ id: 'NOPE', statusCode: 400 })
    expect(r.json.response[1].errorMessage).toBeTruthy()
    const many = Array.from({ length: 101 }, () => ({ id: IDS.component.nightly }))
    expect((await post('/ComponentMetadata/bulk', { type: 'GET', request: many })).status).toBe(400)
  })
})

describe('packages and deployments', () => {
  test('create package, duplicate version 400, generated versions, invalid components', async () => {
    await start()
    const pkg = await createPackage(IDS.component.nightly, '1.4.0')
    expect(pkg).toMatchObject({
      '@type': 'PackagedComponent',
      packageVersion: '1.4.0',
      componentId: IDS.component.nightly,
      componentVersion: '12.0',
      componentType: 'process',
      createdBy: 'ci@acme.example',
      shareable: false
    })
    // As in the spec's example: the create answer carries neither notes nor deleted.
    expect(pkg).not.toHaveProperty('notes')
    expect(pkg).not.toHaveProperty('deleted')
    expect(pkg.packageId).toMatch(/^[0-9a-f-]{36}$/)
    expect(pkg.createdDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)

    const dup = await post('/PackagedComponent', { componentId: IDS.component.nightly, packageVersion: '1.4.0' })
    expect(dup.status).toBe(400)
    expect(dup.json.message).toMatch(/already exists/)
    expect(fake.state.packages).toHaveLength(1)

    expect((await createPackage(IDS.component.nightly)).packageVersion).toBe('2.0')
    expect((await createPackage(IDS.component.ordersApi)).packageVersion).toBe('1.0')
    expect((await post('/PackagedComponent', { componentId: IDS.component.ordersDb })).status).toBe(400)
    expect((await post('/PackagedComponent', { componentId: IDS.component.legacyExport })).status).toBe(400)
    expect((await post('/PackagedComponent', { componentId: 'nope' })).status).toBe(400)

    const found = await post('/PackagedComponent/query', q(and(eq('componentId', IDS.component.nightly), eq('packageVersion', '1.4.0'))))
    expect(found.json.result.map((p: Json) => p.packageId)).toEqual([pkg.packageId])
    // GET shows what the create answer left out.
    expect((await get(`/PackagedComponent/${pkg.packageId}`)).json).toEqual({ ...pkg, deleted: false })
  })

  test('deploy moves active to the newest deployment; already-active deploy 400', async () => {
    await start()
    const p1 = await createPackage(IDS.component.nightly, '1.0')
    const p2 = await createPackage(IDS.component.nightly, '2.0')
    const d1 = await deploy(IDS.env.TEST, p1.packageId)
    expect(d1).toMatchObject({ '@type': 'DeployedPackage', version: 1, active: true, packageVersion: '1.0', environmentId: IDS.env.TEST })
    const d2 = await deploy(IDS.env.TEST, p2.packageId)
    expect(d2).toMatchObject({ version: 2, active: true, componentId: IDS.component.nightly, deployedBy: 'ci@acme.example' })
    expect((await get(`/DeployedPackage/${d1.deploymentId}`)).json.active).toBe(false)

    const again = await post('/DeployedPackage', { environmentId: IDS.env.TEST, packageId: p2.packageId })
    expect(again.status).toBe(400)
    expect(again.json.message).toMatch(/already deployed/)

    // rollback to p1 is allowed; the same package can be active in PROD too
    expect((await deploy(IDS.env.TEST, p1.packageId)).version).toBe(3)
    await deploy(IDS.env.PROD, p1.packageId)
    const active = await post('/DeployedPackage/query', q(and(eq('componentId', IDS.component.nightly), eq('active', true))))
    expect(active.json.result.map((d: Json) => [d.environmentId, d.packageVersion]).sort()).toEqual(
      [
        [IDS.env.PROD, '1.0'],
        [IDS.env.TEST, '1.0']
      ].sort()
    )
    const byName = await post('/DeployedPackage/query', q(and(eq('environmentName', 'TEST'), eq('current', 'false'))))
    expect(byName.json.numberOfResults).toBe(2)

    expect((await post('/DeployedPackage', { environmentId: 'nope', packageId: p1.packageId })).status).toBe(400)
    expect((await post('/DeployedPackage', { environmentId: IDS.env.TEST, packageId: 'nope' })).status).toBe(400)
  })

  test('deploy by componentId packages the current revision first; undeploy', async () => {
    await start()
    const d = await post('/DeployedPackage', { environmentId: IDS.env.TEST, componentId: IDS.component.ordersApi, notes: 'n' })
    expect(d.status).toBe(200)
    expect(fake.state.packages).toHaveLength(1)
    expect(d.json).toMatchObject({ packageId: fake.state.packages[0]!.packageId, packageVersion: '1.0', componentType: 'webservice', notes: 'n' })
    const del = await call('DELETE', `/DeployedPackage/${d.json.deploymentId}`)
    expect(del.status).toBe(200)
    // What live clients report for a DELETE: the text {true}, not JSON.
    expect([del.text, del.json]).toEqual(['{true}', undefined])
    expect(fake.state.deployments[0]!.active).toBe(false)
    const again = await call('DELETE', `/DeployedPackage/${d.json.deploymentId}`)
    expect(again.status).toBe(400)
  })

  test('listenerStatus: a listener starts as asked, keeps its status on redeploy; anything but a process is refused', async () => {
    await start()
    const p1 = await createPackage(IDS.component.listener, '1.0')
    const p2 = await createPackage(IDS.component.listener, '2.0')
    const first = await post('/DeployedPackage', { environmentId: IDS.env.TEST, packageId: p1.packageId, listenerStatus: 'PAUSED' })
    expect(first.json.listenerStatus).toBe('PAUSED')
    const second = await post('/DeployedPackage', { environmentId: IDS.env.TEST, packageId: p2.packageId })
    expect(second.json.listenerStatus).toBe('PAUSED')
    const api = await createPackage(IDS.component.ordersApi, '1.0')
    const refused = await post('/DeployedPackage', { environmentId: IDS.env.TEST, packageId: api.packageId, listenerStatus: 'RUNNING' })
    expect(refused.status).toBe(400)
    expect(fake.state.deployments.filter((d) => d.componentId === IDS.component.ordersApi)).toEqual([])
  })

  test('withDeploymentHistory: active and inactive deployments of a component in one query, out of date order', async () => {
    await start({}, withDeploymentHistory())
    const r = await post('/DeployedPackage/query', q(and(eq('environmentId', IDS.env.PROD), eq('componentId', IDS.component.nightly))))
    expect(r.json.result.map((d: Json) => [d.packageVersion, d.active])).toEqual([
      ['1.1', false],
      ['1.2', true],
      ['1.0', false]
    ])
  })

  test('saveRevision: a new current revision; older packages and deployments keep the one they captured', async () => {
    await start({ componentVersionFormat: 'number' })
    const id = IDS.component.ordersApi
    const before = await createPackage(id, '1.0')
    expect(before.componentVersion).toBe(3)
    await deploy(IDS.env.TEST, before.packageId)
    expect(fake.saveRevision(id)).toBe(4)
    const latest = await get(`/ComponentMetadata/${id}`)
    expect(latest.json).toMatchObject({ version: 4, currentVersion: true })
    expect((await get(`/ComponentMetadata/${id}~3`)).json).toMatchObject({ version: 3, currentVersion: false })
    expect((await createPackage(id, '1.1')).componentVersion).toBe(4)
    expect((await get(`/PackagedComponent/${before.packageId}`)).json.componentVersion).toBe(3)
    const active = await post('/DeployedPackage/query', q(and(eq('environmentId', IDS.env.TEST), eq('active', 'true'))))
    expect(active.json.result).toEqual([expect.objectContaining({ packageId: before.packageId, componentVersion: 3 })])
  })
})

describe('schedules', () => {
  test('schedule objects exist per attached runtime after a process deploy; update; listener 400', async () => {
    await start()
    const pkg = await createPackage(IDS.component.nightly)
    await deploy(IDS.env.TEST, pkg.packageId)
    const sch = await post('/ProcessSchedules/query', q(eq('processId', IDS.component.nightly)))
    expect(sch.json.result.map((s: Json) => s.atomId).sort()).toEqual([IDS.atom.test1, IDS.atom.test2].sort())
    expect(sch.json.result[0]).toMatchObject({ '@type': 'ProcessSchedules', Schedule: [] })
    const st = await post('/ProcessScheduleStatus/query', q(eq('processId', IDS.component.nightly)))
    expect(st.json.result).toHaveLength(2)
    expect(st.json.result.every((s: Json) => s.enabled === true)).toBe(true)
    expect((await post('/ProcessSchedules/query', q(eq('atomId', IDS.atom.prod)))).json.numberOfResults).toBe(0)

    const target = sch.json.result.find((s: Json) => s.atomId === IDS.atom.test1)
    const schedule = { minutes: '0-59/15', hours: '6-20', daysOfWeek: '2,3,4,5,6', daysOfMonth: '*', months: '*', years: '*' }
    const body = { id: target.id, atomId: IDS.atom.test1, processId: IDS.component.nightly, Schedule: [schedule], Retry: { Schedule: [], maxRetry: 2 } }
    const upd = await post(`/ProcessSchedules/${encodeURIComponent(target.id)}`, body)
    expect(upd.status).toBe(200)
    expect(upd.json).toMatchObject({ '@type': 'ProcessSchedules', Schedule: [{ '@type': 'Schedule', ...schedule }], Retry: { maxRetry: 2 } })
    expect((await post(`/ProcessSchedules/${target.id}/update`, { ...body, Retry: { Schedule: [], maxRetry: 6 } })).status).toBe(400)
    expect((await post(`/ProcessSchedules/${target.id}`, { ...body, processId: IDS.component.listener })).status).toBe(400)
    expect((await post(`/ProcessSchedules/${target.id}`, { ...body, id: undefined })).status).toBe(400)
    expect((await post(`/ProcessSchedules/${target.id}`, { ...body, Schedule: [{ ...schedule, years: undefined }] })).status).toBe(400)

    // redeploy keeps existing schedules
    const pkg2 = await createPackage(IDS.component.nightly)
    await deploy(IDS.env.TEST, pkg2.packageId)
    expect((await get(`/ProcessSchedules/${target.id}`)).json.Schedule).toHaveLength(1)

    // pause via ProcessScheduleStatus
    const status = st.json.result[0]
    const paused = await post(`/ProcessScheduleStatus/${status.id}`, { ...status, enabled: 'false' })
    expect(paused.json.enabled).toBe(false)

    // listener: schedules exist, but updates are refused
    const lp = await createPackage(IDS.component.listener)
    await deploy(IDS.env.PROD, lp.packageId)
    const ls = await post('/ProcessSchedules/query', q(and(eq('processId', IDS.component.listener), eq('atomId', IDS.atom.prod))))
    const lid = ls.json.result[0].id
    const refused = await post(`/ProcessSchedules/${lid}`, { id: lid, atomId: IDS.atom.prod, processId: IDS.component.listener, Schedule: [schedule] })
    expect(refused.status).toBe(400)
    expect(refused.json.message).toMatch(/listener processes cannot be scheduled/i)
  })

  test('bulk UPDATE of ProcessSchedules (max 15)', async () => {
    await start()
    await deploy(IDS.env.TEST, (await createPackage(IDS.component.nightly)).packageId)
    const schedule = { minutes: '20', hours: '8', daysOfWeek: '5,6', daysOfMonth: '*', months: '*', years: '*' }
    const r = await post('/ProcessSchedules/bulk', {
      type: 'UPDATE',
      request: [
        { atomId: IDS.atom.test1, processId: IDS.component.nightly, Schedule: [schedule] },
        { atomId: IDS.atom.prod, processId: IDS.component.nightly, Schedule: [] }
      ]
    })
    expect(r.status).toBe(200)
    expect(r.json.response[0]).toMatchObject({ statusCode: 200, Result: { Schedule: [schedule] } })
    expect(r.json.response[1].statusCode).toBe(400)
    const tooMany = Array.from({ length: 16 }, () => ({ atomId: IDS.atom.test1, processId: IDS.component.nightly, Schedule: [] }))
    expect((await post('/ProcessSchedules/bulk', { type: 'UPDATE', request: tooMany })).status).toBe(400)
  })
})

describe('environment extensions', () => {
  const TEST = IDS.env.TEST
  const model = () => fake.state.extensions[TEST]

  test('GET never returns encrypted values', async () => {
    await start()
    const r = await get(`/EnvironmentExtensions/${TEST}`)
    expect(r.status).toBe(200)
    expect(r.text).not.toContain(EXT_VALUES.TEST.ordersDbPassword)
    expect(r.text).not.toContain(EXT_VALUES.TEST.apiKey)
    const conn = r.json.connections.connection.find((c: Json) => c.name === 'Orders DB')
    const pw = conn.field.find((f: Json) => f.id === 'password')
    expect(pw).toEqual({ '@type': 'Field', id: 'password', useDefault: false, usesEncryption: true, encryptedValueSet: true, componentOverride: false })
    expect(conn.field.find((f: Json) => f.id === 'user')).not.toHaveProperty('value')
    const q1 = await post('/EnvironmentExtensions/query', q(eq('environmentId', TEST)))
    expect(q1.json.result[0]).toEqual(r.json)
  })

  test('full update drops omitted plain overrides and keeps omitted encrypted secrets', async () => {
    await start()
    const body = {
      id: TEST,
      environmentId: TEST,
      connections: { connection: [{ id: IDS.component.ordersDb, field: [{ id: 'user', value: 'svc', useDefault: false }] }] }
    }
    const r = await post(`/EnvironmentExtensions/${TEST}`, body)
    expect(r.status).toBe(200)
    expect(extensionField(model(), 'connections', 'Orders DB', 'user')!.override).toBe('svc')
    expect(extensionField(model(), 'connections', 'Orders DB', 'url')!.override).toBeNull() // omitted → default
    expect(extensionField(model(), 'connections', 'Orders DB', 'password')!.secret).toBe(EXT_VALUES.TEST.ordersDbPassword)
    expect(processPropertyValue(model(), 'Orders Settings', 'Batch Size')!.override).toBeNull()
    expect(processPropertyValue(model(), 'Orders Settings', 'API Key')!.secret).toBe(EXT_VALUES.TEST.apiKey)
    expect(model()!.properties.find((p) => p.name === 'region')!.override).toBeNull()
    // the response is the object as GET shows it
    expect(r.json).toEqual((await get(`/EnvironmentExtensions/${TEST}`)).json)
    const url = r.json.connections.connection[0].field.find((f: Json) => f.id === 'url')
    expect(url.useDefault).toBe(true)
  })

  test('partial update changes only what is sent; "" is a value; useDefault clears a secret', async () => {
    await start()
    const r = await post(`/EnvironmentExtensions/${TEST}/update`, {
      id: TEST,
      partial: true,
      connections: {
        connection: [
          {
            id: IDS.component.ordersDb,
            field: [
              { id: 'user', value: '', useDefault: false },
              { id: 'password', useDefault: true, usesEncryption: true }
            ]
          }
        ]
      },
      properties: { property: [{ name: 'tier', value: 'silver' }, { name: 'not-extensible', value: 'x' }] },
      processProperties: {
        ProcessProperty: [{ id: IDS.component.ordersSettings, ProcessPropertyValue: [{ key: IDS.ppKey.mode, value: 'delta', useDefault: false }] }]
      }
    })
    expect(r.status).toBe(200)
    expect(extensionField(model(), 'connections', 'Orders DB', 'user')!.override).toBe('')
    expect(extensionField(model(), 'connections', 'Orders DB', 'url')!.override).toBe(EXT_VALUES.TEST.ordersDbUrl)
    expect(extensionField(model(), 'connections', 'Orders DB', 'password')!.secret).toBeNull()
    expect(model()!.properties.find((p) => p.name === 'tier')!.override).toBe('silver')
    expect(model()!.properties.find((p) => p.name === 'region')!.override).toBe(EXT_VALUES.TEST.region)
    expect(model()!.properties.map((p) => p.name)).toEqual(['region', 'tier'])
    // a process-property component sent in a partial update is replaced whole (encrypted values kept)
    expect(processPropertyValue(model(), 'Orders Settings', 'Mode')!.override).toBe('delta')
    expect(processPropertyValue(model(), 'Orders Settings', 'Batch Size')!.override).toBeNull()
    expect(processPropertyValue(model(), 'Orders Settings', 'API Key')!.secret).toBe(EXT_VALUES.TEST.apiKey)
    const pw = r.json.connections.connection[0].field.find((f: Json) => f.id === 'password')
    expect(pw).toMatchObject({ useDefault: true, encryptedValueSet: false })
    const user = r.json.connections.connection[0].field.find((f: Json) => f.id === 'user')
    expect(user).toMatchObject({ value: '', useDefault: false })

    // an encrypted value sent with a value is stored
    await post(`/EnvironmentExtensions/${TEST}`, {
      partial: true,
      connections: { connection: [{ id: IDS.component.ordersDb, field: [{ id: 'password', value: 'n3w', useDefault: false, usesEncryption: true }] }] }
    })
    expect(extensionField(model(), 'connections', 'Orders DB', 'password')!.secret).toBe('n3w')
  })

  test('cross-reference tables are replaced whole; invalid bodies change nothing', async () => {
    await start()
    const rows = [{ ref1: 'IT', ref2: 'Italy' }]
    await post(`/EnvironmentExtensions/${TEST}`, {
      partial: true,
      crossReferences: { crossReference: [{ id: IDS.component.countryCodes, overrideValues: true, CrossReferenceRows: { row: rows } }] }
    })
    expect(model()!.crossReferences[0]!.override).toEqual(rows)
    const before = JSON.stringify(model())
    const bad = await post(`/EnvironmentExtensions/${TEST}`, {
      partial: true,
      crossReferences: { crossReference: [{ id: IDS.component.countryCodes, CrossReferenceRows: { row: [{ ref3: 'x' }] } }] }
    })
    expect(bad.status).toBe(400)
    expect((await post(`/EnvironmentExtensions/${TEST}`, { id: IDS.env.PROD })).status).toBe(400)
    expect(JSON.stringify(model())).toBe(before)
  })

  test('requiresDeployOf: an item appears and is writable only once its component is deployed', async () => {
    await start()
    const ftpNames = (ext: Json) => (ext.connections?.connection ?? []).map((c: Json) => c.name)
    expect(ftpNames((await get(`/EnvironmentExtensions/${TEST}`)).json)).toEqual(['Orders DB'])

    const setHost = (host: string) =>
      post(`/EnvironmentExtensions/${TEST}`, {
        partial: true,
        connections: { connection: [{ id: IDS.component.partnerFtp, field: [{ id: 'host', value: host }] }] }
      })
    expect((await setHost('ignored.example')).status).toBe(200)
    expect(extensionField(model(), 'connections', 'Partner FTP', 'host')!.override).toBe(EXT_VALUES.TEST.ftpHost)

    await deploy(TEST, (await createPackage(IDS.component.listener)).packageId)
    expect(ftpNames((await get(`/EnvironmentExtensions/${TEST}`)).json)).toEqual(['Orders DB', 'Partner FTP'])
    await setHost('ftp.new.example')
    expect(extensionField(model(), 'connections', 'Partner FTP', 'host')!.override).toBe('ftp.new.example')
    // still hidden in PROD
    expect(ftpNames((await get(`/EnvironmentExtensions/${IDS.env.PROD}`)).json)).toEqual(['Orders DB'])
  })
})

describe('rate limit and faults', () => {
  test('503 when the rate limit is exceeded (15 at once, limit 10)', async () => {
    await start({ rateLimit: 10 })
    const results = await Promise.all(Array.from({ length: 15 }, () => post('/Environment/query', {})))
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(10)
    const rejected = results.filter((r) => r.status === 503)
    expect(rejected).toHaveLength(5)
    expect(rejected[0]!.json.message).toMatch(/rate limit/i)
    expect(rejected[0]!.res.headers.get('retry-after')).toBeNull()
    expect(fake.requests).toHaveLength(15)

    fake.setRateLimit(null)
    expect((await post('/Environment/query', {})).status).toBe(200)
  })

  test('the window slides: requests succeed again after a second', async () => {
    await start({ rateLimit: 2 })
    expect((await get(`/Environment/${IDS.env.TEST}`)).status).toBe(200)
    expect((await get(`/Environment/${IDS.env.TEST}`)).status).toBe(200)
    expect((await get(`/Environment/${IDS.env.TEST}`)).status).toBe(503)
    await new Promise((r) => setTimeout(r, 1050))
    expect((await get(`/Environment/${IDS.env.TEST}`)).status).toBe(200)
  })

  test('an injected afterApply 500 on create still applies the create', async () => {
    await start()
    const fault = fake.inject({ method: 'POST', path: '/PackagedComponent', status: 500, afterApply: true })
    const r = await post('/PackagedComponent', { componentId: IDS.component.nightly, packageVersion: '3.0' })
    expect(r.status).toBe(500)
    expect(r.json['@type']).toBe('Error')
    expect(fault.remaining).toBe(0)
    expect(fake.state.packages.map((p) => p.packageVersion)).toEqual(['3.0'])
    // the retry now meets the duplicate-version error
    const retry = await post('/PackagedComponent', { componentId: IDS.component.nightly, packageVersion: '3.0' })
    expect(retry.status).toBe(400)
    expect(fake.changingRequests()).toHaveLength(2)
  })

  test('status fault without afterApply does not apply; times; RegExp paths', async () => {
    await start()
    fake.inject({ path: /^\/DeployedPackage\/query$/, status: 503, times: 2 })
    expect((await post('/DeployedPackage/query', {})).status).toBe(503)
    expect((await post('/DeployedPackage/query', {})).status).toBe(503)
    expect((await post('/DeployedPackage/query', {})).status).toBe(200)
    fake.inject({ method: 'POST', path: '/PackagedComponent', status: 502 })
    expect((await post('/PackagedComponent', { componentId: IDS.component.nightly })).status).toBe(502)
    expect(fake.state.packages).toHaveLength(0)
    expect(fake.pendingFaults()).toHaveLength(0)
  })

  test('destroySocket: the connection is dropped without an answer', async () => {
    await start()
    fake.inject({ method: 'POST', path: '/DeployedPackage/query', destroySocket: true })
    await expect(post('/DeployedPackage/query', {})).rejects.toThrow()
    expect(fake.requests[0]).toMatchObject({ path: '/DeployedPackage/query', status: 0, fault: 'destroySocket' })

    fake.inject({ method: 'POST', path: '/PackagedComponent', destroySocket: true, afterApply: true })
    await expect(post('/PackagedComponent', { componentId: IDS.component.nightly })).rejects.toThrow()
    expect(fake.state.packages).toHaveLength(1)
    expect((await post('/Environment/query', {})).status).toBe(200)
  })

  test('latency and delay faults', async () => {
    await start({ latencyMs: 50 })
    fake.inject({ path: '/Environment/query', delayMs: 100 })
    const t0 = Date.now()
    expect((await post('/Environment/query', {})).status).toBe(200)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140)
  })
})

describe('request log', () => {
  test('changingRequests counts creates, updates and deletes, not queries or GETs', async () => {
    await start()
    await post('/Environment/query', {})
    await get(`/Environment/${IDS.env.TEST}`)
    await post('/ComponentMetadata/bulk', { type: 'GET', request: [{ id: IDS.component.nightly }] })
    const pkg = await createPackage(IDS.component.nightly)
    await post('/PackagedComponent', { componentId: 'nope' }) // error, still counted
    const dep = await deploy(IDS.env.TEST, pkg.packageId)
    await post(`/EnvironmentExtensions/${IDS.env.TEST}/update`, { partial: true })
    await post('/ProcessSchedules/bulk', { type: 'UPDATE', request: [] })
    await call('DELETE', `/DeployedPackage/${dep.deploymentId}`)
    const changing = fake.changingRequests().map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, ':id')} ${r.status}`)
    expect(changing).toEqual([
      'POST /PackagedComponent 200',
      'POST /PackagedComponent 400',
      'POST /DeployedPackage 200',
      'POST /EnvironmentExtensions/:id/update 200',
      'POST /ProcessSchedules/bulk 200',
      'DELETE /DeployedPackage/:id 200'
    ])
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/Environment/query', body: {}, status: 200 })
    expect(typeof fake.requests[0]!.at).toBe('number')
  })
})

describe('seed', () => {
  test('sampleAccount returns fresh copies; manyComponents adds process components', async () => {
    const a = sampleAccount()
    a.components.length = 0
    expect(sampleAccount().components.length).toBeGreaterThan(10)
    const seed = manyComponents(250)
    await start({}, seed)
    const r = await post('/ComponentMetadata/query', q(and(eq('currentVersion', true), { property: 'name', operator: 'LIKE', argument: ['Bench Process%'] })))
    expect(r.json.numberOfResults).toBe(250)
    expect(r.json.result).toHaveLength(100)
    expect(r.json.queryToken).toBeTruthy()
    // the fake copies its seed
    expect(seed.packages).toEqual([])
    await createPackage(IDS.component.nightly)
    expect(seed.packages).toEqual([])
  })
})
