// Process schedules, run as a GitHub runner runs the bundled action, against the fake Boomi:
// cron in the file, Boomi's fields on every runtime attached to the environment.
import { baseInputs, changesSince, IDS, result, runAction, sampleAccount, startFakeBoomi, visibleExceptMaskCommands, type Fake, type Run } from './harness.js'

// The report's sections are JSON of no fixed type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report's sections are JSON of no fixed type here
type Json = any

type Seed = ReturnType<typeof sampleAccount>
type ProcessSchedules = Fake['state']['schedules'][number]

const TEST = IDS.env.TEST
const PROD = IDS.env.PROD
const { test1, test2, prod } = IDS.atom
const { nightly, listener, ordersApi } = IDS.component
/** A process that is already active in TEST (seeded), with schedules of its own. */
const WEEKLY = 'c0d1e2f3-a4b5-4c6d-8e7f-9a0b1c2d3e10'

const EVERY = { daysOfMonth: '*', months: '*', years: '*' }
const WEEKLY_SCHEDULE = [{ minutes: '0', hours: '4', daysOfWeek: '1', ...EVERY }]
const PROD_SCHEDULE = [{ minutes: '15', hours: '1', daysOfWeek: '*', ...EVERY }]
const NIGHTLY_CRON = [{ minutes: '30', hours: '2', daysOfWeek: '2-6', ...EVERY }]

/**
 * The sample account plus: 'Weekly Cleanup' active in TEST, scheduled on both TEST runtimes;
 * 'Nightly Orders Sync' active in PROD, scheduled on the PROD runtime (not yet in TEST).
 */
function seeded(): Seed {
  const seed = sampleAccount()
  seed.components.push({ componentId: WEEKLY, name: 'Weekly Cleanup', type: 'process', version: 2, folderName: 'Orders' })
  const pkg = (packageId: string, componentId: string, packageVersion: string) => ({
    packageId,
    packageVersion,
    componentId,
    componentVersion: '2.0',
    componentType: 'process',
    createdDate: '2025-05-01T10:00:00Z',
    createdBy: 'dev@acme.example',
    shareable: false,
    deleted: false
  })
  const weeklyPkg = pkg('e0000000-0000-4000-8000-000000000001', WEEKLY, '2.0')
  const nightlyPkg = pkg('e0000000-0000-4000-8000-000000000002', nightly, '0.9')
  seed.packages = [weeklyPkg, nightlyPkg]
  const deployment = (deploymentId: string, p: typeof weeklyPkg, environmentId: string) => ({
    deploymentId,
    version: 1,
    packageId: p.packageId,
    packageVersion: p.packageVersion,
    environmentId,
    componentId: p.componentId,
    componentVersion: p.componentVersion,
    componentType: 'process',
    deployedDate: '2025-05-02T10:00:00Z',
    deployedBy: 'dev@acme.example',
    active: true
  })
  seed.deployments = [
    deployment('d0000000-0000-4000-8000-000000000001', weeklyPkg, TEST),
    deployment('d0000000-0000-4000-8000-000000000002', nightlyPkg, PROD)
  ]
  seed.schedules = [
    { atomId: test1, processId: WEEKLY, Schedule: WEEKLY_SCHEDULE, Retry: { Schedule: [], maxRetry: 2 } },
    { atomId: test2, processId: WEEKLY, Schedule: WEEKLY_SCHEDULE, Retry: { Schedule: [], maxRetry: 2 } },
    { atomId: prod, processId: nightly, Schedule: PROD_SCHEDULE, Retry: { Schedule: [], maxRetry: 5 }, enabled: true }
  ]
  return seed
}

let fake: Fake
beforeEach(async () => {
  fake = await startFakeBoomi(seeded())
})
afterEach(async () => {
  await fake.close()
})

const NIGHTLY_YAML = `Nightly Orders Sync:
  schedules:
    - cron: "30 2 * * 1-5"
  maxRetry: 3
`

function inputs(componentIds: string[], extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...baseInputs(fake),
    'component-ids': componentIds.join('\n'),
    'package-version': '1.0',
    environment: 'TEST',
    schedules: 'schedules.yml',
    ...extra
  }
}

function runWith(yaml: string, componentIds: string[] = [nightly], extra: Record<string, string> = {}): Promise<Run> {
  return runAction({ inputs: inputs(componentIds, extra), files: { 'schedules.yml': yaml } })
}

