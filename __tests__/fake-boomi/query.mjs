// @ts-check
/**
 * Query filter grammar of the Boomi Platform API (QueryConfig / QueryFilter), as used by
 * `POST /{Object}/query`, plus the query-token store behind `POST /{Object}/queryMore`.
 *
 * Grammar (spec `info.description §Query filters`, schemas `*SimpleExpression`, `*GroupingExpression`):
 *   { "QueryFilter": { "expression": Expression } }
 *   Expression = { property, operator, argument: [string...] }                 (simple)
 *              | { operator: "and" | "or", nestedExpression: [Expression...] }  (grouping, any depth)
 *
 * Choices where the spec is silent (documented for the lead):
 *  - Operators are matched exactly (upper case for simple, lower case "and"/"or" for groups, as in the
 *    schema enums); anything else is a 400.
 *  - EQUALS / NOT_EQUALS / LIKE / CONTAINS are case-sensitive. LIKE knows only `%` (any run of characters).
 *  - Argument count: IS_NULL / IS_NOT_NULL take none (extra ones are ignored), BETWEEN exactly 2 (inclusive),
 *    every other operator exactly 1; otherwise 400.
 *  - Arguments may be strings, numbers or booleans (the spec's DeployedPackage example sends `true`);
 *    they are compared as strings, except: boolean properties compare against "true"/"false"
 *    (case-insensitive; any other word → 400), numeric values compare numerically ("7" equals "7.0"),
 *    ISO date-times compare as instants.
 *  - A lone argument or a lone nested expression given as an object instead of a one-element array is
 *    accepted (the spec's own examples do that, an artefact of the XML origin).
 *  - An empty body, `{}`, a missing QueryFilter or a QueryFilter without expression matches everything.
 */

import { randomBytes } from 'node:crypto'

export const SIMPLE_OPERATORS = Object.freeze([
  'EQUALS',
  'NOT_EQUALS',
  'LIKE',
  'IS_NULL',
  'IS_NOT_NULL',
  'BETWEEN',
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUAL',
  'LESS_THAN',
  'LESS_THAN_OR_EQUAL',
  'CONTAINS',
  'NOT_CONTAINS'
])

/** An invalid query (answered 400 by the server). */
export class QueryError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message)
    this.name = 'QueryError'
  }
}

/**
 * @typedef {Object} QuerySpec
 * @property {string} objectType              e.g. "PackagedComponent" (for messages)
 * @property {readonly string[]} properties   filterable property names
 * @property {readonly string[]} [operators]  allowed simple operators (default: all of SIMPLE_OPERATORS)
 * @property {(rec: any, property: string) => unknown} [resolve]  value of a property (default rec[property])
 * @property {(usedProperties: Set<string>) => void} [validate]  extra checks on the set of properties used
 * @property {(property: string, args: string[]) => void} [checkArguments]  extra checks on one expression's arguments
 */

/** @typedef {(rec: any) => boolean} Predicate */

/**
 * @param {unknown} v
 * @returns {v is Record<string, unknown>}
 */
function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * @param {unknown} v
 * @returns {unknown[]}
 */
function asList(v) {
  if (v === undefined || v === null) return []
  return Array.isArray(v) ? v : [v]
}

/**
 * Compiles the body of a `/query` request into a predicate. Throws QueryError on invalid input.
 * @param {unknown} body  parsed JSON body (undefined for an empty body)
 * @param {QuerySpec} spec
 * @returns {Predicate}
 */
export function compileQuery(body, spec) {
  if (body === undefined || body === null || body === '') return () => true
  if (!isObject(body)) throw new QueryError('Invalid query request: the body must be a QueryConfig object')
  const filter = body.QueryFilter
  if (filter === undefined || filter === null) return () => true
  if (!isObject(filter)) throw new QueryError('Invalid query request: QueryFilter must be an object')
  const expression = filter.expression
  if (expression === undefined || expression === null) return () => true
  /** @type {Set<string>} */
  const used = new Set()
  const predicate = compileExpression(expression, spec, used, 0)
  if (spec.validate) spec.validate(used)
  return predicate
}

/**
 * @param {unknown} expr
 * @param {QuerySpec} spec
 * @param {Set<string>} used
 * @param {number} depth
 * @returns {Predicate}
 */
