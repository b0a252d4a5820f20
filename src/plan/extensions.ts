// Environment extensions planner: overlays the user's file on the environment's *current* extensions
// and returns the UPDATE body, a change list safe to print, and the secrets to mask.
//
// Why it is careful: Boomi's classic (full) update resets every extensible value left out of the
// request, so a read → change one value → write-back that drops anything wipes production settings.
// In `full` mode the request is therefore the whole set as read with only the named values changed;
// the one thing left out is an encrypted value nobody named, because Boomi never returns those and
// documents them as the exception that keeps its value. In `partial` mode only what changes is sent.
//
// Everything is addressed as a "slot" (one field, process-property value, dynamic property, table or
// certificate) with a key that is the same before and after the write, so planning and the check
// after the write (verifyExtensions) compare the same things the same way. Pure: no I/O.
import type {
  CrossReference,
  CrossReferenceRow,
  DynamicProperty,
  EnvironmentExtensions,
  EnvironmentExtensionsUpdate,
  ExtensionField,
  ExtensionTradingPartner,
  OverrideProcessProperty,
  PgpCertificate,
  ProcessPropertyValue,
  TradingPartnerCategory
} from '../boomi/extensions.js'
import type { CrossReferenceTable, ExtensionsFile, ExtensionsMode, ExtensionsSection } from './extensions-file.js'

export class ExtensionsPlanError extends Error {
  override name = 'ExtensionsPlanError'
  /** One sentence per problem; all of them are reported at once so one run shows every typo. */
  readonly problems: string[]
  constructor(problems: string[]) {
    super(problems.join('\n'))
    this.problems = problems
  }
}

export type ChangeAction = 'changed' | 'reset' | 'set-encrypted' | 'unchanged'

/** One named value of the file. `from`/`to` are present only when neither encrypted nor secret. */
export interface ExtensionChange {
  section: ExtensionsSection
  componentId: string
  componentName: string
  /** Field ID (trading partners: `category › field`), process-property label, or `value` / `rows` / `certificate`. */
  field: string
  action: ChangeAction
  from?: string
  to?: string
}

export interface ExtensionMismatch {
  section: ExtensionsSection
  component: string
  field: string
  expected: string
  actual: string
}

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

export interface ExpectedSlot extends SlotAddress {
  key: string
  state: SlotState
  /** Encrypted, or holding a value that came from ${VAR}: never shown in a mismatch. */
  secret: boolean
}

export interface ExtensionsPlan {
  /** The UPDATE body, or null when the file changes nothing (then nothing is written). */
  request: EnvironmentExtensionsUpdate | null
  /** One entry per value named in the file, in file order. */
  changes: ExtensionChange[]
  /** Every value sent for an encrypted field, literal or not: the caller masks them. */
  secrets: string[]
  /** The whole set as it should read after the write: what verifyExtensions checks. */
  expected: ExpectedSlot[]
}

export interface PlanExtensionsOptions {
  current: EnvironmentExtensions
  file: ExtensionsFile
  mode: ExtensionsMode
  /** For messages only. */
  environmentName: string
  /** Values that came from ${VAR}: a plain field holding one is treated as secret in the change list. */
  secretValues?: ReadonlySet<string>
}

export const REDACTED = '<redacted>'

// ── Planning ─────────────────────────────────────────────────────────────────────────────────

export function planExtensions(options: PlanExtensionsOptions): ExtensionsPlan {
  const { current, file, mode, environmentName } = options
  const secretValues = options.secretValues ?? new Set<string>()
  const observed = observeSlots(current)
  const resolution: Resolution = { environmentName, problems: [], intents: new Map() }
  resolveFile(resolution, current, file)

  const planned = new Map<string, PlannedSlot>()
  for (const [key, intent] of resolution.intents) {
    const slot = observed.get(key)
    if (!slot) throw new Error(`internal: resolved slot ${key} was not observed`)
    const entry = planSlot(slot, intent.wanted, secretValues)
    if (mode === 'partial' && entry.change.action === 'reset' && slot.state.kind === 'property') {
      resolution.problems.push(
        `${intent.said}: null (reset) needs mode full. Boomi's partial update has no way to reset a dynamic process property; a full update resets it by leaving it out.`
      )
    }
    planned.set(key, entry)
  }
  if (resolution.problems.length > 0) throw new ExtensionsPlanError(resolution.problems)

  const changes = [...planned.values()].map((entry) => entry.change)
  const anyChange = changes.some((change) => change.action !== 'unchanged')
  return {
    request: anyChange ? buildRequest(current, { mode, planned }) : null,
    changes,
    secrets: secretsSent(planned),
    expected: [...observed.values()].map((slot) => expectedSlot(slot, planned.get(slot.key), secretValues))
  }
}

