import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadConfigFile } from '../../src/config/load-file.js'
import { CronError } from '../../src/plan/schedule-fields.js'
import {
  normaliseSchedulesFile,
  schedulesFileSchema,
  schedulesJsonSchema,
  type SchedulesFile
} from '../../src/plan/schedules-file.js'

const SCHEMA_PATH = fileURLToPath(new URL('../../schemas/schedules.schema.json', import.meta.url))

describe('schemas/schedules.schema.json', () => {
  // The committed file is what editors load; it must follow the zod schema, never drift from it.
  test('matches the zod schema (UPDATE_SCHEMAS=1 rewrites it)', async () => {
    const generated = `${JSON.stringify(schedulesJsonSchema(), null, 2)}\n`
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(SCHEMA_PATH, generated)
    const committed = existsSync(SCHEMA_PATH) ? readFileSync(SCHEMA_PATH, 'utf8') : '(missing)'
    if (committed !== generated) {
      throw new Error(
        'schemas/schedules.schema.json is out of date. Run: UPDATE_SCHEMAS=1 npm test -- __tests__/unit/schedules-file.test.ts'
      )
    }
  })

  test('carries help for editors', async () => {
    const schema = schedulesJsonSchema()
    expect(schema).toMatchObject({ $id: expect.any(String), title: expect.any(String), description: expect.any(String) })
    expect(JSON.stringify(schema)).toContain('1 = Sunday')
  })
})

describe('schedulesFileSchema + normaliseSchedulesFile', () => {
  function plan(file: unknown) {
    return normaliseSchedulesFile(schedulesFileSchema.parse(file))
  }

  test('the documented example', async () => {
    expect(
      plan({
        'Nightly Orders Sync': {
          schedules: [
            { cron: '30 2 * * 1-5' },
            { minutes: '0', hours: '12', daysOfWeek: '*', daysOfMonth: '*', months: '*', years: '*' }
          ],
          maxRetry: 3,
          enabled: true,
          runtimes: ['TEST Atom']
        }
      })
    ).toEqual([
      {
        process: 'Nightly Orders Sync',
        schedules: [
          { minutes: '30', hours: '2', daysOfWeek: '2-6', daysOfMonth: '*', months: '*', years: '*' },
          { minutes: '0', hours: '12', daysOfWeek: '*', daysOfMonth: '*', months: '*', years: '*' }
        ],
        maxRetry: 3,
        enabled: true,
        runtimes: ['TEST Atom']
      }
    ])
  })

  test('schedules: [] removes schedules; optional settings stay absent', async () => {
    expect(plan({ 'Process A': { schedules: [] } })).toEqual([{ process: 'Process A', schedules: [] }])
  })

  test('numbers in Boomi fields become strings; missing day/month/year fields are "*"', async () => {
    expect(plan({ P: { schedules: [{ minutes: 0, hours: 12, daysOfWeek: 2, years: 2026 }] } })[0]?.schedules).toEqual([
      { minutes: '0', hours: '12', daysOfWeek: '2', daysOfMonth: '*', months: '*', years: '2026' }
    ])
  })

  test('strings from ${VAR} expansion are accepted for maxRetry and enabled', async () => {
    expect(plan({ P: { schedules: [], maxRetry: '2', enabled: 'false' } })).toEqual([
      { process: 'P', schedules: [], maxRetry: 2, enabled: false }
    ])
  })

  test('several processes, in file order; a $schema key is not a process', async () => {
    const result = plan({ $schema: '../schemas/schedules.schema.json', B: { schedules: [] }, A: { schedules: [{ cron: '@daily' }] } })
    expect(result.map((p) => p.process)).toEqual(['B', 'A'])
  })

  test('an empty file means nothing to schedule', async () => {
    expect(plan({})).toEqual([])
  })

  test.each<[string, unknown, string, string[]]>([
    ['cron Boomi cannot express', { P: { schedules: [{ cron: '0 0 L * *' }] } }, 'P.schedules.0.cron', ["cron '0 0 L * *' uses 'L'"]],
    ['both day fields', { P: { schedules: [{ cron: '0 0 1 * MON' }] } }, 'P.schedules.0.cron', ['Write two schedules']],
    ['six fields', { P: { schedules: [{ cron: '0 0 0 * * *' }] } }, 'P.schedules.0.cron', ['has 6 fields']],
    ['cron not a string', { P: { schedules: [{ cron: 5 }] } }, 'P.schedules.0', ['cron must be a string']],
    ['cron next to Boomi fields', { P: { schedules: [{ cron: '0 0 * * *', minutes: '1' }] } }, 'P.schedules.0', ["only the key 'cron'", "'minutes'"]],
    ['misspelt Boomi field', { P: { schedules: [{ minute: 0, hours: 1 }] } }, 'P.schedules.0', ["unknown key 'minute'"]],
    ['Boomi field out of range', { P: { schedules: [{ minutes: 0, hours: 1, daysOfWeek: 0 }] } }, 'P.schedules.0', ["daysOfWeek '0'", '1 = Sunday']],
    ['Boomi field missing', { P: { schedules: [{ minutes: 0 }] } }, 'P.schedules.0', ["field 'hours' is required"]],
    ['schedule as a bare string', { P: { schedules: ['0 0 * * *'] } }, 'P.schedules.0', ['either { cron:']],
    ['schedules missing', { P: { enabled: false } }, 'P.schedules', ['schedules is required', '[] to remove']],
    ['schedules not a list', { P: { schedules: { cron: '0 0 * * *' } } }, 'P.schedules', ['schedules must be a list']],
    ['unknown process key', { P: { schedules: [], max_retry: 2 } }, 'P', ["unknown key 'max_retry'", 'maxRetry']],
    ['process without settings', { P: null }, 'P', ['needs settings']],
    ['process as a string', { P: '0 0 * * *' }, 'P', ['needs settings']],
    ['maxRetry too high', { P: { schedules: [], maxRetry: 6 } }, 'P.maxRetry', ['from 1 to 5']],
    ['maxRetry zero', { P: { schedules: [], maxRetry: 0 } }, 'P.maxRetry', ['from 1 to 5']],
    ['maxRetry not whole', { P: { schedules: [], maxRetry: 2.5 } }, 'P.maxRetry', ['from 1 to 5']],
    ['enabled not boolean', { P: { schedules: [], enabled: 'yes' } }, 'P.enabled', ['true or false']],
    ['runtimes empty', { P: { schedules: [], runtimes: [] } }, 'P.runtimes', ['leave runtimes out']],
    ['runtimes not a list', { P: { schedules: [], runtimes: 'TEST Atom' } }, 'P.runtimes', ['must be a list']],
    ['runtime blank', { P: { schedules: [], runtimes: [' '] } }, 'P.runtimes.0', ['empty']],
    ['runtime twice', { P: { schedules: [], runtimes: ['A', 'A'] } }, 'P.runtimes', ['twice']],
    ['file is a list', [{ P: {} }], '', ['must map process names']],
    ['blank process name', { ' ': { schedules: [] } }, '', ['is empty']]
  ])('refuses: %s', (_, file, path, fragments) => {
    const result = schedulesFileSchema.safeParse(file)
    expect(result.success).toBe(false)
    const issue = result.error!.issues[0]!
    expect(issue.path.join('.')).toBe(path)
    for (const fragment of fragments) expect(issue.message).toContain(fragment)
  })

  test('normalise names the process and the expression (data that skipped the schema)', async () => {
    const unchecked = { 'Nightly Orders Sync': { schedules: [{ cron: '0 0 L * *' }] } } as SchedulesFile
    const error = (() => {
      try {
        normaliseSchedulesFile(unchecked)
      } catch (caught) {
        return caught
      }
      return undefined
    })()
    expect(error).toBeInstanceOf(CronError)
    expect((error as Error).message).toMatch(/^Schedules for process 'Nightly Orders Sync': cron '0 0 L \* \*' uses 'L'/)
  })
})

