// A Boomi process schedule's six fields: their schemas, the field grammar shared by cron and
// Boomi, field text ⇄ values, checks of Boomi's own fields and comparing two schedules.
// Boomi's "Advanced" schedule looks like cron but is not cron: days of week count 1 = Sunday,
// steps are documented only after a range, and there is no L, W, # or ?. Everything is checked
// here, so a schedule Boomi would reject or misread fails the run before any API call.
import { z } from 'zod'

/** A schedule, written as cron or as Boomi's fields, that cannot become a Boomi schedule. */
export class CronError extends Error {
  override name = 'CronError'
}

// Written once: the API schema, the user-facing input schema and the JSON Schema all show these.
const FIELD_HELP = {
  minutes: 'Minutes past the hour, 0-59. Syntax: "*", "5", "0-30", "0,30", "0-59/15" (every 15 minutes).',
  hours: "Hours, 0-23 on a 24-hour clock, in the runtime's time zone. Same syntax as minutes, e.g. \"8-18\".",
  daysOfWeek: 'Days of the week in Boomi numbering: 1 = Sunday, 2 = Monday … 7 = Saturday (not cron numbering). E.g. "2-6" = Monday-Friday.',
  daysOfMonth: 'Days of the month, 1-31, e.g. "1,15".',
  months: 'Months, 1 = January … 12 = December.',
  years: 'Years, e.g. "2026" or "2026-2027".'
} as const

/** One Boomi schedule as the API sends and receives it: six cron-like strings. */
export const boomiScheduleSchema = z.object({
  minutes: z.string().describe(FIELD_HELP.minutes),
  hours: z.string().describe(FIELD_HELP.hours),
  daysOfWeek: z.string().describe(FIELD_HELP.daysOfWeek),
  daysOfMonth: z.string().describe(FIELD_HELP.daysOfMonth),
  months: z.string().describe(FIELD_HELP.months),
  years: z.string().describe(FIELD_HELP.years)
})

export type BoomiSchedule = z.infer<typeof boomiScheduleSchema>
export type FieldName = keyof BoomiSchedule

export const FIELD_NAMES = Object.keys(boomiScheduleSchema.shape) as FieldName[]

const FIELD_TYPE_MESSAGE = 'must be a string such as "0-59/15", or a whole number'

// YAML turns `minutes: 0` into a number; a schedule field is text, so numbers are taken as written.
function fieldInput(help: string) {
  return z
    .union([z.string().trim(), z.int().min(0, FIELD_TYPE_MESSAGE).max(9999, FIELD_TYPE_MESSAGE)], {
      error: (issue) =>
        issue.input === undefined
          ? 'is required (minutes and hours must be given; the other fields default to "*")'
          : FIELD_TYPE_MESSAGE
    })
    .describe(help)
}

/**
 * A schedule written in Boomi's own fields, as users put it in a file: minutes and hours are
 * required (a default there would silently run every minute or every hour), the rest default to "*".
 */
export const boomiScheduleInputSchema = z.strictObject(
  {
    minutes: fieldInput(FIELD_HELP.minutes).transform(String),
    hours: fieldInput(FIELD_HELP.hours).transform(String),
    daysOfWeek: fieldInput(FIELD_HELP.daysOfWeek).default('*').transform(String),
    daysOfMonth: fieldInput(FIELD_HELP.daysOfMonth).default('*').transform(String),
    months: fieldInput(FIELD_HELP.months).default('*').transform(String),
    years: fieldInput(FIELD_HELP.years).default('*').transform(String)
  },
  {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((key) => `'${key}'`).join(', ')
        return `has unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}; its fields are ${FIELD_NAMES.join(', ')} (or write { cron: "..." } instead)`
      }
      if (issue.code === 'invalid_type') return `must be an object with ${FIELD_NAMES.join(', ')}`
      return undefined
    }
  }
)

// ---------------------------------------------------------------------------------------------
// Field grammar shared by cron and Boomi: lists of `*`, `n`, `a-b`, each optionally `/step`.

export interface FieldSpec {
  /** How messages name the field. */
  label: string
  min: number
  max: number
  /** Upper end of `*` when it differs from the largest value (cron day-of-week: 7 is Sunday again). */
  starMax?: number
  /** Names accepted for values, e.g. JAN = 1 (cron only). */
  names?: readonly string[]
  namesFrom?: number
  /** Explains the numbering when a value is out of range or not a number. */
  hint?: string
}

