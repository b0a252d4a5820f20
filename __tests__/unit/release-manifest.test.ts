import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { Inputs } from '../../src/inputs.js'
import { mergeManifest, pickEnvironment, releaseJsonSchema, releaseManifestSchema } from '../../src/plan/release-manifest.js'

const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/release.schema.json', import.meta.url))

describe('schemas/release.schema.json', () => {
  // The committed file is what editors load; it must follow the zod schema, never drift from it.
  test('matches the zod schema (UPDATE_SCHEMAS=1 rewrites it)', () => {
    const generated = `${JSON.stringify(releaseJsonSchema(), null, 2)}\n`
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(SCHEMA_PATH, generated)
    const committed = existsSync(SCHEMA_PATH) ? readFileSync(SCHEMA_PATH, 'utf8') : '(missing)'
    if (committed !== generated) {
      throw new Error('schemas/release.schema.json is out of date. Run: UPDATE_SCHEMAS=1 npm test -- __tests__/unit/release-manifest.test.ts')
    }
  })

  test('carries help for editors and refuses unknown keys', () => {
    const schema = releaseJsonSchema()
    expect(schema).toMatchObject({ $id: expect.any(String), title: expect.any(String), description: expect.any(String), additionalProperties: false })
    expect(JSON.stringify(schema)).toContain('listenerStatus')
  })
})

const manifest = releaseManifestSchema.parse({
  packageVersion: '1.4.7',
  components: ['Orders Sync', 'Orders/Nightly Orders Sync'],
  environments: {
    TEST: { extensions: 'boomi/test.extensions.yml', schedules: 'boomi/test.schedules.yml' },
    PROD: { extensions: 'boomi/prod.extensions.yml', listenerStatus: 'paused' },
    DEV: null
  }
})

const inputs: Inputs = {
  command: 'deploy',
  accountId: 'a',
  username: 'u',
  apiToken: 't',
  baseUrl: 'https://x',
  components: [],
  componentIds: [],
  packageIds: [],
  notes: 'n',
  extensionsUpdate: 'full',
  dryRun: false,
  maxRequestsPerSecond: 10,
  githubDeployment: false,
  allowDowngrade: false,
  onlyChanged: false,
  failOnDrift: false,
  workspace: '/w'
}

describe('release manifest', () => {
  test("the examples' manifest follows the schema", () => {
    const text = readFileSync(fileURLToPath(new URL('../../examples/boomi/release.yml', import.meta.url)), 'utf8')
    const parsed = releaseManifestSchema.parse(parse(text))
    expect(Object.keys(parsed.environments ?? {})).toEqual(['TEST', 'PROD'])
  })

  test('the documented example parses; a typo in a key is refused', () => {
    expect(manifest.environments?.PROD).toEqual({ extensions: 'boomi/prod.extensions.yml', listenerStatus: 'paused' })
    expect(releaseManifestSchema.safeParse({ environments: { PROD: { listenerstatus: 'paused' } } }).success).toBe(false)
    expect(releaseManifestSchema.safeParse({ environments: { PROD: { listenerStatus: 'stopped' } } }).success).toBe(false)
    expect(releaseManifestSchema.parse({ packageVersion: 2 }).packageVersion).toBe('2')
  })

  test('the environment input picks the block: exact key, then ignoring case; none: undefined', () => {
    expect(pickEnvironment(manifest, 'PROD')?.key).toBe('PROD')
    expect(pickEnvironment(manifest, 'prod')?.key).toBe('PROD')
    expect(pickEnvironment(manifest, 'DEV')).toEqual({ key: 'DEV', block: {} })
    expect(pickEnvironment(manifest, 'STAGE')).toBeUndefined()
  })

  test('fills what no input gave', () => {
    const merged = mergeManifest({ ...inputs, environment: 'TEST' }, manifest, pickEnvironment(manifest, 'TEST')?.block, { file: 'boomi/release.yml', line: 3 })
    expect(merged).toMatchObject({
      components: ['Orders Sync', 'Orders/Nightly Orders Sync'],
      componentsSource: "Input 'release' (boomi/release.yml:3, components)",
      packageVersion: '1.4.7',
      extensions: 'boomi/test.extensions.yml',
      schedules: 'boomi/test.schedules.yml'
    })
    expect(merged.listenerStatus).toBeUndefined()
  })

  test('explicit inputs win', () => {
    const given = { ...inputs, environment: 'PROD', componentIds: ['x'], packageVersion: '9.9', extensions: 'mine.yml', listenerStatus: 'running' as const }
    const merged = mergeManifest(given, manifest, pickEnvironment(manifest, 'PROD')?.block, { file: 'r.yml' })
    expect(merged).toMatchObject({ components: [], componentIds: ['x'], packageVersion: '9.9', extensions: 'mine.yml', listenerStatus: 'running' })
  })

  test('promotion (package-ids): the packages as given, the environment files from the manifest, no version', () => {
    const merged = mergeManifest({ ...inputs, environment: 'PROD', packageIds: ['p'] }, manifest, pickEnvironment(manifest, 'PROD')?.block, { file: 'r.yml' })
    expect(merged).toMatchObject({ components: [], packageIds: ['p'], extensions: 'boomi/prod.extensions.yml', listenerStatus: 'paused' })
    expect(merged.packageVersion).toBeUndefined()
  })

  test('a check compares with the manifest\'s version and files', () => {
    const merged = mergeManifest({ ...inputs, command: 'check', environment: 'TEST' }, manifest, pickEnvironment(manifest, 'TEST')?.block, { file: 'r.yml', line: 3 })
    expect(merged).toMatchObject({ components: manifest.components, packageVersion: '1.4.7', extensions: 'boomi/test.extensions.yml', schedules: 'boomi/test.schedules.yml' })
  })

  test('rollback takes components and listener status, no files; undeploy takes components only', () => {
    const block = pickEnvironment(manifest, 'PROD')?.block
    const rollback = mergeManifest({ ...inputs, command: 'rollback', environment: 'PROD' }, manifest, block, { file: 'r.yml' })
    expect(rollback).toMatchObject({ components: manifest.components, listenerStatus: 'paused' })
    expect([rollback.extensions, rollback.packageVersion]).toEqual([undefined, undefined])
    const undeploy = mergeManifest({ ...inputs, command: 'undeploy', environment: 'PROD' }, manifest, block, { file: 'r.yml' })
    expect([undeploy.components, undeploy.listenerStatus, undeploy.extensions]).toEqual([manifest.components, undefined, undefined])
  })
})
