// The user's schedules file (YAML or JSON): process → schedules, retry count, on/off, runtimes.
// Every cron expression and Boomi field is checked while the file is parsed, so a mistake
// points at its line (the loader adds file:line) and fails the run before any change.
import { z } from 'zod'
import { cronToBoomi } from './cron.js'
import { boomiScheduleInputSchema, CronError, validateBoomiSchedule, type BoomiSchedule } from './schedule-fields.js'

/** Identifies the committed JSON Schema; the loader does not need it, editors and validators do. */
export const SCHEDULES_SCHEMA_ID = 'urn:boomi-deploy:schema:schedules-file:v1'

const PROCESS_KEYS = ['schedules', 'maxRetry', 'enabled', 'runtimes'] as const

function addCronIssue(error: unknown, ctx: z.RefinementCtx): void {
  if (!(error instanceof CronError)) throw error
  ctx.addIssue({ code: 'custom', message: error.message })
}

const cronEntrySchema = z.strictObject(
  {
    cron: z
      .string({ error: 'cron must be a string such as "30 2 * * 1-5" (quote it in YAML)' })
      .describe(
        'Standard 5-field cron: minute hour day-of-month month day-of-week, e.g. "30 2 * * 1-5" (02:30 Monday-Friday). Days of week in cron numbering (0 or 7 = Sunday), names JAN-DEC and SUN-SAT allowed; converted to Boomi fields. No seconds, L, W, # or ?.'
      )
      .superRefine((expression, ctx) => {
        try {
          cronToBoomi(expression)
        } catch (error) {
          addCronIssue(error, ctx)
        }
      })
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `a cron schedule has only the key 'cron', found also ${issue.keys.map((k) => `'${k}'`).join(', ')}; write either { cron: "..." } or Boomi fields, not both`
        : undefined
  }
)

const boomiFieldsEntrySchema = boomiScheduleInputSchema
  .superRefine((schedule, ctx) => {
    try {
      validateBoomiSchedule(schedule)
    } catch (error) {
      addCronIssue(error, ctx)
    }
  })
  .describe('A schedule in Boomi\'s own fields (daysOfWeek 1 = Sunday … 7 = Saturday). minutes and hours are required; the others default to "*".')

// A union's own error says only "Invalid input"; the presence of `cron` tells which form was meant,
// so the message comes from that form (for Boomi fields, from the same check validateBoomiSchedule runs).
function explainScheduleEntry(issue: { input?: unknown; errors?: z.core.$ZodIssue[][] }): string {
  const { input } = issue
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return 'each schedule is either { cron: "30 2 * * 1-5" } or Boomi fields { minutes, hours, daysOfWeek, daysOfMonth, months, years }'
  }
  if ('cron' in input) {
    const cronIssues = issue.errors?.[0] ?? []
    return (cronIssues.find((i) => i.code === 'unrecognized_keys') ?? cronIssues[0])?.message ?? 'invalid cron schedule'
  }
  try {
    validateBoomiSchedule(input)
  } catch (error) {
    if (error instanceof CronError) return error.message
    throw error
  }
  return 'invalid Boomi schedule'
}

const scheduleEntrySchema = z.union([cronEntrySchema, boomiFieldsEntrySchema], { error: explainScheduleEntry })

// `${VAR}` expansion yields strings, so "3" and "false" are accepted next to 3 and false.
const MAX_RETRY_MESSAGE = 'maxRetry must be a whole number from 1 to 5'
const maxRetrySchema = z
  .union([z.int().min(1, MAX_RETRY_MESSAGE).max(5, MAX_RETRY_MESSAGE), z.enum(['1', '2', '3', '4', '5'])], {
    error: MAX_RETRY_MESSAGE
  })
  .transform(Number)
  .describe('How many times Boomi retries a failed run (1-5). Leave out for no retry setting.')

const enabledSchema = z
  .union([z.boolean(), z.enum(['true', 'false'])], { error: 'enabled must be true or false' })
  .transform((value) => value === true || value === 'true')
  .describe('Turn the schedules on (true) or pause them while keeping them (false). Leave out to keep the current state.')

