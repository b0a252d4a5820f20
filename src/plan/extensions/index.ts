// Environment extensions planner: overlays the user's file on the environment's *current* extensions
// and returns the UPDATE body, a change list safe to print, and the secrets to mask.
//
// Why it is careful: Boomi's classic (full) update resets every extensible value left out of the
// request, so a read → change one value → write-back that drops anything wipes production settings.
// In `full` mode the request is therefore the whole set as read with only the named values changed;
// the one thing left out is an encrypted value nobody named, because Boomi never returns those and
// documents them as the exception that keeps its value. In `partial` mode only what changes is sent.
//
// Everything is addressed as a "slot" (one field, process-property value, dynamic property, table or
// certificate) with a key that is the same before and after the write, so planning and the check
// after the write (verifyExtensions) compare the same things the same way. Pure: no I/O.
//
// One job per module: slots (the set as slots; comparing what they hold), carriers (how Boomi
// reads a value), catalogue and resolve (the file's names → slots, with the messages), plan-slot
// (one slot's desired state and change), request (the UPDATE body), show (values without secrets),
// plan (planExtensions) and verify (verifyExtensions).
export { ExtensionsPlanError, planExtensions, type ExtensionsPlan, type PlanExtensionsOptions } from './plan.js'
export type { ChangeAction, ExpectedSlot, ExtensionChange } from './plan-slot.js'
export { REDACTED } from './show.js'
export type { SlotAddress, SlotState } from './slots.js'
export { verifyExtensions, type ExtensionMismatch } from './verify.js'
