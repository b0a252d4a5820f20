import nock from 'nock'
import '../helpers/nock-hygiene.js'
import { z } from 'zod'
import { BoomiClient, basicAuthHeader } from '../../src/boomi/client.js'
import { BoomiApiError, extractBoomiMessage } from '../../src/boomi/errors.js'
import { and, anyOf, eq } from '../../src/boomi/query.js'

const HOST = 'https://api.boomi.test'
const ROOT = '/api/rest/v1/acme-1'

function client(overrides: Partial<ConstructorParameters<typeof BoomiClient>[0]> = {}) {
  return new BoomiClient({
    baseUrl: `${HOST}/api/rest/v1/`,
    accountId: 'acme-1',
    username: 'BOOMI_TOKEN.ci@acme.example',
    token: 'tok',
    maxRequestsPerSecond: 1000,
    retry: { baseDelayMs: 0, maxDelayMs: 0 },
    ...overrides
  })
}

const item = z.looseObject({ id: z.string() })

beforeEach(() => {
  nock.disableNetConnect()
})

describe('requests', () => {
  test('send Basic auth and JSON headers to the account root', async () => {
    const scope = nock(HOST, {
      reqheaders: {
        authorization: basicAuthHeader('BOOMI_TOKEN.ci@acme.example', 'tok'),
        accept: 'application/json',
        'content-type': 'application/json'
      }
    })
      .get(`${ROOT}/Environment/e1`)
      .reply(200, { '@type': 'Environment', id: 'e1', name: 'TEST' })
    await expect(client().get('Environment/e1', item)).resolves.toMatchObject({ id: 'e1' })
    scope.done()
  })

  test('a missing required field is an error naming the object and field', async () => {
    nock(HOST).get(`${ROOT}/Environment/e1`).reply(200, { '@type': 'Environment', name: 'TEST' })
    await expect(client().get('Environment/e1', item)).rejects.toThrow(/Environment field 'id'/)
  })
})

describe('delete', () => {
  test('reads the status only: a `{true}` text body is success; a 503 is retried; a 400 is an error', async () => {
    const scope = nock(HOST)
      .delete(`${ROOT}/DeployedPackage/d1`)
      .reply(503, { message: 'busy' })
      .delete(`${ROOT}/DeployedPackage/d1`)
      .reply(200, '{true}', { 'Content-Type': 'application/json' })
    const boomi = client()
    await expect(boomi.delete('DeployedPackage/d1')).resolves.toBeUndefined()
    expect(boomi.stats).toMatchObject({ requests: 2, changes: 2, retries: 1 })
    scope.done()
    nock(HOST).delete(`${ROOT}/DeployedPackage/d2`).reply(400, { message: 'Deployment d2 is not active' })
    await expect(boomi.delete('DeployedPackage/d2')).rejects.toThrow(/Deployment d2 is not active/)
  })
})

describe('query', () => {
  test('sends the filter and follows queryMore with the raw token until none is left', async () => {
    const expression = and(eq('environmentId', 'e1'), anyOf('componentId', ['c1', 'c2']))
    const tokens = ['tok+/1==', 'tok+/2==']
    const scope = nock(HOST)
      .post(`${ROOT}/DeployedPackage/query`, JSON.parse(JSON.stringify({ QueryFilter: { expression } })) as nock.DataMatcherMap)
      .reply(200, { '@type': 'QueryResult', numberOfResults: 2, queryToken: tokens[0], result: [{ id: 'a' }, { id: 'b' }] })
      .post(`${ROOT}/DeployedPackage/queryMore`, (body) => body === tokens[0])
      .reply(200, { '@type': 'QueryResult', queryToken: tokens[1], result: [{ id: 'c' }] })
      .post(`${ROOT}/DeployedPackage/queryMore`, (body) => body === tokens[1])
      .reply(200, { '@type': 'QueryResult', result: { id: 'd' } }) // a lone object, as the XML-born examples show
    const results = await client().query('DeployedPackage', expression, item)
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd'])
    scope.done()
  })

  test('an empty answer is an empty list', async () => {
    nock(HOST).post(`${ROOT}/Environment/query`, {}).reply(200, { '@type': 'QueryResult', numberOfResults: 0 })
    await expect(client().query('Environment', undefined, item)).resolves.toEqual([])
  })

  test('OR groups collapse to a simple expression for one value', () => {
    expect(anyOf('componentId', ['c1', 'c1'])).toEqual({ property: 'componentId', operator: 'EQUALS', argument: ['c1'] })
  })
})