const runtimesSchema = z
  .array(z.string({ error: 'each runtime is a name or ID string' }).trim().min(1, 'a runtime name or ID is empty'), {
    error: 'runtimes must be a list of runtime names or IDs'
  })
  .min(1, 'runtimes is empty: list runtime names or IDs, or leave runtimes out to use every runtime attached to the environment')
  .refine((names) => new Set(names).size === names.length, 'runtimes lists the same runtime twice')
  .describe('Runtimes (names or IDs) to set the schedules on. Default: every runtime attached to the target environment.')

const processSettingsSchema = z
  .strictObject(
    {
      schedules: z
        .array(scheduleEntrySchema, {
          error: (issue) =>
            issue.input === undefined
              ? "schedules is required (check the key's spelling): a list of schedules, or [] to remove all schedules of the process"
              : 'schedules must be a list'
        })
        .describe('The full list of schedules for the process; it replaces what is set in Boomi. [] removes all schedules.'),
      maxRetry: maxRetrySchema.optional(),
      enabled: enabledSchema.optional(),
      runtimes: runtimesSchema.optional()
    },
    {
      error: (issue) => {
        if (issue.code === 'unrecognized_keys') {
          const keys = issue.keys.map((key) => `'${key}'`).join(', ')
          return `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys}; a process takes ${PROCESS_KEYS.join(', ')}`
        }
        if (issue.code === 'invalid_type') {
          return `each process (the key) needs settings: { schedules: [...], maxRetry?, enabled?, runtimes? }`
        }
        return undefined
      }
    }
  )
  .describe('Schedules for one process. The key is the process name or ID.')

/** The schedules file: process name or ID → its schedules. */
export const schedulesFileSchema = z
  .object(
    {
      $schema: z.string().optional().describe('Optional link to this JSON Schema, for editors.')
    },
    { error: 'the schedules file must map process names or IDs to their settings, e.g. "Nightly Orders Sync: { schedules: [...] }"' }
  )
  .catchall(processSettingsSchema)
  .superRefine((file, ctx) => {
    for (const key of Object.keys(file)) {
      if (key.trim() === '') ctx.addIssue({ code: 'custom', message: 'a process name or ID (a key) is empty' })
    }
  })
  .meta({
    $id: SCHEDULES_SCHEMA_ID,
    title: 'boomi-deploy schedules file',
    description:
      'Process schedules for boomi-deploy. Each key is a process name or ID; its value lists the schedules (cron or Boomi fields), and optionally maxRetry, enabled and runtimes. Times are in the runtime\'s time zone.'
  })

export type SchedulesFile = z.infer<typeof schedulesFileSchema>
type ProcessSettings = z.infer<typeof processSettingsSchema>

/** One process's desired schedules, with every schedule in Boomi's fields. */
export type ProcessSchedulePlan = Omit<ProcessSettings, 'schedules'> & { process: string; schedules: BoomiSchedule[] }

/** Converts every cron entry and checks every Boomi-field entry; errors name the process. */
export function normaliseSchedulesFile(data: SchedulesFile): ProcessSchedulePlan[] {
  return Object.entries(data).flatMap(([process, settings]) =>
    process === '$schema' || typeof settings !== 'object' ? [] : [normaliseProcess(process, settings)]
  )
}

function normaliseProcess(process: string, settings: ProcessSettings): ProcessSchedulePlan {
  const { schedules, ...rest } = settings
  try {
    return { process, ...rest, schedules: schedules.map(toBoomiSchedule) }
  } catch (error) {
    if (error instanceof CronError) throw new CronError(`Schedules for process '${process}': ${error.message}`)
    throw error
  }
}

function toBoomiSchedule(entry: ProcessSettings['schedules'][number]): BoomiSchedule {
  return 'cron' in entry ? cronToBoomi(entry.cron) : validateBoomiSchedule(entry)
}

/** JSON Schema of the file for editors; committed as schemas/schedules.schema.json. */
export function schedulesJsonSchema(): Record<string, unknown> {
  // draft-7: the dialect editors' YAML/JSON language servers support best. "input": what users write.
  const { $schema, $id, title, description, ...rest } = z.toJSONSchema(schedulesFileSchema, { target: 'draft-7', io: 'input' })
  // Identity and help first, so the committed file reads top-down.
  return { $schema, $id, title, description, ...rest }
}
