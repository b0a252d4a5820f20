// `command: check`, run as a GitHub runner runs the bundled action, against the fake Boomi: it
// changes nothing and reports every difference between the environment and the inputs.
import { extensionField } from '../fake-boomi/server.mjs'
import { baseInputs, changesSince, IDS, result, runAction, sampleAccount, startFakeBoomi, visibleExceptMaskCommands, type Fake, type Run } from './harness.js'

// The report's drift section is JSON of no fixed type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of no fixed type here
type Json = any

const { nightly, ordersApi } = IDS.component
const TEST = IDS.env.TEST
const SECRET = 'Db-S3cret-For-Check-9x'
const URL = 'jdbc:postgresql://db.check.acme.example:5432/orders'

const EXTENSIONS = `connections:
  Orders DB:
    url: ${URL}
    password: \${ORDERS_DB_PASSWORD}
properties:
  region: eu-check
`
const SCHEDULES = `Nightly Orders Sync:
  schedules:
    - cron: "30 2 * * 1-5"
  maxRetry: 3
  enabled: true
`

let fake: Fake
beforeEach(async () => {
  fake = await startFakeBoomi(sampleAccount())
})
afterEach(async () => {
  await fake.close()
})

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...baseInputs(fake),
    'component-ids': `${nightly}\n${ordersApi}`,
    environment: 'TEST',
    extensions: 'extensions.yml',
    schedules: 'schedules.yml',
    ...extra
  }
}

function run(extra: Record<string, string> = {}): Promise<Run> {
  return runAction({
    inputs: inputs(extra),
    files: { 'extensions.yml': EXTENSIONS, 'schedules.yml': SCHEDULES },
    env: { ORDERS_DB_PASSWORD: SECRET }
  })
}

function differences(check: Run): Json[] {
  return (result(check).drift as Json).differences
}

/** The deployed state the checks compare against: the two components, extensions and schedules in TEST. */
async function deployed(): Promise<void> {
  const deploy = await run({ 'package-version': '1.0' })
  expect(deploy.code).toBe(0)
}

test('right after a deploy nothing differs: drift false, nothing changed', async () => {
  await deployed()
  const before = fake.requests.length
  const check = await run({ command: 'check' })
  expect(check.code).toBe(0)
  expect(changesSince(fake, before)).toBe(0)
  expect(check.outputs.drift).toBe('false')
  expect(result(check)).toMatchObject({ command: 'check', status: 'succeeded', drift: { found: false, differences: [] } })
  expect(check.summary).toContain('Boomi check → TEST')
  expect(check.summary).toContain('No drift')

  // The same with the label that was deployed.
  const labelled = await run({ command: 'check', 'package-version': '1.0' })
  expect(labelled.outputs.drift).toBe('false')
})

test('every kind of difference is reported in the summary and result; the secret never shows; nothing changes', async () => {
  await deployed()
  const model = fake.state.extensions[TEST]!
  fake.saveRevision(nightly)
  extensionField(model, 'connections', 'Orders DB', 'url')!.override = 'jdbc:postgresql://hand-edited:5432/orders'
  extensionField(model, 'connections', 'Orders DB', 'password')!.secret = null
  const test1 = fake.state.schedules.find((s) => s.processId === nightly && s.atomId === IDS.atom.test1)!
  test1.Schedule = [{ minutes: '0', hours: '6', daysOfWeek: '*', daysOfMonth: '*', months: '*', years: '*' }]
  fake.state.scheduleStatus.find((s) => s.processId === nightly && s.atomId === IDS.atom.test2)!.enabled = false

  const before = fake.requests.length
  const check = await run({ command: 'check' })
  expect(check.code).toBe(0)
  expect(changesSince(fake, before)).toBe(0)
  expect(check.outputs.drift).toBe('true')
  const rows = differences(check).map((d: Json) => [d.section, d.component, d.field])
  expect(rows).toEqual([
    ['deployments', 'Nightly Orders Sync', 'revision'],
    ['extensions', 'Orders DB (connections)', 'url'],
    ['extensions', 'Orders DB (connections)', 'password'],
    ['schedules', 'Nightly Orders Sync on TEST Atom 1', 'schedules'],
    ['schedules', 'Nightly Orders Sync on TEST Atom 2', 'enabled']
  ])
  const deployment = differences(check)[0]
  expect(deployment.expected).toBe('revision 13 (current)')
  expect(deployment.live).toMatch(/^1\.0 \(package [0-9a-f-]+, revision 12\), deployed .* by ci@acme\.example$/)
  // Extension values stay out of the result, like a deploy's change list; the summary shows them.
  expect(differences(check)[1]).toMatchObject({ expected: '', live: '' })
  expect(check.summary).toContain('<th>Section</th><th>Component</th><th>Field</th><th>Expected</th><th>Live</th>')
  expect(check.summary).toContain(URL)
  expect(check.summary).toContain('jdbc:postgresql://hand-edited:5432/orders')
  expect(check.summary).toContain('(override, encrypted value set)')
  expect(check.summary).toContain('(default, no encrypted value)')
  expect(check.summary).toContain('enabled</td><td>paused')
  expect(check.summary).toMatch(/Drift: 5 difference/)
  expect(visibleExceptMaskCommands(check)).not.toContain(SECRET)

  const strict = await run({ command: 'check', 'fail-on-drift': 'true' })
  expect(strict.code).not.toBe(0)
  expect(strict.outputs.drift).toBe('true')
  expect(strict.stdout).toMatch(/::error::Drift in TEST: 5 difference\(s\)/)
  expect(strict.stdout).toMatch(/deployments › Nightly Orders Sync › revision: expected revision 13 \(current\), live 1\.0/)
  expect(strict.stdout).toMatch(/Nothing was changed in Boomi/)
  expect(visibleExceptMaskCommands(strict)).not.toContain(SECRET)
  expect(changesSince(fake, before)).toBe(0)
})

