// Loads a user's YAML/JSON config file (extensions, schedules): parse, expand ${VAR} from the
// environment, validate with a zod schema. Every error names the input, the file and the line,
// and nothing here talks to Boomi, so a bad file fails the run before any change.
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import type * as Yaml from 'yaml'
import type { Document, LineCounter } from 'yaml'
import type { z } from 'zod'

/** A place in a user's file: what an annotation points at (`file=`, `line=`). */
export interface FileLocation {
  file: string
  line?: number
}

/** An error about a place in a user's file; main turns `location` into the annotation's file and line. */
export class LocatedError extends Error {
  constructor(
    message: string,
    readonly location?: FileLocation
  ) {
    super(message)
  }
}

export class ConfigFileError extends LocatedError {
  override name = 'ConfigFileError'
}

/** A path into the file's data, as keys and indexes from the root. */
export type DataPath = readonly (string | number)[]

export interface LoadedFile<T> {
  data: T
  /** Path as the user wrote it, for messages. */
  displayPath: string
  /**
   * How a string that used ${VAR} is shown: the text as written (`${REGION}`), never its value. The
   * action cannot know which variables hold secrets, so no expanded value is shown anywhere.
   */
  shownAs: (path: DataPath) => string | undefined
  /** Where a value (or its nearest existing parent) is in the file. */
  locate: (path: DataPath) => FileLocation
  /** `file:line` of a path in the file (or of its nearest existing parent), for later checks' messages. */
  at: (path: DataPath) => string
}

export interface LoadOptions<T> {
  /** Name of the action input that named the file, e.g. `extensions`. */
  input: string
  path: string
  workspace: string
  env: NodeJS.ProcessEnv
  schema: z.ZodType<T>
}

const VAR_PATTERN = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g

export async function loadConfigFile<T>(options: LoadOptions<T>): Promise<LoadedFile<T>> {
  const { input, path, workspace } = options
  const absolute = isAbsolute(path) ? path : resolve(workspace, path)
  const displayPath = relative(workspace, absolute) || path
  if (!existsSync(absolute)) {
    throw new ConfigFileError(
      `Input '${input}': file '${displayPath}' does not exist (paths are relative to the workspace, ${workspace}). Check the path, and that the job checked out the repository.`
    )
  }
  // Only runs that name a file pay for the YAML parser.
  const { isMap, isNode, isScalar, LineCounter, parseDocument } = await import('yaml')
  const lines = new LineCounter()
  const doc = parseDocument(readFileSync(absolute, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const firstError = doc.errors[0]
  if (firstError) {
    const at = firstError.linePos?.[0] ?? lines.linePos(firstError.pos[0])
    const where = at ? `${displayPath}:${at.line}:${at.col}` : displayPath
    throw new ConfigFileError(`Input '${input}': ${where} is not valid YAML/JSON: ${firstLine(firstError.message)}`, {
      file: displayPath,
      ...(at ? { line: at.line } : {})
    })
  }
  const locateIn = (p: DataPath) => locate(doc, lines, displayPath, p, { isMap, isNode, isScalar })
  const references = new Map<string, string>()
  const expansion: Expansion = { env: options.env, input, references, locate: locateIn }
  const expanded = expandVariables(doc.toJS() as unknown, [], expansion)
  const parsed = options.schema.safeParse(expanded ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol')
    const field = path.length > 0 ? ` at '${path.join('.')}'` : ''
    const location = locateIn(path)
    throw new ConfigFileError(`Input '${input}': ${where(location)}${field}: ${issue.message}`, location)
  }
  return { data: parsed.data, displayPath, shownAs: (p) => references.get(pathKey(p)), locate: locateIn, at: (p) => where(locateIn(p)) }
}

/** `file:line`, as messages write a location. */
export function where(location: FileLocation): string {
  return location.line === undefined ? location.file : `${location.file}:${location.line}`
}

interface Expansion {
  env: NodeJS.ProcessEnv
  input: string
  /** Path → the text as written, for every string that used ${VAR}. */
  references: Map<string, string>
  locate: (path: DataPath) => FileLocation
}

function expandVariables(value: unknown, path: (string | number)[], expansion: Expansion): unknown {
  if (typeof value === 'string') return expandString(value, path, expansion)
  if (Array.isArray(value)) return value.map((v, i) => expandVariables(v, [...path, i], expansion))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandVariables(v, [...path, k], expansion)]))
  }
  return value
}

function expandString(value: string, path: (string | number)[], expansion: Expansion): string {
  let usesVariable = false
  const expanded = value.replace(VAR_PATTERN, (_match, name: string | undefined) => {
    if (name === undefined) return '${' // `$${` escapes a literal `${`
    const found = expansion.env[name]
    // A GitHub secret that does not exist expands to "": writing that would blank a password.
    if (found === undefined || found === '') {
      const state = found === undefined ? 'is not set' : 'is empty (a secret that does not exist in this environment expands to an empty string)'
      const location = expansion.locate(path)
      throw new ConfigFileError(
        `Input '${expansion.input}': ${where(location)} uses \${${name}}, but the environment variable ${name} ${state}. Add it to the step's env: (for a secret, \`${name}: \${{ secrets.${name} }}\`), or write an empty value literally as "".`,
        location
      )
    }
    usesVariable = true
    return found
  })
  if (usesVariable) expansion.references.set(pathKey(path), value)
  return expanded
}

function pathKey(path: DataPath): string {
  return JSON.stringify(path.map(String))
}

type Ranged = { range?: [number, number, number] }
type YamlTests = Pick<typeof Yaml, 'isMap' | 'isNode' | 'isScalar'>

/** The line of a path's key (or of its nearest existing parent's), so a process or field points at its name. */
function locate(doc: Document, lines: LineCounter, displayPath: string, path: DataPath, yaml: YamlTests): FileLocation {
  for (let n = path.length; n >= 0; n--) {
    const range = keyRange(doc, path.slice(0, n), yaml) ?? nodeRange(doc.getIn(path.slice(0, n), true), yaml)
    if (range) return { file: displayPath, line: lines.linePos(range[0]).line }
  }
  return { file: displayPath }
}

function keyRange(doc: Document, path: DataPath, yaml: YamlTests): [number, number, number] | undefined {
  if (path.length === 0) return undefined
  const parent = doc.getIn(path.slice(0, -1), true)
  if (!yaml.isMap(parent)) return undefined
  const last = String(path[path.length - 1])
  const pair = parent.items.find((item) => yaml.isScalar(item.key) && String(item.key.value) === last)
  return pair ? nodeRange(pair.key, yaml) : undefined
}

function nodeRange(node: unknown, yaml: YamlTests): [number, number, number] | undefined {
  return yaml.isNode(node) ? (node as Ranged).range : undefined
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
