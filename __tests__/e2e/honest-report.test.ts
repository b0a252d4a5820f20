// What the action says is true: outputs that parse, ${VAR} values shown as written, failures told
// at the top, warnings where Boomi will not do what the user thinks, and a dry run that shows what
// can be set. Run as a GitHub runner runs the bundled action, against the fake Boomi.
import { benchComponentId, manyComponents } from '../fake-boomi/sample-account.mjs'
import { baseInputs, IDS, result, runAction, sampleAccount, startFakeBoomi, TOKEN, visible, type Fake, type Run } from './harness.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report's sections are JSON of no fixed type here
type Json = any

let fake: Fake
afterEach(async () => {
  await fake.close()
})
async function start(seed = sampleAccount()): Promise<void> {
  fake = await startFakeBoomi(seed)
}

const { nightly, ordersApi, legacyExport } = IDS.component

/** Every output a later job reads: `result` always parses, whatever happened. */
function parsed(run: Run): Json {
  return result(run)
}

function decode(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}

/** The text of a collapsed block of the summary, by the start of its title. */
function details(run: Run, title: string): string {
  const match = new RegExp(`<details><summary>${title}[^<]*</summary>\\s*<pre>([\\s\\S]*?)</pre>`).exec(run.summary)
  expect(match).not.toBeNull()
  return decode(match![1]!)
}

describe('1. ${VAR} values are shown as written; nothing is redacted by text', () => {
  test('REGION=TEST and a password from ${VAR}: the heading, outputs and Boomi names are intact; the encrypted value appears nowhere', async () => {
    await start()
    const password = 'db-Pa55-from-secret'
    const run = await runAction({
      inputs: { ...baseInputs(fake), 'component-ids': nightly, 'package-version': '1.0', environment: 'TEST', extensions: 'ext.yml' },
      files: { 'ext.yml': 'properties:\n  region: ${REGION}\nconnections:\n  Orders DB:\n    password: ${DB_PASSWORD}\n' },
      env: { REGION: 'TEST', DB_PASSWORD: password }
    })
    expect(run.code).toBe(0)
    const report = parsed(run)
    expect(report.dryRun).toBe(false)
    expect(report.environment).toEqual({ id: IDS.env.TEST, name: 'TEST' })
    expect(run.outputs['environment-id']).toBe(IDS.env.TEST)
    expect(JSON.parse(run.outputs['package-ids']!)).toHaveLength(1)
    expect(run.summary).toContain('<h2>Boomi deploy → TEST</h2>')
    expect(run.summary).not.toContain('***')
    // The value from ${REGION} is shown as its reference; Boomi's old value is Boomi data.
    expect(run.summary).toMatch(/<td>region<\/td><td>value<\/td><td>changed<\/td><td><code>eu-test<\/code><\/td><td><code>\$\{REGION\}<\/code><\/td>/)
    // Only the token, its derived credentials and the encrypted value are registered as secrets.
    const masked = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length))
    expect(masked).toContain(TOKEN)
    expect(masked).toContain(password)
    expect(masked).not.toContain('TEST')
    expect(masked).toHaveLength(4)
    const shown = visible(run).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')
    expect(shown).not.toContain(password)
    expect(fake.state.extensions[IDS.env.TEST]!.properties.find((p: Json) => p.name === 'region')!.override).toBe('TEST')
  })

  test('a schedule from ${VAR} is shown as written, not in words of its value', async () => {
    await start()
    const run = await runAction({
      inputs: { ...baseInputs(fake), 'component-ids': nightly, 'package-version': '1.0', environment: 'TEST', schedules: 'schedules.yml' },
      files: { 'schedules.yml': 'Nightly Orders Sync:\n  schedules:\n    - cron: "${NIGHTLY_CRON}"\n' },
      env: { NIGHTLY_CRON: '30 2 * * 1-5' }
    })
    expect(run.code).toBe(0)
    expect(parsed(run).schedules.items.map((i: Json) => i.schedules)).toEqual([['cron ${NIGHTLY_CRON}'], ['cron ${NIGHTLY_CRON}']])
    expect(run.summary).toContain('<td>cron ${NIGHTLY_CRON}</td>')
    expect(run.summary).not.toContain('Monday–Friday')
  })
})

