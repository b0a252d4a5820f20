// The config-file loader: ${VAR} expansion, and errors that name the input, the file and the line.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { ConfigFileError, loadConfigFile } from '../../src/config/load-file.js'

const schema = z.object({ connections: z.record(z.string(), z.record(z.string(), z.string())) })

async function load(text: string, env: NodeJS.ProcessEnv = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'load-file-'))
  writeFileSync(join(workspace, 'ext.yml'), text)
  return loadConfigFile({ input: 'extensions', path: 'ext.yml', workspace, env, schema })
}

const FILE = 'connections:\n  Orders DB:\n    url: jdbc:x\n    password: ${DB_PASSWORD}\n'

test('expands ${VAR} from the environment and keeps the text as written for showing', async () => {
  const loaded = await load(FILE.replace('url: jdbc:x', 'url: jdbc:${HOST}/x'), { DB_PASSWORD: 'pw-1', HOST: 'db' })
  expect(loaded.data.connections['Orders DB']).toEqual({ url: 'jdbc:db/x', password: 'pw-1' })
  expect(loaded.shownAs(['connections', 'Orders DB', 'password'])).toBe('${DB_PASSWORD}')
  expect(loaded.shownAs(['connections', 'Orders DB', 'url'])).toBe('jdbc:${HOST}/x')
  expect(loaded.shownAs(['connections', 'Orders DB'])).toBeUndefined()
})

test('an error carries the file and line for the annotation; a location points at the key', async () => {
  const error = await load(FILE, {}).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ConfigFileError)
  expect((error as ConfigFileError).location).toEqual({ file: 'ext.yml', line: 4 })
  const loaded = await load('connections:\n  Orders DB:\n    url: x\n')
  expect(loaded.locate(['connections', 'Orders DB'])).toEqual({ file: 'ext.yml', line: 2 })
  expect(loaded.locate(['connections', 'Orders DB', 'nope'])).toEqual({ file: 'ext.yml', line: 2 })
})

test.each([
  ['unset', {}, /ext\.yml:4 uses \$\{DB_PASSWORD\}, but the environment variable DB_PASSWORD is not set/],
  ['empty, as a missing GitHub secret expands', { DB_PASSWORD: '' }, /DB_PASSWORD is empty \(a secret that does not exist/]
])('a variable that is %s fails naming it and the line', async (_name, env, message) => {
  await expect(load(FILE, env)).rejects.toThrow(ConfigFileError)
  await expect(load(FILE, env)).rejects.toThrow(message)
})

test('$${ writes a literal ${', async () => {
  const loaded = await load('connections:\n  A:\n    f: "$${NOT_A_VAR}"\n')
  expect(loaded.data.connections.A).toEqual({ f: '${NOT_A_VAR}' })
  expect(loaded.shownAs(['connections', 'A', 'f'])).toBeUndefined()
})

test('a YAML syntax error names the file, line and column', async () => {
  await expect(load('connections:\n  A:\n    f: [1, 2\n  B: x\n')).rejects.toThrow(/^Input 'extensions': ext\.yml:\d+:\d+ is not valid YAML\/JSON/)
})

test('a missing file names the input and the workspace', async () => {
  await expect(loadConfigFile({ input: 'schedules', path: 'nope.yml', workspace: tmpdir(), env: {}, schema })).rejects.toThrow(
    /Input 'schedules': file 'nope.yml' does not exist/
  )
})
