// The release's read and apply halves against the fake Boomi: what reaches Boomi and what the
// report says, for the failures and recoveries the end-to-end runs cannot arrange precisely.
import { applyRelease } from '../../src/apply/release.js'
import { readRelease } from '../../src/read/release.js'
import { componentReports } from '../../src/report.js'
import { type Fake, fakeClient, fakePerTest, IDS, sent } from '../helpers/fake-client.js'

const NOTES = 'boomi-deploy run 4242'
const { nightly, ordersApi, listener, ordersDb, legacyExport } = IDS.component

const start = fakePerTest()

type Target = Parameters<typeof readRelease>[1]
const target = (t: Partial<Target>): Target => ({
  command: 'deploy',
  components: [],
  componentIds: [],
  packageIds: [],
  allowDowngrade: false,
  onlyChanged: false,
  ...t
})

/** Reads, plans and applies one release as the action does; the reports and warnings it gave. */
async function release(f: Fake, t: Partial<Target>, startedAt = new Date(Date.now() - 1000).toISOString()) {
  const client = fakeClient(f)
  const plan = await readRelease(client, target(t))
  const reports = componentReports(plan.items, false)
  const warnings: string[] = []
  let error: unknown
  try {
    await applyRelease(plan.items, reports, {
      client,
      ...(plan.environment ? { environmentId: plan.environment.id } : {}),
      notes: NOTES,
      startedAt,
      log: () => undefined,
      warn: (m) => warnings.push(m)
    })
  } catch (e) {
    error = e
  }
  return { reports, warnings, error }
}

function pkg(componentId: string, packageVersion: string, extra: Record<string, unknown> = {}) {
  return {
    packageId: `pkg-${componentId.slice(-2)}-${packageVersion}`,
    packageVersion,
    componentId,
    componentVersion: '1',
    componentType: 'process',
    createdDate: '2025-01-01T00:00:00Z',
    createdBy: 'dev@acme.example',
    shareable: false,
    deleted: false,
    ...extra
  }
}

describe('after the first failure', () => {
  test('no new package or deployment starts; the others are reported not started', async () => {
    const f = await start()
    // The first package create is refused; the others are answered late, after that refusal.
    f.inject({ method: 'POST', path: '/PackagedComponent', status: 400, message: 'Component is locked' })
    f.inject({ method: 'POST', path: '/PackagedComponent', delayMs: 400, times: 2 })
    const { reports, error } = await release(f, { environment: 'TEST', componentIds: [nightly, ordersApi, listener], packageVersion: '1.0.0' })
    expect(error).toBeDefined()
    expect(sent(f, 'POST', '/DeployedPackage')).toHaveLength(0)
    // Requests may reach Boomi in any order: which component was refused is not fixed.
    expect(reports.filter((r) => r.package === 'failed' && r.error?.includes('Component is locked'))).toHaveLength(1)
    expect(reports.filter((r) => r.deployment === 'not started')).toHaveLength(3)
  })
})

describe('a deployment whose answer was lost', () => {
  test('is recovered only as a deployment of the package it sent, not an older active one', async () => {
    const older = pkg(nightly, '0.9.0')
    const f = await start((seed) => {
      seed.packages!.push(older)
      seed.deployments!.push({
        deploymentId: 'dep-older',
        version: 1,
        packageId: older.packageId,
        packageVersion: older.packageVersion,
        environmentId: IDS.env.TEST,
        componentId: nightly,
        componentVersion: '1',
        componentType: 'process',
        deployedDate: '2025-01-02T00:00:00Z',
        deployedBy: 'dev@acme.example',
        active: true
      })
    })
    // Not applied, no answer: the recovery finds only the older package active.
    f.inject({ method: 'POST', path: '/DeployedPackage', destroySocket: true })
    const { reports, error } = await release(f, { environment: 'TEST', componentIds: [nightly], packageVersion: '1.0.0' })
    expect(error).toBeUndefined()
    const active = f.state.deployments.filter((d) => d.active && d.environmentId === IDS.env.TEST && d.componentId === nightly)
    expect(active).toHaveLength(1)
    expect(active[0]!.packageVersion).toBe('1.0.0')
    expect(reports[0]).toMatchObject({ deployment: 'deployed', deploymentId: active[0]!.deploymentId })
  })

  test('that did reach Boomi is adopted, with no second deployment', async () => {
    const f = await start()
    f.inject({ method: 'POST', path: '/DeployedPackage', afterApply: true, status: 502 })
    const { reports, error } = await release(f, { environment: 'TEST', componentIds: [nightly], packageVersion: '1.0.0' })
    expect(error).toBeUndefined()
    expect(f.state.deployments).toHaveLength(1)
    expect(reports[0]).toMatchObject({ deployment: 'deployed', deploymentId: f.state.deployments[0]!.deploymentId })
  })
})