test('package-ids: a package that is not the active one, or not deployed, is a difference', async () => {
  const v1 = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': nightly, 'package-version': '1.0', environment: 'TEST' } })
  const v2 = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': nightly, 'package-version': '2.0', environment: 'TEST' } })
  const onlyPackaged = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': ordersApi, 'package-version': '1.0' } })
  const packageIds = [...JSON.parse(v1.outputs['package-ids']!), ...JSON.parse(onlyPackaged.outputs['package-ids']!)]
  const before = fake.requests.length
  const check = await runAction({ inputs: { ...baseInputs(fake), command: 'check', 'package-ids': JSON.stringify(packageIds), environment: 'TEST' } })
  expect(check.code).toBe(0)
  expect(changesSince(fake, before)).toBe(0)
  expect(differences(check).map((d: Json) => [d.component, d.field, d.expected.split(' ')[0], d.live.split(' ')[0]])).toEqual([
    ['Nightly Orders Sync', 'package', '1.0', '2.0'],
    ['Orders API', 'package', '1.0', 'not']
  ])
  expect(differences(check)[0].live).toContain(JSON.parse(v2.outputs['package-ids']!)[0])

  // A check of the files alone needs no component.
  const filesOnly = await runAction({ inputs: { ...baseInputs(fake), command: 'check', environment: 'PROD', extensions: 'x.yml' }, files: { 'x.yml': 'properties:\n  region: eu\n' } })
  expect(filesOnly.code).toBe(0)
  expect(filesOnly.outputs.drift).toBe('false')
})

test('a process of the schedules file that is not deployed there is a difference, not an error', async () => {
  const check = await runAction({ inputs: { ...baseInputs(fake), command: 'check', environment: 'PROD', schedules: 's.yml' }, files: { 's.yml': SCHEDULES } })
  expect(check.code).toBe(0)
  expect(differences(check).map((d: Json) => [d.component, d.field, d.live])).toEqual([
    ['Nightly Orders Sync on PROD Atom', 'schedules', 'no schedule object (process not deployed there)']
  ])
})

test('check needs an environment, refuses the promotion gate, and fail-on-drift belongs to check', async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ command: 'check', 'component-ids': nightly }, /Input 'command' is 'check', which compares an environment, but none is given/],
    [{ command: 'check', environment: 'PROD', 'require-deployed-in': 'TEST', 'component-ids': nightly }, /Input 'require-deployed-in' gates a deployment, but command is 'check'/],
    [{ 'fail-on-drift': 'true', environment: 'TEST', 'component-ids': nightly }, /Input 'fail-on-drift' applies to command 'check'/],
    [{ command: 'verify', environment: 'TEST', 'component-ids': nightly }, /Input 'command' is 'verify', which is not allowed\. Use one of: deploy, check/]
  ]
  for (const [extra, message] of cases) {
    const refused = await runAction({ inputs: { ...baseInputs(fake), ...extra } })
    expect(refused.code).not.toBe(0)
    expect(refused.stdout).toMatch(message)
  }
  expect(fake.requests).toHaveLength(0)
})
