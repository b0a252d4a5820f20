// A release manifest drives a TEST deploy and the PROD promotion of the same packages, run as a
// GitHub runner runs the bundled action against the fake Boomi.
import { baseInputs, changesSince, IDS, result, runAction, sampleAccount, startFakeBoomi, type Fake } from './harness.js'

let fake: Fake
beforeEach(async () => {
  fake = await startFakeBoomi(sampleAccount())
})
afterEach(async () => {
  await fake.close()
})

const MANIFEST = `# What is released everywhere
packageVersion: "1.4.\${GITHUB_RUN_NUMBER}"
components:
  - Nightly Orders Sync
  - Orders/Orders Listener
environments:
  TEST:
    schedules: test.schedules.yml
  PROD:
    extensions: prod.extensions.yml
    listenerStatus: paused
`
const files = {
  'release.yml': MANIFEST,
  'test.schedules.yml': 'Nightly Orders Sync:\n  schedules:\n    - cron: "30 2 * * 1-5"\n',
  'prod.extensions.yml': 'properties:\n  region: eu-central\n'
}
const env = { GITHUB_RUN_NUMBER: '42' }

test('the manifest deploys to TEST with its files, then supplies PROD its files for the promoted packages', async () => {
  const test = await runAction({ inputs: { ...baseInputs(fake), release: 'release.yml', environment: 'TEST' }, files, env })
  expect(test.code).toBe(0)
  expect(result(test).components.map((c) => [c.id, c.packageVersion, c.deployment])).toEqual([
    [IDS.component.nightly, '1.4.42', 'deployed'],
    [IDS.component.listener, '1.4.42', 'deployed']
  ])
  const testSchedules = fake.state.schedules.filter((s) => s.processId === IDS.component.nightly)
  expect(testSchedules.map((s) => s.Schedule[0]?.daysOfWeek)).toEqual(['2-6', '2-6'])
  // TEST's block has no listener status: Boomi's default.
  expect(fake.state.deployments.find((d) => d.componentId === IDS.component.listener)!.listenerStatus).toBe('RUNNING')

  const prod = await runAction({
    inputs: { ...baseInputs(fake), release: 'release.yml', 'package-ids': test.outputs['package-ids']!, environment: 'PROD', 'require-deployed-in': 'TEST' },
    workspace: test.workspace,
    env
  })
  expect(prod.code).toBe(0)
  expect(prod.outputs['package-ids']).toBe(test.outputs['package-ids'])
  expect(fake.state.deployments.find((d) => d.environmentId === IDS.env.PROD && d.componentId === IDS.component.listener)!.listenerStatus).toBe('PAUSED')
  expect(fake.state.extensions[IDS.env.PROD]!.properties.find((p) => p.name === 'region')!.override).toBe('eu-central')
  expect(result(prod).extensions).toMatchObject({ file: 'prod.extensions.yml', status: 'written' })
  // PROD's block names no schedules file: none is written.
  expect(result(prod).schedules).toBeUndefined()
})

test('explicit inputs win over the manifest', async () => {
  const run = await runAction({
    inputs: { ...baseInputs(fake), release: 'release.yml', environment: 'PROD', components: 'Orders API', 'package-version': '9.0', 'listener-status': 'running', 'dry-run': 'true' },
    files,
    env
  })
  expect(run.code).toBe(0)
  expect(result(run).components.map((c) => [c.name, c.packageVersion])).toEqual([['Orders API', '9.0']])
  expect(result(run)).toMatchObject({ listenerStatus: 'running', extensions: { file: 'prod.extensions.yml' } })
})

// The line is the key's: the environments map, the PROD block, the components list.
test.each([
  ['no block for the environment', MANIFEST, { environment: 'STAGE' }, "Input 'release': release.yml:6 has no block for environment 'STAGE' (blocks: 'TEST', 'PROD')"],
  ['a typo in a key', MANIFEST.replace('listenerStatus', 'listenerstatus'), { environment: 'PROD' }, "Input 'release': release.yml:9 at 'environments.PROD': Unrecognized key: \"listenerstatus\""],
  ['a file that does not exist', MANIFEST.replace('prod.extensions.yml', 'missing.yml'), { environment: 'PROD' }, "Input 'release': release.yml:10: file 'missing.yml' does not exist"],
  ['a name that does not resolve', MANIFEST.replace('- Nightly Orders Sync', '- Nightly Order Sync'), { environment: 'TEST' }, "Input 'release' (release.yml:3, components): no current (not deleted) component is named 'Nightly Order Sync'"]
])('%s fails naming the file and line, before any change', async (_name, manifest, extra, message) => {
  const run = await runAction({ inputs: { ...baseInputs(fake), release: 'release.yml', ...extra }, files: { ...files, 'release.yml': manifest }, env })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toContain(message)
  // The annotation points at the same line of the manifest.
  const line = /release\.yml:(\d+)/.exec(message)![1]
  expect(run.stdout).toContain(`::error file=release.yml,line=${line}::`)
  expect(changesSince(fake, 0)).toBe(0)
})
