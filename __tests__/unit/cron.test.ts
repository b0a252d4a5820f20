import { boomiToCron, cronToBoomi } from '../../src/plan/cron.js'
import { starterSchedules } from '../../src/plan/schedules-starter.js'
import {
  boomiScheduleSchema,
  CronError,
  sameSchedule,
  validateBoomiSchedule,
  type BoomiSchedule
} from '../../src/plan/schedule-fields.js'
import { describeSchedule } from '../../src/plan/schedule-words.js'

/** A Boomi schedule with every field "*" unless given. */
function boomi(fields: Partial<BoomiSchedule>): BoomiSchedule {
  return { minutes: '*', hours: '*', daysOfWeek: '*', daysOfMonth: '*', months: '*', years: '*', ...fields }
}

function errorOf(action: () => unknown): CronError {
  try {
    action()
  } catch (error) {
    if (error instanceof CronError) return error
    throw error
  }
  throw new Error('expected a CronError, got none')
}

describe('cronToBoomi', () => {
  test.each<[string, Partial<BoomiSchedule>]>([
    ['30 2 * * 1-5', { minutes: '30', hours: '2', daysOfWeek: '2-6' }],
    ['* * * * *', {}],
    ['  30   2\t* *  1-5 ', { minutes: '30', hours: '2', daysOfWeek: '2-6' }],
    // steps
    ['*/15 * * * *', { minutes: '0-59/15' }],
    ['0-30/5 * * * *', { minutes: '0-30/5' }],
    ['5/15 * * * *', { minutes: '5-59/15' }],
    ['*/20 * * * *', { minutes: '0,20,40' }],
    ['*/1 * * * *', {}],
    ['0 */2 * * *', { minutes: '0', hours: '0-23/2' }],
    ['0 8-18/2 * * *', { minutes: '0', hours: '8-18/2' }],
    ['0 0 3-30/3 * *', { minutes: '0', hours: '0', daysOfMonth: '3-31/3' }],
    // lists and ranges
    ['0,30 * * * *', { minutes: '0,30' }],
    ['0 9-17 * * *', { minutes: '0', hours: '9-17' }],
    ['1,2,3,10 * * * *', { minutes: '1-3,10' }],
    ['1,1,2 * * * *', { minutes: '1,2' }],
    ['0-59 0-23 1-31 1-12 *', {}],
    ['0-59 0-23 * 1-12 0-6', {}],
    ['0 0 1,15 * *', { minutes: '0', hours: '0', daysOfMonth: '1,15' }],
    // names
    ['0 0 * JAN-MAR *', { minutes: '0', hours: '0', months: '1-3' }],
    ['0 0 * jan,Jul *', { minutes: '0', hours: '0', months: '1,7' }],
    ['0 0 * DEC *', { minutes: '0', hours: '0', months: '12' }],
    ['0 0 * JAN-DEC/3 *', { minutes: '0', hours: '0', months: '1-12/3' }],
    ['0 0 * * MON-FRI', { minutes: '0', hours: '0', daysOfWeek: '2-6' }],
    ['0 0 * * mon,wed,FRI', { minutes: '0', hours: '0', daysOfWeek: '2,4,6' }],
    ['0 0 * * MON-FRI/2', { minutes: '0', hours: '0', daysOfWeek: '2,4,6' }],
    // macros
    ['@hourly', { minutes: '0' }],
    ['@daily', { minutes: '0', hours: '0' }],
    ['@midnight', { minutes: '0', hours: '0' }],
    ['@weekly', { minutes: '0', hours: '0', daysOfWeek: '1' }],
    ['@monthly', { minutes: '0', hours: '0', daysOfMonth: '1' }],
    ['@yearly', { minutes: '0', hours: '0', daysOfMonth: '1', months: '1' }],
    ['@ANNUALLY', { minutes: '0', hours: '0', daysOfMonth: '1', months: '1' }]
  ])('%s', (expression, expected) => {
    expect(cronToBoomi(expression)).toEqual(boomi(expected))
  })

  // cron 0 or 7 = Sunday, 1 = Monday … 6 = Saturday; Boomi 1 = Sunday … 7 = Saturday.
  test.each([
    ['0', '1'],
    ['7', '1'],
    ['SUN', '1'],
    ['1', '2'],
    ['MON', '2'],
    ['2', '3'],
    ['TUE', '3'],
    ['3', '4'],
    ['WED', '4'],
    ['4', '5'],
    ['THU', '5'],
    ['5', '6'],
    ['FRI', '6'],
    ['6', '7'],
    ['SAT', '7'],
    ['sat', '7']
  ])('day of week %s → Boomi %s', (cronDay, boomiDay) => {
    expect(cronToBoomi(`0 12 * * ${cronDay}`).daysOfWeek).toBe(boomiDay)
  })

  test.each([
    ['5-7', '1,6,7'], // Fri, Sat, Sun: Sunday moves to the front
    ['FRI-SUN', '1,6,7'], // SUN at the end of a range is 7
    ['5-0', '1,6,7'],
    ['6-7', '1,7'],
    ['SAT,SUN', '1,7'],
    ['0,6', '1,7'],
    ['0,7', '1'],
    ['0-6', '*'],
    ['1-7', '*'],
    ['0-7', '*'],
    ['SUN-SAT', '*'],
    ['*', '*'],
    ['*/2', '1-7/2'], // Sun, Tue, Thu, Sat
    ['0-7/2', '1-7/2'],
    ['4-7', '1,5-7'],
    ['3-7', '1,4-7'],
    ['0-2', '1-3'],
    ['1-5', '2-6'],
    ['2/2', '3,5,7']
  ])('day-of-week range %s → Boomi %s', (cronDays, boomiDays) => {
    expect(cronToBoomi(`0 12 * * ${cronDays}`).daysOfWeek).toBe(boomiDays)
  })

  test.each<[string, string[]]>([
    // syntax Boomi has no equivalent for
    ['0 0 L * *', ["cron '0 0 L * *' uses 'L'", 'last day of the month', 'days 28-31']],
    ['0 0 l * *', ["uses 'L'"]],
    ['0 0 * * 5L', ["uses 'L'", 'last given weekday']],
    ['0 0 L-2 * *', ["uses 'L'"]],
    ['0 0 15W * *', ["uses 'W'", 'nearest weekday']],
    ['0 0 LW * *', ["uses 'W'"]],
    ['0 0 * * MON#1', ["uses '#'", 'nth weekday']],
    ['0 0 * * 5#3', ["uses '#'"]],
    ['0 0 ? * MON', ["uses '?'", "write '*' instead"]],
    ['0 0 * * ?', ["uses '?'"]],
    ['@reboot', ["cron '@reboot' uses '@reboot'", 'cannot express']],
    ['@every 5m', ['unknown macro', '@daily']],
    // field counts
    ['0 30 2 * * 1-5', ['has 6 fields', 'no seconds', 'drop it']],
    ['0 30 2 * * ? 2026', ['has 7 fields', "'years'"]],
    ['30 2 * *', ['has 4 fields']],
    ['', ['is empty']],
    ['   ', ['is empty']],
    // out of range
    ['60 * * * *', ["invalid minute '60'", '60 is out of range 0-59']],
    ['0 24 * * *', ["invalid hour '24'", 'out of range 0-23']],
    ['0 0 0 * *', ["invalid day-of-month '0'", 'out of range 1-31']],
    ['0 0 32 * *', ['32 is out of range 1-31']],
    ['0 0 * 0 *', ["invalid month '0'", 'out of range 1-12']],
    ['0 0 * 13 *', ['13 is out of range 1-12']],
    ['0 0 * * 8', ["invalid day-of-week '8'", 'out of range 0-7', '0 or 7 = Sunday']],
    ['0-60 * * * *', ['60 is out of range 0-59']],
    ['-1 * * * *', ["'-1' is not a range", 'negative']],
    // bad steps
    ['*/0 * * * *', ['step 0', 'never advances']],
    ['0-30/0 * * * *', ['step 0']],
    ['*/60 * * * *', ['step 60', 'larger than the range 0-59']],
    ['0-30/31 * * * *', ['step 31', 'larger than the range 0-30']],
    ['0 0 * * */7', ['step 7', 'larger than the range 0-6']],
    ['*/x * * * *', ["step 'x'", 'not a whole number']],
    ['*/1/2 * * * *', ["more than one '/'"]],
    ['0 0 * * 1/2', ['ambiguous', '1-7/2', '1-6/2']],
    // empty list items
    ['1,,2 * * * *', ['empty list item']],
    [',1 * * * *', ['empty list item']],
    ['1, * * * *', ['empty list item']],
    // reversed ranges, with the wrap written out
    ['30-10 * * * *', ["range '30-10' is reversed", "write '30-59,0-10'"]],
    ['0 22-2 * * *', ["write '22-23,0-2'"]],
    ['0 0 * * FRI-MON', ["write '5-6,0-1'"]],
    ['0 0 * DEC-FEB *', ["write '12,1-2'"]],
    ['1-2-3 * * * *', ["'1-2-3' is not a range"]],
    // names where they do not belong
    ['0 MON * * *', ["invalid hour 'MON'", "'MON' is not a number"]],
    ['0 0 * FOO *', ["'FOO' is not a number or a name JAN-DEC"]],
    ['0 0 * * MONDAY', ["'MONDAY' is not a number or a name SUN-SAT"]],
    ['1.5 * * * *', ["'1.5' is not a number"]]
  ])('refuses %j', (expression, fragments) => {
    const error = errorOf(() => cronToBoomi(expression))
    expect(error.name).toBe('CronError')
    expect(error.message).toContain(`cron '${expression}'`)
    for (const fragment of fragments) expect(error.message).toContain(fragment)
  })

  test.each([
    ['0 0 1 * 1', "'0 0 1 * *' and '0 0 * * 1'"],
    ['0 0 1,15 * MON-FRI', "'0 0 1,15 * *' and '0 0 * * MON-FRI'"],
    ['0 0 */2 * 1', "'0 0 */2 * *' and '0 0 * * 1'"],
    // A full range is still a restriction in cron's eyes (it switches to "either" matching).
    ['0 0 1-31 * 1', "'0 0 1-31 * *' and '0 0 * * 1'"],
    ['30 6 1 JAN SUN', "'30 6 1 JAN *' and '30 6 * JAN SUN'"]
  ])('refuses %j (both day fields restricted) and suggests two schedules', (expression, suggestion) => {
    const { message } = errorOf(() => cronToBoomi(expression))
    expect(message).toContain('restricts both day-of-month')
    expect(message).toContain('either matches')
    expect(message).toContain(`Write two schedules instead: ${suggestion}`)
  })

  test('checks the fields before refusing both day fields', () => {
    expect(errorOf(() => cronToBoomi('0 0 32 * 1')).message).toContain('32 is out of range')
  })

  test('output always passes Boomi validation', () => {
    for (const expression of ['*/15 8-18 * * MON-FRI', '0 0 * * 5-7', '0 */3 1-7 * *', '5/10 * * JAN-DEC/2 *']) {
      const schedule = cronToBoomi(expression)
      expect(validateBoomiSchedule(schedule)).toEqual(schedule)
      expect(boomiScheduleSchema.parse(schedule)).toEqual(schedule)
    }
  })
})

