// The client against a local server, for what nock cannot arrange: answers computed from the
// request body, a request that is never answered, and a port where nothing listens.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import { BoomiClient } from '../../src/boomi/client.js'

const item = z.looseObject({ id: z.string() })

function client(overrides: Partial<ConstructorParameters<typeof BoomiClient>[0]> = {}) {
  return new BoomiClient({ baseUrl: 'http://127.0.0.1:1/api/rest/v1', accountId: 'acme-1', username: 'u', token: 't', maxRequestsPerSecond: 1000, retry: { baseDelayMs: 0, maxDelayMs: 0 }, ...overrides })
}

let server: Server | undefined
afterEach(async () => {
  // A request left unanswered must not hold the server open (and the test run with it).
  server?.closeAllConnections()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server = undefined
})

/**
 * A local server that records each JSON body it gets and answers with `answer(body)`, or never
 * answers when `answer` returns undefined.
 */
async function recording<T>(answer: (body: T) => unknown) {
  const bodies: T[] = []
  server = createServer((request, response) => {
    let text = ''
    request.on('data', (chunk: Buffer) => (text += chunk.toString()))
    request.on('end', () => {
      const body = (text ? JSON.parse(text) : undefined) as T
      bodies.push(body)
      const reply = answer(body)
      if (reply === undefined) return
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(reply))
    })
  })
  await new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve(undefined)))
  const { port } = server.address() as AddressInfo
  return { bodies, baseUrl: `http://127.0.0.1:${port}/api/rest/v1` }
}

describe('reads', () => {
  test('a request with no answer in time is a timeout', async () => {
    const { bodies, baseUrl } = await recording(() => undefined)
    const c = client({ baseUrl, timeoutMs: 50, retry: { limit: 1, baseDelayMs: 0, maxDelayMs: 0 } })
    await expect(c.get('Atom/a1', item)).rejects.toMatchObject({ kind: 'timeout' })
    expect(bodies).toHaveLength(2)
  })

})

describe('queries', () => {
  test('run one query per 50 values and join the results', async () => {
    const values = Array.from({ length: 101 }, (_, i) => `c${i}`)
    const { bodies, baseUrl } = await recording<{ QueryFilter: { expression: { argument: string[] } } }>((body) => ({
      result: body.QueryFilter.expression.argument.map((id) => ({ id }))
    }))
    const found = await client({ baseUrl }).queryInChunks('PackagedComponent', values, (ids) => ({ property: 'componentId', operator: 'EQUALS', argument: ids }), item)
    expect(bodies.map((b) => b.QueryFilter.expression.argument.length).sort((a, b) => a - b)).toEqual([1, 50, 50])
    expect(found.map((f) => f.id).sort()).toEqual([...values].sort())
  })

})

describe('bulk', () => {
  test('UPDATE sends at most 15 objects a call and answers per object', async () => {
    const bodies = Array.from({ length: 16 }, (_, i) => ({ id: `s${i}` }))
    const { bodies: calls, baseUrl } = await recording<{ type: string; request: { id: string }[] }>((body) => ({
      response: body.request.map((r) => ({ statusCode: 200, Result: r }))
    }))
    const c = client({ baseUrl })
    const answers = await c.bulkUpdate('ProcessSchedules', bodies)
    expect(calls.map((call) => [call.type, call.request.length])).toEqual([['UPDATE', 15], ['UPDATE', 1]])
    expect(answers).toEqual(bodies.map((b) => ({ id: b.id, ok: true })))
    expect(c.stats.changes).toBe(2)
  })

  test('GET sends at most 100 IDs a call, changes nothing, and answers per ID in request order', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `id${i}`)
    // The first ID is refused (Boomi names it); the rest are found.
    const { bodies, baseUrl } = await recording<{ type: string; request: { id: string }[] }>((body) => ({
      response: body.request.map((r) => (r.id === 'id0' ? { id: r.id, statusCode: 400, errorMessage: 'Invalid id' } : { statusCode: 200, Result: r }))
    }))
    const c = client({ baseUrl })
    const answers = await c.bulkGet('ComponentMetadata', ids, item)
    expect(bodies.map((b) => [b.type, b.request.length])).toEqual([['GET', 100], ['GET', 1]])
    expect(answers[0]).toEqual({ id: 'id0', found: false, message: 'Invalid id', status: 400 })
    expect(answers.slice(1)).toEqual(ids.slice(1).map((id) => ({ id, found: true, value: { id } })))
    expect(c.stats.changes).toBe(0)
  })
})

describe('errors', () => {
  test('a network failure names its cause', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const { baseUrl } = await recording(() => ({}))
    await new Promise((resolve) => server!.close(resolve))
    server = undefined
    const c = client({ baseUrl, retry: { limit: 0 } })
    await expect(c.get('Atom/a1', item)).rejects.toMatchObject({ kind: 'network', boomiMessage: 'ECONNREFUSED' })
  })
})
