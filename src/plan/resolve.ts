// Names ↔ IDs. Pure: callers fetch the candidates with one query and resolve here, so a
// wrong name fails before any change, listing the names that do exist.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Boomi IDs of components, packages and environments are GUIDs; names never are. */
export function looksLikeId(text: string): boolean {
  return GUID.test(text)
}

export class ResolveError extends Error {
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
  knownAs = `Known ${what}s`
): T {
  const byId = items.find((item) => key(item).id === wanted)
  if (byId) return byId
  const exact = items.filter((item) => key(item).name === wanted)
  if (exact.length === 1) return exact[0]!
  if (exact.length > 1) {
    const ids = exact.map((item) => key(item).id).join(', ')
    throw new ResolveError(`${where}: ${exact.length} ${what}s are named '${wanted}' (${ids}). Use the ID instead.`)
  }
  const folded = items.filter((item) => key(item).name.toLowerCase() === wanted.toLowerCase())
  if (folded.length === 1) return folded[0]!
  const known = items.map((item) => `'${key(item).name}'`).join(', ') || '(none)'
  throw new ResolveError(`${where}: no ${what} named or with ID '${wanted}'. ${knownAs}: ${known}.`)
}