function compileExpression(expr, spec, used, depth) {
  if (depth > 64) throw new QueryError('Invalid query filter: expressions nested too deeply')
  if (!isObject(expr)) throw new QueryError('Invalid query filter: an expression must be an object')
  if ('nestedExpression' in expr) {
    const op = expr.operator
    if (op !== 'and' && op !== 'or') {
      throw new QueryError(`Invalid grouping operator ${JSON.stringify(op)}: expected "and" or "or"`)
    }
    const parts = asList(expr.nestedExpression).map((e) => compileExpression(e, spec, used, depth + 1))
    if (op === 'and') return (rec) => parts.every((p) => p(rec))
    return (rec) => parts.some((p) => p(rec))
  }
  return compileSimple(expr, spec, used)
}

/**
 * @param {Record<string, unknown>} expr
 * @param {QuerySpec} spec
 * @param {Set<string>} used
 * @returns {Predicate}
 */
function compileSimple(expr, spec, used) {
  const { property, operator } = expr
  if (typeof property !== 'string' || property === '') {
    throw new QueryError('Invalid query filter: a simple expression needs a "property"')
  }
  if (typeof operator !== 'string' || !SIMPLE_OPERATORS.includes(operator)) {
    throw new QueryError(`Invalid query operator ${JSON.stringify(operator)} for property ${property}`)
  }
  if (spec.operators && !spec.operators.includes(operator)) {
    throw new QueryError(`Operator ${operator} is not supported for ${spec.objectType} queries`)
  }
  if (!spec.properties.includes(property)) {
    throw new QueryError(`Invalid query filter: property '${property}' is not a valid filter for ${spec.objectType}`)
  }
  used.add(property)
  const args = asList(expr.argument).map((a) => {
    if (typeof a === 'string') return a
    if (typeof a === 'number' || typeof a === 'boolean') return String(a)
    throw new QueryError(`Invalid argument ${JSON.stringify(a)} for property ${property}: arguments are strings`)
  })
  const want = operator === 'IS_NULL' || operator === 'IS_NOT_NULL' ? 0 : operator === 'BETWEEN' ? 2 : 1
  if (want > 0 && args.length !== want) {
    throw new QueryError(`Operator ${operator} on property ${property} takes ${want} argument(s), got ${args.length}`)
  }
  if (spec.checkArguments) spec.checkArguments(property, args)
  const resolve = spec.resolve ?? ((rec, p) => rec[p])
  const a0 = args[0] ?? ''
  const a1 = args[1] ?? ''
  /** @param {any} rec */
  const get = (rec) => resolve(rec, property)
  switch (operator) {
    case 'EQUALS':
      return (rec) => matchAny(get(rec), (v) => equalsValue(v, a0, property))
    case 'NOT_EQUALS':
      return (rec) => !matchAny(get(rec), (v) => equalsValue(v, a0, property))
    case 'LIKE': {
      const re = likeToRegExp(a0)
      return (rec) => matchAny(get(rec), (v) => v !== undefined && v !== null && re.test(String(v)))
    }
    case 'CONTAINS':
      return (rec) => matchAny(get(rec), (v) => v !== undefined && v !== null && String(v).includes(a0))
    case 'NOT_CONTAINS':
      return (rec) => !matchAny(get(rec), (v) => v !== undefined && v !== null && String(v).includes(a0))
    case 'IS_NULL':
      return (rec) => isNullish(get(rec))
    case 'IS_NOT_NULL':
      return (rec) => !isNullish(get(rec))
    case 'GREATER_THAN':
      return (rec) => compareWith(get(rec), a0, property, (c) => c > 0)
    case 'GREATER_THAN_OR_EQUAL':
      return (rec) => compareWith(get(rec), a0, property, (c) => c >= 0)
    case 'LESS_THAN':
      return (rec) => compareWith(get(rec), a0, property, (c) => c < 0)
    case 'LESS_THAN_OR_EQUAL':
      return (rec) => compareWith(get(rec), a0, property, (c) => c <= 0)
    case 'BETWEEN':
      return (rec) =>
        compareWith(get(rec), a0, property, (c) => c >= 0) && compareWith(get(rec), a1, property, (c) => c <= 0)
    default:
      throw new QueryError(`Invalid query operator ${operator}`)
  }
}

/**
 * Applies `test` to a scalar value, or to each element of an array value (e.g. Atom capabilities).
 * @param {unknown} value
 * @param {(v: unknown) => boolean} test
 */
