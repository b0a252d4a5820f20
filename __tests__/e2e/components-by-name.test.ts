// Components named as people name them (names, Folder/Name, IDs), and listeners deployed paused,
// run as a GitHub runner runs the bundled action against the fake Boomi, whose account holds two
// live processes named 'Orders Sync' (folders Orders and Returns) and a deleted 'Nightly Orders Sync'.
import { baseInputs, changesSince, IDS, result, runAction, sampleAccount, startFakeBoomi, type Fake } from './harness.js'

let fake: Fake
beforeEach(async () => {
  fake = await startFakeBoomi(sampleAccount())
})
afterEach(async () => {
  await fake.close()
})

const metadataQueries = (since: number) => fake.requests.slice(since).filter((r) => r.path === '/ComponentMetadata/query')

test('names, Folder/Name and IDs resolve with one query; the deleted namesake is ignored', async () => {
  const run = await runAction({
    inputs: {
      ...baseInputs(fake),
      components: `Nightly Orders Sync\nReturns/Orders Sync\n${IDS.component.ordersApi}`,
      'package-version': '2.0',
      environment: 'TEST'
    }
  })
  expect(run.code).toBe(0)
  expect(result(run).components.map((c) => [c.id, c.name, c.deployment])).toEqual([
    [IDS.component.nightly, 'Nightly Orders Sync', 'deployed'],
    [IDS.component.ordersSyncReturns, 'Orders Sync', 'deployed'],
    [IDS.component.ordersApi, 'Orders API', 'deployed']
  ])
  expect(fake.state.packages.map((p) => p.componentId).sort()).toEqual([IDS.component.nightly, IDS.component.ordersSyncReturns, IDS.component.ordersApi].sort())
  // One ComponentMetadata query for every name, asking for current, not deleted revisions.
  const queries = metadataQueries(0)
  expect(queries).toHaveLength(1)
  expect(JSON.stringify(queries[0]!.body)).toMatch(/"currentVersion".*"deleted"/)
})

test('an ambiguous name fails before any change, listing each candidate with folder and ID', async () => {
  const run = await runAction({ inputs: { ...baseInputs(fake), components: 'Orders Sync', environment: 'TEST' } })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toContain(
    `Input 'components': 'Orders Sync' names 2 components: process in folder 'Orders' (ID ${IDS.component.ordersSync}); process in folder 'Returns' (ID ${IDS.component.ordersSyncReturns}). Write Folder/Name, or the ID.`
  )
  expect(run.stdout).toContain('Nothing was changed in Boomi.')
  expect(changesSince(fake, 0)).toBe(0)
})

test('an unknown name and a wrong folder are reported together, with the closest names and where the name is', async () => {
  const run = await runAction({ inputs: { ...baseInputs(fake), components: 'Nightly Order Sync, Archive/Orders API', environment: 'TEST' } })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toContain("Input 'components': 2 components could not be resolved")
  expect(run.stdout).toContain("no current (not deleted) component is named 'Nightly Order Sync'. Closest names: 'Nightly Orders Sync'")
  expect(run.stdout).toContain(`no component 'Orders API' is in folder 'Archive' (as Boomi reports the folder); 'Orders API' is webservice in folder 'Orders' (ID ${IDS.component.ordersApi})`)
  expect(changesSince(fake, 0)).toBe(0)
})

test('listener-status paused: the listener is deployed paused, other components without a status; the summary says so', async () => {
  const run = await runAction({
    inputs: { ...baseInputs(fake), components: 'Orders Listener\nOrders API', environment: 'TEST', 'listener-status': 'paused' }
  })
  expect(run.code).toBe(0)
  const created = fake.requests.filter((r) => r.method === 'POST' && r.path === '/DeployedPackage')
  // The webservice gets no listenerStatus: Boomi's fake refuses one for anything but a process.
  expect(created.map((r) => (r.body as { listenerStatus?: string }).listenerStatus).sort()).toEqual(['PAUSED', undefined])
  const listener = fake.state.deployments.find((d) => d.componentId === IDS.component.listener && d.active)!
  expect(listener.listenerStatus).toBe('PAUSED')
  expect(run.summary).toContain('Listener processes: new deployments start <b>paused</b>')
  expect(run.summary).toContain('deployed (listener paused)')
  expect(result(run)).toMatchObject({ listenerStatus: 'paused', command: 'deploy' })
})
