// Resolving the file's names against the current extensions: each named value becomes an intent
// on one slot, and each name that does not resolve becomes a problem, all reported together.
import type {
  CrossReference,
  DynamicProperty,
  EnvironmentExtensions,
  ExtensionField,
  ExtensionTradingPartner,
  OverrideProcessProperty,
  PgpCertificate,
  ProcessPropertyValue
} from '../../boomi/extensions.js'
import type { DataPath } from '../../config/load-file.js'
import type { CrossReferenceTable, ExtensionsFile } from '../extensions-file.js'
import {
  addProblem,
  becomesExtensibleHint,
  CHILD_HINT,
  childCatalogue,
  componentCatalogue,
  pick,
  SECTION_WORDS,
  type Catalogue,
  type LookupContext
} from './catalogue.js'
import { categoryHolder, componentHolder, slotKey, type FieldHolder, type FieldSection, type HolderRef } from './slots.js'

/**
 * What the file asks of one slot: a value (null = default) or, for a cross reference, a table.
 * `references`: value → the text as written, for values that came from ${VAR}: they are shown so.
 */
export type Wanted = ({ kind: 'value'; value: string | null } | { kind: 'table'; table: CrossReferenceTable | null }) & {
  references?: ReadonlyMap<string, string>
}

interface Intent {
  wanted: Wanted
  /** The path as the user wrote it, for messages. */
  said: string
  path: DataPath
}

export interface Resolution extends LookupContext {
  intents: Map<string, Intent>
  /** The text as written of a value that came from ${VAR}, by its path in the file. */
  shownAs: (path: DataPath) => string | undefined
}

export function resolveFile(resolution: Resolution, ext: EnvironmentExtensions, file: ExtensionsFile): void {
  resolveFieldComponents(resolution, 'connections', ext.connections?.connection ?? [], file.connections)
  resolveFieldComponents(resolution, 'operations', ext.operations?.operation ?? [], file.operations)
  resolveFieldComponents(resolution, 'sharedCommunications', ext.sharedCommunications?.sharedCommunication ?? [], file.sharedCommunications)
  resolveTradingPartners(resolution, ext.tradingPartners?.tradingPartner ?? [], file.tradingPartners)
  resolveProcessProperties(resolution, ext.processProperties?.ProcessProperty ?? [], file.processProperties)
  resolveDynamicProperties(resolution, ext.properties?.property ?? [], file.properties)
  resolveCrossReferences(resolution, ext.crossReferences?.crossReference ?? [], file.crossReferences)
  resolvePgpCertificates(resolution, ext.PGPCertificates?.PGPCertificate ?? [], file.pgpCertificates)
}

type FieldValues = Record<string, string | null>

function resolveFieldComponents(
  resolution: Resolution,
  section: Exclude<FieldSection, 'tradingPartners'>,
  components: FieldHolder[],
  entries: Record<string, FieldValues> | null | undefined
): void {
  for (const [ref, values] of Object.entries(entries ?? {})) {
    const component = pick(resolution, componentCatalogue(section, components), ref, [section, ref])
    if (component) resolveFields(resolution, componentHolder(section, component), `${section} › '${ref}'`, [section, ref], values)
  }
}

function resolveTradingPartners(
  resolution: Resolution,
  partners: ExtensionTradingPartner[],
  entries: Record<string, Record<string, FieldValues>> | null | undefined
): void {
  for (const [ref, categories] of Object.entries(entries ?? {})) {
    const partner = pick(resolution, componentCatalogue('tradingPartners', partners), ref, ['tradingPartners', ref])
    if (!partner) continue
    const where = `tradingPartners › '${ref}'`
    for (const [categoryRef, values] of Object.entries(categories)) {
      const path = ['tradingPartners', ref, categoryRef]
      const category = pick(resolution, childCatalogue(where, 'categories', partner.category), categoryRef, path)
      if (category) resolveFields(resolution, categoryHolder(partner, category), `${where} › '${categoryRef}'`, path, values)
    }
  }
}

