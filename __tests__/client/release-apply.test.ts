// Created or reused, deployed or already active: decided by the path that produced the result,
// never by fields Boomi's documented answers do not carry.
import nock from 'nock'
import { applyRelease, recoveryFloor } from '../../src/apply/release.js'
import { BoomiClient } from '../../src/boomi/client.js'
import type { ReleaseItem } from '../../src/plan/release.js'
import { componentReports } from '../../src/report.js'

const HOST = 'https://api.boomi.test'
const ROOT = '/api/rest/v1/acme-1'
const ENV = 'e0000000-0000-4000-8000-000000000001'
const COMPONENT = 'c0000000-0000-4000-8000-000000000001'
const NOTES = 'boomi-deploy: acme/x@0123456789ab'

const client = () =>
  new BoomiClient({ baseUrl: `${HOST}/api/rest/v1`, accountId: 'acme-1', username: 'BOOMI_TOKEN.ci', token: 'tok', maxRequestsPerSecond: 1000, retry: { baseDelayMs: 0, maxDelayMs: 0 } })

const item: ReleaseItem = {
  componentId: COMPONENT,
  componentName: 'Orders',
  componentType: 'process',
  packageStep: { action: 'create', packageVersion: '2.0' },
  deployStep: { action: 'deploy' }
}

/** The spec's documented create answer: no notes, no deleted. */
const created = { '@type': 'PackagedComponent', packageId: 'p1', packageVersion: '2.0', componentId: COMPONENT, componentVersion: '3.0', componentType: 'process', createdDate: '2026-01-01T00:00:00Z', createdBy: 'ci', shareable: false }
const deployment = { '@type': 'DeployedPackage', deploymentId: 'd1', packageId: 'p1', packageVersion: '2.0', environmentId: ENV, componentId: COMPONENT, active: true }

async function run() {
  const reports = componentReports([item], false)
  await applyRelease([item], reports, { client: client(), environmentId: ENV, notes: NOTES, startedAt: '2026-01-01T00:00:00.123Z', log: () => undefined, warn: () => undefined })
  return reports[0]!
}

beforeEach(() => {
  nock.disableNetConnect()
})

test('a create answered without notes is "created"', async () => {
  nock(HOST).post(`${ROOT}/PackagedComponent`).reply(200, created).post(`${ROOT}/DeployedPackage`).reply(200, deployment)
  expect(await run()).toMatchObject({ package: 'created', deployment: 'deployed', packageId: 'p1', deploymentId: 'd1' })
})

test('a create refused because a concurrent run made the version is "reused"; a deploy refused as a duplicate is "already active"', async () => {
  nock(HOST)
    .post(`${ROOT}/PackagedComponent`)
    .reply(400, { message: 'Version 2.0 already exists' })
    .post(`${ROOT}/PackagedComponent/query`)
    .reply(200, { numberOfResults: 1, result: [{ ...created, notes: 'another run', deleted: false }] })
    .post(`${ROOT}/DeployedPackage`)
    .reply(400, { message: 'Duplicate deployment: the package is already deployed' })
    .post(`${ROOT}/DeployedPackage/query`)
    .reply(200, { numberOfResults: 1, result: [deployment] })
  expect(await run()).toMatchObject({ package: 'reused', deployment: 'already active', deploymentId: 'd1' })
})

test('a create whose answer was lost and that is then found is ours: "created" and "deployed"', async () => {
  nock(HOST)
    .post(`${ROOT}/PackagedComponent`)
    .reply(502, 'Bad gateway')
    .post(`${ROOT}/PackagedComponent/query`)
    .reply(200, { numberOfResults: 1, result: [{ ...created, notes: NOTES, deleted: false }] })
    .post(`${ROOT}/DeployedPackage`)
    .reply(504, 'Gateway timeout')
    .post(`${ROOT}/DeployedPackage/query`)
    .reply(200, { numberOfResults: 1, result: [deployment] })
  expect(await run()).toMatchObject({ package: 'created', deployment: 'deployed' })
})

test("the lost-create lookup starts before the run began: Boomi's clock may lag and its dates have whole seconds", () => {
  expect(recoveryFloor('2026-01-01T00:00:00.923Z')).toBe('2025-12-31T23:58:00Z')
})