describe('2. after the first failed change no new change starts', () => {
  test('5 components, the 3rd deployment refused with HTTP 400: the 4th and 5th are never sent', async () => {
    await start(manyComponents(5))
    const ids = [1, 2, 3, 4, 5].map(benchComponentId)
    fake.inject({ method: 'POST', path: '/DeployedPackage', status: 400, message: 'Deployment refused', after: 2 })
    const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': ids.join('\n'), 'package-version': '1.0', environment: 'TEST' } })
    expect(run.code).not.toBe(0)
    const deploys = fake.requests.filter((r) => r.method === 'POST' && r.path === '/DeployedPackage')
    expect(deploys).toHaveLength(3)
    expect(deploys.map((r) => r.status)).toEqual([200, 200, 400])
    const report = parsed(run)
    expect(report.components.map((c: Json) => c.deployment)).toEqual(['deployed', 'deployed', 'failed', 'not started', 'not started'])
    expect(report.changed).toBe(true)
    expect(run.outputs.changed).toBe('true')
  })
})

describe('3. the failure summary tells the truth, at the top', () => {
  test('a failed PROD promotion is titled PROD; the error is open and first; "Nothing was changed" once; no re-run promise', async () => {
    await start()
    const tested = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': nightly, 'package-version': '1.0' } })
    const run = await runAction({ inputs: { ...baseInputs(fake), 'package-ids': tested.outputs['package-ids']!, environment: 'PROD', 'require-deployed-in': 'TEST' } })
    expect(run.code).not.toBe(0)
    expect(run.summary.startsWith('<h2>Boomi deploy → PROD</h2>\n<p>❌ <b>Failed.</b> Nothing was changed in Boomi.</p>\n<pre>Promotion gate:')).toBe(true)
    expect(run.summary).not.toContain('<details><summary>Error')
    expect(run.summary.match(/Nothing was changed/g)).toHaveLength(1)
    expect(run.summary).not.toMatch(/re-run/i)
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]!.match(/Nothing was changed/g)).toHaveLength(1)
    expect(parsed(run).changed).toBe(false)
    expect(run.outputs.changed).toBe('false')
  })

  test('a run that stops before resolving the environment still names it', async () => {
    await start()
    const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': nightly, environment: 'STAGE' } })
    expect(run.code).not.toBe(0)
    expect(run.summary).toContain('<h2>Boomi deploy → STAGE</h2>')
    const bad = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': 'not an id', environment: 'PROD' } })
    expect(bad.summary).toContain('<h2>Boomi deploy → PROD</h2>')
    expect(parsed(bad).status).toBe('failed')
  })

  test('a 401 says "Unauthorized" once, in the summary and in the annotation', async () => {
    await start()
    const run = await runAction({ inputs: { ...baseInputs(fake), 'api-token': 'wrong-token-123', 'component-ids': nightly, environment: 'TEST' } })
    expect(run.code).not.toBe(0)
    expect(run.summary.match(/Unauthorized/g)).toHaveLength(1)
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]!.match(/Unauthorized/g)).toHaveLength(1)
    expect(parsed(run).status).toBe('failed')
  })
})

describe('4. annotations point at the file and line', () => {
  test('an unknown process in the schedules file: file= and line=, and the closest process names', async () => {
    await start()
    const run = await runAction({
      inputs: { ...baseInputs(fake), 'component-ids': nightly, environment: 'TEST', schedules: 'schedules.yml' },
      files: { 'schedules.yml': '# nightly\nNightly Order Sync:\n  schedules: []\n' }
    })
    expect(run.code).not.toBe(0)
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error'))!
    expect(error).toMatch(/^::error file=schedules\.yml,line=2::/)
    expect(error).toMatch(/no current process named 'Nightly Order Sync'\. Closest process names: 'Nightly Orders Sync'/)
    expect(fake.changingRequests()).toHaveLength(0)
  })

  test('an error in the extensions file (a ${VAR} not set) annotates its line', async () => {
    await start()
    const located = await runAction({
      inputs: { ...baseInputs(fake), 'component-ids': nightly, environment: 'TEST', extensions: 'test.extensions.yml' },
      files: { 'test.extensions.yml': 'connections:\n  Orders DB:\n    url: x\n    password: ${NOPE}\n' }
    })
    expect(located.stdout).toMatch(/^::error file=test\.extensions\.yml,line=4::Input 'extensions': test\.extensions\.yml:4 uses \$\{NOPE\}/m)
  })
})

describe('5. warnings where Boomi will not do what the user thinks', () => {
  test('an environment with no runtime attached: a warning, in the summary too', async () => {
    const seed = sampleAccount()
    seed.attachments = seed.attachments.filter((a) => a.environmentId !== IDS.env.TEST)
    await start(seed)
    const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': nightly, environment: 'TEST' } })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^::warning::Environment TEST has no runtime attached: Boomi records the deployments, but nothing runs there/m)
    expect(run.summary).toMatch(/⚠️ Environment TEST has no runtime attached/)
    expect(parsed(run).warnings).toHaveLength(1)
  })

  test('a deleted component is said to be deleted, not of the wrong type', async () => {
    await start()
    const run = await runAction({ inputs: { ...baseInputs(fake), 'component-ids': `${nightly}\n${legacyExport}`, environment: 'TEST' } })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(/'Legacy Orders Export' \(.+\) is deleted in Boomi/)
    expect(run.stdout).not.toMatch(/Boomi packages certificate/)
    expect(fake.changingRequests()).toHaveLength(0)
  })
})

