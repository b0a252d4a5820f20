// Process schedules' read and apply halves against the fake Boomi: what is written, what is
// left alone, and what is refused before any change.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { applySchedules } from '../../src/apply/schedules.js'
import type { Inputs } from '../../src/inputs.js'
import { write } from '../../src/pipeline.js'
import { loadSchedulesFile, resolveSchedules, type ScheduleTarget } from '../../src/read/schedules.js'
import { emptyReport } from '../../src/report.js'
import { type Fake, fakeClient, fakePerTest, IDS, type Seed, sent } from '../helpers/fake-client.js'

const { nightly, ordersDb, legacyExport } = IDS.component
const TEST = { id: IDS.env.TEST, name: 'TEST' }
const at = (hours: string) => ({ minutes: '0', hours, daysOfWeek: '*', daysOfMonth: '*', months: '*', years: '*' })
const RETRY_EVERY_HOUR = at('*')

const start = fakePerTest()

/** The nightly process on the first TEST runtime, with one schedule and a retry of its own. */
function seedNightly(seed: Seed, enabled = true): void {
  seed.schedules!.push({ atomId: IDS.atom.test1, processId: nightly, Schedule: [at('2')], Retry: { Schedule: [RETRY_EVERY_HOUR], maxRetry: 2 }, enabled })
}

function target(extra: Partial<ScheduleTarget> = {}): ScheduleTarget {
  return { processId: nightly, processName: 'Nightly Orders Sync', atomId: IDS.atom.test1, runtimeName: 'TEST Atom 1', schedules: [at('2')], shown: ['daily at 02:00'], location: { file: 'schedules.yml' }, ...extra }
}

/** A schedules file as the action loads it. */
async function request(yaml: string, env: NodeJS.ProcessEnv = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'schedules-'))
  writeFileSync(join(workspace, 'schedules.yml'), yaml)
  return (await loadSchedulesFile({ schedules: 'schedules.yml', workspace }, env))!
}

const deployNightly = (f: Fake) =>
  f.state.deployments.push({
    deploymentId: 'd1', version: 1, packageId: 'p1', packageVersion: '1', environmentId: IDS.env.TEST, componentId: nightly,
    componentVersion: '1', componentType: 'process', deployedDate: '2025-01-01T00:00:00Z', deployedBy: 'dev', active: true
  })

const objectOf = (f: Fake) => f.state.schedules.find((s) => s.atomId === IDS.atom.test1 && s.processId === nightly)!

describe('applySchedules', () => {
  test('a change of maxRetry alone is written, and keeps the retry schedule Boomi has', async () => {
    const f = await start(seedNightly)
    const [outcome] = await applySchedules(fakeClient(f), [target({ maxRetry: 5 })], true)
    expect(outcome).toMatchObject({ action: 'updated', maxRetry: 5 })
    expect(objectOf(f).Retry).toEqual({ Schedule: [RETRY_EVERY_HOUR], maxRetry: 5 })
    expect(objectOf(f).Schedule).toEqual([at('2')])
  })

  test('the same schedules and maxRetry write nothing', async () => {
    const f = await start(seedNightly)
    const [outcome] = await applySchedules(fakeClient(f), [target({ maxRetry: 2 })], true)
    expect(outcome!.action).toBe('unchanged')
    expect(f.changingRequests()).toHaveLength(0)
  })

  test('a status already as wanted is not rewritten; one that differs is', async () => {
    const f = await start((seed) => seedNightly(seed, false))
    const client = fakeClient(f)
    await expect(applySchedules(client, [target({ enabled: false })], true)).resolves.toMatchObject([{ action: 'unchanged' }])
    expect(f.changingRequests()).toHaveLength(0)
    await expect(applySchedules(client, [target({ enabled: true })], true)).resolves.toMatchObject([{ action: 'updated', enabled: true }])
    expect(sent(f, 'POST', /^\/ProcessScheduleStatus\/(?!query)[^/]+$/)).toHaveLength(1)
    expect(f.state.scheduleStatus.find((s) => s.processId === nightly && s.atomId === IDS.atom.test1)!.enabled).toBe(true)
  })
})

describe('the schedules section of a run', () => {
  test('is written when some pairs changed and others were already as wanted', async () => {
    const f = await start((seed) => {
      seedNightly(seed)
      seed.schedules!.push({ atomId: IDS.atom.test2, processId: nightly, Schedule: [at('3')] })
    })
    const targets = [target(), target({ atomId: IDS.atom.test2, runtimeName: 'TEST Atom 2', schedules: [at('4')] })]
    const report = emptyReport(false)
    report.schedules = { status: 'not started', file: 'schedules.yml', items: [] }
    await write(fakeClient(f), { notes: 'n' } as Inputs, {}, { release: { items: [], environment: TEST }, scheduleTargets: targets }, report)
    expect(report.schedules.items.map((i) => i.action)).toEqual(['unchanged', 'updated'])
    expect(report.schedules.status).toBe('written')
  })
})

describe('resolveSchedules refuses, before any change', () => {
  test.each([
    ['a connection', ordersDb, 'is not a process component'],
    ['a deleted process', legacyExport, 'is deleted in Boomi']
  ])('%s given by ID', async (_what, id, why) => {
    const f = await start()
    await expect(resolveSchedules(fakeClient(f), TEST, await request(`${id}:\n  schedules: []\n`), [])).rejects.toThrow(new RegExp(`${id}.*${why}`))
    expect(f.changingRequests()).toHaveLength(0)
  })

  test('a process given by ID that is current resolves to its name on every attached runtime', async () => {
    const f = await start(seedNightly)
    deployNightly(f)
    const targets = await resolveSchedules(fakeClient(f), TEST, await request(`${nightly}:\n  schedules: [{ cron: "0 2 * * *" }]\n`), [])
    expect(targets.map((t) => [t.processName, t.atomId])).toEqual([
      ['Nightly Orders Sync', IDS.atom.test1],
      ['Nightly Orders Sync', IDS.atom.test2]
    ])
  })
})

describe('a ${VAR} in the schedules file', () => {
  test('is read, and shown as its reference, never as its text', async () => {
    const f = await start(seedNightly)
    deployNightly(f)
    const loaded = await request('Nightly Orders Sync:\n  schedules: [{ cron: "${NIGHTLY_CRON}" }]\n  enabled: ${SCHEDULES_ON}\n', { NIGHTLY_CRON: '17 3 * * 1-5', SCHEDULES_ON: 'true' })
    const targets = await resolveSchedules(fakeClient(f), TEST, loaded, [])
    expect(targets[0]).toMatchObject({ enabled: true, schedules: [expect.objectContaining({ minutes: '17', hours: '3' })] })
    expect(JSON.stringify(targets.map((t) => t.shown))).toContain('${NIGHTLY_CRON}')
    expect(JSON.stringify(targets.map((t) => t.shown))).not.toContain('17 3')
  })
})
