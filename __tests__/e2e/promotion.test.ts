// Promotion TEST → PROD: the same package IDs, the Boomi-side gate, rollback.
import { baseInputs, changesSince, IDS, result, runAction, sampleAccount, startFakeBoomi, type Fake } from './harness.js'

let fake: Fake
beforeEach(async () => {
  fake = await startFakeBoomi(sampleAccount())
})
afterEach(async () => {
  await fake.close()
})

const components = `${IDS.component.nightly}\n${IDS.component.ordersApi}`

async function deployToTest(version: string) {
  const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': components, 'package-version': version, environment: 'TEST' } })
  expect(run.code).toBe(0)
  return run
}

test("TEST's package-ids output, passed verbatim, deploys the same packages to PROD behind the gate", async () => {
  const test = await deployToTest('1.0')
  const packagesBefore = fake.state.packages.length
  const prod = await runAction({
    inputs: { ...baseInputs(fake), 'package-ids': test.outputs['package-ids']!, environment: 'PROD', 'require-deployed-in': 'TEST' }
  })
  expect(prod.code).toBe(0)
  expect(fake.state.packages).toHaveLength(packagesBefore)
  expect(prod.outputs['package-ids']).toBe(test.outputs['package-ids'])
  const activeInProd = fake.state.deployments.filter((d) => d.active && d.environmentId === IDS.env.PROD)
  expect(activeInProd.map((d) => d.packageId).sort()).toEqual((JSON.parse(test.outputs['package-ids']!) as string[]).sort())
  expect(result(prod).components.map((c) => [c.package, c.deployment])).toEqual([
    ['given', 'deployed'],
    ['given', 'deployed']
  ])
  expect(prod.summary).toMatch(/Promotion gate: every package must be active in <b>TEST<\/b> — passed/)
})

test('a superseded package and a never-deployed one are refused, each named with what is active instead', async () => {
  const v1 = await deployToTest('1.0')
  await deployToTest('1.1')
  const [nightlyV1] = JSON.parse(v1.outputs['package-ids']!) as string[]
  // A package of a component that was never deployed to TEST.
  const listenerPackage = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': IDS.component.listener, 'package-version': '9.9' } })
  const [listenerId] = JSON.parse(listenerPackage.outputs['package-ids']!) as string[]

  const before = fake.requests.length
  const prod = await runAction({
    inputs: { ...baseInputs(fake), 'package-ids': JSON.stringify([nightlyV1, listenerId]), environment: 'PROD', 'require-deployed-in': 'TEST' }
  })
  expect(prod.code).not.toBe(0)
  expect(changesSince(fake, before)).toBe(0)
  expect(prod.stdout).toMatch(/Nightly Orders Sync: package 1\.0 \(.+\) is not the active deployment in TEST; active there instead: 1\.1 \(.+\), deployed .+ by ci@acme\.example/)
  expect(prod.stdout).toMatch(/Orders Listener: package 9\.9 \(.+\) is not the active deployment in TEST; nothing of this component is deployed there/)
  expect(prod.stdout).toMatch(/Nothing was changed in Boomi/)
  expect(fake.state.deployments.filter((d) => d.environmentId === IDS.env.PROD)).toHaveLength(0)
})

test('rollback: an older package ID is deployed again without a gate', async () => {
  const v1 = await deployToTest('1.0')
  const v2 = await deployToTest('2.0')
  const rollback = await runAction({ inputs: { ...baseInputs(fake), 'package-ids': v1.outputs['package-ids']!, environment: 'TEST' } })
  expect(rollback.code).toBe(0)
  const active = fake.state.deployments.filter((d) => d.active && d.environmentId === IDS.env.TEST)
  expect(active.map((d) => d.packageId).sort()).toEqual((JSON.parse(v1.outputs['package-ids']!) as string[]).sort())
  expect(result(rollback).components[0]).toMatchObject({ deployment: 'deployed', replaced: '2.0' })
  expect(v2.outputs['package-ids']).not.toBe(v1.outputs['package-ids'])
})

test('two packages of one component are refused before any change', async () => {
  const v1 = await deployToTest('1.0')
  const v2 = await deployToTest('2.0')
  const ids = [(JSON.parse(v1.outputs['package-ids']!) as string[])[0], (JSON.parse(v2.outputs['package-ids']!) as string[])[0]]
  const before = fake.requests.length
  const run = await runAction({ inputs: { ...baseInputs(fake), 'package-ids': ids.join(','), environment: 'PROD' } })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toMatch(/versions of the same component/)
  expect(changesSince(fake, before)).toBe(0)
})