function schedulesOf(atomId: string, processId: string): ProcessSchedules | undefined {
  return fake.state.schedules.find((s) => s.atomId === atomId && s.processId === processId)
}

function statusOf(atomId: string, processId: string): boolean | undefined {
  return fake.state.scheduleStatus.find((s) => s.atomId === atomId && s.processId === processId)?.enabled
}

/** Every schedule object except those of `processId` on the TEST runtimes. */
function othersThan(processId: string, schedules: ProcessSchedules[] = fake.state.schedules): ProcessSchedules[] {
  return schedules.filter((s) => !(s.processId === processId && (s.atomId === test1 || s.atomId === test2)))
}

function scheduleWrites(): Json[] {
  return fake.changingRequests().filter((r) => r.path.startsWith('/ProcessSchedule'))
}

const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`

test('cron with maxRetry for a process deployed by the same run is set on both TEST runtimes, nothing else changes', async () => {
  const before = structuredClone(fake.state.schedules)
  const statusBefore = structuredClone(fake.state.scheduleStatus)
  const run = await runWith(NIGHTLY_YAML)
  expect(run.code).toBe(0)
  expect(result(run).components.map((c) => [c.name, c.deployment])).toEqual([['Nightly Orders Sync', 'deployed']])

  for (const atomId of [test1, test2]) {
    const s = schedulesOf(atomId, nightly)!
    expect(s.Schedule).toEqual(NIGHTLY_CRON)
    expect(s.Retry?.maxRetry).toBe(3)
  }
  // The PROD runtime's schedule of the same process and the other process's schedules are untouched.
  expect(othersThan(nightly)).toEqual(before)
  expect(schedulesOf(prod, nightly)).toEqual(before.find((s) => s.atomId === prod && s.processId === nightly))
  expect(fake.state.scheduleStatus.filter((s) => s.processId !== nightly || s.atomId === prod)).toEqual(statusBefore)

  // The summary says it in words; the result output lists each runtime.
  expect(run.summary).toContain(row('Nightly Orders Sync', 'TEST Atom 1', '02:30, Monday–Friday', '3', '—', 'updated'))
  expect(run.summary).toContain(row('Nightly Orders Sync', 'TEST Atom 2', '02:30, Monday–Friday', '3', '—', 'updated'))
  const schedules = (result(run) as Json).schedules
  expect(schedules.status).toBe('written')
  expect(schedules.file).toBe('schedules.yml')
  expect(schedules.items).toEqual([
    { processId: nightly, process: 'Nightly Orders Sync', runtime: 'TEST Atom 1', schedules: ['02:30, Monday–Friday'], maxRetry: 3, action: 'updated' },
    { processId: nightly, process: 'Nightly Orders Sync', runtime: 'TEST Atom 2', schedules: ['02:30, Monday–Friday'], maxRetry: 3, action: 'updated' }
  ])
  expect(visibleExceptMaskCommands(run)).not.toContain(fake.state.token)
})

test('re-running the same file makes no schedule write (and no other change)', async () => {
  const first = await runWith(NIGHTLY_YAML)
  expect(first.code).toBe(0)
  const since = fake.requests.length
  const second = await runWith(NIGHTLY_YAML)
  expect(second.code).toBe(0)
  expect(changesSince(fake, since)).toBe(0)
  const schedules = (result(second) as Json).schedules
  expect(schedules.status).toBe('unchanged')
  expect(schedules.items.map((i: Json) => [i.runtime, i.action])).toEqual([
    ['TEST Atom 1', 'unchanged'],
    ['TEST Atom 2', 'unchanged']
  ])
  expect(schedulesOf(test1, nightly)!.Schedule).toEqual(NIGHTLY_CRON)
})

test('a cron Boomi cannot express fails naming the process and the expression, before any change', async () => {
  const yaml = `Nightly Orders Sync:
  schedules:
    - cron: "0 0 L * *"
