// Components named by people: an ID, a name, or `Folder/Name`. Pure: the caller reads the
// candidates (one query for every name) and resolves here, so an unknown or ambiguous name fails
// before any change, listing what it could have meant.
import type { FileLocation } from '../config/load-file.js'
import { PACKAGEABLE, type ComponentMetadata } from '../boomi/components.js'
import { closestNames, looksLikeId, ResolveError } from './resolve.js'

export type ComponentRef =
  | { kind: 'id'; text: string }
  /** `folder` and `name` split `text` at its last `/`; the whole text may still be a name. */
  | { kind: 'name'; text: string; name: string; folder?: string }

export function parseComponentRef(text: string): ComponentRef {
  if (looksLikeId(text)) return { kind: 'id', text }
  const slash = text.lastIndexOf('/')
  if (slash <= 0 || slash === text.length - 1) return { kind: 'name', text, name: text }
  return { kind: 'name', text, name: text.slice(slash + 1).trim(), folder: text.slice(0, slash).trim() }
}

/** Every name the candidates query must ask for: a name containing `/` may be a name as a whole. */
export function namesToQuery(refs: readonly ComponentRef[]): string[] {
  return [...new Set(refs.flatMap((r) => (r.kind === 'name' ? [r.text, r.name] : [])))]
}

export interface NameResolution {
  resolved: Map<string, ComponentMetadata>
  problems: string[]
  /** Names that matched no current component: the caller reads more candidates to suggest. */
  unknown: string[]
}

/** Resolves the name references among `refs` against the current components with those names. */
export function resolveNames(refs: readonly ComponentRef[], candidates: readonly ComponentMetadata[]): NameResolution {
  const outcome: NameResolution = { resolved: new Map(), problems: [], unknown: [] }
  for (const ref of refs) {
    if (ref.kind !== 'name') continue
    const whole = candidates.filter((c) => c.name === ref.text)
    const sameName = ref.folder !== undefined ? candidates.filter((c) => c.name === ref.name) : []
    const inFolder = sameName.filter((c) => c.folderName === ref.folder)
    const matches = preferPackageable(whole.length > 0 ? whole : inFolder)
    if (matches.length === 1) outcome.resolved.set(ref.text, matches[0]!)
    else if (matches.length > 1) outcome.problems.push(ambiguous(ref.text, matches))
    else if (sameName.length > 0) outcome.problems.push(notInFolder(ref, sameName))
    else outcome.unknown.push(ref.text)
  }
  return outcome
}

/** The message for names that matched nothing, with the closest existing names. */
export function describeUnknown(unknown: readonly string[], known: readonly ComponentMetadata[]): string[] {
  const names = known.map((c) => c.name)
  return unknown.map((text) => {
    const ref = parseComponentRef(text)
    const wanted = ref.kind === 'name' ? ref.name : text
    const near = closestNames(wanted, names)
    const hint = near.length > 0 ? ` Closest names: ${near.map((n) => `'${n}'`).join(', ')}.` : ''
    return `no current (not deleted) component is named '${text}'.${hint}`
  })
}

/** A name shared by a process and, say, a connection means the process: only it can be deployed. */
function preferPackageable(matches: ComponentMetadata[]): ComponentMetadata[] {
  const packageable = matches.filter((c) => PACKAGEABLE.includes(c.type))
  return packageable.length > 0 ? packageable : matches
}

function ambiguous(text: string, matches: readonly ComponentMetadata[]): string {
  return `'${text}' names ${matches.length} components: ${matches.map(candidate).join('; ')}. Write Folder/Name, or the ID.`
}

function notInFolder(ref: Extract<ComponentRef, { kind: 'name' }>, sameName: readonly ComponentMetadata[]): string {
  return `no component '${ref.name}' is in folder '${ref.folder}' (as Boomi reports the folder); '${ref.name}' is ${sameName.map(candidate).join('; ')}.`
}

function candidate(c: ComponentMetadata): string {
  return `${c.type} in folder '${c.folderName ?? '?'}' (ID ${c.componentId})`
}

/** Fails, naming every problem at once, when `problems` is not empty. */
export function throwProblems(where: string, problems: readonly string[], location?: FileLocation): void {
  if (problems.length === 0) return
  if (problems.length === 1) throw new ResolveError(`${where}: ${problems[0]}`, location)
  throw new ResolveError(`${where}: ${problems.length} components could not be resolved:\n${problems.map((p) => `- ${p}`).join('\n')}`, location)
}