export interface Syntax {
  /** cron's `*\/n` and `a/n`; Boomi documents a step only after a range `a-b/n`. */
  openSteps: boolean
}

/** A problem inside one field; callers add which expression and field it is. */
export class FieldProblem extends Error {
  constructor(
    message: string,
    /** True for syntax that is valid somewhere (Quartz, cron) but has no Boomi equivalent. */
    readonly unsupported = false
  ) {
    super(message)
  }
}

interface Span {
  start: number
  end: number
  kind: 'star' | 'single' | 'range'
}

/** The field's values, sorted and without duplicates. */
export function parseField(text: string, spec: FieldSpec, syntax: Syntax): number[] {
  if (text === '') throw new FieldProblem('is empty; use "*" for every value')
  if (/\s/.test(text)) throw new FieldProblem(`contains spaces; write lists without them, e.g. '1,2'`)
  const values = new Set<number>()
  for (const item of text.split(',')) {
    for (const value of parseItem(item, spec, syntax)) values.add(value)
  }
  return [...values].sort((a, b) => a - b)
}

function parseItem(item: string, spec: FieldSpec, syntax: Syntax): number[] {
  if (item === '') throw new FieldProblem('has an empty list item: look for ",," or a "," at the start or end')
  const parts = item.split('/')
  if (parts.length > 2) throw new FieldProblem(`'${item}' has more than one '/'`)
  const [base = '', stepText] = parts
  const span = parseSpan(base, spec)
  if (stepText === undefined) return enumerate(span.start, span.end, 1)
  const step = parseStep(stepText, item)
  const stepped = spanForStep(span, spec, syntax, item, step)
  if (step > stepped.end - stepped.start) {
    throw new FieldProblem(
      `step ${step} in '${item}' is larger than the range ${stepped.start}-${stepped.end} it steps through, so only ${stepped.start} would match; write '${stepped.start}' if that is what you mean`
    )
  }
  return enumerate(stepped.start, stepped.end, step)
}

function parseSpan(base: string, spec: FieldSpec): Span {
  if (base === '*') return { start: spec.min, end: spec.starMax ?? spec.max, kind: 'star' }
  if (!base.includes('-')) {
    const value = parseValue(base, spec)
    return { start: value, end: value, kind: 'single' }
  }
  const bounds = base.split('-')
  const [from, to] = bounds
  if (bounds.length !== 2 || !from || !to) {
    throw new FieldProblem(`'${base}' is not a range; write 'a-b' with two values (negative numbers are not allowed)`)
  }
  const start = parseValue(from, spec)
  const end = endOfRange(start, parseValue(to, spec), spec)
  if (start > end) throw new FieldProblem(reversedRangeMessage(base, start, end, spec))
  return { start, end, kind: 'range' }
}

// "FRI-SUN" reads Sunday as 0, which would make the range run backwards; at the end of a
// day-of-week range Sunday can only mean 7.
function endOfRange(start: number, end: number, spec: FieldSpec): number {
  return hasSundayTwice(spec) && end === spec.min && start > end ? spec.max : end
}

/** cron's day-of-week, where 0 and 7 both mean Sunday. */
function hasSundayTwice(spec: FieldSpec): boolean {
  return spec.starMax !== undefined && spec.starMax < spec.max
}

// Ranges never wrap in cron or Boomi ("22-2" is an error, not "22:00 to 02:00"); say how to write it.
function reversedRangeMessage(base: string, start: number, end: number, spec: FieldSpec): string {
  const top = spec.starMax ?? spec.max
  const upper = start >= top ? `${start}` : `${start}-${top}`
  const lower = end === spec.min ? `${end}` : `${spec.min}-${end}`
  return `range '${base}' is reversed (${start} > ${end}); ranges do not wrap around, write '${upper},${lower}'`
}

