// What a dry run shows can be set: every extensible value of the environment as an extensions file
// to copy and edit. Built from the same slots the planner observes, and named the way the planner
// resolves names (name where it is unique, else ID), so the file applied unedited changes nothing
// but the encrypted fields, which are never read and appear as ${NAME} placeholders.
import type { EnvironmentExtensions } from '../../boomi/extensions.js'
import { observeSlots, type Slot } from './slots.js'

type Value = string | null | { overrideValues: boolean; rows: string[][] }
type Tree = { [key: string]: Tree | Value }

export interface StarterExtensions {
  file: Tree
  /** ${NAME} placeholders used for encrypted fields, in file order. */
  placeholders: string[]
}

export function starterExtensions(current: EnvironmentExtensions): StarterExtensions {
  const slots = [...observeSlots(current).values()]
  const file: Tree = {}
  const placeholders = new Set<string>()
  const refs = componentRefs(slots)
  const valueRefs = processPropertyRefs(slots)
  for (const slot of slots) {
    const path = filePath(slot, refs, valueRefs)
    const value = starterValue(slot, path, placeholders)
    if (value !== undefined) put(file, path, value)
  }
  return { file, placeholders: [...placeholders] }
}

/** The path of a slot in the file: section, component, (category,) field or value. */
function filePath(slot: Slot, refs: Map<string, string>, valueRefs: Map<string, string>): string[] {
  const parts = JSON.parse(slot.key) as string[]
  const component = refs.get(`${slot.section}\n${slot.componentId}`) ?? slot.componentId
  switch (slot.section) {
    case 'properties':
      return ['properties', slot.componentId]
    case 'crossReferences':
    case 'pgpCertificates':
      return [slot.section, component]
    case 'processProperties':
      return [slot.section, component, valueRefs.get(slot.key) ?? parts[2]!]
    default:
      // connections, operations, sharedCommunications: [section, id, field]; partners: [section, id, category, field]
      return [slot.section, component, ...parts.slice(2)]
  }
}

/** A component's name where it is unique in its section (and not empty), else its ID. */
function componentRefs(slots: Slot[]): Map<string, string> {
  const refs = new Map<string, string>()
  const byName = new Map<string, Set<string>>()
  for (const slot of slots) {
    const key = `${slot.section}\n${slot.componentName}`
    byName.set(key, (byName.get(key) ?? new Set()).add(slot.componentId))
  }
  for (const slot of slots) {
    const unique = byName.get(`${slot.section}\n${slot.componentName}`)!.size === 1
    refs.set(`${slot.section}\n${slot.componentId}`, unique ? slot.componentName : slot.componentId)
  }
  return refs
}

/** A process property value by its label where that is unique in its component, else by key. */
function processPropertyRefs(slots: Slot[]): Map<string, string> {
  const values = slots.filter((s) => s.section === 'processProperties')
  return new Map(
    values.map((slot) => {
      const key = (JSON.parse(slot.key) as string[])[2]!
      const shared = values.filter((other) => other.componentId === slot.componentId && other.field === slot.field).length > 1
      return [slot.key, shared ? key : slot.field]
    })
  )
}

/** null keeps the component's own value; undefined leaves the slot out (its value is not known). */
function starterValue(slot: Slot, path: string[], placeholders: Set<string>): Value | undefined {
  const state = slot.state
  switch (state.kind) {
    case 'encrypted':
      return `\${${placeholder(path, placeholders)}}`
    case 'value':
      if (state.useDefault) return null
      return state.value === undefined ? undefined : literal(state.value)
    case 'property':
      return state.value === '' ? null : literal(state.value)
    case 'table':
      return state.overrideValues && state.rows ? { overrideValues: true, rows: state.rows.map((row) => row.map(literal)) } : null
  }
}

/** The loader reads `${` as a variable: a literal one is written `$${`. */
function literal(value: string): string {
  return value.split('${').join('$${')
}

/** ORDERS_DB_PASSWORD for connections › Orders DB › password; unique within the file. */
function placeholder(path: string[], taken: Set<string>): string {
  const base = path
    .slice(1)
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  const name = /^[A-Z_]/.test(base) ? base : `_${base}`
  let unique = name
  for (let n = 2; taken.has(unique); n++) unique = `${name}_${n}`
  taken.add(unique)
  return unique
}

function put(tree: Tree, path: string[], value: Value): void {
  let node = tree
  for (const key of path.slice(0, -1)) {
    const next = node[key]
    if (next === undefined || next === null || typeof next !== 'object') node[key] = {}
    node = node[key] as Tree
  }
  node[path[path.length - 1]!] = value
}