/** What the file asks of one slot: a value (null = default) or, for a cross reference, a table. */
type Wanted = { kind: 'value'; value: string | null } | { kind: 'table'; table: CrossReferenceTable | null }

interface PlannedSlot {
  wanted: Wanted
  desired: SlotState
  change: ExtensionChange
  secret: boolean
}

function planSlot(slot: Slot, wanted: Wanted, secretValues: ReadonlySet<string>): PlannedSlot {
  const desired = desiredState(slot.state, wanted)
  const secret = slot.state.kind === 'encrypted' || [slot.state, desired].some((s) => holdsSecret(s, secretValues))
  const action = changeAction(slot.state, wanted, desired)
  const shown = secret ? {} : definedOnly({ from: shownValue(slot.state), to: shownValue(desired) })
  const change: ExtensionChange = { ...address(slot), action, ...shown }
  return { wanted, desired, change, secret }
}

function changeAction(current: SlotState, wanted: Wanted, desired: SlotState): ChangeAction {
  const resets = wanted.kind === 'value' ? wanted.value === null : wanted.table === null
  // Encrypted values cannot be read back, so setting one is always a change.
  if (current.kind === 'encrypted' && !resets) return 'set-encrypted'
  if (satisfies(desired, current)) return 'unchanged'
  return resets ? 'reset' : 'changed'
}

function desiredState(current: SlotState, wanted: Wanted): SlotState {
  if (wanted.kind === 'table') {
    if (current.kind !== 'table') throw new Error('internal: table wanted for a non-table slot')
    return wanted.table === null
      ? { kind: 'table', overrideValues: false }
      : { kind: 'table', overrideValues: wanted.table.overrideValues, rows: wanted.table.rows.map(normalisedRow) }
  }
  const value = wanted.value
  switch (current.kind) {
    case 'value':
      return value === null ? { kind: 'value', useDefault: true } : { kind: 'value', useDefault: false, value }
    case 'encrypted':
      return value === null
        ? { kind: 'encrypted', useDefault: true, encryptedValueSet: false }
        : { kind: 'encrypted', useDefault: false, encryptedValueSet: true }
    case 'property':
      return { kind: 'property', value: value ?? '' }
    case 'table':
      throw new Error('internal: value wanted for a table slot')
  }
}

function expectedSlot(slot: Slot, planned: PlannedSlot | undefined, secretValues: ReadonlySet<string>): ExpectedSlot {
  if (planned) return { ...slot, state: planned.desired, secret: planned.secret }
  return { ...slot, secret: slot.state.kind === 'encrypted' || holdsSecret(slot.state, secretValues) }
}

function secretsSent(planned: Map<string, PlannedSlot>): string[] {
  const sent = [...planned.values()].flatMap(({ wanted, change }) =>
    change.action === 'set-encrypted' && wanted.kind === 'value' && wanted.value ? [wanted.value] : []
  )
  return [...new Set(sent)]
}

// ── Verification ─────────────────────────────────────────────────────────────────────────────

/**
 * Compares a read after the write with the plan's expected state: every slot, named or not, so an
 * overlay that reset an untouched value is caught. Encrypted slots are compared by their flags.
 */
export function verifyExtensions(after: EnvironmentExtensions, plan: Pick<ExtensionsPlan, 'expected'>): ExtensionMismatch[] {
  const actual = observeSlots(after)
  return plan.expected.flatMap((expected) => {
    const found = actual.get(expected.key)
    if (found && satisfies(expected.state, found.state)) return []
    return [
      {
        section: expected.section,
        component: expected.componentName,
        field: expected.field,
        expected: describeState(expected.state, expected.secret),
        actual: found ? describeState(found.state, expected.secret) : '(no longer extensible)'
      }
    ]
  })
}

