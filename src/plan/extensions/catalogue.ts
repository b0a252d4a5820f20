// Finding a name from the user's file in a list of what is extensible: by ID (or key) first, then
// by name, with messages that list what exists, suggest a near miss and say how to get more.
import type { DataPath } from '../../config/load-file.js'
import type { ExtensionsSection } from '../extensions-file.js'

/** What a look-up reports to: the environment (for messages) and the problems found so far. */
export interface LookupContext {
  environmentName: string
  problems: string[]
  /** Where in the file each problem is, parallel to `problems`: the annotation points there. */
  problemPaths: DataPath[]
}

export function addProblem(context: LookupContext, problem: string, path: DataPath): void {
  context.problems.push(problem)
  context.problemPaths.push(path)
}

/** A list to find a name in, with the words its messages use. */
export interface Catalogue<T> {
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

export const SECTION_WORDS: Record<ExtensionsSection, { one: string; many: string }> = {
  connections: { one: 'connection', many: 'connections' },
  operations: { one: 'operation', many: 'operations' },
  sharedCommunications: { one: 'communication channel', many: 'communication channels' },
  tradingPartners: { one: 'trading partner', many: 'trading partners' },
  processProperties: { one: 'process property component', many: 'process property components' },
  properties: { one: 'dynamic process property', many: 'dynamic process properties' },
  crossReferences: { one: 'cross reference table', many: 'cross reference tables' },
  pgpCertificates: { one: 'PGP certificate', many: 'PGP certificates' }
}

export function becomesExtensibleHint(section: ExtensionsSection): string {
  return (
    `A ${SECTION_WORDS[section].one} becomes extensible in an environment only once a process that uses it ` +
    `(and lists it in its extensions) is deployed there: deploy once without the extensions file, or run with dry-run to list the names.`
  )
}

export const CHILD_HINT = "Only what the deployed process lists in its extensions can be set; run with dry-run to list what is extensible."

export function componentCatalogue<T extends { id: string; name?: string | undefined }>(section: ExtensionsSection, items: readonly T[]): Catalogue<T> {
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

export function childCatalogue<T extends { id: string; name?: string | undefined }>(where: string, many: string, items: readonly T[]): Catalogue<T> {
  return { where, many, idWord: 'ID', hint: CHILD_HINT, items, idOf: (item) => item.id, nameOf: (item) => item.name }
}

/** Finds by ID (or key) first, then by name; records a problem at `path` and returns undefined otherwise. */
export function pick<T>(resolution: LookupContext, catalogue: Catalogue<T>, ref: string, path: DataPath): T | undefined {
  const byId = catalogue.items.find((item) => catalogue.idOf(item) === ref)
  if (byId) return byId
  const byName = catalogue.items.filter((item) => catalogue.nameOf(item) === ref)
  if (byName.length === 1) return byName[0]
  const problem = byName.length > 1 ? ambiguousMessage(resolution, catalogue, ref, byName) : notFoundMessage(resolution, catalogue, ref)
  addProblem(resolution, problem, path)
  return undefined
}

const LISTED_AT_MOST = 30

function notFoundMessage<T>(resolution: LookupContext, catalogue: Catalogue<T>, ref: string): string {
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

function ambiguousMessage<T>(resolution: LookupContext, catalogue: Catalogue<T>, ref: string, matches: T[]): string {
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
