import type { ComponentMetadata } from '../../src/boomi/components.js'
import { deploymentSchema, type DeployedPackage } from '../../src/boomi/deployments.js'
import { packageSchema, type PackagedComponent } from '../../src/boomi/packages.js'
import { planRelease } from '../../src/plan/release.js'
import { describeDowngrades, findDowngrades, packageRevision, staleReuseWarning } from '../../src/plan/revisions.js'

const orders: ComponentMetadata = { componentId: 'c-orders', name: 'Orders Sync', type: 'process', version: 5 }
const pkg = (packageId: string, packageVersion: string, componentVersion?: number): PackagedComponent => ({
  componentId: 'c-orders',
  packageId,
  packageVersion,
  ...(componentVersion !== undefined ? { componentVersion } : {})
})
const active = (packageId: string, packageVersion: string, componentVersion?: number): DeployedPackage => ({
  deploymentId: `d-${packageId}`,
  componentId: 'c-orders',
  packageId,
  packageVersion,
  environmentId: 'env',
  active: true,
  deployedDate: '2026-11-01T10:00:00Z',
  deployedBy: 'ci@acme.example',
  ...(componentVersion !== undefined ? { componentVersion } : {})
})

describe('componentVersion is read as a revision', () => {
  test.each<[unknown, number | undefined]>([
    ['2.0', 2],
    ['7', 7],
    [7, 7],
    [' 12.00 ', 12],
    ['2.1', undefined],
    ['v3', undefined],
    [2.5, undefined],
    [undefined, undefined]
  ])('%j → %j', (raw, expected) => {
    const base = { packageId: 'p', packageVersion: '1.0', componentId: 'c', environmentId: 'e', deploymentId: 'd' }
    expect(packageSchema.parse({ ...base, componentVersion: raw }).componentVersion).toBe(expected)
    expect(deploymentSchema.parse({ ...base, componentVersion: raw }).componentVersion).toBe(expected)
  })
})

describe('the downgrade guard', () => {
  test('a reused label of an older revision over a newer active one is a downgrade, named with both sides', () => {
    const items = planRelease({ components: [orders], packageVersion: '1.0', existingPackages: [pkg('p-old', '1.0', 3)], activeInTarget: [active('p-new', '1.1', 4)] })
    const downgrades = findDowngrades(items)
    expect(downgrades).toEqual([{ componentName: 'Orders Sync', packageVersion: '1.0', packageId: 'p-old', revision: 3, active: active('p-new', '1.1', 4) }])
    const message = describeDowngrades(downgrades, 'TEST')
    expect(message).toMatch(/^Downgrade refused: 1 component\(s\) would run an older revision in TEST/)
    expect(message).toContain('- Orders Sync: TEST runs 1.1 (package p-new, revision 4, deployed 2026-11-01T10:00:00Z by ci@acme.example); this run would replace it with 1.0 (package p-old, revision 3)')
    expect(message).toContain('allow-downgrade: true')
  })

  test.each<[string, PackagedComponent, DeployedPackage]>([
    ['same revision, other package (a re-package)', pkg('p-old', '1.0', 4), active('p-new', '1.1', 4)],
    ['newer revision', pkg('p-next', '1.2', 5), active('p-new', '1.1', 4)],
    ['the package revision is unknown', pkg('p-old', '1.0'), active('p-new', '1.1', 4)],
    ['the active revision is unknown', pkg('p-old', '1.0', 3), active('p-new', '1.1')]
  ])('no downgrade when %s', (_name, given, running) => {
    const items = planRelease({ givenPackages: [{ package: given, component: orders }], activeInTarget: [running] })
    expect(items[0]?.deployStep.action).toBe('deploy')
    expect(findDowngrades(items)).toEqual([])
  })

  test('a new package captures the current revision; it is compared like any other', () => {
    const items = planRelease({ components: [{ ...orders, version: 3 }], existingPackages: [], activeInTarget: [active('p-new', '1.1', 4)] })
    expect(packageRevision(items[0]!)).toBe(3)
    expect(findDowngrades(items).map((d) => [d.revision, d.packageId])).toEqual([[3, undefined]])
    expect(describeDowngrades(findDowngrades(items), 'TEST')).toContain('replace it with a new package (revision 3)')
  })
})

describe('a stale reused label', () => {
  test('warns naming both revisions and how to release the newer one', () => {
    const [item] = planRelease({ components: [orders], packageVersion: '1.1', existingPackages: [pkg('p', '1.1', 4)], activeInTarget: [] })
    expect(staleReuseWarning(item!)).toBe(
      "Orders Sync: package-version 1.1 already exists and holds revision 4, but the component's current revision is 5; this run releases revision 4. To release revision 5, set a new package-version (1.1 stays revision 4)."
    )
  })

  test('is quiet when the package holds the current revision, or a revision is unknown, or nothing is reused', () => {
    const quiet = [
      planRelease({ components: [orders], packageVersion: '1.1', existingPackages: [pkg('p', '1.1', 5)] }),
      planRelease({ components: [orders], packageVersion: '1.1', existingPackages: [pkg('p', '1.1')] }),
      planRelease({ components: [{ ...orders, version: undefined }], packageVersion: '1.1', existingPackages: [pkg('p', '1.1', 4)] }),
      planRelease({ components: [orders], packageVersion: '1.2', existingPackages: [pkg('p', '1.1', 4)] }),
      planRelease({ givenPackages: [{ package: pkg('p', '1.1', 4), component: orders }] })
    ]
    expect(quiet.map(([item]) => staleReuseWarning(item!))).toEqual([undefined, undefined, undefined, undefined, undefined])
  })
})

describe('only-changed', () => {
  test('a component whose current revision is active gets neither a package nor a deployment', () => {
    const running = active('p', '1.0', 5)
    const items = planRelease({ components: [orders], packageVersion: '1.1', existingPackages: [], activeInTarget: [running], onlyChanged: true })
    expect(items[0]).toMatchObject({ packageStep: { action: 'unchanged' }, deployStep: { action: 'unchanged', deployment: running }, currentRevision: 5 })
    expect(packageRevision(items[0]!)).toBe(5)
  })

  test.each<[string, DeployedPackage[]]>([
    ['an older revision is active', [active('p', '1.0', 4)]],
    ['the active revision is unknown', [active('p', '1.0')]],
    ['nothing is active', []]
  ])('a component is released when %s', (_name, running) => {
    const items = planRelease({ components: [orders], packageVersion: '1.1', existingPackages: [], activeInTarget: running, onlyChanged: true })
    expect([items[0]?.packageStep.action, items[0]?.deployStep.action]).toEqual(['create', 'deploy'])
  })

  test('is off by default', () => {
    const items = planRelease({ components: [orders], packageVersion: '1.1', existingPackages: [], activeInTarget: [active('p', '1.0', 5)] })
    expect(items[0]?.packageStep.action).toBe('create')
  })
})
