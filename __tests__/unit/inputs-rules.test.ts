// Every rule of src/inputs.ts, driven the way the runner passes inputs (INPUT_* variables), so the
// tests hold whichever library reads them.
import { readInputs, parseList, withTokenPrefix, InputError, DEFAULT_BASE_URL } from '../../src/inputs.js'

const C1 = '0f6c1a3e-1111-4a5b-9c0d-aaaaaaaaaaaa'
const C2 = '7d2e9b4f-2222-4c6d-8e1f-bbbbbbbbbbbb'
const base = { 'account-id': 'acme-AB12CD', username: 'ci@acme.example', 'api-token': 'tok-rules-123', 'component-ids': C1 }

const envName = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`
let saved: NodeJS.ProcessEnv
beforeEach(() => {
  saved = { ...process.env }
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
})
afterEach(() => {
  process.env = saved
})

function read(extra: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) {
  for (const [name, value] of Object.entries({ ...base, ...extra })) process.env[envName(name)] = value
  return readInputs(env)
}

function failure(extra: Record<string, string>): string {
  try {
    read(extra)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('booleans', () => {
  test.each([
    ['true', true], ['YES', true], [' on ', true], ['1', true],
    ['false', false], ['No', false], ['off', false], ['0', false], ['', false]
  ])('dry-run %j is %s', (value, expected) => {
    expect(read({ 'dry-run': value }).dryRun).toBe(expected)
  })

  test('github-deployment is false unless set', () => {
    expect(read().githubDeployment).toBe(false)
    expect(read({ 'github-deployment': 'true' }).githubDeployment).toBe(true)
  })

  test('a word that is no boolean is refused with the fix', () => {
    expect(failure({ 'dry-run': 'maybe' })).toBe("Input 'dry-run' is 'maybe', not a boolean. Use 'true' or 'false'.")
  })
})

describe('extensions-update', () => {
  test.each([['', 'full'], ['partial', 'partial'], [' PARTIAL ', 'partial'], ['full', 'full']])('%j is %s', (value, mode) => {
    expect(read({ environment: 'TEST', 'extensions-update': value }).extensionsUpdate).toBe(mode)
  })

  test('another word lists the choices', () => {
    expect(failure({ environment: 'TEST', 'extensions-update': 'merge' })).toBe("Input 'extensions-update' is 'merge', which is not allowed. Use one of: full, partial.")
  })
})

describe('max-requests-per-second', () => {
  test.each([['', 10], ['5', 5], ['0.5', 0.5], ['50', 50]])('%j is %d', (value, rate) => {
    expect(read({ 'max-requests-per-second': value }).maxRequestsPerSecond).toBe(rate)
  })

  test.each(['0', '-1', '50.5', 'Infinity', 'fast'])('%j is refused', (value) => {
    expect(failure({ 'max-requests-per-second': value })).toMatch(new RegExp(`^Input 'max-requests-per-second' is '${value}', not a rate between 0 and 50\\. Boomi allows`))
  })
})

describe('base-url', () => {
  test('defaults to the US platform and loses trailing slashes', () => {
    expect(read().baseUrl).toBe(DEFAULT_BASE_URL)
    expect(read({ 'base-url': 'https://api.platform.gb.boomi.com/api/rest/v1//' }).baseUrl).toBe('https://api.platform.gb.boomi.com/api/rest/v1')
  })

  test.each(['http://localhost:8765/api/rest/v1', 'http://[::1]:8765/api/rest/v1', 'http://127.0.0.1:8765/api/rest/v1'])('plain http on loopback is allowed: %s', (url) => {
    expect(read({ 'base-url': url }).baseUrl).toBe(url)
  })

  test('plain http elsewhere, and a non-URL, are refused', () => {
    expect(failure({ 'base-url': 'http://boomi.internal/api' })).toBe(`Input 'base-url' must use https (the token is sent with every request). Use ${DEFAULT_BASE_URL}.`)
    expect(failure({ 'base-url': 'api.boomi.com' })).toMatch(/^Input 'base-url' is 'api.boomi.com', which is not a URL\. Use https:\/\/api\.boomi\.com/)
  })
})

describe('targets', () => {
  test('a duplicate differing only in case is refused', () => {
    expect(failure({ 'component-ids': `${C1}\n${C1.toUpperCase()}` })).toBe(`Input 'component-ids' lists '${C1.toUpperCase()}' twice. List each ID once.`)
  })

  test('package-ids alone deploys existing packages', () => {
    expect(read({ 'component-ids': '', 'package-ids': `${C1},${C2}` })).toMatchObject({ componentIds: [], packageIds: [C1, C2] })
  })

  test('a name in package-ids is refused as not a packaged component ID', () => {
    expect(failure({ 'component-ids': '', 'package-ids': 'v1' })).toMatch(/^Input 'package-ids' contains 'v1', which is not a packaged component ID\./)
  })

  test.each<[string, Record<string, string>, string]>([
    ['both lists', { 'package-ids': C2 }, "Input 'component-ids' and package-ids are both set."],
    ['nothing to deploy', { 'component-ids': '' }, "Input 'components' is empty and so are component-ids, package-ids and release: nothing to deploy."],
    ['a version for given packages', { 'component-ids': '', 'package-ids': C2, 'package-version': '1.0' }, "Input 'package-version' applies to new packages, but package-ids deploys existing ones."],
    ['a gate without a target', { 'require-deployed-in': 'TEST' }, "Input 'require-deployed-in' gates a deployment, but no environment is given."],
    ['a gate on the target', { environment: 'PROD', 'require-deployed-in': 'PROD' }, "Input 'require-deployed-in' names the target environment itself."],
    ['schedules without a target', { schedules: 's.yml' }, "Input 'schedules' applies to an environment, but none is given."]
  ])('%s is refused', (_what, extra, start) => {
    expect(failure(extra).startsWith(start)).toBe(true)
  })

  test('everything optional is kept as given', () => {
    expect(
      read({ environment: 'PROD', 'require-deployed-in': 'TEST', 'package-version': ' 2.0 ', extensions: 'e.yml', schedules: 's.yml', notes: 'release 2' }, { GITHUB_WORKSPACE: '/ws' })
    ).toMatchObject({ environment: 'PROD', requireDeployedIn: 'TEST', packageVersion: '2.0', extensions: 'e.yml', schedules: 's.yml', notes: 'release 2', workspace: '/ws' })
  })

  test('without inputs the optional ones are absent', () => {
    const inputs = read()
    for (const key of ['environment', 'requireDeployedIn', 'packageVersion', 'extensions', 'schedules', 'githubToken'] as const) expect(inputs[key]).toBeUndefined()
    expect(inputs.workspace).toBe(process.cwd())
  })
})

describe('credentials', () => {
  test.each([
    ['username', 'Pass the Boomi user name'],
    ['account-id', 'Pass the Boomi account ID']
  ])('an empty %s says what to pass', (input, fix) => {
    expect(failure({ [input]: '  ' })).toMatch(new RegExp(`^Input '${input}' is required but empty\\. ${fix}`))
  })

  test('the user name gets the token prefix once', () => {
    expect(read().username).toBe('BOOMI_TOKEN.ci@acme.example')
    expect(read({ username: 'BOOMI_TOKEN.ci@acme.example' }).username).toBe('BOOMI_TOKEN.ci@acme.example')
    expect(withTokenPrefix('x@acme.example')).toBe('BOOMI_TOKEN.x@acme.example')
  })

  test('the GitHub token is read and masked', () => {
    const lines: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string) => lines.push(String(chunk)) > 0)
    try {
      expect(read({ 'github-token': 'ghs_rules_token_1' }).githubToken).toBe('ghs_rules_token_1')
    } finally {
      process.stdout.write = write
    }
    expect(lines.join('')).toContain('::add-mask::ghs_rules_token_1')
  })
})

describe('notes', () => {
  test.each<[NodeJS.ProcessEnv, string]>([
    [{}, 'Deployed by boomi-deploy'],
    [{ GITHUB_REPOSITORY: 'acme/int' }, 'boomi-deploy: acme/int@'],
    [{ GITHUB_REPOSITORY: 'acme/int', GITHUB_SHA: 'abcdef0123456789', GITHUB_RUN_ID: '7' }, 'boomi-deploy: acme/int@abcdef012345 https://github.com/acme/int/actions/runs/7'],
    [{ GITHUB_REPOSITORY: 'acme/int', GITHUB_SERVER_URL: 'https://ghe.acme.example', GITHUB_RUN_ID: '7' }, 'boomi-deploy: acme/int@ https://ghe.acme.example/acme/int/actions/runs/7']
  ])('by default from %j', (env, notes) => {
    expect(read({}, env).notes).toBe(notes)
  })
})

describe('parseList', () => {
  test('a JSON array is trimmed and drops empty strings', () => {
    expect(parseList('package-ids', `[" ${C1} ", ""]`)).toEqual([C1])
  })

  test.each(['[{"a":1}]', '["a", 1]'])('%s is not an array of strings', (raw) => {
    expect(() => parseList('package-ids', raw)).toThrow("Input 'package-ids' is a JSON value but not an array of strings. Write a JSON array of strings, or one ID per line.")
  })

  test('a broken array says how to write one', () => {
    expect(() => parseList('package-ids', '[oops')).toThrow("Input 'package-ids' starts with [ but is not a JSON array. Write a JSON array of strings, or one ID per line.")
  })
})
