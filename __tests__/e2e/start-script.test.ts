// `npm start` prints the action's log, outputs and summary for a person: never a credential, also
// when it targets a real account (here: the fake Boomi standing in for one).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { IDS, sampleAccount, startFakeBoomi, TOKEN, type Fake } from './harness.js'

const SCRIPT = join(process.cwd(), 'scripts/start.mjs')

function runStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SCRIPT], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ code, output }))
  })
}

function credentials(username: string, token: string): string[] {
  const basic = Buffer.from(`BOOMI_TOKEN.${username}:${token}`).toString('base64')
  return [token, basic]
}

let fake: Fake | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

test('against an account given by BOOMI_* variables: no token, no derived credential, no mask command', async () => {
  fake = await startFakeBoomi(sampleAccount())
  const { code, output } = await runStart({
    BOOMI_ACCOUNT_ID: IDS.account,
    BOOMI_USERNAME: 'ci@acme.example',
    BOOMI_API_TOKEN: TOKEN,
    BOOMI_BASE_URL: fake.baseUrl,
    BOOMI_COMPONENT_IDS: IDS.component.nightly,
    BOOMI_ENVIRONMENT: 'TEST',
    BOOMI_PACKAGE_VERSION: '1.0'
  })
  expect(code).toBe(0)
  expect(output).toContain('Targeting the REAL Boomi account')
  expect(output).toContain('Nightly Orders Sync')
  for (const secret of credentials('ci@acme.example', TOKEN)) expect(output).not.toContain(secret)
  expect(output).not.toContain('::add-mask::')
})

test('against the built-in fake: the sample release, and no credential either', async () => {
  const { code, output } = await runStart({})
  expect(code).toBe(0)
  expect(output).toContain('using the fake Boomi')
  for (const secret of credentials('ci@acme.example', sampleAccount().token)) expect(output).not.toContain(secret)
  expect(output).not.toContain('::add-mask::')
}, 30_000)
