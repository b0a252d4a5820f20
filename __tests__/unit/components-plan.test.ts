import type { ComponentMetadata } from '../../src/boomi/components.js'
import type { DeployedPackage } from '../../src/boomi/deployments.js'
import { describeUnknown, namesToQuery, parseComponentRef, resolveNames } from '../../src/plan/components.js'
import { closestNames } from '../../src/plan/resolve.js'
import { chooseRollbacks, rollbackItems, undeployItems } from '../../src/plan/rollback.js'

const ID = '0f6c1a3e-1111-4a5b-9c0d-aaaaaaaaaaaa'

function component(componentId: string, name: string, folderName: string, type = 'process'): ComponentMetadata {
  return { componentId, name, type, folderName, currentVersion: true, deleted: false }
}

const syncOrders = component('c1', 'Orders Sync', 'Orders')
const syncReturns = component('c2', 'Orders Sync', 'Returns')
const nightly = component('c3', 'Nightly Orders Sync', 'Orders')
const slashed = component('c4', 'EDI 850/855', 'EDI')
const connection = component('c5', 'Nightly Orders Sync', 'Orders', 'connector-settings')

describe('component references', () => {
  test('IDs, names and Folder/Name split at the last slash', () => {
    expect(parseComponentRef(ID)).toEqual({ kind: 'id', text: ID })
    expect(parseComponentRef('Orders Sync')).toEqual({ kind: 'name', text: 'Orders Sync', name: 'Orders Sync' })
    expect(parseComponentRef('Acme/Orders/Nightly Orders Sync')).toEqual({ kind: 'name', text: 'Acme/Orders/Nightly Orders Sync', name: 'Nightly Orders Sync', folder: 'Acme/Orders' })
    // Every form a name may take is queried at once.
    expect(namesToQuery(['EDI 850/855', 'Orders Sync', ID].map(parseComponentRef))).toEqual(['EDI 850/855', '855', 'Orders Sync'])
  })

  test('resolves a unique name, a folder, a whole name with a slash; prefers the packageable namesake', () => {
    const refs = ['Nightly Orders Sync', 'Returns/Orders Sync', 'EDI 850/855'].map(parseComponentRef)
    const outcome = resolveNames(refs, [syncOrders, syncReturns, nightly, slashed, connection])
    expect([...outcome.resolved.entries()].map(([k, v]) => [k, v.componentId])).toEqual([
      ['Nightly Orders Sync', 'c3'],
      ['Returns/Orders Sync', 'c2'],
      ['EDI 850/855', 'c4']
    ])
    expect(outcome.problems).toEqual([])
  })

  test('an ambiguous name lists every candidate with folder and ID; a wrong folder lists where the name is', () => {
    const outcome = resolveNames(['Orders Sync', 'Archive/Nightly Orders Sync'].map(parseComponentRef), [syncOrders, syncReturns, nightly])
    expect(outcome.problems[0]).toBe("'Orders Sync' names 2 components: process in folder 'Orders' (ID c1); process in folder 'Returns' (ID c2). Write Folder/Name, or the ID.")
    expect(outcome.problems[1]).toMatch(/no component 'Nightly Orders Sync' is in folder 'Archive'.*process in folder 'Orders' \(ID c3\)/)
    expect(outcome.resolved.size).toBe(0)
  })

  test('an unknown name is reported with the closest names', () => {
    const outcome = resolveNames([parseComponentRef('Nigthly Order Sync')], [])
    expect(outcome.unknown).toEqual(['Nigthly Order Sync'])
    expect(describeUnknown(outcome.unknown, [syncOrders, nightly, slashed])).toEqual([
      "no current (not deleted) component is named 'Nigthly Order Sync'. Closest names: 'Nightly Orders Sync'."
    ])
    expect(closestNames('orders sink', ['Orders Sync', 'Orders API', 'Completely Different'])).toEqual(['Orders Sync'])
  })
})

function deployment(id: string, componentId: string, packageId: string, date: string, active: boolean): DeployedPackage {
  return { deploymentId: id, componentId, packageId, packageVersion: packageId.toUpperCase(), environmentId: 'PROD', deployedDate: date, active }
}

describe('rollback and undeploy plans', () => {
  const history = [
    deployment('d3', 'c3', 'p3', '2025-03-01T00:00:00Z', true),
    deployment('d2b', 'c3', 'p3', '2025-02-15T00:00:00Z', false), // the same package, deployed again
    deployment('d2', 'c3', 'p2', '2025-02-01T00:00:00Z', false),
    deployment('d1', 'c3', 'p1', '2025-01-01T00:00:00Z', false),
    deployment('e1', 'c1', 'q1', '2025-01-01T00:00:00Z', true)
  ]

  test('picks the package active before the current one, skipping redeployments of the current package', () => {
    const [choice] = chooseRollbacks([nightly], history, 'PROD')
    expect([choice!.current.deploymentId, choice!.previous.deploymentId]).toEqual(['d3', 'd2'])
    const items = rollbackItems([choice!], [{ packageId: 'p2', packageVersion: '2.0', componentId: 'c3' }], 'PROD')
    expect(items[0]).toMatchObject({ componentId: 'c3', packageStep: { action: 'given', package: { packageId: 'p2' } }, deployStep: { action: 'deploy', replaces: { deploymentId: 'd3' } } })
  })

  test('refuses, naming each component, when there is nothing to roll back to or from', () => {
    expect(() => chooseRollbacks([nightly, syncOrders, syncReturns], history, 'PROD')).toThrow(
      /Rollback refused:\n- 'Orders Sync' \(c1\) has no earlier package in PROD's deployment history than the active Q1.*\n- 'Orders Sync' \(c2\) is not deployed in PROD/
    )
  })

  test('refuses when the package to go back to was deleted', () => {
    const choices = chooseRollbacks([nightly], history, 'PROD')
    expect(() => rollbackItems(choices, [{ packageId: 'p2', packageVersion: '2.0', componentId: 'c3', deleted: true }], 'PROD')).toThrow(/'Nightly Orders Sync': the package to roll back to, P2 \(p2.*is deleted/)
  })

  test('undeploy removes the active deployment; nothing active: nothing to do', () => {
    const items = undeployItems([nightly, syncReturns], history.filter((d) => d.active))
    expect(items.map((i) => [i.componentName, i.deployStep.action, i.packageStep.action])).toEqual([
      ['Nightly Orders Sync', 'undeploy', 'active'],
      ['Orders Sync', 'not-deployed', 'none']
    ])
  })
})