describe('a version-less package whose answer was lost', () => {
  test('is recovered as the newest package since the start with this run\'s notes, never another run\'s', async () => {
    const startedAt = new Date(Date.now() - 60_000).toISOString()
    const later = new Date(Date.now() + 3_600_000).toISOString()
    const f = await start((seed) => {
      // An earlier package of ours since the start, and a newer one of another run.
      seed.packages!.push(pkg(nightly, '1.0', { createdDate: startedAt, notes: NOTES }))
      seed.packages!.push(pkg(nightly, '2.0', { createdDate: later, notes: 'another run' }))
    })
    f.inject({ method: 'POST', path: '/PackagedComponent', afterApply: true, status: 502 })
    const { reports, error } = await release(f, { componentIds: [nightly] }, startedAt)
    expect(error).toBeUndefined()
    const made = f.state.packages.find((p) => p.packageVersion === '3.0')!
    expect(made).toBeDefined()
    expect(f.state.packages).toHaveLength(3)
    expect(reports[0]).toMatchObject({ package: 'created', packageId: made.packageId, packageVersion: '3.0' })
  })
})

describe('a package with the wanted version', () => {
  test('made by a concurrent run after the read is reused, and reported reused', async () => {
    const f = await start()
    const client = fakeClient(f)
    const plan = await readRelease(client, target({ componentIds: [nightly], packageVersion: '1.0.0' }))
    const theirs = pkg(nightly, '1.0.0', { notes: 'another run' })
    f.state.packages.push(theirs)
    const reports = componentReports(plan.items, false)
    await applyRelease(plan.items, reports, { client, notes: NOTES, startedAt: new Date().toISOString(), log: () => undefined, warn: () => undefined })
    expect(f.state.packages).toHaveLength(1)
    expect(reports[0]).toMatchObject({ package: 'reused', packageId: theirs.packageId })
  })

  test('that is deleted is not reused: a new package is planned', async () => {
    const f = await start((seed) => {
      seed.packages!.push(pkg(nightly, '1.0.0', { deleted: true }))
    })
    const plan = await readRelease(fakeClient(f), target({ componentIds: [nightly], packageVersion: '1.0.0' }))
    expect(plan.items[0]!.packageStep).toEqual({ action: 'create', packageVersion: '1.0.0' })
  })
})

describe('the read half refuses, before any change', () => {
  test('a deleted package in package-ids', async () => {
    const gone = pkg(nightly, '0.5.0', { deleted: true })
    const f = await start((seed) => {
      seed.packages!.push(gone)
    })
    await expect(readRelease(fakeClient(f), target({ environment: 'TEST', packageIds: [gone.packageId] }))).rejects.toThrow(
      new RegExp(`package-ids.*${gone.packageId}.*deleted`)
    )
    expect(f.changingRequests()).toHaveLength(0)
  })

  test.each([
    ['a connection', ordersDb, /Orders DB.*connector-settings/],
    ['a deleted process', legacyExport, /Legacy Orders Export.*deleted/]
  ])('%s in component-ids', async (_what, id, message) => {
    const f = await start()
    await expect(readRelease(fakeClient(f), target({ componentIds: [id, nightly] }))).rejects.toThrow(message)
    expect(f.changingRequests()).toHaveLength(0)
  })
})

describe('environments', () => {
  test.each([
    ['the target', { environment: 'prod', requireDeployedIn: 'TEST' }],
    ['the gate', { environment: 'PROD', requireDeployedIn: 'test' }]
  ])('a name in another case is found for %s while the other name matches exactly', async (_which, names) => {
    const f = await start()
    const plan = await readRelease(fakeClient(f), target({ ...names, componentIds: [nightly], packageVersion: '1.0.0' })).catch((e: Error) => e)
    // The gate refuses (nothing is deployed in TEST): both names were resolved.
    expect(plan).toBeInstanceOf(Error)
    expect((plan as Error).message).toMatch(/Promotion gate/)
    expect((plan as Error).message).not.toMatch(/no environment/i)
  })
})