function matchAny(value, test) {
  if (Array.isArray(value)) return value.some(test)
  return test(value)
}

/** @param {unknown} v */
function isNullish(v) {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)
}

/**
 * @param {string} pattern
 * @returns {RegExp}
 */
export function likeToRegExp(pattern) {
  const body = pattern
    .split('%')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${body}$`, 's')
}

/**
 * @param {string} arg
 * @param {string} property
 */
function parseBoolArg(arg, property) {
  const lower = arg.toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  throw new QueryError(`Invalid argument '${arg}' for boolean property ${property}: expected true or false`)
}

const NUMERIC = /^-?\d+(\.\d+)?$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * @param {unknown} value
 * @param {string} arg
 * @param {string} property
 */
function equalsValue(value, arg, property) {
  if (value === undefined || value === null) return false
  if (typeof value === 'boolean') return value === parseBoolArg(arg, property)
  const s = String(value)
  if (s === arg) return true
  if (NUMERIC.test(s) && NUMERIC.test(arg)) return Number(s) === Number(arg)
  return false
}

/**
 * @param {unknown} value
 * @param {string} arg
 * @param {string} property
 * @param {(cmp: number) => boolean} ok
 */
function compareWith(value, arg, property, ok) {
  return matchAny(value, (v) => {
    if (v === undefined || v === null || v === '') return false
    if (typeof v === 'boolean') {
      const b = parseBoolArg(arg, property)
      return ok(Number(v) - Number(b))
    }
    const s = String(v)
    if (NUMERIC.test(s) && NUMERIC.test(arg)) return ok(Number(s) - Number(arg))
    if (ISO_DATE.test(s) && ISO_DATE.test(arg)) {
      const a = Date.parse(s)
      const b = Date.parse(arg)
      if (!Number.isNaN(a) && !Number.isNaN(b)) return ok(a - b)
    }
    return ok(s < arg ? -1 : s > arg ? 1 : 0)
  })
}

/**
 * @typedef {Object} TokenEntry
 * @property {string} objectType
 * @property {unknown[]} items    snapshot of the rendered results (taken at /query time)
 * @property {number} offset      index of the first item of the page this token fetches
 * @property {number} createdAt
 */

/**
 * Query tokens for queryMore. Tokens are base64 text that always contains '+', '/' and '=', so a
 * client that form-encodes, URL-encodes or JSON-wraps the token is detected (unknown token → 400).
 * A token may be used more than once (a retried queryMore returns the same page) until it expires.
 */
export class QueryTokenStore {
  /** @param {number} ttlMs */
  constructor(ttlMs) {
    this.ttlMs = ttlMs
    /** @type {Map<string, TokenEntry>} */
    this.tokens = new Map()
  }

  /** @returns {string} */
  newToken() {
    // 0xfb 0xef 0xff encodes to "++//"; 20 bytes give 28 characters ending in one "=".
    const bytes = Buffer.concat([randomBytes(12), Buffer.from([0xfb, 0xef, 0xff]), randomBytes(5)])
    return bytes.toString('base64')
  }

  /**
   * Returns one page of `items` starting at `offset`, and a token for the rest if more remain.
   * @param {string} objectType
   * @param {unknown[]} items
   * @param {number} offset
   * @param {number} pageSize
   * @returns {{ page: unknown[], token?: string }}
   */
  page(objectType, items, offset, pageSize) {
    const page = items.slice(offset, offset + pageSize)
    if (offset + pageSize >= items.length) return { page }
    const token = this.newToken()
    this.tokens.set(token, { objectType, items, offset: offset + pageSize, createdAt: Date.now() })
    return { page, token }
  }

  /**
   * @param {string} token
   * @param {string} objectType
   * @returns {TokenEntry}
   */
  lookup(token, objectType) {
    const entry = this.tokens.get(token)
    if (!entry) throw new QueryError('Invalid or expired query token')
    if (Date.now() - entry.createdAt > this.ttlMs) {
      this.tokens.delete(token)
      throw new QueryError('Invalid or expired query token')
    }
    if (entry.objectType !== objectType) {
      throw new QueryError(`The query token belongs to a ${entry.objectType} query, not ${objectType}`)
    }
    return entry
  }

  /** Forgets every token (simulates expiry). */
  expireAll() {
    this.tokens.clear()
  }
}