`
  const run = await runWith(yaml)
  expect(run.code).not.toBe(0)
  const error = run.stdout.split('\n').find((line) => line.startsWith('::error')) ?? ''
  expect(error).toContain('Nightly Orders Sync')
  expect(error).toContain("'0 0 L * *'")
  expect(error).toMatch(/schedules\.yml:3/)
  expect(error).toMatch(/Nothing was changed in Boomi/)
  expect(fake.changingRequests()).toHaveLength(0)
  expect(fake.state.deployments.filter((d) => d.environmentId === TEST && d.componentId === nightly)).toHaveLength(0)
})

test('a runtime not attached to TEST fails listing the attached ones; runtimes: [TEST Atom 1] touches only that runtime', async () => {
  const wrong = await runWith(NIGHTLY_YAML + '  runtimes: [PROD Atom]\n')
  expect(wrong.code).not.toBe(0)
  expect(wrong.stdout).toMatch(/::error( [^:]*)?::.*process 'Nightly Orders Sync': no runtime named or with ID 'PROD Atom'\. Runtimes attached to TEST: 'TEST Atom 1', 'TEST Atom 2'/)
  expect(fake.changingRequests()).toHaveLength(0)

  const run = await runWith(NIGHTLY_YAML + '  runtimes: [TEST Atom 1]\n')
  expect(run.code).toBe(0)
  expect(schedulesOf(test1, nightly)!.Schedule).toEqual(NIGHTLY_CRON)
  expect(schedulesOf(test1, nightly)!.Retry?.maxRetry).toBe(3)
  // The deployment made the object on TEST Atom 2 too; it was left as Boomi made it.
  expect(schedulesOf(test2, nightly)!.Schedule).toEqual([])
  expect(schedulesOf(test2, nightly)!.Retry).toEqual({ Schedule: [], maxRetry: 5 })
  // One bulk UPDATE holding only TEST Atom 1's object.
  expect(scheduleWrites()).toHaveLength(1)
  expect(scheduleWrites()[0].path).toBe('/ProcessSchedules/bulk')
  expect(scheduleWrites()[0].body.request.map((r: Json) => r.id)).toEqual([schedulesOf(test1, nightly)!.id])
  expect((result(run) as Json).schedules.items.map((i: Json) => i.runtime)).toEqual(['TEST Atom 1'])
})

test('a process neither active in TEST nor deployed by this run fails naming it, before any change', async () => {
  // Nightly Orders Sync is active in PROD only; this run deploys Orders API.
  const run = await runWith(NIGHTLY_YAML, [ordersApi])
  expect(run.code).not.toBe(0)
  expect(run.stdout).toMatch(/::error( [^:]*)?::.*'Nightly Orders Sync' is not deployed in TEST and not deployed by this run/)
  expect(fake.changingRequests()).toHaveLength(0)
  expect(fake.state.packages).toHaveLength(2)
})

test('a listener process: Boomi answers 400 per runtime; one warning at its line says so and what was deployed', async () => {
  const yaml = `Orders Listener:
  schedules:
    - cron: "*/15 * * * *"
