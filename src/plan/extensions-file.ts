// The user's extensions file (`extensions` input): what to change in an environment's extensions,
// by the names people see in Boomi. Strict where a typo would otherwise be ignored (section names,
// table entries); names of components, fields and keys are checked later against the environment.
// The committed JSON Schema (schemas/extensions.schema.json) is generated from this one, so editors
// show the same rules and help texts.
import { z } from 'zod'

export const EXTENSIONS_SCHEMA_ID = 'urn:boomi-deploy:schema:extensions-file:v1'

/** How the file is applied: `full` writes the whole set (Boomi's classic update), `partial` only what changes. */
export const extensionsModeSchema = z.enum(['full', 'partial'])
export type ExtensionsMode = z.infer<typeof extensionsModeSchema>

/** null resets to the component's own value; numbers and booleans become strings, as Boomi stores them. */
export const extensionValueSchema = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .transform((value) => (value === null ? null : String(value)))
  .meta({
    id: 'ExtensionsFileValue',
    description:
      'The value for this environment. null resets it to the default (the value in the component); an empty string is stored as an empty value. Use ${VAR} to read it from the step environment.'
  })

const fieldValues = z
  .record(z.string().min(1), extensionValueSchema)
  .meta({ id: 'ExtensionsFileFields', description: 'Field ID → value, e.g. url, user, password, host.' })

const byComponent = <T extends z.ZodType>(entry: T, description: string) =>
  z.record(z.string().min(1), entry).nullish().describe(description)

const crossReferenceCell = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .transform((value) => (value === null ? null : String(value)))
  .describe('One cell; null leaves it empty.')

const crossReferenceTable = z
  .strictObject({
    overrideValues: z
      .boolean()
      .default(true)
      .describe('Use these rows instead of the component\'s (default true). false switches back to the component\'s rows.'),
    rows: z
      .array(z.array(crossReferenceCell).max(20, 'a cross reference row has at most 20 columns (ref1…ref20)'))
      .describe('Every row of the table, each a list of column values in order (ref1, ref2, …). The table is always sent whole.')
  })
  .nullable()
  .meta({ id: 'ExtensionsFileCrossReferenceTable', description: 'The whole table, or null to use the component\'s own rows again.' })

const sections = {
  connections: byComponent(
    fieldValues,
    'Connection name or ID → fields. A connection is listed only once a process using it (with it in the process extensions) is deployed to the environment.'
  ),
  operations: byComponent(fieldValues, 'Operation name or ID → fields (Web Services Server listener ObjectName in multi-install integration packs).'),
  sharedCommunications: byComponent(fieldValues, 'Communication channel name or ID → fields, e.g. http-url.'),
  tradingPartners: byComponent(
    z.record(z.string().min(1), fieldValues).describe('Category ID (as2, disk, ftp, http, x12, …) → fields.'),
    'Trading partner name or ID → category → fields.'
  ),
  processProperties: byComponent(
    z.record(z.string().min(1), extensionValueSchema).describe('Value key or label → value.'),
    'Process property component name or ID → values by key or label.'
  ),
  properties: z.record(z.string().min(1), extensionValueSchema).nullish().describe('Dynamic process property name → value.'),
  crossReferences: byComponent(crossReferenceTable, 'Cross reference table name or ID → the whole table.'),
  pgpCertificates: byComponent(
    z.string().min(1).nullable().describe('ID of the PGP certificate component to use, or null for the default.'),
    'PGP certificate ID (or name, where Boomi returns one) → certificate component ID to use in this environment.'
  )
}

export type ExtensionsSection = keyof typeof sections
export const EXTENSIONS_SECTIONS = Object.keys(sections) as ExtensionsSection[]

export const extensionsFileSchema = z
  .strictObject(sections, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown section${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}; the sections are ${EXTENSIONS_SECTIONS.join(', ')}`
        : undefined
  })
  .meta({
    title: 'boomi-deploy extensions file',
    description:
      'Environment extensions to set after a deployment. Names are resolved against the environment\'s current extensions; anything not named keeps its value.'
  })

export type ExtensionsFile = z.infer<typeof extensionsFileSchema>
export type ExtensionValue = z.infer<typeof extensionValueSchema>
export type CrossReferenceTable = NonNullable<z.infer<typeof crossReferenceTable>>

/** The JSON Schema of the file as a user writes it (input side: numbers allowed, defaults optional). */
export function extensionsFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(extensionsFileSchema, { io: 'input', target: 'draft-2020-12' })
  const { $schema, ...rest } = generated
  return { $schema, $id: EXTENSIONS_SCHEMA_ID, ...rest }
}
