// The extensions as "slots": one field, process-property value, dynamic property, table or
// certificate each, with a key that is the same before and after the write, and what it holds.
// Planning and the check after the write (verifyExtensions) observe and compare slots here, so
// they compare the same things the same way.
import type {
  CrossReference,
  EnvironmentExtensions,
  ExtensionField,
  ExtensionTradingPartner,
  TradingPartnerCategory
} from '../../boomi/extensions.js'
import type { ExtensionsSection } from '../extensions-file.js'
import { isEncrypted, readsAsDefault, type ValueCarrier } from './carriers.js'

/**
 * What one slot holds, reduced to what Boomi lets us compare. An absent `value` (plain) or `rows`
 * (table) means "not known / not to be compared", not "empty".
 */
export type SlotState =
  | { kind: 'value'; useDefault: boolean; value?: string }
  | { kind: 'encrypted'; useDefault: boolean; encryptedValueSet: boolean }
  | { kind: 'property'; value: string }
  | { kind: 'table'; overrideValues: boolean; rows?: string[][] }

export interface SlotAddress {
  section: ExtensionsSection
  componentId: string
  componentName: string
  field: string
}

export interface Slot extends SlotAddress {
  key: string
  state: SlotState
}

export type FieldSection = 'connections' | 'operations' | 'sharedCommunications' | 'tradingPartners'

/** Anything with a list of fields: connection, operation, communication channel, trading-partner category. */
export type FieldHolder = { id: string; name?: string | undefined; field: ExtensionField[] }

/** A field holder with where it sits: the component it belongs to and the ID path down to it. */
export interface HolderRef {
  section: FieldSection
  componentId: string
  componentName: string
  path: string[]
  /** Prefix of the field label: the category for trading partners. */
  fieldPrefix: string
  holder: FieldHolder
}

export function componentHolder(section: FieldSection, component: FieldHolder): HolderRef {
  return { section, componentId: component.id, componentName: displayName(component), path: [component.id], fieldPrefix: '', holder: component }
}

export function categoryHolder(partner: ExtensionTradingPartner, category: TradingPartnerCategory): HolderRef {
  return {
    section: 'tradingPartners',
    componentId: partner.id,
    componentName: displayName(partner),
    path: [partner.id, category.id],
    fieldPrefix: `${category.id} › `,
    holder: category
  }
}

function fieldHolders(ext: EnvironmentExtensions): HolderRef[] {
  return [
    ...(ext.connections?.connection ?? []).map((c) => componentHolder('connections', c)),
    ...(ext.operations?.operation ?? []).map((o) => componentHolder('operations', o)),
    ...(ext.sharedCommunications?.sharedCommunication ?? []).map((s) => componentHolder('sharedCommunications', s)),
    ...(ext.tradingPartners?.tradingPartner ?? []).flatMap((p) => p.category.map((c) => categoryHolder(p, c)))
  ]
}

export function observeSlots(ext: EnvironmentExtensions): Map<string, Slot> {
  const slots: Slot[] = [
    ...fieldHolders(ext).flatMap((ref) =>
      ref.holder.field.map((field) => ({
        key: slotKey(ref.section, ...ref.path, field.id),
        section: ref.section,
        componentId: ref.componentId,
        componentName: ref.componentName,
        field: ref.fieldPrefix + field.id,
        state: carrierState(field)
      }))
    ),
    ...(ext.processProperties?.ProcessProperty ?? []).flatMap((component) =>
      component.ProcessPropertyValue.map((value) => ({
        key: slotKey('processProperties', component.id, value.key),
        section: 'processProperties' as const,
        componentId: component.id,
        componentName: displayName(component),
        field: value.label || value.key,
        state: carrierState(value)
      }))
    ),
    ...(ext.properties?.property ?? []).map((property) => ({
      key: slotKey('properties', property.name),
      section: 'properties' as const,
      componentId: property.name,
      componentName: property.name,
      field: 'value',
      // Pitfall 17: an unset property may come back as "" or without a value; both mean unset.
      state: { kind: 'property' as const, value: property.value ?? '' }
    })),
    ...(ext.crossReferences?.crossReference ?? []).map((table) => ({
      key: slotKey('crossReferences', table.id),
      section: 'crossReferences' as const,
      componentId: table.id,
      componentName: displayName(table),
      field: 'rows',
      state: { kind: 'table' as const, overrideValues: table.overrideValues ?? false, rows: tableRows(table) }
    })),
    ...(ext.PGPCertificates?.PGPCertificate ?? []).map((certificate) => ({
      key: slotKey('pgpCertificates', certificate.id),
      section: 'pgpCertificates' as const,
      componentId: certificate.id,
      componentName: displayName(certificate),
      field: 'certificate',
      state: carrierState(certificate)
    }))
  ]
  return new Map(slots.map((slot) => [slot.key, slot]))
}

function carrierState(carrier: ValueCarrier): SlotState {
  const useDefault = readsAsDefault(carrier)
  if (isEncrypted(carrier)) return { kind: 'encrypted', useDefault, encryptedValueSet: carrier.encryptedValueSet === true }
  // On default, a shown value is the component's own one; with an override and no value (a process
  // property never saved) the value is unknown and must not be taken for "".
  if (useDefault || carrier.value === undefined) return { kind: 'value', useDefault }
  return { kind: 'value', useDefault, value: carrier.value }
}

const COLUMNS = 20

function tableRows(table: CrossReference): string[][] {
  return (table.CrossReferenceRows?.row ?? []).map((row) =>
    normalisedRow(Array.from({ length: COLUMNS }, (_, i) => row[`ref${i + 1}`]))
  )
}

/** Missing and empty cells compare alike, and trailing empty ones do not count. */
export function normalisedRow(cells: readonly (string | null | undefined)[]): string[] {
  const filled = cells.map((cell) => cell ?? '')
  while (filled.length > 0 && filled[filled.length - 1] === '') filled.pop()
  return filled
}

export function slotKey(...parts: string[]): string {
  return JSON.stringify(parts)
}

function displayName(item: { id: string; name?: string | undefined }): string {
  return item.name || item.id
}

export function address(slot: SlotAddress): SlotAddress {
  return { section: slot.section, componentId: slot.componentId, componentName: slot.componentName, field: slot.field }
}

/** Does `actual` hold what `expected` asks for? Used for both "is this a change" and verification. */
export function satisfies(expected: SlotState, actual: SlotState): boolean {
  switch (expected.kind) {
    case 'value':
      return (
        actual.kind === 'value' &&
        actual.useDefault === expected.useDefault &&
        (expected.useDefault || expected.value === undefined || (actual.value ?? '') === expected.value)
      )
    case 'encrypted':
      return (
        actual.kind === 'encrypted' &&
        actual.useDefault === expected.useDefault &&
        actual.encryptedValueSet === expected.encryptedValueSet
      )
    case 'property':
      return actual.kind === 'property' && actual.value === expected.value
    case 'table':
      return (
        actual.kind === 'table' &&
        actual.overrideValues === expected.overrideValues &&
        (expected.rows === undefined || JSON.stringify(actual.rows) === JSON.stringify(expected.rows))
      )
  }
}