describe('6. a dry run shows what can be set', () => {
  test('without files: a starter extensions file that, applied unedited, changes nothing but the encrypted fields', async () => {
    await start()
    const deployInputs = { ...baseInputs(fake), 'component-ids': nightly, 'package-version': '1.0', environment: 'TEST' }
    expect((await runAction({ inputs: deployInputs })).code).toBe(0)

    const dry = await runAction({ inputs: { ...deployInputs, 'dry-run': 'true' } })
    expect(dry.code).toBe(0)
    const starter = details(dry, 'Starter extensions file for TEST')
    expect(summaryCollapsed(dry)).toBe(true)
    expect(starter).toContain('Orders DB:')
    expect(starter).toContain('url: jdbc:postgresql://db.test.acme.example:5432/orders')
    expect(starter).toContain('password: ${ORDERS_DB_PASSWORD}')
    expect(starter).toContain('API Key: ${ORDERS_SETTINGS_API_KEY}')
    expect(starter).not.toContain('test-db-secret')
    expect(starter).toContain('Country Codes: null')
    expect(parsed(dry).starter).toBeUndefined()

    const placeholders = [...starter.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]!)
    const env = Object.fromEntries(placeholders.map((name) => [name, `value-of-${name}`]))
    const applied = await runAction({
      inputs: { ...deployInputs, 'dry-run': 'true', extensions: 'starter.yml' },
      files: { 'starter.yml': starter },
      env
    })
    expect(applied.code).toBe(0)
    const changes = parsed(applied).extensions.changes as Json[]
    expect(changes.length).toBeGreaterThan(10)
    expect(changes.filter((c) => c.action !== 'unchanged').map((c) => c.action)).toEqual(placeholders.map(() => 'set-encrypted'))
  })

  test('the current schedules of the deployed processes, as cron, with or without a schedules file', async () => {
    await start()
    const deployInputs = { ...baseInputs(fake), 'component-ids': `${nightly}\n${ordersApi}`, 'package-version': '1.0', environment: 'TEST' }
    const file = 'Nightly Orders Sync:\n  schedules:\n    - cron: "30 2 * * 1-5"\n    - { minutes: "0", hours: "12", daysOfWeek: "2", daysOfMonth: "1", months: "*", years: "*" }\n  maxRetry: 3\n'
    expect((await runAction({ inputs: { ...deployInputs, schedules: 'schedules.yml' }, files: { 'schedules.yml': file } })).code).toBe(0)

    for (const extra of [{}, { schedules: 'schedules.yml' }]) {
      const dry = await runAction({ inputs: { ...deployInputs, ...extra, 'dry-run': 'true' }, files: { 'schedules.yml': file } })
      expect(dry.code).toBe(0)
      const starter = details(dry, 'Current schedules in TEST')
      expect(starter).toContain('Nightly Orders Sync:')
      expect(starter).toContain('- cron: 30 2 * * 1-5')
      // cron cannot say "day 1 and Monday" the way Boomi stores it: Boomi's own fields are kept.
      expect(starter).toMatch(/- minutes: "0"\n\s+hours: "12"\n\s+daysOfWeek: "2"\n\s+daysOfMonth: "1"/)
      expect(starter).toContain('maxRetry: 3')
      expect(starter).not.toContain('runtimes:')
    }
  })
})

describe('7. output `changed`', () => {
  test('"true" when the run changed Boomi; "false" on a re-run with nothing to do and in a dry run', async () => {
    await start()
    const inputs = { ...baseInputs(fake), 'component-ids': nightly, 'package-version': '1.0', environment: 'TEST' }
    const first = await runAction({ inputs })
    const again = await runAction({ inputs })
    const dry = await runAction({ inputs: { ...inputs, 'package-version': '2.0', 'dry-run': 'true' } })
    expect([first.outputs.changed, again.outputs.changed, dry.outputs.changed]).toEqual(['true', 'false', 'false'])
    expect([parsed(first).changed, parsed(again).changed, parsed(dry).changed]).toEqual([true, false, false])
  })
})

/** The starter blocks are collapsed: a <details> without `open`. */
function summaryCollapsed(run: Run): boolean {
  return /<details><summary>Starter extensions file/.test(run.summary) && !/<details open>/.test(run.summary)
}
