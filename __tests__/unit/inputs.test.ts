import { jest } from '@jest/globals'
import * as runner from '../fixtures/core.js'

jest.unstable_mockModule('@actions/core', () => runner)
const { readInputs, parseList, withTokenPrefix, InputError } = await import('../../src/inputs.js')

const C1 = '0f6c1a3e-1111-4a5b-9c0d-aaaaaaaaaaaa'
const C2 = '7d2e9b4f-2222-4c6d-8e1f-bbbbbbbbbbbb'
const base = { 'account-id': 'acme-AB12CD', username: 'ci@acme.example', 'api-token': 'tok-secret-123' }

function read(extra: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) {
  runner.resetRunner({ ...base, ...extra })
  return readInputs(env)
}

describe('parseList', () => {
  test.each([
    ['newlines', `${C1}\n${C2}\n`, [C1, C2]],
    ['commas with spaces', `${C1}, ${C2}`, [C1, C2]],
    ['a JSON array (a previous job output)', JSON.stringify([C1, C2]), [C1, C2]],
    ['blank lines and trailing comma', `\n${C1},\n\n${C2},`, [C1, C2]],
    ['empty', '   ', []]
  ])('%s', (_name, raw, expected) => {
    expect(parseList('component-ids', raw)).toEqual(expected)
  })

  test('a broken JSON array names the input', () => {
    expect(() => parseList('package-ids', `["${C1}"`)).toThrow(/Input 'package-ids' starts with \[ but is not a JSON array/)
  })

  test('a JSON array of non-strings is refused', () => {
    expect(() => parseList('package-ids', '[1, 2]')).toThrow(/not an array of strings/)
  })
})

describe('readInputs', () => {
  test('reads a typical TEST deploy', () => {
    const inputs = read({ 'component-ids': `${C1}\n${C2}`, 'package-version': '1.4.7', environment: 'TEST' })
    expect(inputs).toMatchObject({
      accountId: 'acme-AB12CD',
      username: 'BOOMI_TOKEN.ci@acme.example',
      componentIds: [C1, C2],
      packageIds: [],
      packageVersion: '1.4.7',
      environment: 'TEST',
      dryRun: false,
      extensionsUpdate: 'full',
      maxRequestsPerSecond: 10,
      baseUrl: 'https://api.boomi.com/api/rest/v1'
    })
  })

  test('components: names, Folder/Name and IDs in one list; command and listener status', () => {
    const inputs = read({ components: `Orders Sync\nAcme/Orders/Nightly Orders Sync, ${C1}`, environment: 'PROD', command: 'Rollback', 'listener-status': 'PAUSED' })
    expect(inputs).toMatchObject({ components: ['Orders Sync', 'Acme/Orders/Nightly Orders Sync', C1], componentIds: [], command: 'rollback', listenerStatus: 'paused' })
    expect(read({ 'component-ids': C1 }).command).toBe('deploy')
  })

  test('a release manifest alone is enough to start (it lists the components)', () => {
    expect(read({ release: 'boomi/release.yml' })).toMatchObject({ release: 'boomi/release.yml', components: [], componentIds: [], packageIds: [] })
  })

  test('masks the token and the derived Basic credentials before returning', () => {
    // A token of its own: each secret is masked once per run.
    read({ 'component-ids': C1, 'api-token': 'tok-only-here-456' })
    const basic = Buffer.from('BOOMI_TOKEN.ci@acme.example:tok-only-here-456').toString('base64')
    expect(runner.secrets).toEqual(['tok-only-here-456', basic, `Basic ${basic}`])
  })

  test('keeps an existing BOOMI_TOKEN. prefix', () => {
    expect(withTokenPrefix('BOOMI_TOKEN.ci@acme.example')).toBe('BOOMI_TOKEN.ci@acme.example')
  })

  test('default notes name the repository, commit and run', () => {
    const inputs = read({ 'component-ids': C1 }, { GITHUB_REPOSITORY: 'acme/int', GITHUB_SHA: 'abcdef0123456789', GITHUB_RUN_ID: '77', GITHUB_SERVER_URL: 'https://github.com' })
    expect(inputs.notes).toBe('boomi-deploy: acme/int@abcdef012345 https://github.com/acme/int/actions/runs/77')
  })

  test.each<[string, Record<string, string>, RegExp]>([
    ['missing token', { 'api-token': '' }, /Input 'api-token' is required/],
    ['missing account', { 'account-id': ' ' }, /Input 'account-id' is required/],
    ['nothing to deploy', {}, /Input 'components' is empty and so are component-ids, package-ids and release/],
    ['components and component-ids', { components: 'Orders Sync', 'component-ids': C1 }, /Input 'components' and component-ids are both set/],
    ['a component named twice', { components: 'Orders Sync\norders sync' }, /Input 'components' lists 'orders sync' twice/],
    ['unknown command', { 'component-ids': C1, command: 'redeploy' }, /Input 'command' is 'redeploy'.*deploy, check, rollback, undeploy/],
    ['rollback without environment', { 'component-ids': C1, command: 'rollback' }, /Input 'environment' is required with command: rollback/],
    ['rollback of given packages', { 'package-ids': C1, command: 'rollback', environment: 'PROD' }, /Input 'package-ids' does not apply to command: rollback/],
    ['undeploy with extensions', { 'component-ids': C1, command: 'undeploy', environment: 'PROD', extensions: 'x.yml' }, /Input 'extensions' does not apply to command: undeploy/],
    ['undeploy with a listener status', { 'component-ids': C1, command: 'undeploy', environment: 'PROD', 'listener-status': 'paused' }, /Input 'listener-status' does not apply/],
    ['bad listener status', { 'component-ids': C1, environment: 'PROD', 'listener-status': 'stopped' }, /Input 'listener-status' is 'stopped'.*running, paused/],
    ['listener status without environment', { 'component-ids': C1, 'listener-status': 'paused' }, /Input 'listener-status' applies to an environment/],
    ['both lists', { 'component-ids': C1, 'package-ids': C2 }, /both set/],
    ['a name instead of an ID', { 'component-ids': 'Orders Sync' }, /contains 'Orders Sync', which is not a component ID/],
    ['a duplicate', { 'component-ids': `${C1}\n${C1}` }, /lists '.*' twice/],
    ['version with package-ids', { 'package-ids': C1, 'package-version': '1.0' }, /Input 'package-version'/],
    ['gate without target', { 'component-ids': C1, 'require-deployed-in': 'TEST' }, /Input 'require-deployed-in'.*no environment/],
    ['gate on itself', { 'component-ids': C1, environment: 'PROD', 'require-deployed-in': 'PROD' }, /names the target environment itself/],
    ['extensions without environment', { 'component-ids': C1, extensions: 'ext.yml' }, /Input 'extensions'/],
    ['bad boolean', { 'component-ids': C1, 'dry-run': 'maybe' }, /Input 'dry-run' is 'maybe', not a boolean/],
    ['bad mode', { 'component-ids': C1, environment: 'T', 'extensions-update': 'merge' }, /Input 'extensions-update'/],
    ['plain http', { 'component-ids': C1, 'base-url': 'http://api.boomi.com/api/rest/v1' }, /must use https/],
    ['bad rate', { 'component-ids': C1, 'max-requests-per-second': 'fast' }, /Input 'max-requests-per-second'/],
    ['unknown command', { 'component-ids': C1, command: 'sync' }, /Input 'command' is 'sync', which is not allowed\. Use one of: deploy, check/],
    ['check without environment', { command: 'check' }, /Input 'command' is 'check', which compares an environment, but none is given/],
    ['check with the gate', { command: 'check', environment: 'PROD', 'require-deployed-in': 'TEST' }, /Input 'require-deployed-in' gates a deployment, but command is 'check'/],
    ['fail-on-drift on a deploy', { 'component-ids': C1, environment: 'T', 'fail-on-drift': 'true' }, /Input 'fail-on-drift' applies to command 'check'/],
    ['only-changed without environment', { 'component-ids': C1, 'only-changed': 'true' }, /Input 'only-changed' compares with what is active/],
    ['only-changed with package-ids', { 'package-ids': C1, environment: 'T', 'only-changed': 'true' }, /Input 'only-changed' applies to component-ids/],
    ['bad allow-downgrade', { 'component-ids': C1, 'allow-downgrade': 'sometimes' }, /Input 'allow-downgrade' is 'sometimes', not a boolean/]
  ])('%s fails naming the input', (_name, extra, message) => {
    expect(() => read(extra)).toThrow(InputError)
    expect(() => read(extra)).toThrow(message)
  })

  test('deploy is the default command; the revision switches default to off', () => {
    expect(read({ 'component-ids': C1, environment: 'TEST' })).toMatchObject({ command: 'deploy', allowDowngrade: false, onlyChanged: false, failOnDrift: false })
  })

  test('check needs only an environment: component-ids and package-ids are optional', () => {
    expect(read({ command: 'CHECK', environment: 'PROD', 'fail-on-drift': 'true' })).toMatchObject({ command: 'check', componentIds: [], packageIds: [], failOnDrift: true })
  })

  test('accepts a JSON array output for package-ids and http on loopback', () => {
    const inputs = read({ 'package-ids': JSON.stringify([C1, C2]), 'base-url': 'http://127.0.0.1:8080/api/rest/v1/' })
    expect(inputs.packageIds).toEqual([C1, C2])
    expect(inputs.baseUrl).toBe('http://127.0.0.1:8080/api/rest/v1')
  })
})
