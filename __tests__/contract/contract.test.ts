// The contract checker itself: it must pass Boomi's own documented examples and catch what leaves
// the spec. The end-to-end harness runs it over every request and answer of every e2e test.
import { existsSync, readFileSync } from 'node:fs'
import { OFFICIAL_SPEC, render, SUBSET } from '../../scripts/openapi-subset.mjs'
import { checkAnswer, checkRequest, checkTraffic, operationFor } from './openapi.mjs'

const ID = '11111111-2222-3333-4444-555555555555'
const schedule = { minutes: '0', hours: '6', daysOfWeek: '*', daysOfMonth: '*', months: '*', years: '*' }

test('literal paths win over templates', () => {
  expect(operationFor('POST', '/PackagedComponent/query')?.template).toBe('/PackagedComponent/query')
  expect(operationFor('POST', `/EnvironmentExtensions/${ID}`)?.template).toBe('/EnvironmentExtensions/{id}')
  expect(operationFor('POST', '/NoSuchObject/query')).toBeUndefined()
})

test("the spec's documented bulk GET answer passes; a success item with extra keys does not", () => {
  const documented = {
    '@type': 'BulkResult',
    response: [
      { '@type': 'BulkResponse', Result: { '@type': 'ComponentMetadata', componentId: ID, name: 'A', type: 'process' }, statusCode: 200 },
      { '@type': 'BulkResponse', id: 'NOT_A_REAL_ID', statusCode: 400, errorMessage: 'No such component' }
    ]
  }
  expect(checkAnswer('POST', '/ComponentMetadata/bulk', documented)).toEqual([])
  const extra = { response: [{ ...documented.response[0], note: 'x' }] }
  expect(checkAnswer('POST', '/ComponentMetadata/bulk', extra)).toEqual([expect.stringMatching(/unknown keys note/)])
  const errorWithResult = { response: [{ ...documented.response[1], Result: {} }] }
  expect(checkAnswer('POST', '/ComponentMetadata/bulk', errorWithResult)).not.toEqual([])
})

test('requests: "@type", a wrong type, a missing required field and missing extension sections are caught', () => {
  expect(checkRequest('POST', '/PackagedComponent', { componentId: ID, packageVersion: '1.0', notes: 'n' })).toEqual([])
  expect(checkRequest('POST', '/PackagedComponent', { packageVersion: '1.0' })).not.toEqual([])
  const item = { id: 'x', atomId: ID, processId: ID, Schedule: [schedule], Retry: { Schedule: [], maxRetry: 5 } }
  expect(checkRequest('POST', '/ProcessSchedules/bulk', { type: 'UPDATE', request: [item] })).toEqual([])
  expect(checkRequest('POST', '/ProcessSchedules/bulk', { type: 'UPDATE', request: [{ ...item, Retry: { Schedule: [], maxRetry: 'five' } }] })).not.toEqual([])
  expect(checkRequest('POST', '/ProcessSchedules/bulk', { type: 'UPDATE', request: [{ ...item, '@type': 'ProcessSchedules' }] })).toEqual([
    expect.stringMatching(/\/request\/0: "@type" sent/)
  ])
  const partial = { id: ID, partial: true, connections: { connection: [] } }
  expect(checkRequest('POST', `/EnvironmentExtensions/${ID}`, partial)).toEqual([expect.stringMatching(/sections .*operations.* missing/)])
})

test('answers: the documented create answer passes; a query result of the wrong shape does not', () => {
  const created = { '@type': 'PackagedComponent', packageId: ID, packageVersion: '1.3', componentId: ID, componentVersion: '2.0', componentType: 'process', createdDate: '2017-11-01T18:40:55Z', createdBy: 'user@boomi.com', shareable: true }
  expect(checkAnswer('POST', '/PackagedComponent', created)).toEqual([])
  expect(checkAnswer('POST', '/PackagedComponent/query', { numberOfResults: 1, result: [{ ...created, createdDate: 'yesterday' }] })).not.toEqual([])
  expect(checkAnswer('POST', '/DeployedPackage/query', { numberOfResults: 'one' })).not.toEqual([])
})

test('recorded traffic: the queryMore token and error answers are not JSON bodies to check', () => {
  const traffic = [
    { method: 'POST', path: '/Environment/queryMore', body: 'abc+/=', status: 200, answer: { numberOfResults: 0 } },
    { method: 'POST', path: '/PackagedComponent', body: { componentId: ID }, status: 400, answer: undefined }
  ]
  expect(checkTraffic(traffic)).toEqual([])
})

// The committed subset is what a clean clone without ../shared validates against: it must stay
// exactly what scripts/openapi-subset.mjs derives from Boomi's official document.
const officialSpec = existsSync(OFFICIAL_SPEC)
;(officialSpec ? test : test.skip)('the committed OpenAPI subset is derived from the official document, unchanged', () => {
  expect(readFileSync(SUBSET, 'utf8')).toBe(render(readFileSync(OFFICIAL_SPEC, 'utf8')))
})

test('the committed subset covers every operation the action calls', () => {
  const subset = JSON.parse(readFileSync(SUBSET, 'utf8')) as { paths: Record<string, unknown> }
  for (const path of ['/PackagedComponent', '/PackagedComponent/query', '/PackagedComponent/bulk', '/DeployedPackage', '/DeployedPackage/{id}', '/ComponentMetadata/bulk', '/EnvironmentExtensions/{id}', '/ProcessSchedules/bulk', '/ProcessScheduleStatus/{id}', '/Environment/query', '/EnvironmentAtomAttachment/query', '/Atom/query']) {
    expect(Object.keys(subset.paths)).toContain(path)
  }
})