/** The one path every field section (connections, operations, channels, partner categories) takes. */
function resolveFields(resolution: Resolution, ref: HolderRef, where: string, path: DataPath, values: FieldValues): void {
  const catalogue: Catalogue<ExtensionField> = {
    ...childCatalogue(where, 'fields', ref.holder.field),
    nameOf: () => undefined
  }
  for (const [fieldRef, value] of Object.entries(values)) {
    const fieldPath = [...path, fieldRef]
    const field = pick(resolution, catalogue, fieldRef, fieldPath)
    if (field) addValueIntent(resolution, slotKey(ref.section, ...ref.path, field.id), `${where} › '${fieldRef}'`, fieldPath, value)
  }
}

function resolveProcessProperties(
  resolution: Resolution,
  components: OverrideProcessProperty[],
  entries: Record<string, FieldValues> | null | undefined
): void {
  for (const [ref, values] of Object.entries(entries ?? {})) {
    const component = pick(resolution, componentCatalogue('processProperties', components), ref, ['processProperties', ref])
    if (!component) continue
    const where = `processProperties › '${ref}'`
    const catalogue: Catalogue<ProcessPropertyValue> = {
      where,
      many: 'values',
      idWord: 'key',
      hint: CHILD_HINT,
      items: component.ProcessPropertyValue,
      idOf: (value) => value.key,
      nameOf: (value) => value.label
    }
    for (const [valueRef, value] of Object.entries(values)) {
      const path = ['processProperties', ref, valueRef]
      const found = pick(resolution, catalogue, valueRef, path)
      if (found) addValueIntent(resolution, slotKey('processProperties', component.id, found.key), `${where} › '${valueRef}'`, path, value)
    }
  }
}

function resolveDynamicProperties(resolution: Resolution, properties: DynamicProperty[], entries: FieldValues | null | undefined): void {
  const catalogue: Catalogue<DynamicProperty> = {
    where: 'properties',
    many: SECTION_WORDS.properties.many,
    idWord: 'name',
    hint: becomesExtensibleHint('properties'),
    items: properties,
    idOf: (property) => property.name,
    nameOf: () => undefined
  }
  for (const [ref, value] of Object.entries(entries ?? {})) {
    const property = pick(resolution, catalogue, ref, ['properties', ref])
    if (property) addValueIntent(resolution, slotKey('properties', property.name), `properties › '${ref}'`, ['properties', ref], value)
  }
}

function resolveCrossReferences(
  resolution: Resolution,
  tables: CrossReference[],
  entries: Record<string, CrossReferenceTable | null> | null | undefined
): void {
  for (const [ref, table] of Object.entries(entries ?? {})) {
    const path = ['crossReferences', ref]
    const found = pick(resolution, componentCatalogue('crossReferences', tables), ref, path)
    if (!found) continue
    const references = new Map<string, string>()
    table?.rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        const text = resolution.shownAs([...path, 'rows', i, j])
        if (cell !== null && text !== undefined) references.set(cell, text)
      })
    )
    addIntent(resolution, slotKey('crossReferences', found.id), { said: `crossReferences › '${ref}'`, path, wanted: { kind: 'table', table, references } })
  }
}

function resolvePgpCertificates(
  resolution: Resolution,
  certificates: PgpCertificate[],
  entries: Record<string, string | null> | null | undefined
): void {
  for (const [ref, value] of Object.entries(entries ?? {})) {
    const found = pick(resolution, componentCatalogue('pgpCertificates', certificates), ref, ['pgpCertificates', ref])
    if (found) addValueIntent(resolution, slotKey('pgpCertificates', found.id), `pgpCertificates › '${ref}'`, ['pgpCertificates', ref], value)
  }
}

function addValueIntent(resolution: Resolution, key: string, said: string, path: DataPath, value: string | null): void {
  const text = resolution.shownAs(path)
  const references = value !== null && text !== undefined ? new Map([[value, text]]) : undefined
  addIntent(resolution, key, { said, path, wanted: { kind: 'value', value, ...(references ? { references } : {}) } })
}

function addIntent(resolution: Resolution, key: string, intent: Intent): void {
  const earlier = resolution.intents.get(key)
  if (earlier) {
    addProblem(resolution, `${intent.said} and ${earlier.said} are the same item (once by name, once by ID/key); name it once.`, intent.path)
    return
  }
  resolution.intents.set(key, intent)
}
