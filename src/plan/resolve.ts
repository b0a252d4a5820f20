// Names ↔ IDs. Pure: callers fetch the candidates with one query and resolve here, so a
// wrong name fails before any change, listing the names that do exist.

import { LocatedError, type FileLocation } from '../config/load-file.js'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Boomi IDs of components, packages and environments are GUIDs; names never are. */
export function looksLikeId(text: string): boolean {
  return GUID.test(text)
}

export class ResolveError extends LocatedError {
  override name = 'ResolveError'
}


interface Named {
  id: string
  name: string
}

/**
 * Finds one item by ID, then by exact name, then by a name that differs only in case
 * (when that is unambiguous). `what` is e.g. "environment", `where` says where it was named.
 */
export function resolveByNameOrId<T>(
  items: readonly T[],
  key: (item: T) => Named,
  wanted: string,
  what: string,
  where: string,
  /** How the list of candidates is introduced in an error, e.g. "Runtimes attached to TEST". */
  knownAs = `Known ${what}s`,
  /** Where the name is in a user's file, for the annotation. */
  location?: FileLocation
): T {
  const byId = items.find((item) => key(item).id === wanted)
  if (byId) return byId
  const exact = items.filter((item) => key(item).name === wanted)
  if (exact.length === 1) return exact[0]!
  if (exact.length > 1) {
    const ids = exact.map((item) => key(item).id).join(', ')
    throw new ResolveError(`${where}: ${exact.length} ${what}s are named '${wanted}' (${ids}). Use the ID instead.`, location)
  }
  const folded = items.filter((item) => key(item).name.toLowerCase() === wanted.toLowerCase())
  if (folded.length === 1) return folded[0]!
  const known = items.map((item) => `'${key(item).name}'`).join(', ') || '(none)'
  throw new ResolveError(`${where}: no ${what} named or with ID '${wanted}'. ${knownAs}: ${known}.`, location)
}

/**
 * Up to `count` of `names` closest to `wanted` (case ignored), nearest first; names too far off
 * to be a typo of it are left out.
 */
export function closestNames(wanted: string, names: readonly string[], count = 3): string[] {
  const target = wanted.toLowerCase()
  const limit = Math.max(2, Math.floor(target.length / 3))
  return [...new Set(names)]
    .map((name) => ({ name, distance: editDistance(target, name.toLowerCase()) }))
    .filter((n) => n.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((n) => n.name)
}

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]!
}
