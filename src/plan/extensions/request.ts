// Building the UPDATE body: in full mode the whole set as read with only the named values changed
// (an encrypted value nobody named left out), in partial mode only what changes.
import type {
  CrossReference,
  CrossReferenceRow,
  DynamicProperty,
  EnvironmentExtensions,
  EnvironmentExtensionsUpdate,
  ExtensionTradingPartner,
  OverrideProcessProperty
} from '../../boomi/extensions.js'
import type { ExtensionsMode } from '../extensions-file.js'
import { isEncrypted, readsAsDefault, type ValueCarrier } from './carriers.js'
import { definedOnly } from './objects.js'
import type { PlannedSlot } from './plan-slot.js'
import { slotKey, type FieldHolder, type FieldSection } from './slots.js'

interface RequestContext {
  mode: ExtensionsMode
  planned: Map<string, PlannedSlot>
}

export function buildRequest(current: EnvironmentExtensions, context: RequestContext): EnvironmentExtensionsUpdate {
  // full: keep top-level keys we do not know, as a full update would reset a section it lacks.
  const base =
    context.mode === 'full'
      ? current
      : definedOnly({ id: current.id, environmentId: current.environmentId, extensionGroupId: current.extensionGroupId })
  const request: EnvironmentExtensionsUpdate = {
    ...base,
    id: current.id,
    partial: context.mode === 'partial',
    connections: { connection: holdersForRequest(current.connections?.connection ?? [], 'connections', context) },
    operations: { operation: holdersForRequest(current.operations?.operation ?? [], 'operations', context) },
    sharedCommunications: {
      sharedCommunication: holdersForRequest(current.sharedCommunications?.sharedCommunication ?? [], 'sharedCommunications', context)
    },
    tradingPartners: {
      tradingPartner: present((current.tradingPartners?.tradingPartner ?? []).map((p) => partnerForRequest(p, context)))
    },
    processProperties: {
      ProcessProperty: present((current.processProperties?.ProcessProperty ?? []).map((c) => processPropertyForRequest(c, context)))
    },
    properties: {
      property: itemsForRequest(current.properties?.property ?? [], (p) => slotKey('properties', p.name), context, propertyForRequest)
    },
    crossReferences: {
      crossReference: itemsForRequest(current.crossReferences?.crossReference ?? [], (t) => slotKey('crossReferences', t.id), context, tableForRequest)
    },
    PGPCertificates: {
      PGPCertificate: itemsForRequest(current.PGPCertificates?.PGPCertificate ?? [], (c) => slotKey('pgpCertificates', c.id), context, carrierForRequest)
    }
  }
  // Every section goes, empty ones included, in partial mode too: the spec's schema requires all eight.
  return withoutTypeTags(request)
}

/**
 * The items of a list to send: in full mode all of them (the builder may still leave one out), in
 * partial mode only the changed ones.
 */
function itemsForRequest<T, R>(
  items: readonly T[],
  keyOf: (item: T) => string,
  context: RequestContext,
  build: (item: T, planned: PlannedSlot | undefined) => R | undefined
): R[] {
  return present(
    items
      .map((item) => ({ item, planned: context.planned.get(keyOf(item)) }))
      .filter(({ planned }) => context.mode === 'full' || isChange(planned))
      .map(({ item, planned }) => build(item, planned))
  )
}

function holdersForRequest<H extends FieldHolder>(holders: readonly H[], section: FieldSection, context: RequestContext): H[] {
  return present(holders.map((holder) => holderForRequest(holder, [section, holder.id], context)))
}

/** A connection, operation, channel or category with its fields; partial mode drops it when nothing in it changes. */
function holderForRequest<H extends FieldHolder>(holder: H, path: string[], context: RequestContext): H | undefined {
  const fields = itemsForRequest(holder.field, (field) => slotKey(...path, field.id), context, carrierForRequest)
  if (context.mode === 'partial' && fields.length === 0) return undefined
  return { ...holder, field: fields }
}