describe('retries', () => {
  test('a query is retried after 503 and 502, and the 503 slows the throttle', async () => {
    const c = client()
    nock(HOST)
      .post(`${ROOT}/Environment/query`)
      .reply(503, { message: 'Rate limit exceeded' })
      .post(`${ROOT}/Environment/query`)
      .reply(502, 'Bad gateway')
      .post(`${ROOT}/Environment/query`)
      .reply(200, { result: [{ id: 'e1' }] })
    await expect(c.query('Environment', undefined, item)).resolves.toEqual([{ id: 'e1' }])
    expect(c.stats).toMatchObject({ requests: 3, retries: 2, rateLimited: 1 })
    expect(c.throttle.requestsPerSecond).toBeLessThan(1000)
  })

  test('429 is handled like 503: retried, counted and slowing the throttle', async () => {
    const c = client()
    nock(HOST).post(`${ROOT}/Environment/query`).reply(429, 'Too Many Requests').post(`${ROOT}/Environment/query`).reply(200, { result: [{ id: 'e1' }] })
    await expect(c.query('Environment', undefined, item)).resolves.toEqual([{ id: 'e1' }])
    expect(c.stats).toMatchObject({ requests: 2, retries: 1, rateLimited: 1 })
    expect(c.throttle.requestsPerSecond).toBeLessThan(1000)
  })

  test('paging follows queryToken only: numberOfResults is the whole total', async () => {
    nock(HOST)
      .post(`${ROOT}/Environment/query`)
      .reply(200, { numberOfResults: 3, result: [{ id: 'e1' }], queryToken: 't1' })
      .post(`${ROOT}/Environment/queryMore`, 't1')
      .reply(200, { numberOfResults: 3, result: [{ id: 'e2' }, { id: 'e3' }] })
    await expect(client().query('Environment', undefined, item)).resolves.toEqual([{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }])
  })


  test('a 403 names the privilege of the refused call', async () => {
    nock(HOST).post(`${ROOT}/PackagedComponent/bulk`).reply(403, { message: 'Access denied' })
    const read = (await client().bulkGet('PackagedComponent', ['p1'], item).catch((e: unknown) => e)) as BoomiApiError
    expect(read).toMatchObject({ kind: 'forbidden', status: 403 })
    expect(read.message).toMatch(/PackagedComponent\/bulk \(HTTP 403\): Access denied\. This call needs API Access \+ Packaged Component Management/)
    nock(HOST).post(`${ROOT}/DeployedPackage`).reply(403, { message: 'Access denied' })
    const write = (await client().create('DeployedPackage', {}, item).catch((e: unknown) => e)) as BoomiApiError
    expect(write.message).toMatch(/needs API Access \+ Deploy \(DEPLOY\) in the target environment/)
    nock(HOST).post(`${ROOT}/ComponentMetadata/bulk`).reply(403, { message: 'Access denied' })
    const metadata = (await client().bulkGet('ComponentMetadata', ['c1'], item).catch((e: unknown) => e)) as BoomiApiError
    expect(metadata.message).toMatch(/Build Read Access/)
  })

  // nock 15 turns replyWithError into a request that never answers (its fetch interception
  // does not surface the error), so this covers the per-request timeout; dropped sockets are
  // exercised against the fake Boomi server in the end-to-end tests.
  test('a read that gets no answer times out and is retried', async () => {
    nock(HOST)
      .get(`${ROOT}/Environment/e1`)
      .replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
      .get(`${ROOT}/Environment/e1`)
      .reply(200, { id: 'e1' })
    const c = client({ timeoutMs: 300 })
    await expect(c.get('Environment/e1', item)).resolves.toEqual({ id: 'e1' })
    expect(c.stats.retries).toBe(1)
  })

  test('gives up after the retry limit with the last error', async () => {
    nock(HOST).get(`${ROOT}/Environment/e1`).times(3).reply(504, { message: 'gateway timeout' })
    const error = await client({ retry: { limit: 2, baseDelayMs: 0, maxDelayMs: 0 } })
      .get('Environment/e1', item)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BoomiApiError)
    expect((error as BoomiApiError).status).toBe(504)
  })

  test('401 is not retried and explains the token and user name', async () => {
    const scope = nock(HOST).post(`${ROOT}/Environment/query`).once().reply(401, { '@type': 'Error', message: 'Unauthorized' })
    const error = (await client().query('Environment', undefined, item).catch((e: unknown) => e)) as BoomiApiError
    expect(error.kind).toBe('auth')
    expect(error.message).toMatch(/BOOMI_TOKEN\./)
    expect(error.message).toMatch(/Unauthorized/)
    scope.done()
  })
})

