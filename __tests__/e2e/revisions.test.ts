// Revisions, run as a GitHub runner runs the bundled action, against the fake Boomi: each release
// shows the revisions, a stale label warns, an environment never moves back a revision unless
// asked, and only-changed leaves unchanged components alone.
import { benchComponentId, manyComponents } from '../fake-boomi/sample-account.mjs'
import { baseInputs, changesSince, IDS, result, runAction, sampleAccount, startFakeBoomi, type Fake, type Run } from './harness.js'

// The report's components carry more fields than the harness types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of no fixed type here
type Json = any

const { nightly, ordersApi } = IDS.component
const TEST = IDS.env.TEST
const PROD = IDS.env.PROD

let fake: Fake
afterEach(async () => {
  await fake.close()
})

function release(packageVersion: string, environment: string, extra: Record<string, string> = {}): Promise<Run> {
  return runAction({ inputs: { ...baseInputs(fake), 'component-ids': `${nightly}\n${ordersApi}`, 'package-version': packageVersion, environment, ...extra } })
}

function components(run: Run): Json[] {
  return result(run).components as Json[]
}

function activeIn(environmentId: string, componentId: string) {
  return fake.state.deployments.find((d) => d.active && d.environmentId === environmentId && d.componentId === componentId)
}

function warnings(run: Run): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
}

describe.each(['string', 'number'] as const)('componentVersion written as a %s', (componentVersionFormat) => {
  beforeEach(async () => {
    fake = await startFakeBoomi(sampleAccount(), { componentVersionFormat })
  })

  test('each component shows its package revision and current revision; a fix saved after the label was made warns', async () => {
    const first = await release('1.1', 'TEST')
    expect(first.code).toBe(0)
    expect(components(first).map((c) => [c.name, c.packageRevision, c.currentRevision])).toEqual([
      ['Nightly Orders Sync', 12, 12],
      ['Orders API', 3, 3]
    ])
    expect(first.summary).toContain('<th>Revision</th>')
    expect(warnings(first)).toEqual([])

    // A developer saves a fix in Boomi; the release is re-run with the same label.
    expect(fake.saveRevision(nightly)).toBe(13)
    const before = fake.requests.length
    const rerun = await release('1.1', 'TEST')
    expect(rerun.code).toBe(0)
    expect(changesSince(fake, before)).toBe(0)
    expect(components(rerun).map((c) => [c.name, c.package, c.deployment, c.packageRevision, c.currentRevision])).toEqual([
      ['Nightly Orders Sync', 'reused', 'already active', 12, 13],
      ['Orders API', 'reused', 'already active', 3, 3]
    ])
    const [warning, ...others] = warnings(rerun)
    expect(others).toEqual([])
    expect(warning).toContain('Nightly Orders Sync')
    expect(warning).toMatch(/package-version 1\.1 .*holds revision 12.*current revision is 13/)
    expect(warning).toMatch(/To release revision 13, set a new package-version/)
    expect(rerun.summary).toContain('12 (current 13)')
    expect(components(rerun)[0].warning).toContain('revision 13')
  })
})

