// Loads a user's YAML/JSON config file (extensions, schedules): parse, expand ${VAR} from the
// environment, validate with a zod schema. Every error names the input, the file and the line,
// and nothing here talks to Boomi, so a bad file fails the run before any change.
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import type { Document, LineCounter } from 'yaml'
import type { z } from 'zod'

export class ConfigFileError extends Error {
  override name = 'ConfigFileError'
}

export interface LoadedFile<T> {
  data: T
  /** Values that came from ${VAR}: the caller masks them before anything is logged. */
  secrets: string[]
  /** Path as the user wrote it, for messages. */
  displayPath: string
  /** `file:line` of a key path in the file (or of its nearest existing parent), for later checks. */
  at: (path: (string | number)[]) => string
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
  const { isNode, LineCounter, parseDocument } = await import('yaml')
  const lines = new LineCounter()
  const doc = parseDocument(readFileSync(absolute, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const firstError = doc.errors[0]
  if (firstError) {
    const at = firstError.linePos?.[0] ?? lines.linePos(firstError.pos[0])
    const where = at ? `${displayPath}:${at.line}:${at.col}` : displayPath
    throw new ConfigFileError(`Input '${input}': ${where} is not valid YAML/JSON: ${firstLine(firstError.message)}`)
  }
  const secrets: string[] = []
  const where = (p: (string | number)[]) => locate(doc, lines, displayPath, p, isNode)
  const expanded = expandVariables(doc.toJS() as unknown, [], options.env, secrets, where, input)
  const parsed = options.schema.safeParse(expanded ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol')
    const field = path.length > 0 ? ` at '${path.join('.')}'` : ''
    throw new ConfigFileError(`Input '${input}': ${where(path)}${field}: ${issue.message}`)
  }
  return { data: parsed.data, secrets, displayPath, at: where }
}

function expandVariables(
  value: unknown,
  path: (string | number)[],
  env: NodeJS.ProcessEnv,
  secrets: string[],
  where: (path: (string | number)[]) => string,
  input: string
): unknown {
  if (typeof value === 'string') {
    return value.replace(VAR_PATTERN, (match, name: string | undefined) => {
      if (name === undefined) return '${' // `$${` escapes a literal `${`
      const found = env[name]
      // A GitHub secret that does not exist expands to "": writing that would blank a password.
      if (found === undefined || found === '') {
        const state = found === undefined ? 'is not set' : 'is empty (a secret that does not exist in this environment expands to an empty string)'
        throw new ConfigFileError(
          `Input '${input}': ${where(path)} uses \${${name}}, but the environment variable ${name} ${state}. Add it to the step's env: (for a secret, \`${name}: \${{ secrets.${name} }}\`), or write an empty value literally as "".`
        )
      }
      secrets.push(found)
      return found
    })
  }
  if (Array.isArray(value)) return value.map((v, i) => expandVariables(v, [...path, i], env, secrets, where, input))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, expandVariables(v, [...path, k], env, secrets, where, input)])
    )
  }
  return value
}

/** `file:line` of the node at a path (or of its nearest existing parent). */
function locate(doc: Document, lines: LineCounter, displayPath: string, path: (string | number)[], isNode: (node: unknown) => boolean): string {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true)
    const range = isNode(node) ? (node as { range?: [number, number, number] }).range : undefined
    if (range) {
      return `${displayPath}:${lines.linePos(range[0]).line}`
    }
  }
  return displayPath
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
