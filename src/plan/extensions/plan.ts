// Planning the overlay: observe the current set, resolve the file's names, plan each named slot,
// and build the request only when something changes. Every problem is reported at once.
import type { EnvironmentExtensions, EnvironmentExtensionsUpdate } from '../../boomi/extensions.js'
import type { ExtensionsFile, ExtensionsMode } from '../extensions-file.js'
import { expectedSlot, planSlot, secretsSent, type ExpectedSlot, type ExtensionChange, type PlannedSlot } from './plan-slot.js'
import { buildRequest } from './request.js'
import { resolveFile, type Resolution } from './resolve.js'
import { observeSlots } from './slots.js'

export class ExtensionsPlanError extends Error {
  override name = 'ExtensionsPlanError'
  /** One sentence per problem; all of them are reported at once so one run shows every typo. */
  readonly problems: string[]
  constructor(problems: string[]) {
    super(problems.join('\n'))
    this.problems = problems
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
  /** Values that came from ${VAR}: a plain field holding one is treated as secret in the change list. */
  secretValues?: ReadonlySet<string>
}

export function planExtensions(options: PlanExtensionsOptions): ExtensionsPlan {
  const { current, file, mode, environmentName } = options
  const secretValues = options.secretValues ?? new Set<string>()
  const observed = observeSlots(current)
  const resolution: Resolution = { environmentName, problems: [], intents: new Map() }
  resolveFile(resolution, current, file)

  const planned = new Map<string, PlannedSlot>()
  for (const [key, intent] of resolution.intents) {
    const slot = observed.get(key)
    if (!slot) throw new Error(`internal: resolved slot ${key} was not observed`)
    const entry = planSlot(slot, intent.wanted, secretValues)
    if (mode === 'partial' && entry.change.action === 'reset' && slot.state.kind === 'property') {
      resolution.problems.push(
        `${intent.said}: null (reset) needs mode full. Boomi's partial update has no way to reset a dynamic process property; a full update resets it by leaving it out.`
      )
    }
    planned.set(key, entry)
  }
  if (resolution.problems.length > 0) throw new ExtensionsPlanError(resolution.problems)

  const changes = [...planned.values()].map((entry) => entry.change)
  const anyChange = changes.some((change) => change.action !== 'unchanged')
  return {
    request: anyChange ? buildRequest(current, { mode, planned }) : null,
    changes,
    secrets: secretsSent(planned),
    expected: [...observed.values()].map((slot) => expectedSlot(slot, planned.get(slot.key), secretValues))
  }
}
