// A dry run's starter files: the environment's extensions as an extensions file, and the current
// schedules of the release's processes as a schedules file (cron where cron can say it). Read-only.
import type { BoomiClient } from '../boomi/client.js'
import type { Environment } from '../boomi/environments.js'
import type { EnvironmentExtensions } from '../boomi/extensions.js'
import { findSchedules } from '../boomi/schedules.js'
import { starterExtensions } from '../plan/extensions/starter.js'
import { starterSchedules, type CurrentSchedules } from '../plan/schedules-starter.js'
import type { StarterFiles } from '../report.js'
import type { Runtime } from './schedules.js'

export async function readStarters(
  client: BoomiClient,
  environment: Environment,
  extensions: EnvironmentExtensions,
  runtimes: readonly Runtime[],
  processes: readonly { componentId: string; componentName: string }[]
): Promise<StarterFiles> {
  // Only dry runs pay for the YAML writer.
  const { stringify } = await import('yaml')
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 })
  const names = new Map(processes.map((p) => [p.componentId, p.componentName]))
  const read =
    runtimes.length > 0 && names.size > 0
      ? await findSchedules(client, runtimes.map((r) => r.id), [...names.keys()])
      : []
  const current: CurrentSchedules[] = read.map((s) => ({
    process: names.get(s.processId) ?? s.processId,
    runtime: runtimes.find((r) => r.id === s.atomId)?.name ?? s.atomId,
    schedules: s.Schedule,
    ...(s.Retry?.maxRetry !== undefined ? { maxRetry: s.Retry.maxRetry } : {})
  }))
  return { extensions: extensionsText(environment, extensions, yaml), schedules: schedulesText(environment, current, runtimes, yaml) }
}

function extensionsText(environment: Environment, extensions: EnvironmentExtensions, yaml: (value: unknown) => string): string {
  const { file, placeholders } = starterExtensions(extensions)
  if (Object.keys(file).length === 0) {
    return `# Nothing is extensible in ${environment.name} yet: a component becomes extensible once a process that\n# lists it in its extensions is deployed there. Deploy once, then run the dry run again.\n`
  }
  const header = [
    `# Environment extensions of ${environment.name} as they are now: everything extensible there.`,
    '# Keep what this environment should have and delete the rest; null keeps the component\'s own value.',
    ...(placeholders.length > 0
      ? [`# Encrypted values are never read back: set them from the step's env (${placeholders.map((p) => `${p}: \${{ secrets.${p} }}`).join(', ')}).`]
      : [])
  ]
  return `${header.join('\n')}\n${yaml(file)}`
}

function schedulesText(environment: Environment, current: CurrentSchedules[], runtimes: readonly Runtime[], yaml: (value: unknown) => string): string {
  if (current.length === 0) {
    return `# No process of this release has schedules in ${environment.name} yet: a process has them once it is deployed there.\n`
  }
  const { file, differs } = starterSchedules(current, runtimes.map((r) => r.name))
  const header = [
    `# Schedules of this release's processes in ${environment.name} as they are now (cron: minute hour day-of-month month day-of-week).`,
    ...differs.map((d) => `# Differs on other runtimes: ${d}`)
  ]
  return `${header.join('\n')}\n${yaml(file)}`
}
