// The client's decisions, each pinned: what is retried and what is not, when a create is
// recovered, tried again or given up, how errors are classified and worded, and what is counted.
import nock from 'nock'
import '../helpers/nock-hygiene.js'
import { z } from 'zod'
import { BoomiClient, ChangeNotStarted } from '../../src/boomi/client.js'
import { BoomiApiError, extractBoomiMessage, kindForStatus, type FailureKind } from '../../src/boomi/errors.js'
import { eq } from '../../src/boomi/query.js'

const HOST = 'https://decisions.boomi.test'
const ROOT = '/api/rest/v1/acme%2F1'
const item = z.looseObject({ id: z.string() })
const pkg = z.looseObject({ packageId: z.string() })

function client(overrides: Partial<ConstructorParameters<typeof BoomiClient>[0]> = {}) {
  return new BoomiClient({
    // Trailing slashes are dropped and the account ID is encoded into the path.
    baseUrl: `${HOST}/api/rest/v1//`,
    accountId: 'acme/1',
    username: 'u',
    token: 't',
    maxRequestsPerSecond: 1000,
    retry: { baseDelayMs: 0, maxDelayMs: 0 },
    ...overrides
  })
}

/** A recover function that counts its calls. */
function recovery<T>(value: T) {
  const fn = Object.assign(async () => {
    fn.calls++
    return value
  }, { calls: 0 })
  return fn
}

beforeEach(() => {
  nock.disableNetConnect()
})

describe('reads', () => {
  test.each([502, 503, 504])('are retried after %i', async (status) => {
    nock(HOST).get(`${ROOT}/Atom/a1`).reply(status, { message: 'later' }).get(`${ROOT}/Atom/a1`).reply(200, { id: 'a1' })
    const c = client()
    await expect(c.get('Atom/a1', item)).resolves.toEqual({ id: 'a1' })
    expect(c.stats).toMatchObject({ requests: 2, retries: 1, changes: 0, rateLimited: status === 503 ? 1 : 0 })
  })

  test.each([400, 401, 403, 404, 500])('are not retried after %i', async (status) => {
    const scope = nock(HOST).get(`${ROOT}/Atom/a1`).once().reply(status, { message: 'no' })
    const c = client()
    await expect(c.get('Atom/a1', item)).rejects.toMatchObject({ status })
    expect(c.stats).toMatchObject({ requests: 1, retries: 0 })
    scope.done()
  })

  test('stop retrying once the time budget is spent', async () => {
    nock(HOST).get(`${ROOT}/Atom/a1`).reply(503, {}).get(`${ROOT}/Atom/a1`).reply(200, { id: 'a1' })
    const c = client({ retry: { baseDelayMs: 5, maxDelayMs: 5, budgetMs: 0 } })
    await expect(c.get('Atom/a1', item)).rejects.toMatchObject({ kind: 'rate-limit' })
    expect(c.stats.requests).toBe(1)
  })

  test('wait between retries (backoff), within the limit', async () => {
    nock(HOST).get(`${ROOT}/Atom/a1`).times(3).reply(502, {})
    const c = client({ retry: { limit: 2, baseDelayMs: 40, maxDelayMs: 40 } })
    const started = performance.now()
    await expect(c.get('Atom/a1', item)).rejects.toMatchObject({ kind: 'unavailable', status: 502 })
    // Two waits of at least half the 40 ms ceiling each.
    expect(performance.now() - started).toBeGreaterThanOrEqual(38)
    expect(c.stats).toMatchObject({ requests: 3, retries: 2 })
  })

  test('an answer that is not JSON is a schema error quoting it', async () => {
    nock(HOST).get(`${ROOT}/Atom/a1`).reply(200, '<html>maintenance</html>')
    await expect(client().get('Atom/a1', item)).rejects.toMatchObject({ kind: 'schema', message: expect.stringContaining('not JSON: <html>maintenance</html>') })
  })

  test("a wrong nested field is named by its path; a wrong root as '(root)'", async () => {
    const nested = z.looseObject({ a: z.looseObject({ b: z.string() }) })
    nock(HOST).get(`${ROOT}/Atom/a1`).reply(200, { a: { b: 1 } }).get(`${ROOT}/Atom/a2`).reply(200, '[1]')
    await expect(client().get('Atom/a1', nested)).rejects.toThrow("Atom field 'a.b'")
    await expect(client().get('Atom/a2', nested)).rejects.toThrow("Atom field '(root)'")
  })

  test('an empty answer is parsed as undefined, not as an error of JSON', async () => {
    nock(HOST).get(`${ROOT}/Atom/a1`).reply(200, '')
    await expect(client().get('Atom/a1', z.undefined())).resolves.toBeUndefined()
  })

  test('are logged to debug, out and back', async () => {
    nock(HOST).get(`${ROOT}/Atom/a1`).reply(200, { id: 'a1' })
    const lines: string[] = []
    await client({ debug: (m) => lines.push(m) }).get('Atom/a1', item)
    expect(lines).toEqual([`→ GET ${ROOT}/Atom/a1`, `← 200 GET ${ROOT}/Atom/a1`])
  })
})