describe('validateBoomiSchedule', () => {
  test.each<[unknown, Partial<BoomiSchedule>]>([
    [{ minutes: '0', hours: '12', daysOfWeek: '*', daysOfMonth: '*', months: '*', years: '*' }, { minutes: '0', hours: '12' }],
    [{ minutes: 0, hours: 12 }, { minutes: '0', hours: '12' }],
    [{ minutes: '0-59/15', hours: '8-18', daysOfWeek: '2,3,4,5,6' }, { minutes: '0-59/15', hours: '8-18', daysOfWeek: '2,3,4,5,6' }],
    [{ minutes: '0-10/5', hours: '19-23', daysOfWeek: 7 }, { minutes: '0-10/5', hours: '19-23', daysOfWeek: '7' }],
    [{ minutes: ' 5 ', hours: '1', daysOfMonth: '3-30/3', months: '1,4,7,10', years: 2026 }, { minutes: '5', hours: '1', daysOfMonth: '3-30/3', months: '1,4,7,10', years: '2026' }],
    [{ minutes: '0', hours: '0', years: '2026-2027' }, { minutes: '0', hours: '0', years: '2026-2027' }],
    // Both day fields: Boomi's own notation, so it is passed through as written.
    [{ minutes: '0', hours: '6', daysOfMonth: '1', daysOfWeek: '2' }, { minutes: '0', hours: '6', daysOfMonth: '1', daysOfWeek: '2' }]
  ])('accepts %j', (raw, expected) => {
    expect(validateBoomiSchedule(raw)).toEqual(boomi(expected))
  })

  test.each<[unknown, string[]]>([
    [{ minutes: '0', hours: '1', daysOfWeek: '0' }, ["daysOfWeek '0' is invalid", 'out of range 1-7', '1 = Sunday']],
    [{ minutes: '0', hours: '1', daysOfWeek: '8' }, ['8 is out of range 1-7']],
    [{ minutes: '0', hours: '1', daysOfWeek: 'MON' }, ["'MON' is not a number", '1 = Sunday']],
    [{ minutes: '60', hours: '1' }, ["minutes '60'", 'out of range 0-59']],
    [{ minutes: '0', hours: '24' }, ['out of range 0-23']],
    [{ minutes: '0', hours: '1', daysOfMonth: '0' }, ['out of range 1-31']],
    [{ minutes: '0', hours: '1', months: '13' }, ['out of range 1-12']],
    [{ minutes: '0', hours: '1', months: 'JAN' }, ["'JAN' is not a number"]],
    [{ minutes: '0', hours: '1', years: '26' }, ['out of range 1970-2099']],
    [{ minutes: '*/15', hours: '*' }, ['step only after a range', "write '0-59/15'"]],
    [{ minutes: '5/15', hours: '*' }, ["write '5-59/15'"]],
    [{ minutes: '0-59/0', hours: '*' }, ['step 0']],
    [{ minutes: '0', hours: '22-2' }, ["write '22-23,0-2'"]],
    [{ minutes: '1,,2', hours: '*' }, ['empty list item']],
    [{ minutes: '1, 2', hours: '*' }, ['contains spaces']],
    [{ minutes: '', hours: '*' }, ['is empty']],
    [{ minutes: '0', hours: '0', daysOfMonth: 'L' }, ["uses 'L'"]],
    [{ minutes: '0', hours: '0', daysOfWeek: '?' }, ["uses '?'"]],
    [{ minutes: '0' }, ["field 'hours' is required", 'default to "*"']],
    [{ hours: '0' }, ["field 'minutes' is required"]],
    [{ minute: '0', hours: '0' }, ["has unknown key 'minute'", 'its fields are minutes, hours']],
    [{ minutes: [1], hours: '0' }, ["field 'minutes' must be a string", 'whole number']],
    [{ minutes: 1.5, hours: '0' }, ['whole number']],
    [{ minutes: -1, hours: '0' }, ['whole number']],
    ['0 0 * * *', ['must be an object']],
    [null, ['must be an object']]
  ])('refuses %j', (raw, fragments) => {
    const error = errorOf(() => validateBoomiSchedule(raw))
    expect(error.message).toMatch(/^Boomi schedule /)
    for (const fragment of fragments) expect(error.message).toContain(fragment)
  })
})

