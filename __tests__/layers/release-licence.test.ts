// Boomi deploys over the account's connection licences but says so: the action must pass that on.
// Boomi's answer is arranged with nock (the fake has no licence count).
import nock from 'nock'
import '../helpers/nock-hygiene.js'
import { applyRelease } from '../../src/apply/release.js'
import { BoomiClient } from '../../src/boomi/client.js'
import { componentReports, type ComponentReport } from '../../src/report.js'

const ACCOUNT = 'acme-ABC123'
const NOTES = 'boomi-deploy run 4242'

describe('a deployment over the licence count', () => {
  test("Boomi's message is a warning on the component and in the log", async () => {
    const HOST = 'https://licence.boomi.test'
    const root = `/api/rest/v1/${ACCOUNT}`
    const message = 'The deployment exceeds the number of licensed connections (Standard: 5 of 4).'
    nock(HOST)
      .post(`${root}/DeployedPackage`)
      .reply(200, { '@type': 'DeployedPackage', deploymentId: 'd1', packageId: 'p1', environmentId: 'e1', componentId: 'c1', active: true, message })
    const client = new BoomiClient({ baseUrl: `${HOST}/api/rest/v1`, accountId: ACCOUNT, username: 'u', token: 't', maxRequestsPerSecond: 1000, retry: { baseDelayMs: 0, maxDelayMs: 0 } })
    const given = { packageId: 'p1', packageVersion: '1.0', componentId: 'c1' }
    const items = [
      { componentId: 'c1', componentName: 'Orders', componentType: 'process', packageStep: { action: 'given' as const, package: given }, deployStep: { action: 'deploy' as const } }
    ]
    const reports: ComponentReport[] = componentReports(items, false)
    const warnings: string[] = []
    await applyRelease(items, reports, { client, environmentId: 'e1', notes: NOTES, startedAt: '', log: () => undefined, warn: (m) => warnings.push(m) })
    expect(reports[0]).toMatchObject({ deployment: 'deployed', warning: message })
    expect(warnings).toEqual([expect.stringContaining(message)])
  })
})