describe('queries', () => {
  test('are retried like reads', async () => {
    nock(HOST).post(`${ROOT}/Atom/query`).reply(504, {}).post(`${ROOT}/Atom/query`).reply(200, { result: [{ id: 'a' }] })
    await expect(client().query('Atom', eq('id', 'a'), item)).resolves.toEqual([{ id: 'a' }])
  })
})

describe('updates', () => {
  test('are counted as changes and retried after a 503', async () => {
    nock(HOST).post(`${ROOT}/ProcessScheduleStatus/x`).reply(503, {}).post(`${ROOT}/ProcessScheduleStatus/x`).reply(200, { id: 'x' })
    const c = client()
    await expect(c.update('ProcessScheduleStatus/x', { id: 'x' }, item)).resolves.toEqual({ id: 'x' })
    expect(c.stats).toMatchObject({ changes: 2, retries: 1 })
  })
})

describe('creates', () => {
  test.each([401, 403])('a %i is neither recovered nor tried again', async (status) => {
    const scope = nock(HOST).post(`${ROOT}/PackagedComponent`).once().reply(status, { message: 'no' })
    const recover = recovery({ packageId: 'p' })
    await expect(client().create('PackagedComponent', {}, pkg, { recover })).rejects.toMatchObject({ status })
    expect(recover.calls).toBe(0)
    scope.done()
  })

  test('a transient failure with nothing to recover is tried again up to the limit, waiting longer each time', async () => {
    nock(HOST).post(`${ROOT}/PackagedComponent`).times(3).reply(502, {})
    const waits: number[] = []
    const c = client({ retry: { limit: 2, baseDelayMs: 100, maxDelayMs: 150, budgetMs: 2000 }, sleep: async (ms) => void waits.push(ms) })
    const recover = recovery(undefined)
    await expect(c.create('PackagedComponent', {}, pkg, { recover })).rejects.toMatchObject({ kind: 'unavailable' })
    expect(recover.calls).toBe(3)
    expect(c.stats).toMatchObject({ changes: 3, retries: 2 })
    // Backoff: half to all of min(max, base·2^(n-1)); the throttle's own waits are tiny.
    const backoffs = waits.filter((ms) => ms >= 20)
    expect(backoffs).toHaveLength(2)
    expect(backoffs[0]).toBeGreaterThanOrEqual(50)
    expect(backoffs[0]).toBeLessThanOrEqual(100)
    expect(backoffs[1]).toBeGreaterThanOrEqual(75)
    expect(backoffs[1]).toBeLessThanOrEqual(150)
  })

  test('no retry starts once the time budget is spent', async () => {
    nock(HOST).post(`${ROOT}/PackagedComponent`).once().reply(503, {})
    const c = client({ retry: { budgetMs: -1 } })
    await expect(c.create('PackagedComponent', {}, pkg)).rejects.toMatchObject({ kind: 'rate-limit' })
    expect(c.stats.changes).toBe(1)
  })

  test('a create refused because the run stopped is not wrapped, recovered or retried', async () => {
    const scope = nock(HOST).post(`${ROOT}/DeployedPackage`).reply(200, { packageId: 'x' })
    const recover = recovery(undefined)
    const c = client()
    const error = await c.create('DeployedPackage', {}, pkg, { mayStart: () => false, recover }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChangeNotStarted)
    expect(recover.calls).toBe(0)
    expect(c.stats).toMatchObject({ requests: 0, changes: 0, retries: 0 })
    expect(scope.isDone()).toBe(false)
  })

  test('a create allowed to start is sent once', async () => {
    nock(HOST).post(`${ROOT}/DeployedPackage`).once().reply(200, { packageId: 'x' })
    const c = client()
    await expect(c.create('DeployedPackage', {}, pkg, { mayStart: () => true })).resolves.toEqual({ packageId: 'x' })
    expect(c.stats).toMatchObject({ requests: 1, changes: 1 })
  })
})

