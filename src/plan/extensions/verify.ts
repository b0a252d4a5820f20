// The check after the write: the set as read back against the plan's expected state.
import type { EnvironmentExtensions } from '../../boomi/extensions.js'
import type { ExtensionsSection } from '../extensions-file.js'
import type { ExtensionsPlan } from './plan.js'
import { describeState } from './show.js'
import { observeSlots, satisfies } from './slots.js'

export interface ExtensionMismatch {
  section: ExtensionsSection
  component: string
  field: string
  expected: string
  actual: string
}

/**
 * Compares a read after the write with the plan's expected state: every slot, named or not, so an
 * overlay that reset an untouched value is caught. Encrypted slots are compared by their flags.
 */
export function verifyExtensions(after: EnvironmentExtensions, plan: Pick<ExtensionsPlan, 'expected'>): ExtensionMismatch[] {
  const actual = observeSlots(after)
  return plan.expected.flatMap((expected) => {
    const found = actual.get(expected.key)
    if (found && satisfies(expected.state, found.state)) return []
    return [
      {
        section: expected.section,
        component: expected.componentName,
        field: expected.field,
        expected: describeState(expected.state, expected.secret, expected.references),
        actual: found ? describeState(found.state, expected.secret, expected.references) : '(no longer extensible)'
      }
    ]
  })
}