describe('describeSchedule', () => {
  test.each<[BoomiSchedule, string]>([
    [cronToBoomi('30 2 * * 1-5'), '02:30, Monday–Friday'],
    [cronToBoomi('0 0 * * *'), '00:00, every day'],
    [cronToBoomi('* * * * *'), 'every minute, every day'],
    [cronToBoomi('*/15 * * * *'), 'every 15 minutes, every day'],
    [cronToBoomi('*/15 8-18 * * MON-FRI'), 'every 15 minutes from 08:00 to 18:45, Monday–Friday'],
    [boomi({ minutes: '0-59/5', hours: '9-17', daysOfWeek: '2-6' }), 'every 5 minutes from 09:00 to 17:55, Monday–Friday'],
    [cronToBoomi('0,30 9-17 * * *'), 'every 30 minutes from 09:00 to 17:30, every day'],
    [cronToBoomi('* 9 * * *'), 'every minute from 09:00 to 09:59, every day'],
    [cronToBoomi('5 * * * *'), 'every hour at :05, every day'],
    [cronToBoomi('5/15 * * * *'), 'at :05, :20, :35 and :50 past every hour, every day'],
    [cronToBoomi('15,45 6,18 * * *'), '06:15, 06:45, 18:15 and 18:45, every day'],
    [cronToBoomi('10,40 8-12 * * *'), 'at :10 and :40 past each hour from 08:10 to 12:40, every day'],
    [cronToBoomi('0,30 6,18 * * *'), '06:00, 06:30, 18:00 and 18:30, every day'],
    [cronToBoomi('5 4,10,15 * * WED'), '04:05, 10:05 and 15:05, Wednesday'],
    [cronToBoomi('0 8-20 * * *'), 'every hour from 08:00 to 20:00, every day'],
    [cronToBoomi('0 */2 * * *'), 'every 2 hours from 00:00 to 22:00, every day'],
    [cronToBoomi('0 0 * * 5-7'), '00:00, Friday–Sunday'],
    [cronToBoomi('0 0 * * SAT,SUN'), '00:00, Saturday and Sunday'],
    [cronToBoomi('0 0 * * MON,WED,FRI'), '00:00, Monday, Wednesday and Friday'],
    [cronToBoomi('0 0 1 * *'), '00:00, day 1 of the month'],
    [cronToBoomi('0 0 1,15,20-25 * *'), '00:00, days 1, 15 and 20–25 of the month'],
    [cronToBoomi('0 0 1 JAN-MAR *'), '00:00, day 1 of the month in January–March'],
    [cronToBoomi('0 12 * 12 *'), '12:00, every day in December'],
    [boomi({ minutes: '0', hours: '6', months: '1,7', years: '2026' }), '06:00, every day in January and July 2026'],
    [boomi({ minutes: '0', hours: '6', daysOfMonth: '1', daysOfWeek: '2' }), '06:00, day 1 of the month combined with Monday'],
    // Too complex for words: Boomi's notation, never a guess.
    [boomi({ minutes: '0-59/15', hours: '6,12,18-20' }), 'minutes 0-59/15 of hours 6,12,18-20, every day'],
    [boomi({ minutes: '0-30/5,45', hours: '*' }), 'minutes 0-30/5,45 of every hour, every day'],
    [boomi({ minutes: '0-59/25', hours: '*' }), 'at :00, :25 and :50 past every hour, every day'],
    [boomi({ minutes: '0', hours: '0', daysOfMonth: '3-30/3' }), '00:00, days of month 3-30/3'],
    // Unreadable input (e.g. read back from Boomi) is shown as it is.
    [boomi({ minutes: 'x', hours: '1' }), "minutes 'x', hours '1', daysOfWeek '*', daysOfMonth '*', months '*', years '*'"]
  ])('%j → %s', (schedule, words) => {
    expect(describeSchedule(schedule)).toBe(words)
  })
})

