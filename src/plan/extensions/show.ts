// Showing slot values without leaking secrets: in the change list and in a failed check's message.
import type { SlotState } from './slots.js'

export const REDACTED = '<redacted>'

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

export function holdsSecret(state: SlotState, secretValues: ReadonlySet<string>): boolean {
  return plainValues(state).some((value) => value !== '' && secretValues.has(value))
}

/** The value a change list shows; undefined for defaults and for what cannot be shown. */
export function shownValue(state: SlotState): string | undefined {
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

export function describeState(state: SlotState, secret: boolean): string {
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