describe('errors', () => {
  test.each<[number, FailureKind, boolean]>([
    [400, 'client', false],
    [401, 'auth', false],
    [403, 'forbidden', false],
    [404, 'not-found', false],
    [429, 'rate-limit', true],
    [500, 'unavailable', true],
    [502, 'unavailable', true],
    [503, 'rate-limit', true],
    [504, 'unavailable', true]
  ])('HTTP %i is %s, transient: %s', (status, kind, transient) => {
    expect(kindForStatus(status)).toBe(kind)
    expect(new BoomiApiError(kind, 'GET', 'Atom/a', status, 'm').transient).toBe(transient)
  })

  test.each<[FailureKind, boolean]>([
    ['network', true],
    ['timeout', true],
    ['schema', false]
  ])('%s: transient %s', (kind, transient) => {
    expect(new BoomiApiError(kind, 'GET', 'Atom/a', undefined, '').transient).toBe(transient)
  })

  test.each<[FailureKind, number | undefined, string, RegExp]>([
    ['auth', 401, 'bad', /^Unauthorized \(HTTP 401\): Boomi rejected the credentials on POST Atom\/query: bad\. Check the 'api-token'/],
    ['forbidden', 403, 'no', /^Boomi refused POST Atom\/query \(HTTP 403\): no\. The user lacks a privilege.*'account-id' is wrong\. Check the 'api-token'/],
    ['rate-limit', 503, 'busy', /^Boomi's rate limit was still exceeded after retries on POST Atom\/query \(HTTP 503\): busy\. Lower 'max-requests-per-second'/],
    ['network', undefined, 'ECONNRESET', /^No answer from Boomi on POST Atom\/query \(network\): ECONNRESET\. Check 'base-url'/],
    ['timeout', undefined, '', /^No answer from Boomi on POST Atom\/query \(timeout\)\. Check 'base-url'/],
    ['schema', 200, "Atom field 'id'", /^Boomi's answer to POST Atom\/query has an unexpected shape: Atom field 'id'$/],
    ['client', 400, 'Invalid', /^Boomi answered POST Atom\/query \(HTTP 400\): Invalid$/],
    ['not-found', 404, '', /^Boomi answered POST Atom\/query \(HTTP 404\)$/]
  ])('a %s error says what happened and what to do', (kind, status, message, text) => {
    expect(new BoomiApiError(kind, 'POST', 'Atom/query', status, message).message).toMatch(text)
  })

  test.each([
    ['"just a string"', 'just a string'],
    ['{"message":""}', '{"message":""}'],
    ['{"error":{"message":"inner"},"message":"outer"}', 'outer'],
    ['{"code":7}', '{"code":7}'],
    ['null', 'null'],
    ['<e><Message> a &lt;b&gt; &quot;c&quot; &apos;d&apos; </Message></e>', 'a <b> "c" \'d\''],
    ['<html>\n  <b>Bad</b>   gateway\n</html>', 'Bad gateway'],
    ['<p>Bad</p><p>gateway</p>', 'Bad gateway'],
    ['x'.repeat(301), `${'x'.repeat(300)}…`],
    ['x'.repeat(300), 'x'.repeat(300)]
  ])('Boomi message of %s', (body, message) => {
    expect(extractBoomiMessage(body)).toBe(message)
  })

})

describe('the rate', () => {
  test("the client of a run is throttled at the user's max-requests-per-second", async () => {
    const { createClient } = await import('../../src/pipeline.js')
    const inputs = { baseUrl: HOST, accountId: 'a', username: 'u', apiToken: 't', maxRequestsPerSecond: 3 } as Parameters<typeof createClient>[0]
    expect(createClient(inputs).throttle.requestsPerSecond).toBe(3)
  })
})
