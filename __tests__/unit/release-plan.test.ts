import type { ComponentMetadata } from '../../src/boomi/components.js'
import type { DeployedPackage } from '../../src/boomi/deployments.js'
import type { PackagedComponent } from '../../src/boomi/packages.js'
import { checkPromotionGate, describeGateFailures } from '../../src/plan/promotion.js'
import { planRelease } from '../../src/plan/release.js'
import { resolveByNameOrId } from '../../src/plan/resolve.js'

const orders: ComponentMetadata = { componentId: 'c-orders', name: 'Orders Sync', type: 'process' }
const api: ComponentMetadata = { componentId: 'c-api', name: 'Orders API', type: 'webservice' }
const pkg = (componentId: string, packageId: string, packageVersion: string): PackagedComponent => ({ componentId, packageId, packageVersion })
const active = (componentId: string, packageId: string, packageVersion = '1.0'): DeployedPackage => ({
  deploymentId: `d-${packageId}`,
  componentId,
  packageId,
  packageVersion,
  environmentId: 'env',
  active: true,
  deployedDate: '2026-11-01T10:00:00Z',
  deployedBy: 'ci@acme.example'
})

describe('planRelease', () => {
  test('reuses a package with the version and creates the missing one', () => {
    const items = planRelease({ components: [orders, api], packageVersion: '1.4', existingPackages: [pkg('c-orders', 'p1', '1.4')], activeInTarget: [] })
    expect(items.map((i) => [i.componentName, i.packageStep.action, i.deployStep.action])).toEqual([
      ['Orders Sync', 'reuse', 'deploy'],
      ['Orders API', 'create', 'deploy']
    ])
  })

  test('a package that is already the active deployment is not redeployed', () => {
    const items = planRelease({ components: [orders], packageVersion: '1.4', existingPackages: [pkg('c-orders', 'p1', '1.4')], activeInTarget: [active('c-orders', 'p1')] })
    expect(items[0]?.deployStep).toMatchObject({ action: 'already-active', deployment: { deploymentId: 'd-p1' } })
  })

  test('an older package is deployed over the active one (rollback)', () => {
    const items = planRelease({ givenPackages: [{ package: pkg('c-orders', 'p-old', '1.2'), component: orders }], activeInTarget: [active('c-orders', 'p-new', '1.3')] })
    expect(items[0]?.deployStep).toMatchObject({ action: 'deploy', replaces: { packageId: 'p-new' } })
  })

  test('without an environment nothing is deployed', () => {
    const items = planRelease({ components: [orders] })
    expect(items[0]?.deployStep).toEqual({ action: 'none' })
    expect(items[0]?.packageStep).toEqual({ action: 'create' })
  })

  test('a version that exists for another component is not reused', () => {
    const items = planRelease({ components: [api], packageVersion: '1.4', existingPackages: [pkg('c-orders', 'p1', '1.4')] })
    expect(items[0]?.packageStep).toEqual({ action: 'create', packageVersion: '1.4' })
  })
})

describe('promotion gate', () => {
  const given = planRelease({
    givenPackages: [
      { package: pkg('c-orders', 'p-tested', '1.4'), component: orders },
      { package: pkg('c-api', 'p-api-old', '2.0'), component: api }
    ]
  })

  test('passes when every package is active in the source environment', () => {
    expect(checkPromotionGate(given, [active('c-orders', 'p-tested'), active('c-api', 'p-api-old')])).toEqual([])
  })

  test('names each failing package with what is active instead', () => {
    const failures = checkPromotionGate(given, [active('c-orders', 'p-tested'), active('c-api', 'p-api-new', '2.1')])
    expect(failures).toEqual([
      {
        componentName: 'Orders API',
        packageId: 'p-api-old',
        packageVersion: '2.0',
        activeInstead: { packageId: 'p-api-new', packageVersion: '2.1', deployedDate: '2026-11-01T10:00:00Z', deployedBy: 'ci@acme.example' }
      }
    ])
    const text = describeGateFailures(failures, 'TEST')
    expect(text).toMatch(/Orders API: package 2.0 \(p-api-old\) is not the active deployment in TEST; active there instead: 2.1 \(p-api-new\), deployed 2026-11-01T10:00:00Z by ci@acme.example/)
    expect(text).not.toMatch(/Nothing was changed/) // said once, by the failure headline
  })

  test('a component never deployed in the source fails too', () => {
    const failures = checkPromotionGate(given, [active('c-orders', 'p-tested')])
    expect(failures).toHaveLength(1)
    expect(describeGateFailures(failures, 'TEST')).toMatch(/nothing of this component is deployed there/)
  })
})

describe('resolveByNameOrId', () => {
  const envs = [
    { id: 'e1', name: 'TEST' },
    { id: 'e2', name: 'PROD' },
    { id: 'e3', name: 'Dup' },
    { id: 'e4', name: 'Dup' }
  ]
  const key = (e: { id: string; name: string }) => e
  test.each([
    ['e2', 'e2'],
    ['TEST', 'e1'],
    ['prod', 'e2']
  ])('%s → %s', (wanted, id) => {
    expect(resolveByNameOrId(envs, key, wanted, 'environment', 'x').id).toBe(id)
  })
  test('unknown lists what exists', () => {
    expect(() => resolveByNameOrId(envs, key, 'STAGE', 'environment', "Input 'environment'")).toThrow(
      "Input 'environment': no environment named or with ID 'STAGE'. Known environments: 'TEST', 'PROD', 'Dup', 'Dup'."
    )
  })
  test('ambiguous asks for the ID', () => {
    expect(() => resolveByNameOrId(envs, key, 'Dup', 'environment', 'x')).toThrow(/Use the ID instead/)
  })
})