function partnerForRequest(partner: ExtensionTradingPartner, context: RequestContext): ExtensionTradingPartner | undefined {
  const categories = present(partner.category.map((c) => holderForRequest(c, ['tradingPartners', partner.id, c.id], context)))
  if (context.mode === 'partial' && categories.length === 0) return undefined
  return { ...partner, category: categories }
}

/** Boomi takes a process property component whole (its texts disagree on this), so all its values go. */
function processPropertyForRequest(component: OverrideProcessProperty, context: RequestContext): OverrideProcessProperty | undefined {
  const keyOf = (key: string) => slotKey('processProperties', component.id, key)
  const values = component.ProcessPropertyValue
  if (context.mode === 'partial' && !values.some((value) => isChange(context.planned.get(keyOf(value.key))))) return undefined
  return { ...component, ProcessPropertyValue: present(values.map((value) => carrierForRequest(value, context.planned.get(keyOf(value.key))))) }
}

/**
 * A field, process-property value or certificate as sent. Named: the wanted value (null → default).
 * Not named: as read, with useDefault made explicit and no value when on default (sending the shown
 * default as a value would turn it into an override); an encrypted one is left out, so it keeps its
 * stored value.
 */
function carrierForRequest<T extends ValueCarrier>(read: T, planned: PlannedSlot | undefined): T | undefined {
  if (planned?.wanted.kind === 'value') {
    const value = planned.wanted.value
    if (value === null) return reshaped(read, { value: undefined, useDefault: true, encryptedValueSet: undefined })
    return reshaped(read, {
      value,
      useDefault: false,
      encryptedValueSet: undefined,
      ...(isEncrypted(read) && { usesEncryption: true })
    })
  }
  if (isEncrypted(read)) return undefined
  return readsAsDefault(read) ? reshaped(read, { value: undefined, useDefault: true }) : reshaped(read, { useDefault: false })
}

/** A copy with the given carrier keys set, or removed where the change says undefined. */
function reshaped<T extends ValueCarrier>(read: T, change: ValueCarrier): T {
  const copy: Record<string, unknown> = { ...read }
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) delete copy[key]
    else copy[key] = value
  }
  // Only keys every carrier type declares optional were touched.
  return copy as T
}

function propertyForRequest(property: DynamicProperty, planned: PlannedSlot | undefined): DynamicProperty | undefined {
  // An unset property reads as "" (the spec requires `value`); echoing that would store an empty
  // override, so it is left out, which in a full update keeps it unset.
  if (planned?.wanted.kind !== 'value') return property.value === undefined || property.value === '' ? undefined : property
  if (planned.wanted.value !== null) return { ...property, value: planned.wanted.value }
  // A reset property is left out, which is how a full update resets it (partial mode refuses resets
  // earlier); one already unset stays as read, like any untouched one.
  return isChange(planned) ? undefined : property
}

function tableForRequest(table: CrossReference, planned: PlannedSlot | undefined): CrossReference {
  if (planned?.wanted.kind !== 'table') return { ...table }
  const wanted = planned.wanted.table
  // A reset keeps the rows as read: switching overrideValues off is what brings the component's back.
  if (wanted === null) return { ...table, overrideValues: false }
  return { ...table, overrideValues: wanted.overrideValues, CrossReferenceRows: { row: wanted.rows.map(rowForRequest) } }
}

function rowForRequest(cells: readonly (string | null)[]): CrossReferenceRow {
  return Object.fromEntries(cells.flatMap((cell, i) => (cell === null ? [] : [[`ref${i + 1}`, cell]])))
}

function isChange(planned: PlannedSlot | undefined): boolean {
  return planned !== undefined && planned.change.action !== 'unchanged'
}

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined)
}

/** Drops the "@type" tags Boomi puts on every object: requests may omit them. */
function withoutTypeTags<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutTypeTags) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '@type')
        .map(([key, inner]) => [key, withoutTypeTags(inner)])
    ) as T
  }
  return value
}