describe('downgrade guard', () => {
  beforeEach(async () => {
    fake = await startFakeBoomi(sampleAccount())
  })

  test('an old label that would roll TEST back a revision is refused before any change; allow-downgrade deploys it', async () => {
    expect((await release('1.0', 'TEST')).code).toBe(0)
    fake.saveRevision(nightly)
    const newer = await release('1.1', 'TEST')
    expect(newer.code).toBe(0)
    expect(components(newer)[0]).toMatchObject({ packageRevision: 13, replaced: '1.0', replacedRevision: 12 })
    expect(newer.summary).toContain('replaces 1.0, revision 12')

    const before = fake.requests.length
    const back = await release('1.0', 'TEST')
    expect(back.code).not.toBe(0)
    expect(changesSince(fake, before)).toBe(0)
    expect(back.stdout).toMatch(/Downgrade refused: 1 component\(s\) would run an older revision in TEST/)
    expect(back.stdout).toMatch(/Nightly Orders Sync: TEST runs 1\.1 \(package [0-9a-f-]+, revision 13, deployed .* by ci@acme\.example\); this run would replace it with 1\.0 \(package [0-9a-f-]+, revision 12\)/)
    expect(back.stdout).toMatch(/allow-downgrade: true/)
    expect(back.stdout).toMatch(/Nothing was changed in Boomi/)
    expect(activeIn(TEST, nightly)?.packageVersion).toBe('1.1')

    const rollback = await release('1.0', 'TEST', { 'allow-downgrade': 'true' })
    expect(rollback.code).toBe(0)
    expect(activeIn(TEST, nightly)?.packageVersion).toBe('1.0')
    // Orders API never changed revision: 1.0 and 1.1 hold the same one, so it was no downgrade.
    expect(components(rollback).map((c) => [c.name, c.deployment, c.replaced, c.replacedRevision, c.packageRevision])).toEqual([
      ['Nightly Orders Sync', 'deployed', '1.1', 13, 12],
      ['Orders API', 'deployed', '1.1', 3, 3]
    ])
  })

  test('a stale promotion over a newer PROD hotfix is refused before any change', async () => {
    const tested = await release('1.5', 'TEST')
    expect(tested.code).toBe(0)
    const promote = { ...baseInputs(fake), 'package-ids': tested.outputs['package-ids']!, environment: 'PROD', 'require-deployed-in': 'TEST' }
    expect((await runAction({ inputs: promote })).code).toBe(0)
    // A hotfix goes straight to PROD from a newer revision.
    fake.saveRevision(nightly)
    const hotfix = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': nightly, 'package-version': '1.5.1-hotfix', environment: 'PROD' } })
    expect(hotfix.code).toBe(0)

    // The approved promotion of what TEST runs is re-run later: 1.5 is still active in TEST.
    const before = fake.requests.length
    const stale = await runAction({ inputs: promote })
    expect(stale.code).not.toBe(0)
    expect(changesSince(fake, before)).toBe(0)
    expect(stale.stdout).toMatch(/Downgrade refused.*in PROD/)
    expect(stale.stdout).toMatch(/Nightly Orders Sync: PROD runs 1\.5\.1-hotfix \(package [0-9a-f-]+, revision 13/)
    expect(stale.stdout).toMatch(/replace it with 1\.5 \(package [0-9a-f-]+, revision 12\)/)
    expect(activeIn(PROD, nightly)?.packageVersion).toBe('1.5.1-hotfix')
  })
})

describe('only-changed', () => {
  const COUNT = 24
  const ids = Array.from({ length: COUNT }, (_, i) => benchComponentId(i + 1))

  beforeEach(async () => {
    fake = await startFakeBoomi(manyComponents(COUNT))
  })

  function releaseMany(packageVersion: string, extra: Record<string, string> = {}): Promise<Run> {
    return runAction({ inputs: { ...baseInputs(fake), 'component-ids': ids.join('\n'), 'package-version': packageVersion, environment: 'TEST', ...extra } })
  }

  test('a re-release of an unchanged 24-component set sends no changing request; a saved component is the only one released', async () => {
    const first = await releaseMany('1.0', { 'only-changed': 'true' })
    expect(first.code).toBe(0)
    expect(components(first).every((c) => c.package === 'created' && c.deployment === 'deployed')).toBe(true)

    let before = fake.requests.length
    const again = await releaseMany('1.1', { 'only-changed': 'true' })
    expect(again.code).toBe(0)
    expect(changesSince(fake, before)).toBe(0)
    expect(components(again).every((c) => c.package === 'unchanged' && c.deployment === 'unchanged')).toBe(true)
    // The active packages stand in: a promotion job still gets one package per component.
    expect(again.outputs['package-ids']).toBe(first.outputs['package-ids'])
    expect(again.outputs['deployment-ids']).toBe(first.outputs['deployment-ids'])
    expect(fake.state.packages.filter((p) => p.packageVersion === '1.1')).toEqual([])
    expect(again.summary).toContain('unchanged')

    fake.saveRevision(ids[6]!)
    before = fake.requests.length
    const changed = await releaseMany('1.2', { 'only-changed': 'true' })
    expect(changed.code).toBe(0)
    expect(fake.changingRequests().filter((r) => fake.requests.indexOf(r) >= before).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /PackagedComponent',
      'POST /DeployedPackage'
    ])
    const outcomes = components(changed).map((c) => `${c.package}/${c.deployment}`)
    expect(outcomes[6]).toBe('created/deployed')
    expect(outcomes.filter((o) => o === 'unchanged/unchanged')).toHaveLength(COUNT - 1)
  })

  test('without only-changed a new label repackages and redeploys everything, as before', async () => {
    const few = { 'component-ids': ids.slice(0, 3).join('\n') }
    expect((await releaseMany('1.0', few)).code).toBe(0)
    const before = fake.requests.length
    expect((await releaseMany('1.1', few)).code).toBe(0)
    expect(changesSince(fake, before)).toBe(2 * 3)
  })

  test('only-changed needs an environment and component-ids', async () => {
    const noEnvironment = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': ids[0]!, 'only-changed': 'true' } })
    expect(noEnvironment.code).not.toBe(0)
    expect(noEnvironment.stdout).toMatch(/Input 'only-changed' compares with what is active in an environment, but none is given/)
    expect(fake.requests).toHaveLength(0)
  })
})
