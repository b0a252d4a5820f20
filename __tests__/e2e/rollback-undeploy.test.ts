// command: rollback and command: undeploy, run as a GitHub runner runs the bundled action, against
// the fake Boomi after some releases (withDeploymentHistory): in PROD 'Nightly Orders Sync' went
// 1.0 → 1.1 → 1.2, 'Orders API' 3.0 → 4.0 (the 3.0 package deleted since), 'Orders Listener' has
// one deployment.
import { HISTORY, withDeploymentHistory } from '../fake-boomi/sample-account.mjs'
import { baseInputs, changesSince, IDS, result, runAction, startFakeBoomi, type Fake } from './harness.js'

let fake: Fake
beforeEach(async () => {
  fake = await startFakeBoomi(withDeploymentHistory())
})
afterEach(async () => {
  await fake.close()
})

const activeIn = (environmentId: string, componentId: string) =>
  fake.state.deployments.filter((d) => d.active && d.environmentId === environmentId && d.componentId === componentId)

describe('rollback', () => {
  const inputs = () => ({ ...baseInputs(fake), command: 'rollback', components: 'Nightly Orders Sync', environment: 'PROD' })

  test('dry run shows the plan and changes nothing', async () => {
    const run = await runAction({ inputs: { ...inputs(), 'dry-run': 'true' } })
    expect(run.code).toBe(0)
    expect(result(run).components.map((c) => [c.name, c.packageVersion, c.packageId, c.deployment])).toEqual([
      ['Nightly Orders Sync', '1.1', HISTORY.nightly.v11, 'will deploy']
    ])
    expect(run.summary).toContain('Boomi rollback → PROD (dry run')
    // Revision 12 → 10: a downgrade, which a rollback makes without allow-downgrade.
    expect(run.summary).toContain('will deploy (replaces 1.2, revision 12)')
    expect(changesSince(fake, 0)).toBe(0)
  })

  test('deploys the package that was active before the current one; again goes one step further back', async () => {
    const first = await runAction({ inputs: inputs() })
    expect(first.code).toBe(0)
    expect(activeIn(IDS.env.PROD, IDS.component.nightly).map((d) => d.packageId)).toEqual([HISTORY.nightly.v11])
    // TEST is another environment: untouched.
    expect(activeIn(IDS.env.TEST, IDS.component.nightly).map((d) => d.packageId)).toEqual([HISTORY.nightly.v12])
    expect(result(first).components[0]).toMatchObject({ package: 'given', deployment: 'deployed', packageVersion: '1.1' })
    expect(JSON.parse(first.outputs['deployment-ids']!)).toEqual(activeIn(IDS.env.PROD, IDS.component.nightly).map((d) => d.deploymentId))

    // The history is now 1.0, 1.1, 1.2, 1.1 (active): before the current one was 1.2.
    const second = await runAction({ inputs: inputs() })
    expect(second.code).toBe(0)
    expect(activeIn(IDS.env.PROD, IDS.component.nightly).map((d) => d.packageId)).toEqual([HISTORY.nightly.v12])
  })

  test('refuses before any change, naming each component without an earlier package or whose package was deleted', async () => {
    const nothingBefore = await runAction({ inputs: { ...inputs(), components: 'Nightly Orders Sync\nOrders Listener\nOrders API' } })
    expect(nothingBefore.code).not.toBe(0)
    expect(nothingBefore.stdout).toContain("'Orders Listener' (" + IDS.component.listener + ") has no earlier package in PROD's deployment history than the active 1.0")
    expect(changesSince(fake, 0)).toBe(0)

    const deleted = await runAction({ inputs: { ...inputs(), components: 'Orders API' } })
    expect(deleted.code).not.toBe(0)
    expect(deleted.stdout).toContain(`'Orders API': the package to roll back to, 3.0 (${HISTORY.ordersApi.v30}`)
    expect(deleted.stdout).toContain('is deleted')

    const notDeployed = await runAction({ inputs: { ...inputs(), components: 'Returns/Orders Sync' } })
    expect(notDeployed.stdout).toContain("'Orders Sync' (" + IDS.component.ordersSyncReturns + ') is not deployed in PROD: there is nothing to roll back.')
    expect(changesSince(fake, 0)).toBe(0)
  })
})

describe('undeploy', () => {
  const inputs = () => ({ ...baseInputs(fake), command: 'undeploy', 'component-ids': `${IDS.component.nightly}\n${IDS.component.ordersSync}`, environment: 'PROD' })

  test('dry run shows the plan and changes nothing', async () => {
    const run = await runAction({ inputs: { ...inputs(), 'dry-run': 'true' } })
    expect(run.code).toBe(0)
    expect(result(run).components.map((c) => [c.name, c.packageVersion, c.deploymentId, c.deployment])).toEqual([
      ['Nightly Orders Sync', '1.2', HISTORY.deployment.nightly12, 'will undeploy'],
      ['Orders Sync', null, null, 'not deployed']
    ])
    expect(run.summary).toContain('Boomi undeploy → PROD (dry run')
    expect(changesSince(fake, 0)).toBe(0)
  })

  test('removes the active deployment with DELETE and nothing else; a re-run changes nothing', async () => {
    const run = await runAction({ inputs: inputs() })
    expect(run.code).toBe(0)
    expect(fake.changingRequests().map((r) => [r.method, r.path])).toEqual([['DELETE', `/DeployedPackage/${HISTORY.deployment.nightly12}`]])
    expect(activeIn(IDS.env.PROD, IDS.component.nightly)).toEqual([])
    expect(activeIn(IDS.env.TEST, IDS.component.nightly)).toHaveLength(1)
    expect(result(run).components.map((c) => c.deployment)).toEqual(['undeployed', 'not deployed'])
    expect(JSON.parse(run.outputs['deployment-ids']!)).toEqual([HISTORY.deployment.nightly12])

    const before = fake.requests.length
    const again = await runAction({ inputs: inputs() })
    expect(again.code).toBe(0)
    expect(changesSince(fake, before)).toBe(0)
    expect(result(again).components.map((c) => c.deployment)).toEqual(['not deployed', 'not deployed'])
  })

  test('a DELETE whose answer was lost is retried; Boomi then finds it gone, and a fresh read confirms it', async () => {
    fake.inject({ method: 'DELETE', path: /^\/DeployedPackage\//, afterApply: true, status: 503 })
    const run = await runAction({ inputs: inputs() })
    expect(run.code).toBe(0)
    const deletes = fake.requests.filter((r) => r.method === 'DELETE')
    expect(deletes.map((r) => r.status)).toEqual([503, 400])
    expect(result(run).components[0]).toMatchObject({ deployment: 'undeployed' })
    expect(activeIn(IDS.env.PROD, IDS.component.nightly)).toEqual([])
  })

  test('a component deleted in Boomi can still be retired by ID', async () => {
    fake.state.components.find((c) => c.componentId === IDS.component.nightly)!.deleted = true
    const run = await runAction({ inputs: { ...inputs(), 'component-ids': IDS.component.nightly } })
    expect(run.code).toBe(0)
    expect(activeIn(IDS.env.PROD, IDS.component.nightly)).toEqual([])
  })
})
