// A Boomi schedule in words for the job summary. Correct over clever: anything without a plain
// reading is shown in Boomi's own notation rather than guessed at.
import { commonStep, FIELD_NAMES, runs, scheduleValues, type BoomiSchedule, type ScheduleValues } from './schedule-fields.js'

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
  return describeSeveralPerHour(minutes, hours) ?? literal
}

function describeOncePerHour(minute: number, hours: number[]): string | undefined {
  if (hours.length === 24) return `every hour at :${pad(minute)}`
  if (hours.length <= MAX_LISTED) return joinWords(hours.map((h) => clock(h, minute)))
  const range = `from ${clock(hours[0]!, minute)} to ${clock(hours[hours.length - 1]!, minute)}`
  if (isRun(hours)) return `every hour ${range}`
  const step = commonStep(hours)
  return step ? `every ${step} hours ${range}` : undefined
}

function describeSeveralPerHour(minutes: number[], hours: number[]): string | undefined {
  const firstTime = clock(hours[0]!, minutes[0]!)
  const lastTime = clock(hours[hours.length - 1]!, minutes[minutes.length - 1]!)
  const every = everyNMinutes(minutes)
  if (every && hours.length === 24) return every
  if (every && isRun(hours)) return `${every} from ${firstTime} to ${lastTime}`
  if (minutes.length > MAX_LISTED) return undefined
  const past = `at ${joinWords(minutes.map((m) => `:${pad(m)}`))} past`
  if (hours.length === 24) return `${past} every hour`
  if (isRun(hours)) return `${past} each hour from ${firstTime} to ${lastTime}`
  if (minutes.length * hours.length <= MAX_LISTED) {
    return joinWords(hours.flatMap((h) => minutes.map((m) => clock(h, m))))
  }
  return undefined
}

/** "every minute" / "every 15 minutes" when the minutes tick evenly through every hour. */
function everyNMinutes(minutes: number[]): string | undefined {
  if (minutes.length === 60) return 'every minute'
  const step = commonStep(minutes)
  if (step && minutes[0] === 0 && 60 % step === 0 && minutes.length === 60 / step) return `every ${step} minutes`
  return undefined
}

function describeDays(values: ScheduleValues, schedule: BoomiSchedule): string {
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
