// Planning one slot: what the file's wish makes of it, the change to list, and whether it is secret.
import type { ExtensionsSection } from '../extensions-file.js'
import { definedOnly } from './objects.js'
import type { Wanted } from './resolve.js'
import { shownValue } from './show.js'
import { address, normalisedRow, satisfies, type Slot, type SlotAddress, type SlotState } from './slots.js'

export type ChangeAction = 'changed' | 'reset' | 'set-encrypted' | 'unchanged'

/**
 * One named value of the file. `from`/`to` are absent for encrypted fields; a value that came from
 * ${VAR} is shown as written (`${REGION}`), never as its value.
 */
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

export interface ExpectedSlot extends SlotAddress {
  key: string
  state: SlotState
  /** Encrypted: never shown in a mismatch. */
  secret: boolean
  /** Values that came from ${VAR} → the text as written, shown instead of them. */
  references?: ReadonlyMap<string, string>
}

export interface PlannedSlot {
  wanted: Wanted
  desired: SlotState
  change: ExtensionChange
  secret: boolean
}

export function planSlot(slot: Slot, wanted: Wanted): PlannedSlot {
  const desired = desiredState(slot.state, wanted)
  const secret = slot.state.kind === 'encrypted'
  const action = changeAction(slot.state, wanted, desired)
  const shown = secret ? {} : definedOnly({ from: shownValue(slot.state), to: shownValue(desired, wanted.references) })
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

export function expectedSlot(slot: Slot, planned: PlannedSlot | undefined): ExpectedSlot {
  if (!planned) return { ...slot, secret: slot.state.kind === 'encrypted' }
  const references = planned.wanted.references
  return { ...slot, state: planned.desired, secret: planned.secret, ...(references ? { references } : {}) }
}

export function secretsSent(planned: Map<string, PlannedSlot>): string[] {
  const sent = [...planned.values()].flatMap(({ wanted, change }) =>
    change.action === 'set-encrypted' && wanted.kind === 'value' && wanted.value ? [wanted.value] : []
  )
  return [...new Set(sent)]
}
