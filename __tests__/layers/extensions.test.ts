// Environment extensions' read and apply halves against the fake Boomi: masking, the read-back
// check after a write, and Boomi's 400 for an environment with nothing extensible.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { applyExtensions } from '../../src/apply/extensions.js'
import type { BoomiClient } from '../../src/boomi/client.js'
import { loadExtensionsFile, readExtensionsPlan } from '../../src/read/extensions.js'
import { type Fake, type FakeOptions, fakeClient, fakePerTest, IDS, masked } from '../helpers/fake-client.js'

const TEST = { id: IDS.env.TEST, name: 'TEST' }

const startFake = fakePerTest()
const start = (options: FakeOptions = {}): Promise<Fake> => startFake(undefined, options)

function load(yaml: string, env: NodeJS.ProcessEnv = {}, mode: 'full' | 'partial' = 'partial') {
  const workspace = mkdtempSync(join(tmpdir(), 'extensions-'))
  writeFileSync(join(workspace, 'extensions.yml'), yaml)
  return loadExtensionsFile({ extensions: 'extensions.yml', extensionsUpdate: mode, workspace }, env).then((r) => r!)
}

describe('secrets', () => {
  test('a ${VAR} value in a plain field is shown as its reference, never as its text', async () => {
    const f = await start()
    const url = 'jdbc:postgresql://db-from-var.test.acme.example:5432/orders'
    const request = await load('connections:\n  Orders DB:\n    url: ${ORDERS_DB_URL}\n', { ORDERS_DB_URL: url })
    const plan = await readExtensionsPlan(fakeClient(f), TEST, request)
    const change = plan.changes.find((c) => c.field === 'url')
    expect(change).toBeDefined()
    expect(JSON.stringify(change)).toContain('${ORDERS_DB_URL}')
    expect(JSON.stringify(plan.changes)).not.toContain(url)
  })

  test('a literal value written to an encrypted field is masked', async () => {
    const f = await start()
    const request = await load('connections:\n  Orders DB:\n    password: literal-Pa55word-9\n')
    const { value: plan, masks } = await masked(() => readExtensionsPlan(fakeClient(f), TEST, request))
    expect(masks).toContain('literal-Pa55word-9')
    expect(JSON.stringify(plan.changes)).not.toContain('literal-Pa55word-9')
  })
})

test('a 400 on an environment with nothing extensible reads as an empty set: the plan names what is missing', async () => {
  const f = await start()
  f.inject({ method: 'GET', path: `/EnvironmentExtensions/${IDS.env.TEST}`, status: 400, message: 'No extensible components are deployed' })
  const request = await load('connections:\n  Orders DB:\n    url: jdbc:x\n')
  await expect(readExtensionsPlan(fakeClient(f), TEST, request)).rejects.toMatchObject({
    name: 'ExtensionsPlanError',
    message: expect.stringContaining('Orders DB')
  })
})

test('a value Boomi does not keep fails the step after the write, naming it', async () => {
  const f = await start()
  const client = fakeClient(f)
  // Boomi answers the write but keeps the old state (the read-back shows the truth).
  const update = client.update.bind(client)
  client.update = (async (path: string, body: unknown, schema: never) => {
    const before = structuredClone(f.state.extensions[IDS.env.TEST])
    const answer = await update(path, body, schema)
    f.state.extensions[IDS.env.TEST] = before!
    return answer
  }) as BoomiClient['update']
  const request = await load('operations:\n  Orders Query:\n    ObjectName: orders_v3\n')
  await expect(applyExtensions(client, TEST, request, () => undefined)).rejects.toThrow(/Orders Query › ObjectName: expected .*orders_v3/)
})

test('a write Boomi keeps is verified and reported written', async () => {
  const f = await start()
  const request = await load('operations:\n  Orders Query:\n    ObjectName: orders_v3\n')
  await expect(applyExtensions(fakeClient(f), TEST, request, () => undefined)).resolves.toMatchObject({ written: true })
})

test('answers without useDefault: a full update changes the named value and keeps every other override and default', async () => {
  const f = await start({ omitUseDefault: true })
  const before = structuredClone(f.state.extensions[IDS.env.TEST]!)
  const request = await load('operations:\n  Orders Query:\n    ObjectName: orders_v3\n', {}, 'full')
  await applyExtensions(fakeClient(f), TEST, request, () => undefined)
  const expected = structuredClone(before)
  expected.operations.find((o) => o.name === 'Orders Query')!.fields.find((x) => x.id === 'ObjectName')!.override = 'orders_v3'
  expect(f.state.extensions[IDS.env.TEST]).toEqual(expected)
})

test('answers without useDefault: a field already on its default is not reset again', async () => {
  const f = await start({ omitUseDefault: true })
  const request = await load('connections:\n  Orders DB:\n    user: null\n')
  const outcome = await applyExtensions(fakeClient(f), TEST, request, () => undefined)
  expect(outcome).toMatchObject({ written: false, changes: [expect.objectContaining({ field: 'user', action: 'unchanged' })] })
  expect(f.changingRequests()).toHaveLength(0)
})
