// Process schedules: cron → Boomi fields, checks of Boomi's own fields, and plain-English summaries.
// Boomi's "Advanced" schedule looks like cron but is not cron: days of week count 1 = Sunday,
// steps are documented only after a range, and there is no L, W, # or ?. Everything is checked
// here, so a schedule Boomi would reject or misread fails the run before any API call.
import { z } from 'zod'

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
type FieldName = keyof BoomiSchedule

const FIELD_NAMES = Object.keys(boomiScheduleSchema.shape) as FieldName[]

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

interface FieldSpec {
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

interface Syntax {
  /** cron's `*\/n` and `a/n`; Boomi documents a step only after a range `a-b/n`. */
  openSteps: boolean
}

/** A problem inside one field; callers add which expression and field it is. */
class FieldProblem extends Error {
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
function parseField(text: string, spec: FieldSpec, syntax: Syntax): number[] {
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
// cron → Boomi

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] as const
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const

const CRON_MINUTE: FieldSpec = { label: 'minute', min: 0, max: 59 }
const CRON_HOUR: FieldSpec = { label: 'hour', min: 0, max: 23 }
const CRON_DAY_OF_MONTH: FieldSpec = { label: 'day-of-month', min: 1, max: 31 }
const CRON_MONTH: FieldSpec = { label: 'month', min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 }
const CRON_DAY_OF_WEEK: FieldSpec = {
  label: 'day-of-week',
  min: 0,
  max: 7,
  starMax: 6,
  names: DAY_NAMES,
  namesFrom: 0,
  hint: '0 or 7 = Sunday, 1 = Monday … 6 = Saturday'
}

// Unambiguous shorthands; @reboot has no schedule equivalent and is refused.
const CRON_MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *'
}

type CronFields = [minute: string, hour: string, dayOfMonth: string, month: string, dayOfWeek: string]

/** A 5-field cron expression (minute hour day-of-month month day-of-week) as a Boomi schedule. */
export function cronToBoomi(expression: string): BoomiSchedule {
  const fail = (detail: string) => new CronError(`cron '${expression}' ${detail}`)
  const [minute, hour, dayOfMonth, month, dayOfWeek] = splitCron(expression, fail)
  const inField = (text: string, spec: FieldSpec) => parseCronField(text, spec, fail)
  const minutes = inField(minute, CRON_MINUTE)
  const hours = inField(hour, CRON_HOUR)
  const daysOfMonth = inField(dayOfMonth, CRON_DAY_OF_MONTH)
  const months = inField(month, CRON_MONTH)
  const daysOfWeek = inField(dayOfWeek, CRON_DAY_OF_WEEK)
  refuseBothDayFields([minute, hour, dayOfMonth, month, dayOfWeek], fail)
  return {
    minutes: renderValues(minutes, 0, 59),
    hours: renderValues(hours, 0, 23),
    daysOfWeek: renderValues(toBoomiWeekdays(daysOfWeek), 1, 7),
    daysOfMonth: renderValues(daysOfMonth, 1, 31),
    months: renderValues(months, 1, 12),
    years: '*'
  }
}

function splitCron(expression: string, fail: (detail: string) => CronError): CronFields {
  const trimmed = expression.trim()
  if (trimmed === '') throw fail('is empty; expected 5 fields: minute hour day-of-month month day-of-week')
  if (trimmed.startsWith('@')) return splitCron(expandMacro(trimmed, fail), fail)
  const fields = trimmed.split(/\s+/)
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields
  if (fields.length === 5 && minute && hour && dayOfMonth && month && dayOfWeek) {
    return [minute, hour, dayOfMonth, month, dayOfWeek]
  }
  throw fail(wrongFieldCount(fields.length))
}

function expandMacro(macro: string, fail: (detail: string) => CronError): string {
  const expansion = CRON_MACROS[macro.toLowerCase()]
  if (expansion) return expansion
  if (macro.toLowerCase() === '@reboot') {
    throw fail("uses '@reboot' (run at system start), which Boomi schedules cannot express")
  }
  throw fail(`uses an unknown macro; supported: ${Object.keys(CRON_MACROS).join(', ')}, or write the 5 fields`)
}

function wrongFieldCount(count: number): string {
  const expected = 'expected 5 fields: minute hour day-of-month month day-of-week'
  if (count === 6) {
    return `has 6 fields; ${expected}. Boomi schedules have no seconds: if the first field is seconds (Quartz/Spring), drop it`
  }
  if (count === 7) {
    return `has 7 fields (seconds … years, Quartz style); ${expected}. Drop the seconds and the years; to limit years, write the Boomi fields with 'years' instead of cron`
  }
  return `has ${count} field${count === 1 ? '' : 's'}; ${expected}`
}

function parseCronField(text: string, spec: FieldSpec, fail: (detail: string) => CronError): number[] {
  try {
    return parseField(text, spec, { openSteps: true })
  } catch (error) {
    if (!(error instanceof FieldProblem)) throw error
    throw fail(error.unsupported ? `uses ${error.message}` : `has an invalid ${spec.label} '${text}': ${error.message}`)
  }
}

// cron fires when EITHER restricted day field matches; Boomi does not document how it combines
// daysOfMonth and daysOfWeek, so a faithful translation is impossible. Two schedules are exact.
function refuseBothDayFields(fields: CronFields, fail: (detail: string) => CronError): void {
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields
  if (dayOfMonth === '*' || dayOfWeek === '*') return
  const byMonthDay = [minute, hour, dayOfMonth, month, '*'].join(' ')
  const byWeekday = [minute, hour, '*', month, dayOfWeek].join(' ')
  throw fail(
    `restricts both day-of-month ('${dayOfMonth}') and day-of-week ('${dayOfWeek}'). cron runs when either matches, and Boomi does not document how it combines the two, so this form is refused. Write two schedules instead: '${byMonthDay}' and '${byWeekday}'`
  )
}

/** cron 0 or 7 = Sunday, 1 = Monday … → Boomi 1 = Sunday, 2 = Monday … 7 = Saturday. */
function toBoomiWeekdays(cronDays: readonly number[]): number[] {
  const boomi = new Set(cronDays.map((day) => (day % 7) + 1))
  return [...boomi].sort((a, b) => a - b)
}

/**
 * Sorted values back to field text, the same text for the same set of values:
 * "*" when all, else the shorter of a stepped range ("0-59/15") and a list with runs ("2-6", "1,6,7").
 */
function renderValues(values: readonly number[], min: number, max: number): string {
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
function runs(values: readonly number[], follows = (a: number, b: number) => b === a + 1): number[][] {
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
function commonStep(values: readonly number[]): number | undefined {
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

/** Values of every field, or undefined when a field does not parse (e.g. read back from Boomi). */
function scheduleValues(schedule: BoomiSchedule): Record<FieldName, number[]> | undefined {
  try {
    // Lenient on steps: this only reads, and `*/15` has one obvious meaning.
    const entries = FIELD_NAMES.map((name) => [name, parseField(schedule[name].trim(), BOOMI_FIELDS[name], { openSteps: true })])
    return Object.fromEntries(entries) as Record<FieldName, number[]>
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

// ---------------------------------------------------------------------------------------------
// Words for the job summary. Correct over clever: anything without a plain reading is shown
// in Boomi's own notation rather than guessed at.

const WEEKDAY_WORDS = ['', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const
const MONTH_WORDS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const
/** Longest list spelled out before falling back to Boomi's notation. */
const MAX_LISTED = 6

/** e.g. "02:30, Monday–Friday"; "every 15 minutes from 08:00 to 18:45, every day". */
export function describeSchedule(schedule: BoomiSchedule): string {
  const values = scheduleValues(schedule)
  if (!values) return FIELD_NAMES.map((name) => `${name} '${schedule[name]}'`).join(', ')
  return `${describeTimes(values.minutes, values.hours, schedule)}, ${describeDays(values, schedule)}`
}

function describeTimes(minutes: number[], hours: number[], schedule: BoomiSchedule): string {
  const literal = `minutes ${schedule.minutes} of ${hours.length === 24 ? 'every hour' : `hours ${schedule.hours}`}`
  const [minute] = minutes
  if (minutes.length === 1 && minute !== undefined) return describeOncePerHour(minute, hours) ?? literal
  const firstTime = clock(hours[0]!, minutes[0]!)
  const lastTime = clock(hours[hours.length - 1]!, minutes[minutes.length - 1]!)
  const every = everyNMinutes(minutes)
  if (every && hours.length === 24) return every
  if (every && isRun(hours)) return `${every} from ${firstTime} to ${lastTime}`
  if (minutes.length > MAX_LISTED) return literal
  const past = `at ${joinWords(minutes.map((m) => `:${pad(m)}`))} past`
  if (hours.length === 24) return `${past} every hour`
  if (isRun(hours)) return `${past} each hour from ${firstTime} to ${lastTime}`
  if (minutes.length * hours.length <= MAX_LISTED) {
    return joinWords(hours.flatMap((h) => minutes.map((m) => clock(h, m))))
  }
  return literal
}

function describeOncePerHour(minute: number, hours: number[]): string | undefined {
  if (hours.length === 24) return `every hour at :${pad(minute)}`
  if (hours.length <= MAX_LISTED) return joinWords(hours.map((h) => clock(h, minute)))
  const range = `from ${clock(hours[0]!, minute)} to ${clock(hours[hours.length - 1]!, minute)}`
  if (isRun(hours)) return `every hour ${range}`
  const step = commonStep(hours)
  return step ? `every ${step} hours ${range}` : undefined
}

/** "every minute" / "every 15 minutes" when the minutes tick evenly through every hour. */
function everyNMinutes(minutes: number[]): string | undefined {
  if (minutes.length === 60) return 'every minute'
  const step = commonStep(minutes)
  if (step && minutes[0] === 0 && 60 % step === 0 && minutes.length === 60 / step) return `every ${step} minutes`
  return undefined
}

function describeDays(values: Record<FieldName, number[]>, schedule: BoomiSchedule): string {
  const weekdays = values.daysOfWeek.length < 7 ? describeWeekdays(values.daysOfWeek) : undefined
  const monthDays = values.daysOfMonth.length < 31 ? describeMonthDays(values.daysOfMonth, schedule) : undefined
  // "combined with": Boomi does not say whether both must match or either.
  const days = weekdays && monthDays ? `${monthDays} combined with ${weekdays}` : (weekdays ?? monthDays ?? 'every day')
  const when = [
    values.months.length < 12 ? describeList(values.months, (m) => MONTH_WORDS[m] ?? String(m), `months ${schedule.months}`) : undefined,
    schedule.years.trim() !== '*' ? describeList(values.years, String, `years ${schedule.years}`) : undefined
  ].filter((part) => part !== undefined)
  return when.length > 0 ? `${days} in ${when.join(' ')}` : days
}

function describeWeekdays(days: number[]): string {
  // Monday first, so Friday–Sunday and "Saturday and Sunday" read as people say them.
  const mondayFirst = (day: number) => (day + 5) % 7
  const ordered = [...days].sort((a, b) => mondayFirst(a) - mondayFirst(b))
  const name = (day: number) => WEEKDAY_WORDS[day] ?? String(day)
  const segments = runs(ordered, (a, b) => mondayFirst(b) === mondayFirst(a) + 1).flatMap((run) => segment(run, name))
  return joinWords(segments)
}

function describeMonthDays(days: number[], schedule: BoomiSchedule): string {
  const segments = runs(days).flatMap((run) => segment(run, String))
  if (segments.length > MAX_LISTED) return `days of month ${schedule.daysOfMonth}`
  return `${days.length === 1 ? 'day' : 'days'} ${joinWords(segments)} of the month`
}

function describeList(values: number[], name: (value: number) => string, literal: string): string {
  const segments = runs(values).flatMap((run) => segment(run, name))
  return segments.length > MAX_LISTED ? literal : joinWords(segments)
}

/** A run of three or more as "first–last", shorter runs value by value. */
function segment(run: number[], name: (value: number) => string): string[] {
  return run.length >= 3 ? [`${name(run[0]!)}–${name(run[run.length - 1]!)}`] : run.map(name)
}

function isRun(values: readonly number[]): boolean {
  return values.length > 0 && values[values.length - 1]! - values[0]! === values.length - 1
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function clock(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
