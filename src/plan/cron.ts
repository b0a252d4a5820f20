// A 5-field cron expression as Boomi schedule fields. cron counts days of week 0 (or 7) = Sunday,
// Boomi 1 = Sunday, so the days shift; what cron can say and Boomi cannot is refused with the reason.
import { CronError, FieldProblem, parseField, renderValues, scheduleValues, type BoomiSchedule, type FieldSpec } from './schedule-fields.js'

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
 * A Boomi schedule as 5-field cron, or undefined where cron cannot say the same: years limited,
 * both day fields limited (cron would run when either matches), or fields that do not parse.
 */
export function boomiToCron(schedule: BoomiSchedule): string | undefined {
  const values = scheduleValues(schedule)
  if (!values || schedule.years.trim() !== '*') return undefined
  if (values.daysOfMonth.length < 31 && values.daysOfWeek.length < 7) return undefined
  const cronWeekdays = values.daysOfWeek.map((day) => day - 1) // Boomi 1 = Sunday → cron 0
  return [
    renderValues(values.minutes, 0, 59),
    renderValues(values.hours, 0, 23),
    renderValues(values.daysOfMonth, 1, 31),
    renderValues(values.months, 1, 12),
    renderValues(cronWeekdays, 0, 6)
  ].join(' ')
}