/** Does `actual` hold what `expected` asks for? Used for both "is this a change" and verification. */
function satisfies(expected: SlotState, actual: SlotState): boolean {
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

// ── Reading the extensions as slots ──────────────────────────────────────────────────────────

interface Slot extends SlotAddress {
  key: string
  state: SlotState
}

type FieldSection = 'connections' | 'operations' | 'sharedCommunications' | 'tradingPartners'

/** Anything with a list of fields: connection, operation, communication channel, trading-partner category. */
type FieldHolder = { id: string; name?: string | undefined; field: ExtensionField[] }

/** A field holder with where it sits: the component it belongs to and the ID path down to it. */
interface HolderRef {
  section: FieldSection
  componentId: string
  componentName: string
  path: string[]
  /** Prefix of the field label: the category for trading partners. */
  fieldPrefix: string
  holder: FieldHolder
}

function componentHolder(section: FieldSection, component: FieldHolder): HolderRef {
  return { section, componentId: component.id, componentName: displayName(component), path: [component.id], fieldPrefix: '', holder: component }
}

function categoryHolder(partner: ExtensionTradingPartner, category: TradingPartnerCategory): HolderRef {
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

function observeSlots(ext: EnvironmentExtensions): Map<string, Slot> {
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

/** Fields, process-property values and PGP certificates all carry value + useDefault (+ encryption flags). */
type ValueCarrier = {
  value?: string | undefined
  useDefault?: boolean | undefined
  usesEncryption?: boolean | undefined
  encryptedValueSet?: boolean | undefined
}

function isEncrypted(carrier: ValueCarrier): boolean {
  return carrier.usesEncryption === true || carrier.encryptedValueSet === true
}

/** useDefault as read; when Boomi leaves it out, a carrier with nothing stored is on its default. */
function readsAsDefault(carrier: ValueCarrier): boolean {
  if (carrier.useDefault !== undefined) return carrier.useDefault
  return isEncrypted(carrier) ? carrier.encryptedValueSet !== true : carrier.value === undefined
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
function normalisedRow(cells: readonly (string | null | undefined)[]): string[] {
  const filled = cells.map((cell) => cell ?? '')
  while (filled.length > 0 && filled[filled.length - 1] === '') filled.pop()
  return filled
}

function slotKey(...parts: string[]): string {
  return JSON.stringify(parts)
}

function displayName(item: { id: string; name?: string | undefined }): string {
  return item.name || item.id
}

function address(slot: SlotAddress): SlotAddress {
  return { section: slot.section, componentId: slot.componentId, componentName: slot.componentName, field: slot.field }
}

// ── Showing values without leaking secrets ───────────────────────────────────────────────────

function plainValues(state: SlotState): string[] {
  switch (state.kind) {
    case 'value':
      return state.value === undefined ? [] : [state.value]
    case 'property':
      return [state.value]
    case 'table':
      return (state.rows ?? []).flat()
    case 'encrypted':
      return []
  }
}

function holdsSecret(state: SlotState, secretValues: ReadonlySet<string>): boolean {
  return plainValues(state).some((value) => value !== '' && secretValues.has(value))
}

/** The value a change list shows; undefined for defaults and for what cannot be shown. */
function shownValue(state: SlotState): string | undefined {
  switch (state.kind) {
    case 'value':
      return state.useDefault ? undefined : state.value
    case 'property':
      return state.value === '' ? undefined : state.value
    case 'table':
      return state.overrideValues && state.rows ? `${state.rows.length} row${state.rows.length === 1 ? '' : 's'}` : undefined
    case 'encrypted':
      return undefined
  }
}

function describeState(state: SlotState, secret: boolean): string {
  const shown = (value: string) => (secret ? REDACTED : value)
  switch (state.kind) {
    case 'value':
      if (state.useDefault) return '(default)'
      return state.value === undefined ? '(override, value not returned)' : shown(state.value)
    case 'encrypted':
      return `(${state.useDefault ? 'default' : 'override'}, ${state.encryptedValueSet ? 'encrypted value set' : 'no encrypted value'})`
    case 'property':
      return state.value === '' ? '(unset)' : shown(state.value)
    case 'table':
      if (!state.overrideValues) return "(component's own rows)"
      return state.rows ? shown(JSON.stringify(state.rows)) : '(overridden rows)'
  }
}

function definedOnly<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>
}

// ── Resolving the file's names against the current extensions ────────────────────────────────

interface Intent {
  wanted: Wanted
  /** The path as the user wrote it, for messages. */
  said: string
}

interface Resolution {
  environmentName: string
  problems: string[]
  intents: Map<string, Intent>
}

function resolveFile(resolution: Resolution, ext: EnvironmentExtensions, file: ExtensionsFile): void {
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

/** A list to find a name in, with the words its messages use. */
interface Catalogue<T> {
  /** The path above the name, e.g. `connections` or `connections › 'Orders DB'`. */
  where: string
  /** Plural noun for the list of what exists, e.g. `connections`, `fields`. */
  many: string
  /** What to use instead of an ambiguous name: `ID` or `key`. */
  idWord: string
  hint: string
  items: readonly T[]
  idOf: (item: T) => string
  nameOf: (item: T) => string | undefined
}

const SECTION_WORDS: Record<ExtensionsSection, { one: string; many: string }> = {
  connections: { one: 'connection', many: 'connections' },
  operations: { one: 'operation', many: 'operations' },
  sharedCommunications: { one: 'communication channel', many: 'communication channels' },
  tradingPartners: { one: 'trading partner', many: 'trading partners' },
  processProperties: { one: 'process property component', many: 'process property components' },
  properties: { one: 'dynamic process property', many: 'dynamic process properties' },
  crossReferences: { one: 'cross reference table', many: 'cross reference tables' },
  pgpCertificates: { one: 'PGP certificate', many: 'PGP certificates' }
}

function becomesExtensibleHint(section: ExtensionsSection): string {
  return (
    `A ${SECTION_WORDS[section].one} becomes extensible in an environment only once a process that uses it ` +
    `(and lists it in its extensions) is deployed there: deploy once without the extensions file, or run with dry-run to list the names.`
  )
}

const CHILD_HINT = "Only what the deployed process lists in its extensions can be set; run with dry-run to list what is extensible."

function componentCatalogue<T extends { id: string; name?: string | undefined }>(section: ExtensionsSection, items: readonly T[]): Catalogue<T> {
  return {
    where: section,
    many: SECTION_WORDS[section].many,
    idWord: 'ID',
    hint: becomesExtensibleHint(section),
    items,
    idOf: (item) => item.id,
    nameOf: (item) => item.name
  }
}

function childCatalogue<T extends { id: string; name?: string | undefined }>(where: string, many: string, items: readonly T[]): Catalogue<T> {
  return { where, many, idWord: 'ID', hint: CHILD_HINT, items, idOf: (item) => item.id, nameOf: (item) => item.name }
}

/** Finds by ID (or key) first, then by name; records a problem and returns undefined otherwise. */
function pick<T>(resolution: Resolution, catalogue: Catalogue<T>, ref: string): T | undefined {
  const byId = catalogue.items.find((item) => catalogue.idOf(item) === ref)
  if (byId) return byId
  const byName = catalogue.items.filter((item) => catalogue.nameOf(item) === ref)
  if (byName.length === 1) return byName[0]
  resolution.problems.push(
    byName.length > 1 ? ambiguousMessage(resolution, catalogue, ref, byName) : notFoundMessage(resolution, catalogue, ref)
  )
  return undefined
}

const LISTED_AT_MOST = 30

function notFoundMessage<T>(resolution: Resolution, catalogue: Catalogue<T>, ref: string): string {
  const labels = catalogue.items.map((item) => label(catalogue, item))
  const shown = labels.slice(0, LISTED_AT_MOST).join(', ')
  const more = labels.length > LISTED_AT_MOST ? ` and ${labels.length - LISTED_AT_MOST} more` : ''
  const near = catalogue.items.find((item) => [catalogue.idOf(item), catalogue.nameOf(item)].some((n) => n !== undefined && sameLoosely(n, ref)))
  const suggestion = near ? ` Did you mean ${label(catalogue, near)}?` : ''
  return (
    `${catalogue.where} › '${ref}' is not extensible in environment ${resolution.environmentName}. ` +
    `Extensible ${catalogue.many}: ${labels.length > 0 ? shown + more : 'none'}.${suggestion} ${catalogue.hint}`
  )
}

function ambiguousMessage<T>(resolution: Resolution, catalogue: Catalogue<T>, ref: string, matches: T[]): string {
  const ids = matches.map((item) => `'${catalogue.idOf(item)}'`).join(', ')
  return (
    `${catalogue.where} › '${ref}' is the name of ${matches.length} ${catalogue.many} in environment ${resolution.environmentName} ` +
    `(${catalogue.idWord}s ${ids}). Use the ${catalogue.idWord} instead of the name.`
  )
}

/** `'name'`, or `'name' (key k)` where the name alone would not say which. */
function label<T>(catalogue: Catalogue<T>, item: T): string {
  const id = catalogue.idOf(item)
  const name = catalogue.nameOf(item)
  if (!name || name === id) return `'${id}'`
  const shared = catalogue.items.filter((other) => catalogue.nameOf(other) === name).length > 1
  return shared || catalogue.idWord === 'key' ? `'${name}' (${catalogue.idWord} ${id})` : `'${name}'`
}

function sameLoosely(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

// ── Building the UPDATE body ─────────────────────────────────────────────────────────────────

interface RequestContext {
  mode: ExtensionsMode
  planned: Map<string, PlannedSlot>
}

const API_SECTIONS = [
  'connections',
  'operations',
  'tradingPartners',
  'sharedCommunications',
  'crossReferences',
  'processProperties',
  'properties',
  'PGPCertificates'
] as const

function buildRequest(current: EnvironmentExtensions, context: RequestContext): EnvironmentExtensionsUpdate {
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
  if (context.mode === 'partial') {
    for (const section of API_SECTIONS) if (isEmptySection(request[section])) delete request[section]
  }
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

function isEmptySection(section: object | undefined): boolean {
  return section === undefined || Object.values(section).every((list) => Array.isArray(list) && list.length === 0)
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
