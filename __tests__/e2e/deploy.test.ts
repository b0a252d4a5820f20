// Package and deploy, run as a GitHub runner runs the bundled action, against the fake Boomi.
import { baseInputs, changesSince, IDS, result, runAction, sampleAccount, startFakeBoomi, TOKEN, visibleExceptMaskCommands, type Fake } from './harness.js'

let fake: Fake
beforeEach(async () => {
  fake = await startFakeBoomi(sampleAccount())
})
afterEach(async () => {
  await fake.close()
})

const components = `${IDS.component.nightly}\n${IDS.component.ordersApi}`

test('packages and deploys two components to TEST by name; a second identical run changes nothing', async () => {
  const inputs = { ...baseInputs(fake), 'component-ids': components, 'package-version': '1.4.7', environment: 'TEST' }
  const first = await runAction({ inputs })
  expect(first.code).toBe(0)

  const packageIds = JSON.parse(first.outputs['package-ids']!) as string[]
  const deploymentIds = JSON.parse(first.outputs['deployment-ids']!) as string[]
  expect(packageIds).toHaveLength(2)
  expect(deploymentIds).toHaveLength(2)
  expect(first.outputs['environment-id']).toBe(IDS.env.TEST)
  expect(result(first).components.map((c) => [c.name, c.packageVersion, c.package, c.deployment])).toEqual([
    ['Nightly Orders Sync', '1.4.7', 'created', 'deployed'],
    ['Orders API', '1.4.7', 'created', 'deployed']
  ])

  // Boomi's state agrees with the outputs, in input order.
  const packages = fake.state.packages.filter((p) => p.packageVersion === '1.4.7')
  expect(packages.map((p) => p.componentId).sort()).toEqual([IDS.component.nightly, IDS.component.ordersApi].sort())
  const nightlyPackage = packages.find((p) => p.componentId === IDS.component.nightly)!
  expect(packageIds[0]).toBe(nightlyPackage.packageId)
  expect(nightlyPackage.notes).toContain('acme/integrations@0123456789ab')
  const active = fake.state.deployments.filter((d) => d.active && d.environmentId === IDS.env.TEST)
  expect(active.map((d) => d.deploymentId).sort()).toEqual([...deploymentIds].sort())

  expect(first.summary).toContain('Nightly Orders Sync')
  expect(first.summary).toContain(packageIds[0])
  expect(first.summary).toContain('deployed')

  const before = fake.requests.length
  const second = await runAction({ inputs })
  expect(second.code).toBe(0)
  expect(changesSince(fake, before)).toBe(0)
  expect(second.outputs['package-ids']).toBe(first.outputs['package-ids'])
  expect(second.outputs['deployment-ids']).toBe(first.outputs['deployment-ids'])
  expect(result(second).components.map((c) => [c.package, c.deployment])).toEqual([
    ['reused', 'already active'],
    ['reused', 'already active']
  ])

  for (const run of [first, second]) {
    expect(visibleExceptMaskCommands(run)).not.toContain(TOKEN)
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
  }
})

test('the environment can be given by ID; without package-version each run makes a new package', async () => {
  const inputs = { ...baseInputs(fake), 'component-ids': IDS.component.nightly, environment: IDS.env.TEST }
  const first = await runAction({ inputs })
  const second = await runAction({ inputs })
  expect([first.code, second.code]).toEqual([0, 0])
  expect(first.outputs['environment-id']).toBe(IDS.env.TEST)
  const [p1] = JSON.parse(first.outputs['package-ids']!) as string[]
  const [p2] = JSON.parse(second.outputs['package-ids']!) as string[]
  expect(p1).not.toBe(p2)
  const active = fake.state.deployments.filter((d) => d.active && d.componentId === IDS.component.nightly && d.environmentId === IDS.env.TEST)
  expect(active.map((d) => d.packageId)).toEqual([p2])
})

test('without an environment the action only packages', async () => {
  const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': components, 'package-version': '2.0' } })
  expect(run.code).toBe(0)
  expect(run.outputs['deployment-ids']).toBe('[]')
  expect(run.outputs['environment-id']).toBe('')
  expect(fake.state.deployments).toHaveLength(0)
  expect(fake.state.packages).toHaveLength(2)
})