describe('create', () => {
  const pkg = z.looseObject({ packageId: z.string() })

  test('a 500 on a create that Boomi applied is recovered by a re-query, never sent twice', async () => {
    const creates = nock(HOST).post(`${ROOT}/PackagedComponent`).once().reply(500, { message: 'Internal error' })
    let recovered = 0
    const result = await client().create('PackagedComponent', { componentId: 'c1' }, pkg, {
      recover: async () => {
        recovered++
        return { packageId: 'p-made-before-the-error' }
      }
    })
    expect(result).toEqual({ packageId: 'p-made-before-the-error' })
    expect(recovered).toBe(1)
    creates.done()
  })

  test('after a transient failure and an empty re-query the create is tried again', async () => {
    nock(HOST)
      .post(`${ROOT}/PackagedComponent`)
      .reply(503, { message: 'busy' })
      .post(`${ROOT}/PackagedComponent`)
      .reply(200, { packageId: 'p1' })
    const c = client()
    await expect(c.create('PackagedComponent', { componentId: 'c1' }, pkg, { recover: async () => undefined })).resolves.toEqual({ packageId: 'p1' })
    expect(c.stats.changes).toBe(2)
  })

  test('a refused create (400) is re-queried once and then fails: a concurrent run may have made it', async () => {
    nock(HOST).post(`${ROOT}/PackagedComponent`).once().reply(400, { error: { message: 'Version 1.0 already exists' } })
    const error = await client()
      .create('PackagedComponent', {}, pkg, { recover: async () => undefined })
      .catch((e: unknown) => e)
    expect((error as BoomiApiError).kind).toBe('client')
    expect((error as Error).message).toMatch(/Version 1.0 already exists/)
  })

  test('a create whose slot comes after a stop is not sent', async () => {
    const scope = nock(HOST).post(`${ROOT}/DeployedPackage`).reply(200, { packageId: 'x' })
    await expect(client().create('DeployedPackage', {}, pkg, { mayStart: () => false })).rejects.toThrow(/not started/)
    expect(scope.isDone()).toBe(false)
  })
})

