// What a dry run shows of the schedules in place: a schedules file that says what is set now, as
// cron where cron can say it and in Boomi's fields where it cannot, so it can be copied and edited.
import { boomiToCron } from './cron.js'
import type { BoomiSchedule } from './schedule-fields.js'

/** The schedules of one process on one runtime, as read. */
export interface CurrentSchedules {
  process: string
  runtime: string
  schedules: BoomiSchedule[]
  maxRetry?: number
}

type Entry = { schedules: ({ cron: string } | BoomiSchedule)[]; maxRetry?: number; runtimes?: string[] }

/**
 * Process name → its entry. A process whose runtimes hold different schedules gets the set most of
 * them hold, with `runtimes:` naming those; the others are listed in `differs` for a comment.
 */
export function starterSchedules(current: readonly CurrentSchedules[], allRuntimes: readonly string[]): { file: Record<string, Entry>; differs: string[] } {
  const file: Record<string, Entry> = {}
  const differs: string[] = []
  const processes = [...new Set(current.map((c) => c.process))]
  for (const process of processes) {
    const groups = new Map<string, { entry: Entry; runtimes: string[] }>()
    for (const item of current.filter((c) => c.process === process)) {
      const entry: Entry = { schedules: item.schedules.map(asWritten), ...(item.maxRetry !== undefined ? { maxRetry: item.maxRetry } : {}) }
      const key = JSON.stringify(entry)
      const group = groups.get(key) ?? { entry, runtimes: [] }
      group.runtimes.push(item.runtime)
      groups.set(key, group)
    }
    const [main, ...others] = [...groups.values()].sort((a, b) => b.runtimes.length - a.runtimes.length)
    if (!main) continue
    const everywhere = main.runtimes.length === allRuntimes.length
    file[process] = { ...main.entry, ...(everywhere ? {} : { runtimes: main.runtimes }) }
    for (const other of others) differs.push(`${process} on ${other.runtimes.join(', ')}: ${JSON.stringify(other.entry)}`)
  }
  return { file, differs }
}

function asWritten(schedule: BoomiSchedule): { cron: string } | BoomiSchedule {
  const cron = boomiToCron(schedule)
  return cron === undefined ? { ...schedule } : { cron }
}
