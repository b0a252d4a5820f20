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
import type { CrossReferenceTable, ExtensionsFile } from '../extensions-file.js'
import {
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

/** What the file asks of one slot: a value (null = default) or, for a cross reference, a table. */
export type Wanted = { kind: 'value'; value: string | null } | { kind: 'table'; table: CrossReferenceTable | null }

interface Intent {
  wanted: Wanted
  /** The path as the user wrote it, for messages. */
  said: string
}

export interface Resolution extends LookupContext {
  intents: Map<string, Intent>
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
    const component = pick(resolution, componentCatalogue(section, components), ref)
    if (component) resolveFields(resolution, componentHolder(section, component), `${section} › '${ref}'`, values)
  }
}

function resolveTradingPartners(
  resolution: Resolution,
  partners: ExtensionTradingPartner[],
  entries: Record<string, Record<string, FieldValues>> | null | undefined
): void {
  for (const [ref, categories] of Object.entries(entries ?? {})) {
    const partner = pick(resolution, componentCatalogue('tradingPartners', partners), ref)
    if (!partner) continue
    const where = `tradingPartners › '${ref}'`
    for (const [categoryRef, values] of Object.entries(categories)) {
      const category = pick(resolution, childCatalogue(where, 'categories', partner.category), categoryRef)
      if (category) resolveFields(resolution, categoryHolder(partner, category), `${where} › '${categoryRef}'`, values)
    }
  }
}

/** The one path every field section (connections, operations, channels, partner categories) takes. */
function resolveFields(resolution: Resolution, ref: HolderRef, where: string, values: FieldValues): void {
  const catalogue: Catalogue<ExtensionField> = {
    ...childCatalogue(where, 'fields', ref.holder.field),
    nameOf: () => undefined
  }
  for (const [fieldRef, value] of Object.entries(values)) {
    const field = pick(resolution, catalogue, fieldRef)
    if (field) addIntent(resolution, slotKey(ref.section, ...ref.path, field.id), `${where} › '${fieldRef}'`, { kind: 'value', value })
  }
}

function resolveProcessProperties(
  resolution: Resolution,
  components: OverrideProcessProperty[],
  entries: Record<string, FieldValues> | null | undefined
): void {
  for (const [ref, values] of Object.entries(entries ?? {})) {
    const component = pick(resolution, componentCatalogue('processProperties', components), ref)
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
      const found = pick(resolution, catalogue, valueRef)
      if (found) addIntent(resolution, slotKey('processProperties', component.id, found.key), `${where} › '${valueRef}'`, { kind: 'value', value })
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
    const property = pick(resolution, catalogue, ref)
    if (property) addIntent(resolution, slotKey('properties', property.name), `properties › '${ref}'`, { kind: 'value', value })
  }
}

function resolveCrossReferences(
  resolution: Resolution,
  tables: CrossReference[],
  entries: Record<string, CrossReferenceTable | null> | null | undefined
): void {
  for (const [ref, table] of Object.entries(entries ?? {})) {
    const found = pick(resolution, componentCatalogue('crossReferences', tables), ref)
    if (found) addIntent(resolution, slotKey('crossReferences', found.id), `crossReferences › '${ref}'`, { kind: 'table', table })
  }
}

function resolvePgpCertificates(
  resolution: Resolution,
  certificates: PgpCertificate[],
  entries: Record<string, string | null> | null | undefined
): void {
  for (const [ref, value] of Object.entries(entries ?? {})) {
    const found = pick(resolution, componentCatalogue('pgpCertificates', certificates), ref)
    if (found) addIntent(resolution, slotKey('pgpCertificates', found.id), `pgpCertificates › '${ref}'`, { kind: 'value', value })
  }
}

function addIntent(resolution: Resolution, key: string, said: string, wanted: Wanted): void {
  const earlier = resolution.intents.get(key)
  if (earlier) {
    resolution.problems.push(`${said} and ${earlier.said} are the same item (once by name, once by ID/key); name it once.`)
    return
  }
  resolution.intents.set(key, { wanted, said })
}