function parseValue(token: string, spec: FieldSpec): number {
  if (/^\d+$/.test(token)) {
    const value = Number(token)
    if (value < spec.min || value > spec.max) {
      throw new FieldProblem(`${value} is out of range ${spec.min}-${spec.max}${spec.hint ? ` (${spec.hint})` : ''}`)
    }
    return value
  }
  const named = spec.names?.indexOf(token.toUpperCase()) ?? -1
  if (named >= 0) return named + (spec.namesFrom ?? 0)
  const unsupported = unsupportedSyntax(token, spec)
  if (unsupported) throw new FieldProblem(unsupported, true)
  const names = spec.names ? ` or a name ${spec.names[0]}-${spec.names[spec.names.length - 1]}` : ''
  throw new FieldProblem(`'${token}' is not a number${names}${spec.hint ? ` (${spec.hint})` : ''}`)
}

/** Quartz/cron extensions Boomi has no equivalent for, explained instead of "not a number". */
function unsupportedSyntax(token: string, spec: FieldSpec): string | undefined {
  // L, W, # and ? exist only in the day fields; elsewhere "not a number" is the better message.
  if (!/day/i.test(spec.label)) return undefined
  const upper = token.toUpperCase()
  const where = `in ${spec.label}`
  const cannot = 'which Boomi schedules cannot express'
  if (upper.includes('?')) return `'?' ${where} (Quartz's "no specific value"); write '*' instead`
  if (upper.includes('#')) {
    return `'#' ${where} ('${token}' = nth weekday of the month), ${cannot}; schedule that weekday and let the process check the date`
  }
  if (upper.endsWith('W')) return `'W' ${where} ('${token}' = nearest weekday), ${cannot}`
  if (upper === 'L' || upper.endsWith('L')) {
    return /week/i.test(spec.label)
      ? `'L' ${where} ('${token}' = last given weekday of the month), ${cannot}; schedule that weekday and let the process check the date`
      : `'L' ${where} (last day of the month), ${cannot}; a common workaround is days 28-31 with a check in the process that tomorrow is the 1st`
  }
  return undefined
}

function parseStep(stepText: string, item: string): number {
  if (!/^\d+$/.test(stepText)) throw new FieldProblem(`step '${stepText}' in '${item}' is not a whole number`)
  const step = Number(stepText)
  if (step === 0) throw new FieldProblem(`step 0 in '${item}' never advances; use 1 or more`)
  return step
}

function spanForStep(span: Span, spec: FieldSpec, syntax: Syntax, item: string, step: number): Span {
  if (span.kind === 'range') return span
  if (!syntax.openSteps) {
    const start = span.kind === 'star' ? spec.min : span.start
    throw new FieldProblem(`'${item}': Boomi accepts a step only after a range; write '${start}-${spec.max}/${step}'`)
  }
  if (span.kind === 'star') return span
  // cron's `a/n` runs to the end of the field.
  const top = spec.starMax ?? spec.max
  if (hasSundayTwice(spec) && span.start > 0 && span.start <= top && (spec.max - span.start) % step === 0) {
    // Day-of-week: crontab runs `a/n` up to 7 (Sunday again), other tools stop at 6.
    throw new FieldProblem(
      `'${item}' is ambiguous: crontab reads it as ${span.start}-${spec.max}/${step} (reaching Sunday as ${spec.max}), other tools as ${span.start}-${top}/${step}; write the range you mean`
    )
  }
  return { ...span, end: span.start > top ? spec.max : top }
}

function enumerate(start: number, end: number, step: number): number[] {
  const values: number[] = []
  for (let value = start; value <= end; value += step) values.push(value)
  return values
}

// ---------------------------------------------------------------------------------------------
// Values back to field text

/**
 * Sorted values back to field text, the same text for the same set of values:
 * "*" when all, else the shorter of a stepped range ("0-59/15") and a list with runs ("2-6", "1,6,7").
 */
export function renderValues(values: readonly number[], min: number, max: number): string {
  if (values.length === max - min + 1) return '*'
  const listed = renderRuns(values)
  const stepped = renderStep(values, max)
  return stepped !== undefined && stepped.length < listed.length ? stepped : listed
}

function renderRuns(values: readonly number[]): string {
  return runs(values)
    .map((run) => (run.length >= 3 ? `${run[0]}-${run[run.length - 1]}` : run.join(',')))
    .join(',')
}

function renderStep(values: readonly number[], max: number): string | undefined {
  const step = commonStep(values)
  if (step === undefined || step < 2 || values.length < 3) return undefined
  const first = values[0]!
  const last = values[values.length - 1]!
  // "0-59/15" rather than "0-45/15": the same values, and reads as "all hour, every 15".
  const end = last + step > max ? max : last
  return `${first}-${end}/${step}`
}

