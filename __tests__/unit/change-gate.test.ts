// After the first failed change no new change starts, also while the failure is being looked into.
import { ChangeGate } from '../../src/apply/change-gate.js'

test('a change waiting to start waits while a failure is looked into, then is refused if it failed for good', async () => {
  const gate = new ChangeGate()
  let finishLook: (found: string | undefined) => void = () => undefined
  const examined = gate.examine(() => new Promise<string | undefined>((resolve) => (finishLook = resolve)))
  let answered: boolean | undefined
  const waiting = gate.mayStart().then((may) => (answered = may))
  await new Promise((resolve) => setImmediate(resolve))
  expect(answered).toBeUndefined()
  finishLook(undefined)
  await examined
  await waiting
  expect(answered).toBe(false)
  expect(await gate.mayStart()).toBe(false)
})

test('a failure that happened after all (found), or that will be tried again, lets changes go on', async () => {
  const gate = new ChangeGate()
  expect(await gate.examine(async () => 'made by a lost answer')).toBe('made by a lost answer')
  expect(await gate.mayStart()).toBe(true)
  expect(await gate.examine(async () => undefined, true)).toBeUndefined()
  expect(await gate.mayStart()).toBe(true)
  gate.stop()
  expect(await gate.mayStart()).toBe(false)
})