describe('sameSchedule', () => {
  test.each<[Partial<BoomiSchedule>, Partial<BoomiSchedule>, boolean]>([
    [{ minutes: '0-59/15' }, { minutes: '0,15,30,45' }, true],
    [{ minutes: '0-59/15' }, { minutes: '*/15' }, true],
    [{ daysOfWeek: '1-7' }, { daysOfWeek: '*' }, true],
    [{ daysOfWeek: '2-6' }, { daysOfWeek: '2,3,4,5,6' }, true],
    [{ daysOfWeek: '2-6' }, { daysOfWeek: '2-7' }, false],
    [{ minutes: 'x' }, { minutes: 'x' }, true],
    [{ minutes: 'x' }, { minutes: 'y' }, false]
  ])('%j vs %j → %s', (a, b, same) => {
    expect(sameSchedule(boomi(a), boomi(b))).toBe(same)
  })
})

describe('boomiToCron (a dry run shows current schedules as cron)', () => {
  test.each(['30 2 * * 1-5', '0-59/15 8-18 * * *', '0 0 1 1 *', '5 4 * * 0', '0 12 * * 6,0', '0 0 1,15 * *', '*/10 * * JUN-AUG *'])(
    '%s reads back as the same schedule',
    (expression) => {
      const boomi = cronToBoomi(expression)
      const cron = boomiToCron(boomi)!
      expect(sameSchedule(cronToBoomi(cron), boomi)).toBe(true)
    }
  )

  test('Sunday: Boomi 1 is cron 0', () => {
    expect(boomiToCron({ minutes: '0', hours: '4', daysOfWeek: '1', daysOfMonth: '*', months: '*', years: '*' })).toBe('0 4 * * 0')
  })

  test('what cron cannot say stays in Boomi fields: limited years, both day fields limited, unreadable text', () => {
    expect(boomiToCron({ minutes: '0', hours: '4', daysOfWeek: '*', daysOfMonth: '*', months: '*', years: '2026' })).toBeUndefined()
    expect(boomiToCron({ minutes: '0', hours: '4', daysOfWeek: '2', daysOfMonth: '1', months: '*', years: '*' })).toBeUndefined()
    expect(boomiToCron({ minutes: 'x', hours: '4', daysOfWeek: '*', daysOfMonth: '*', months: '*', years: '*' })).toBeUndefined()
  })

  test('a schedules starter: one entry per process, runtimes only where they differ', () => {
    const nightly = cronToBoomi('30 2 * * 1-5')
    const other = cronToBoomi('0 3 * * *')
    const { file, differs } = starterSchedules(
      [
        { process: 'Nightly', runtime: 'A1', schedules: [nightly], maxRetry: 3 },
        { process: 'Nightly', runtime: 'A2', schedules: [nightly], maxRetry: 3 },
        { process: 'Nightly', runtime: 'A3', schedules: [other] },
        { process: 'Weekly', runtime: 'A1', schedules: [] },
        { process: 'Weekly', runtime: 'A2', schedules: [] },
        { process: 'Weekly', runtime: 'A3', schedules: [] }
      ],
      ['A1', 'A2', 'A3']
    )
    expect(file).toEqual({
      Nightly: { schedules: [{ cron: '30 2 * * 1-5' }], maxRetry: 3, runtimes: ['A1', 'A2'] },
      Weekly: { schedules: [] }
    })
    expect(differs).toEqual(['Nightly on A3: {"schedules":[{"cron":"0 3 * * *"}]}'])
  })
})
