// Boomi as its documentation and clients that ran against it show it, where that is least
// convenient: the run still does exactly what it should.
import { benchComponentId, manyComponents } from '../fake-boomi/sample-account.mjs'
import { processPropertyValue } from '../fake-boomi/server.mjs'
import { baseInputs, IDS, result, runAction, sampleAccount, startFakeBoomi, type Fake } from './harness.js'

let fake: Fake
afterEach(async () => {
  await fake.close()
})

const { nightly, listener } = IDS.component
const PROXY = 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e20'

test('an API Proxy (webservice.external) is packaged and deployed; a connection is refused before any change', async () => {
  const seed = sampleAccount()
  seed.components.push({ componentId: PROXY, name: 'Orders Proxy', type: 'webservice.external', version: 3 })
  fake = await startFakeBoomi(seed)
  const inputs = { ...baseInputs(fake), 'package-version': '1.0', environment: 'TEST' }
  const ok = await runAction({ inputs: { ...inputs, 'component-ids': PROXY } })
  expect(ok.code).toBe(0)
  expect(result(ok).components.map((c) => [c.name, c.package, c.deployment])).toEqual([['Orders Proxy', 'created', 'deployed']])

  const before = fake.changingRequests().length
  const refused = await runAction({ inputs: { ...inputs, 'component-ids': `${nightly}\n${IDS.component.ordersDb}` } })
  expect(refused.code).not.toBe(0)
  expect(refused.stdout).toMatch(/cannot package 'Orders DB'/)
  expect(fake.changingRequests()).toHaveLength(before)
})

test('a package whose create answer was lost is found again despite clock skew and whole-second dates, and reported created', async () => {
  // Boomi's clock runs 40 s behind ours: its createdDate is before the moment the run began.
  fake = await startFakeBoomi(sampleAccount(), { clockSkewMs: 40_000 })
  fake.inject({ method: 'POST', path: '/PackagedComponent', status: 502, afterApply: true })
  const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': nightly } })
  expect(run.code).toBe(0)
  expect(fake.state.packages.filter((p) => p.componentId === nightly)).toHaveLength(1)
  expect(result(run).components.map((c) => c.package)).toEqual(['created'])
})

test('HTTP 429 above the rate limit is absorbed like 503', async () => {
  const three = [1, 2, 3].map(benchComponentId)
  fake = await startFakeBoomi(manyComponents(3), { rateLimit: 3, rateLimitStatus: 429 })
  const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': three.join('\n'), 'package-version': '1.0', environment: 'TEST', 'max-requests-per-second': '10' } })
  expect(run.code).toBe(0)
  expect(fake.requests.some((r) => r.status === 429)).toBe(true)
  expect(fake.state.deployments.filter((d) => d.environmentId === IDS.env.TEST && three.includes(d.componentId))).toHaveLength(3)
}, 60_000)

test('schedule objects the deploy made, not yet visible to the first reads, are found by re-reading', async () => {
  fake = await startFakeBoomi(sampleAccount(), { lateReads: 2 })
  const files = { 'schedules.yml': 'Nightly Orders Sync:\n  schedules:\n    - cron: "30 2 * * 1-5"\n' }
  const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': nightly, 'package-version': '1.0', environment: 'TEST', schedules: 'schedules.yml' }, files })
  expect(run.stdout).not.toMatch(/::error::/)
  expect(run.code).toBe(0)
  const scheduleReads = fake.requests.filter((r) => r.path === '/ProcessSchedules/query')
  expect(scheduleReads.length).toBeGreaterThanOrEqual(3)
  for (const atomId of [IDS.atom.test1, IDS.atom.test2]) {
    const written = fake.state.schedules.find((s) => s.atomId === atomId && s.processId === nightly)!
    expect(written.Schedule).toEqual([{ minutes: '30', hours: '2', daysOfWeek: '2-6', daysOfMonth: '*', months: '*', years: '*' }])
    // Retry went back exactly as read: Boomi's default, never an invented maxRetry.
    expect(written.Retry).toEqual({ Schedule: [], maxRetry: 5 })
  }
}, 60_000)

test("extensible fields the run's deploy hides for a moment are re-read; [[HIDDEN]] is never sent back", async () => {
  fake = await startFakeBoomi(sampleAccount())
  const inputs = { ...baseInputs(fake), 'component-ids': `${nightly}\n${listener}`, environment: 'TEST' }
  expect((await runAction({ inputs: { ...inputs, 'package-version': '1.0' } })).code).toBe(0)

  // The next deploy of the listener hides 'Partner FTP' from the first read after it.
  fake.setLateReads(1)
  const files = { 'extensions.yml': 'connections:\n  Partner FTP:\n    host: ftp2.test.acme.example\nprocessProperties:\n  Orders Settings:\n    Batch Size: 75\n' }
  const run = await runAction({ inputs: { ...inputs, 'package-version': '2.0', extensions: 'extensions.yml' }, files })
  expect(run.stdout).not.toMatch(/::error::/)
  expect(run.code).toBe(0)
  const model = fake.state.extensions[IDS.env.TEST]!
  expect(model.connections.find((c) => c.name === 'Partner FTP')!.fields.find((f) => f.id === 'host')!.override).toBe('ftp2.test.acme.example')

  // Boomi shows the stored encrypted 'API Key' as "[[HIDDEN]]": it was read, never written back.
  const read = fake.requests.find((r) => r.method === 'GET' && r.path.startsWith('/EnvironmentExtensions/'))!
  expect(JSON.stringify(read.answer)).toContain('[[HIDDEN]]')
  const writes = fake.changingRequests().filter((r) => r.path.startsWith('/EnvironmentExtensions/'))
  expect(writes).toHaveLength(1)
  expect(JSON.stringify(writes[0]!.body)).not.toContain('[[HIDDEN]]')
  const apiKey = processPropertyValue(model, 'Orders Settings', 'API Key')!
  expect(apiKey.secret).not.toBe('[[HIDDEN]]')
  expect(apiKey.secret).toBeTruthy()
}, 60_000)

test('an environment with nothing extensible (Boomi answers its GET with 400) fails naming what the file sets, before any change', async () => {
  const seed = sampleAccount()
  delete seed.extensions![IDS.env.TEST]
  fake = await startFakeBoomi(seed)
  const files = { 'extensions.yml': 'connections:\n  Orders DB:\n    url: jdbc:postgresql://db.example/orders\n' }
  const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': nightly, 'package-version': '1.0', environment: 'TEST', extensions: 'extensions.yml' }, files })
  expect(run.code).not.toBe(0)
  expect(fake.requests.some((r) => r.method === 'GET' && r.path.startsWith('/EnvironmentExtensions/') && r.status === 400)).toBe(true)
  expect(run.stdout).toMatch(/::error[^:]*::.*Orders DB/)
  expect(fake.changingRequests()).toHaveLength(0)
})