describe('through the config loader (YAML)', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'schedules-file-'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  function load(yaml: string, env: NodeJS.ProcessEnv = {}) {
    writeFileSync(join(dir, 'schedules.yml'), yaml)
    return loadConfigFile({ input: 'schedules', path: 'schedules.yml', workspace: dir, env, schema: schedulesFileSchema })
  }

  test('the documented example, with a ${VAR} toggle', async () => {
    const { data } = await load(
      [
        'Nightly Orders Sync:          # process name or ID',
        '  schedules:',
        '    - cron: "30 2 * * 1-5"',
        '    - { minutes: 0, hours: 12, daysOfWeek: "*", daysOfMonth: "*", months: "*", years: "*" }',
        '  maxRetry: 3',
        '  enabled: ${SCHEDULES_ON}',
        '  runtimes: [TEST Atom]',
        'Hourly Cleanup:',
        '  schedules: []',
        ''
      ].join('\n'),
      { SCHEDULES_ON: 'false' }
    )
    const [nightly, cleanup] = normaliseSchedulesFile(data)
    expect(nightly).toMatchObject({ process: 'Nightly Orders Sync', enabled: false, maxRetry: 3, runtimes: ['TEST Atom'] })
    expect(nightly?.schedules.map((s) => s.daysOfWeek)).toEqual(['2-6', '*'])
    expect(cleanup).toEqual({ process: 'Hourly Cleanup', schedules: [] })
  })

  test('a bad cron points at its line', async () => {
    await expect(load(['Nightly Orders Sync:', '  schedules:', '    - cron: "0 0 L * *"', ''].join('\n'))).rejects.toThrow(
      "Input 'schedules': schedules.yml:3 at 'Nightly Orders Sync.schedules.0.cron': cron '0 0 L * *' uses 'L'"
    )
  })
})
