import type { ComponentMetadata } from '../../src/boomi/components.js'
import type { DeployedPackage } from '../../src/boomi/deployments.js'
import { deploymentDrift, extensionDrift, scheduleDrift, type ScheduleExpectation } from '../../src/plan/drift.js'

const orders: ComponentMetadata = { componentId: 'c-orders', name: 'Orders Sync', type: 'process', version: 5 }
const api: ComponentMetadata = { componentId: 'c-api', name: 'Orders API', type: 'webservice', version: 2 }
const active = (componentId: string, packageId: string, packageVersion: string, componentVersion?: number): DeployedPackage => ({
  deploymentId: `d-${packageId}`,
  componentId,
  packageId,
  packageVersion,
  environmentId: 'env',
  deployedDate: '2026-11-01T10:00:00Z',
  deployedBy: 'dev@acme.example',
  ...(componentVersion !== undefined ? { componentVersion } : {})
})

describe('deployments', () => {
  test('component-ids alone: the current revision should be active', () => {
    const rows = deploymentDrift({ components: [orders, api], active: [active('c-orders', 'p1', '1.0', 4), active('c-api', 'p2', '1.0', 2)] })
    expect(rows).toEqual([
      {
        section: 'deployments',
        component: 'Orders Sync',
        field: 'revision',
        expected: 'revision 5 (current)',
        live: '1.0 (package p1, revision 4), deployed 2026-11-01T10:00:00Z by dev@acme.example'
      }
    ])
  })

  test('an unknown active revision, or nothing deployed, is a difference', () => {
    const rows = deploymentDrift({ components: [orders, api], active: [active('c-orders', 'p1', '1.0')] })
    expect(rows.map((r) => [r.component, r.live])).toEqual([
      ['Orders Sync', '1.0 (package p1), deployed 2026-11-01T10:00:00Z by dev@acme.example'],
      ['Orders API', 'not deployed']
    ])
  })

  test('with package-version: that label should be active, whatever its revision', () => {
    const rows = deploymentDrift({ components: [orders, api], packageVersion: '1.1', active: [active('c-orders', 'p1', '1.1', 4), active('c-api', 'p2', '1.0', 2)] })
    expect(rows.map((r) => [r.component, r.field, r.expected])).toEqual([['Orders API', 'package version', '1.1']])
  })

  test('package-ids: that package should be active', () => {
    const given = { package: { packageId: 'p-want', packageVersion: '1.2', componentId: 'c-orders', componentVersion: 5 }, component: orders }
    expect(deploymentDrift({ givenPackages: [given], active: [active('c-orders', 'p-want', '1.2', 5)] })).toEqual([])
    const [row] = deploymentDrift({ givenPackages: [given], active: [active('c-orders', 'p-other', '1.1', 4)] })
    expect(row).toMatchObject({ field: 'package', expected: '1.2 (package p-want, revision 5)', live: expect.stringMatching(/^1\.1 \(package p-other, revision 4\)/) })
  })
})

test('extension mismatches become rows, values as the verifier showed them', () => {
  const rows = extensionDrift([{ section: 'connections', component: 'Orders DB', field: 'password', expected: '(override, encrypted value set)', actual: '(default, no encrypted value)' }])
  expect(rows).toEqual([
    { section: 'extensions', component: 'Orders DB (connections)', field: 'password', expected: '(override, encrypted value set)', live: '(default, no encrypted value)' }
  ])
})

describe('schedules', () => {
  const every = { daysOfWeek: '*', daysOfMonth: '*', months: '*', years: '*' }
  const expected: ScheduleExpectation = { processName: 'Nightly', runtimeName: 'Atom 1', schedules: [{ minutes: '0-59/15', hours: '2', ...every }], maxRetry: 3, enabled: true }

  test('the same times written otherwise, the same retries and status: no difference', () => {
    const live = { schedules: { Schedule: [{ minutes: '0,15,30,45', hours: '2', ...every }], Retry: { maxRetry: 3 } }, status: { enabled: true } }
    expect(scheduleDrift([{ expected, live }])).toEqual([])
  })

  test('other times, retries and a paused status are each a row', () => {
    const live = { schedules: { Schedule: [{ minutes: '0', hours: '3', ...every }], Retry: { maxRetry: 5 } }, status: { enabled: false } }
    expect(scheduleDrift([{ expected, live }]).map((r) => [r.component, r.field, r.expected, r.live])).toEqual([
      ['Nightly on Atom 1', 'schedules', expect.stringContaining('02:'), expect.stringContaining('03:00')],
      ['Nightly on Atom 1', 'retries', '3', '5'],
      ['Nightly on Atom 1', 'enabled', 'enabled', 'paused']
    ])
  })

  test('what the file does not say is not compared; no schedule object is a difference', () => {
    const loose: ScheduleExpectation = { processName: 'Nightly', runtimeName: 'Atom 1', schedules: [] }
    expect(scheduleDrift([{ expected: loose, live: { schedules: { Schedule: [], Retry: { maxRetry: 5 } }, status: { enabled: false } } }])).toEqual([])
    expect(scheduleDrift([{ expected: loose, live: {} }]).map((r) => [r.field, r.expected, r.live])).toEqual([
      ['schedules', 'no schedule', 'no schedule object (process not deployed there)']
    ])
  })
})
