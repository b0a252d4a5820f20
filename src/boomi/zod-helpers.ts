// Boomi's JSON comes from an XML model: one-element lists sometimes arrive as a lone object,
// numbers as strings and booleans as "true"/"false". These normalise that drift at the edge,
// so the rest of the code sees one shape.
import { z } from 'zod'

/** An array that also accepts a lone object (XML origin) and an absent value (empty list). */
export function list<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? (value as unknown[]) : [value]),
    z.array(item)
  )
}

/** A string that may arrive as a number (componentVersion, maxRetry). */
export const looseString = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string())

/** A boolean that may arrive as "true" / "false". */
export const looseBoolean = z.preprocess(
  (value) => (value === 'true' ? true : value === 'false' ? false : value),
  z.boolean()
)

/** An integer that may arrive as a numeric string. */
export const looseInt = z.preprocess(
  (value) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value),
  z.number().int()
)

/**
 * A component revision. ComponentMetadata types it as an integer; a package or deployment's
 * `componentVersion` is an integer in the schema but a string such as "2.0" or "7" in the
 * examples. Read as the integer it names; any other text is an unknown revision (undefined),
 * which the revision checks skip rather than guess.
 */
export const revision = z.preprocess((value) => {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined
  if (typeof value !== 'string') return undefined
  const match = /^\s*(\d+)(?:\.0+)?\s*$/.exec(value)
  return match ? Number(match[1]) : undefined
}, z.number().int().optional())