describe('bulk GET', () => {
  test('matches the documented answer by position: a success has only Result, an error names the id in other case', async () => {
    nock(HOST)
      .post(`${ROOT}/ComponentMetadata/bulk`, { type: 'GET', request: [{ id: 'a' }, { id: 'b-id' }, { id: 'c' }] })
      .reply(200, {
        '@type': 'BulkResult',
        response: [
          { '@type': 'BulkResponse', Result: { id: 'a' }, statusCode: 200 },
          { '@type': 'BulkResponse', id: 'B-ID', statusCode: 400, errorMessage: 'No such component' },
          { '@type': 'BulkResponse', Result: { id: 'c' }, statusCode: 200 }
        ]
      })
    const items = await client().bulkGet('ComponentMetadata', ['a', 'b-id', 'c'], item)
    expect(items).toEqual([
      { id: 'a', found: true, value: { id: 'a' } },
      { id: 'b-id', found: false, message: 'No such component', status: 400 },
      { id: 'c', found: true, value: { id: 'c' } }
    ])
  })

  test('an index that orders the answers differently is followed', async () => {
    nock(HOST)
      .post(`${ROOT}/ComponentMetadata/bulk`)
      .reply(200, {
        response: [
          { index: 1, id: 'b', statusCode: 400, errorMessage: 'Invalid component id' },
          { index: 0, statusCode: 200, Result: { id: 'a' } }
        ]
      })
    const items = await client().bulkGet('ComponentMetadata', ['a', 'b'], item)
    expect(items.map((i) => [i.id, i.found])).toEqual([
      ['a', true],
      ['b', false]
    ])
  })

  test('a count that differs is an error naming the call, never "not found"', async () => {
    nock(HOST).post(`${ROOT}/ComponentMetadata/bulk`).reply(200, { response: [{ statusCode: 200, Result: { id: 'a' } }] })
    await expect(client().bulkGet('ComponentMetadata', ['a', 'b'], item)).rejects.toThrow(
      /ComponentMetadata\/bulk has an unexpected shape: 1 answer\(s\) to a bulk GET of ComponentMetadata of 2 object\(s\)/
    )
  })

  test('an error item naming another object than the one at its position is an error', async () => {
    nock(HOST)
      .post(`${ROOT}/ComponentMetadata/bulk`)
      .reply(200, { response: [{ id: 'zzz', statusCode: 400, errorMessage: 'No such component' }] })
    await expect(client().bulkGet('ComponentMetadata', ['a'], item)).rejects.toThrow(/names zzz, but request 1 was a/)
  })
})

describe('bulk UPDATE', () => {
  test('a success whose documented Result has no id is a success; errors stay per item', async () => {
    nock(HOST)
      .post(`${ROOT}/ProcessSchedules/bulk`)
      .reply(200, {
        '@type': 'BulkResult',
        response: [
          { '@type': 'BulkResponse', Result: { '@type': 'ProcessSchedules', atomId: 'a1', processId: 'p1', Schedule: [] }, statusCode: 200 },
          { '@type': 'BulkResponse', id: 'S2', statusCode: 400, errorMessage: 'listener processes cannot be scheduled' }
        ]
      })
    const answers = await client().bulkUpdate('ProcessSchedules', [{ id: 's1' }, { id: 's2' }])
    expect(answers).toEqual([
      { id: 's1', ok: true },
      { id: 's2', ok: false, message: 'listener processes cannot be scheduled', status: 400 }
    ])
  })
})

describe('error bodies', () => {
  test.each([
    ['{"message":"plain"}', 'plain'],
    ['{"error":{"message":"nested"}}', 'nested'],
    ['{"@type":"Error","message":"typed"}', 'typed'],
    ['<error><message>xml &amp; more</message></error>', 'xml & more'],
    ['<html><body>502 Bad Gateway</body></html>', '502 Bad Gateway'],
    ['', '']
  ])('%s → %s', (body, message) => {
    expect(extractBoomiMessage(body)).toBe(message)
  })

  test.each([
    [{ message: 'm1' }],
    [{ error: { message: 'm1' } }],
    [{ '@type': 'Error', message: 'm1' }]
  ])('the client carries status and message from %j', async (body) => {
    nock(HOST).get(`${ROOT}/Atom/a1`).reply(404, body)
    const error = (await client().get('Atom/a1', item).catch((e: unknown) => e)) as BoomiApiError
    expect(error).toMatchObject({ status: 404, kind: 'not-found', boomiMessage: 'm1' })
  })
})