test('an unknown environment name fails listing the known ones, with no change made', async () => {
  const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': components, 'package-version': '1.0', environment: 'STAGE' } })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toMatch(/::error( [^:]*)?::Input 'environment': no environment named or with ID 'STAGE'\. Known environments: 'TEST', 'PROD'/)
  expect(fake.changingRequests()).toHaveLength(0)
  expect(result(run).status).toBe('failed')
})

test('bad input fails before any request', async () => {
  const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': 'Nightly Orders Sync', environment: 'TEST' } })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toMatch(/Input 'component-ids' contains 'Nightly Orders Sync', which is not a component ID/)
  expect(fake.requests).toHaveLength(0)
})

test('an unknown component ID fails naming it, with no change made', async () => {
  const unknown = '00000000-0000-4000-8000-000000000000'
  const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': `${IDS.component.nightly},${unknown}`, environment: 'TEST' } })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toContain(unknown)
  expect(fake.changingRequests()).toHaveLength(0)
})

test('dry-run reads everything, changes nothing and shows the plan', async () => {
  const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': components, 'package-version': '3.0', environment: 'TEST', 'dry-run': 'true' } })
  expect(run.code).toBe(0)
  expect(fake.changingRequests()).toHaveLength(0)
  expect(result(run).components.map((c) => [c.package, c.deployment])).toEqual([
    ['will create', 'will deploy'],
    ['will create', 'will deploy']
  ])
  expect(run.summary).toMatch(/dry run/)
})

test('a wrong token fails fast with an authentication message', async () => {
  const run = await runAction({ inputs: { ...baseInputs(fake), 'api-token': 'wrong-token', 'component-ids': components, environment: 'TEST' } })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toMatch(/Unauthorized \(HTTP 401\): Boomi rejected the credentials/)
  expect(run.stdout).toMatch(/BOOMI_TOKEN\./)
  expect(fake.requests.length).toBeLessThanOrEqual(3)
  expect(fake.changingRequests()).toHaveLength(0)
})

test('a failure in the middle of a release reports what was done; a re-run finishes without duplicates', async () => {
  const inputs = { ...baseInputs(fake), 'component-ids': components, 'package-version': '5.0', environment: 'TEST' }
  fake.inject({ method: 'POST', path: '/DeployedPackage', status: 400, times: 1 })
  const failed = await runAction({ inputs })
  expect(failed.code).not.toBe(0)
  const report = result(failed)
  expect(report.status).toBe('failed')
  expect(report.components.filter((c) => c.deployment === 'failed')).toHaveLength(1)
  expect(failed.summary).toMatch(/Failed/)
  expect(failed.stdout).toMatch(/Boomi was changed before this failure; what each step did is listed below\. A re-run reuses what was done and finishes the rest\./)

  const rerun = await runAction({ inputs })
  expect(rerun.code).toBe(0)
  expect(fake.state.packages.filter((p) => p.packageVersion === '5.0')).toHaveLength(2)
  const active = fake.state.deployments.filter((d) => d.active && d.environmentId === IDS.env.TEST)
  expect(active).toHaveLength(2)
  expect(result(rerun).components.map((c) => c.package)).toEqual(['reused', 'reused'])
})

test('environments are found with one query; a name in another case is found among all of them', async () => {
  const exact = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': IDS.component.nightly, environment: 'TEST', 'dry-run': 'true' } })
  expect(exact.code).toBe(0)
  expect(fake.requests.filter((r) => r.path === '/Environment/query')).toHaveLength(1)

  const before = fake.requests.length
  const folded = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': IDS.component.nightly, environment: 'test', 'dry-run': 'true' } })
  expect(folded.code).toBe(0)
  expect(folded.outputs['environment-id']).toBe(IDS.env.TEST)
  expect(fake.requests.slice(before).filter((r) => r.path === '/Environment/query')).toHaveLength(2)
})