/** Consecutive runs, e.g. [1,2,3,5] → [[1,2,3],[5]]. */
export function runs(values: readonly number[], follows = (a: number, b: number) => b === a + 1): number[][] {
  const result: number[][] = []
  for (const value of values) {
    const current = result[result.length - 1]
    const previous = current?.[current.length - 1]
    if (current && previous !== undefined && follows(previous, value)) current.push(value)
    else result.push([value])
  }
  return result
}

/** The gap shared by all neighbours, if there is one. */
export function commonStep(values: readonly number[]): number | undefined {
  const [first, second] = values
  if (first === undefined || second === undefined) return undefined
  const step = second - first
  return values.every((value, i) => i === 0 || value - values[i - 1]! === step) ? step : undefined
}

// ---------------------------------------------------------------------------------------------
// Boomi's own fields

const BOOMI_FIELDS: Record<FieldName, FieldSpec> = {
  minutes: { label: 'minutes', min: 0, max: 59 },
  hours: { label: 'hours', min: 0, max: 23 },
  daysOfWeek: { label: 'daysOfWeek', min: 1, max: 7, hint: 'Boomi counts 1 = Sunday, 2 = Monday … 7 = Saturday' },
  daysOfMonth: { label: 'daysOfMonth', min: 1, max: 31 },
  months: { label: 'months', min: 1, max: 12 },
  // Boomi says only "standard year format"; this keeps typos like 226 or 20266 out.
  years: { label: 'years', min: 1970, max: 2099 }
}

/**
 * A schedule written in Boomi's fields (numbers allowed, missing days/months/years = "*"),
 * checked against Boomi's documented syntax and numbering (daysOfWeek 1 = Sunday … 7 = Saturday).
 * Returns the fields as written, trimmed: the user chose Boomi's own notation.
 */
export function validateBoomiSchedule(raw: unknown): BoomiSchedule {
  const parsed = boomiScheduleInputSchema.safeParse(raw)
  if (!parsed.success) {
    // A misspelt key also leaves a required field missing; the spelling is the useful news.
    const { issues } = parsed.error
    const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!
    const field = issue.path.length > 0 ? `field '${issue.path.map(String).join('.')}' ` : ''
    throw new CronError(`Boomi schedule ${field}${issue.message}`)
  }
  for (const name of FIELD_NAMES) checkBoomiField(name, parsed.data[name])
  return parsed.data
}

function checkBoomiField(name: FieldName, text: string): void {
  try {
    parseField(text, BOOMI_FIELDS[name], { openSteps: false })
  } catch (error) {
    if (!(error instanceof FieldProblem)) throw error
    throw new CronError(`Boomi schedule ${name} '${text}' ${error.unsupported ? 'uses' : 'is invalid:'} ${error.message}`)
  }
}

/** The values each field matches, sorted. */
export type ScheduleValues = Record<FieldName, number[]>

/** Values of every field, or undefined when a field does not parse (e.g. read back from Boomi). */
export function scheduleValues(schedule: BoomiSchedule): ScheduleValues | undefined {
  try {
    // Lenient on steps: this only reads, and `*/15` has one obvious meaning.
    const entries = FIELD_NAMES.map((name) => [name, parseField(schedule[name].trim(), BOOMI_FIELDS[name], { openSteps: true })])
    return Object.fromEntries(entries) as ScheduleValues
  } catch (error) {
    if (error instanceof FieldProblem) return undefined
    throw error
  }
}

/** Whether two schedules fire at the same times, however they are written ("0-59/15" = "0,15,30,45"). */
export function sameSchedule(a: BoomiSchedule, b: BoomiSchedule): boolean {
  const left = scheduleValues(a)
  const right = scheduleValues(b)
  if (!left || !right) return FIELD_NAMES.every((name) => a[name].trim() === b[name].trim())
  return FIELD_NAMES.every((name) => left[name].join(',') === right[name].join(','))
}

/** Whether two schedule lists fire at the same times, in the same order. */
export function sameSchedules(a: readonly BoomiSchedule[], b: readonly BoomiSchedule[]): boolean {
  return a.length === b.length && a.every((s, i) => sameSchedule(s, b[i]!))
}