`
  const run = await runWith(yaml, [nightly, listener])
  expect(run.code).toBe(0)
  // Boomi answers a bulk UPDATE per object: each listener object was refused with 400.
  const bulk = fake.changingRequests().filter((r) => r.path === '/ProcessSchedules/bulk')
  expect(bulk).toHaveLength(1)
  expect((bulk[0]!.body as Json).request).toHaveLength(2)
  expect(fake.state.schedules.filter((x) => x.processId === listener).every((x) => x.Schedule.length === 0)).toBe(true)

  // Once, not once per runtime, pointing at the process in the file, saying what was deployed.
  const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'))
  expect(warnings).toHaveLength(1)
  const report = result(run)
  const deployed = report.components.find((c) => c.name === 'Orders Listener')!
  expect(warnings[0]).toMatch(/^::warning file=schedules\.yml,line=1::'Orders Listener' is a listener process: Boomi does not schedule listeners/)
  expect(warnings[0]).toContain('TEST Atom 1, TEST Atom 2')
  expect(warnings[0]).toContain(`deployment ${deployed.deploymentId}`)
  expect(report.components.map((c) => [c.name, c.deployment])).toEqual([
    ['Nightly Orders Sync', 'deployed'],
    ['Orders Listener', 'deployed']
  ])
  expect((report as Json).schedules.items.map((i: Json) => i.action)).toEqual(['not schedulable', 'not schedulable'])
  expect((report as Json).warnings).toHaveLength(1)
  expect(run.summary.match(/is a listener process/g)).toHaveLength(1)
})

test('a refused schedule update stops the changes after it: no status update follows', async () => {
  const yaml = `${NIGHTLY_YAML}  enabled: false\n`
  fake.inject({ method: 'POST', path: '/ProcessSchedules/bulk', status: 400, message: 'Invalid schedule' })
  const run = await runWith(yaml, [nightly])
  expect(run.code).not.toBe(0)
  const items = (result(run) as Json).schedules.items.map((i: Json) => [i.process, i.runtime, i.action])
  expect(items).toEqual([
    ['Nightly Orders Sync', 'TEST Atom 1', 'failed'],
    ['Nightly Orders Sync', 'TEST Atom 2', 'failed']
  ])
  expect(fake.changingRequests().filter((r) => r.path.startsWith('/ProcessScheduleStatus/'))).toHaveLength(0)
  expect(run.summary).toMatch(/Boomi was changed before this failure/)
})

test('enabled: false sets ProcessScheduleStatus off on each TEST runtime', async () => {
  const yaml = NIGHTLY_YAML + '  enabled: false\n'
  const run = await runWith(yaml)
  expect(run.code).toBe(0)
  expect(statusOf(test1, nightly)).toBe(false)
  expect(statusOf(test2, nightly)).toBe(false)
  expect(statusOf(prod, nightly)).toBe(true)
  expect(statusOf(test1, WEEKLY)).toBe(true)
  expect(schedulesOf(test1, nightly)!.Schedule).toEqual(NIGHTLY_CRON)
  const statusWrites = fake.changingRequests().filter((r) => r.path.startsWith('/ProcessScheduleStatus/'))
  expect(statusWrites).toHaveLength(2)
  expect(run.summary).toContain(row('Nightly Orders Sync', 'TEST Atom 1', '02:30, Monday–Friday', '3', 'no', 'updated'))

  // Switching it back on is one status write per runtime and nothing else.
  const since = fake.requests.length
  const on = await runWith(NIGHTLY_YAML + '  enabled: true\n')
  expect(on.code).toBe(0)
  expect(statusOf(test1, nightly)).toBe(true)
  expect(statusOf(test2, nightly)).toBe(true)
  expect(fake.changingRequests().filter((r) => fake.requests.indexOf(r) >= since).map((r) => r.path.split('/')[1])).toEqual([
    'ProcessScheduleStatus',
    'ProcessScheduleStatus'
  ])
})

test('schedules: [] removes the schedules of a process active in TEST, on every TEST runtime only', async () => {
  const before = structuredClone(fake.state.schedules)
  const run = await runWith('Weekly Cleanup:\n  schedules: []\n')
  expect(run.code).toBe(0)
  expect(schedulesOf(test1, WEEKLY)!.Schedule).toEqual([])
  expect(schedulesOf(test2, WEEKLY)!.Schedule).toEqual([])
  expect(othersThan(WEEKLY).filter((s) => s.processId !== nightly || s.atomId === prod)).toEqual(
    othersThan(WEEKLY, before).filter((s) => s.processId !== nightly || s.atomId === prod)
  )
  expect(run.summary).toContain(row('Weekly Cleanup', 'TEST Atom 1', 'no schedule', '—', '—', 'updated'))
})

test('dry-run shows the schedule plan in the summary and writes nothing', async () => {
  const before = structuredClone(fake.state.schedules)
  const yaml = `${NIGHTLY_YAML}Weekly Cleanup:
  schedules:
    - cron: "0 5 * * 0"
`
  const run = await runWith(yaml, [nightly], { 'dry-run': 'true' })
  expect(run.code).toBe(0)
  expect(fake.changingRequests()).toHaveLength(0)
  expect(fake.state.schedules).toEqual(before)
  expect(run.summary).toMatch(/dry run/)
  expect(run.summary).toMatch(/Process schedules — schedules\.yml: planned/)
  // Nightly has no schedule object in TEST until the deploy makes it; Weekly Cleanup has one.
  expect(run.summary).toContain(row('Nightly Orders Sync', 'TEST Atom 1', '02:30, Monday–Friday', '3', '—', 'will set'))
  expect(run.summary).toContain(row('Nightly Orders Sync', 'TEST Atom 2', '02:30, Monday–Friday', '3', '—', 'will set'))
  expect(run.summary).toContain(row('Weekly Cleanup', 'TEST Atom 1', '05:00, Sunday', '—', '—', 'will update'))
  expect(run.summary).toContain(row('Weekly Cleanup', 'TEST Atom 2', '05:00, Sunday', '—', '—', 'will update'))
  const report = result(run) as Json
  expect(report.status).toBe('planned')
  expect(report.schedules.status).toBe('planned')
})
