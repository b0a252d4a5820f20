// Showing slot values without leaking secrets: in the change list and in a failed check's message.
// Encrypted values are never shown; a value that came from ${VAR} is shown as written (`references`).
import type { SlotState } from './slots.js'

export const REDACTED = '<redacted>'

type References = ReadonlyMap<string, string> | undefined

function asWritten(value: string, references: References): string {
  return references?.get(value) ?? value
}

/** The value a change list shows; undefined for defaults and for what cannot be shown. */
export function shownValue(state: SlotState, references?: References): string | undefined {
  switch (state.kind) {
    case 'value':
      return state.useDefault || state.value === undefined ? undefined : asWritten(state.value, references)
    case 'property':
      return state.value === '' ? undefined : asWritten(state.value, references)
    case 'table':
      return state.overrideValues && state.rows ? `${state.rows.length} row${state.rows.length === 1 ? '' : 's'}` : undefined
    case 'encrypted':
      return undefined
  }
}

export function describeState(state: SlotState, secret: boolean, references?: References): string {
  const shown = (value: string) => (secret ? REDACTED : asWritten(value, references))
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
      return state.rows ? (secret ? REDACTED : JSON.stringify(state.rows.map((row) => row.map(shown)))) : '(overridden rows)'
  }
}
