// Planning the overlay: observe the current set, resolve the file's names, plan each named slot,
// and build the request only when something changes. Every problem is reported at once.
import type { EnvironmentExtensions, EnvironmentExtensionsUpdate } from '../../boomi/extensions.js'
import { LocatedError, type DataPath, type FileLocation } from '../../config/load-file.js'
import { addProblem } from './catalogue.js'
import type { ExtensionsFile, ExtensionsMode } from '../extensions-file.js'
import { expectedSlot, planSlot, secretsSent, type ExpectedSlot, type ExtensionChange, type PlannedSlot } from './plan-slot.js'
import { buildRequest } from './request.js'
import { resolveFile, type Resolution } from './resolve.js'
import { observeSlots } from './slots.js'

export class ExtensionsPlanError extends LocatedError {
  override name = 'ExtensionsPlanError'
  /** One sentence per problem; all of them are reported at once so one run shows every typo. */
  readonly problems: string[]
  /** Where in the file each problem is, parallel to `problems`. */
  readonly paths: DataPath[]
  constructor(problems: string[], paths: DataPath[] = [], location?: FileLocation) {
    super(problems.join('\n'), location)
    this.problems = problems
    this.paths = paths
  }
}

export interface ExtensionsPlan {
  /** The UPDATE body, or null when the file changes nothing (then nothing is written). */
  request: EnvironmentExtensionsUpdate | null
  /** One entry per value named in the file, in file order. */
  changes: ExtensionChange[]
  /** Every value sent for an encrypted field, literal or not: the caller masks them. */
  secrets: string[]
  /** The whole set as it should read after the write: what verifyExtensions checks. */
  expected: ExpectedSlot[]
}

export interface PlanExtensionsOptions {
  current: EnvironmentExtensions
  file: ExtensionsFile
  mode: ExtensionsMode
  /** For messages only. */
  environmentName: string
  /** The text as written of a value that came from ${VAR}, by its path in the file: it is shown so. */
  shownAs?: (path: DataPath) => string | undefined
}

export function planExtensions(options: PlanExtensionsOptions): ExtensionsPlan {
  const { current, file, mode, environmentName } = options
  const observed = observeSlots(current)
  const resolution: Resolution = { environmentName, problems: [], problemPaths: [], intents: new Map(), shownAs: options.shownAs ?? (() => undefined) }
  resolveFile(resolution, current, file)

  const planned = new Map<string, PlannedSlot>()
  for (const [key, intent] of resolution.intents) {
    const slot = observed.get(key)
    if (!slot) throw new Error(`internal: resolved slot ${key} was not observed`)
    const entry = planSlot(slot, intent.wanted)
    if (mode === 'partial' && entry.change.action === 'reset' && slot.state.kind === 'property') {
      addProblem(
        resolution,
        `${intent.said}: null (reset) needs mode full. Boomi's partial update has no way to reset a dynamic process property; a full update resets it by leaving it out.`,
        intent.path
      )
    }
    planned.set(key, entry)
  }
  if (resolution.problems.length > 0) throw new ExtensionsPlanError(resolution.problems, resolution.problemPaths)

  const changes = [...planned.values()].map((entry) => entry.change)
  const anyChange = changes.some((change) => change.action !== 'unchanged')
  return {
    request: anyChange ? buildRequest(current, { mode, planned }) : null,
    changes,
    secrets: secretsSent(planned),
    expected: [...observed.values()].map((slot) => expectedSlot(slot, planned.get(slot.key)))
  }
}
