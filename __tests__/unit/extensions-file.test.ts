import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadConfigFile } from '../../src/config/load-file.js'
import { EXTENSIONS_SCHEMA_ID, extensionsFileJsonSchema, extensionsFileSchema } from '../../src/plan/extensions-file.js'

const ISSUE_EXAMPLE = `
connections:
  Orders DB:
    url: jdbc:postgresql://db.test:5432/orders
    password: \${ORDERS_DB_PASSWORD}
operations:
  Orders Query:
    ObjectName: orders_v2
processProperties:
  Orders Settings:
    Batch Size: 500
    Verbose: true
    Legacy Flag: null
properties:
  region: eu-west-1
sharedCommunications:
  Partner Gateway:
    http-url: https://as2.partner.test
crossReferences:
  Country Codes:
    overrideValues: true
    rows: [["US", "USA"], ["DE", "DEU"]]
  Units:
    rows: [[1, "kg", null]]
  Old Table: null
tradingPartners:
  Acme Retail:
    as2:
      as2identity-encryptAlias: partner-cert
pgpCertificates:
  pgp-1: pgp-prod
  pgp-2: null
`

function loadExample(text: string, env: NodeJS.ProcessEnv = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'extensions-file-'))
  writeFileSync(join(workspace, 'extensions.yml'), text)
  return loadConfigFile({ input: 'extensions', path: 'extensions.yml', workspace, env, schema: extensionsFileSchema })
}

describe('extensionsFileSchema', () => {
  it('reads the documented example, expanding ${VAR} and turning numbers and booleans into strings', async () => {
    const { data, shownAs } = await loadExample(ISSUE_EXAMPLE, { ORDERS_DB_PASSWORD: 'pw-123' })
    expect(shownAs(['connections', 'Orders DB', 'password'])).toBe('${ORDERS_DB_PASSWORD}')
    expect(shownAs(['connections', 'Orders DB', 'url'])).toBeUndefined()
    expect(data.connections).toEqual({ 'Orders DB': { url: 'jdbc:postgresql://db.test:5432/orders', password: 'pw-123' } })
    expect(data.processProperties).toEqual({ 'Orders Settings': { 'Batch Size': '500', Verbose: 'true', 'Legacy Flag': null } })
    expect(data.crossReferences).toEqual({
      'Country Codes': { overrideValues: true, rows: [['US', 'USA'], ['DE', 'DEU']] },
      Units: { overrideValues: true, rows: [['1', 'kg', null]] },
      'Old Table': null
    })
    expect(data.tradingPartners).toEqual({ 'Acme Retail': { as2: { 'as2identity-encryptAlias': 'partner-cert' } } })
    expect(data.pgpCertificates).toEqual({ 'pgp-1': 'pgp-prod', 'pgp-2': null })
  })

  it('accepts an empty file and an empty section', async () => {
    expect(extensionsFileSchema.parse({})).toEqual({})
    expect((await loadExample('connections:\n  # none yet\n')).data).toEqual({ connections: null })
  })

  it('names the allowed sections when one is unknown', async () => {
    await expect(loadExample('connection:\n  Orders DB:\n    url: x\n')).rejects.toThrow(
      /^Input 'extensions': extensions\.yml:1: unknown section 'connection'; the sections are connections, operations, sharedCommunications, tradingPartners, processProperties, properties, crossReferences, pgpCertificates$/
    )
  })

  it('rejects what would otherwise be silently ignored or mis-sent', async () => {
    const fails = (file: unknown) => extensionsFileSchema.safeParse(file).success === false
    expect(fails({ connections: { 'Orders DB': { url: { nested: 1 } } } })).toBe(true)
    expect(fails({ connections: { 'Orders DB': ['url'] } })).toBe(true)
    expect(fails({ crossReferences: { T: { rows: [], overrideValue: true } } })).toBe(true)
    expect(fails({ crossReferences: { T: { rows: [Array.from({ length: 21 }, () => 'x')] } } })).toBe(true)
    expect(fails({ crossReferences: { T: { overrideValues: true } } })).toBe(true)
    expect(fails({ pgpCertificates: { 'pgp-1': 42 } })).toBe(true)
    expect(fails({ properties: { '': 'x' } })).toBe(true)
  })
})

describe('schemas/extensions.schema.json', () => {
  const committedPath = fileURLToPath(new URL('../../schemas/extensions.schema.json', import.meta.url))
  const generated = `${JSON.stringify(extensionsFileJsonSchema(), null, 2)}\n`

  it('is what the zod schema generates (UPDATE_SCHEMAS=1 npm test rewrites it)', async () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(committedPath, generated)
    const committed = readFileSync(committedPath, 'utf8')
    if (committed !== generated) {
      throw new Error('schemas/extensions.schema.json is out of date with src/plan/extensions-file.ts: run `UPDATE_SCHEMAS=1 npm test -- extensions-file` and commit it.')
    }
  })

  it('identifies itself and describes the sections for editors', async () => {
    const schema = extensionsFileJsonSchema()
    expect(schema.$id).toBe(EXTENSIONS_SCHEMA_ID)
    expect(schema.title).toBe('boomi-deploy extensions file')
    expect(schema.additionalProperties).toBe(false)
    const properties = schema.properties as Record<string, { description?: string }>
    expect(Object.keys(properties)).toEqual(['connections', 'operations', 'sharedCommunications', 'tradingPartners', 'processProperties', 'properties', 'crossReferences', 'pgpCertificates'])
    for (const section of Object.values(properties)) expect(section.description).toEqual(expect.any(String))
  })
})
