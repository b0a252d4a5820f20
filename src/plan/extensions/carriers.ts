// How Boomi's value carriers read (encrypted? on their default?): one reading, shared by observing
// the slots and by building the UPDATE body, so both agree.

/** Fields, process-property values and PGP certificates all carry value + useDefault (+ encryption flags). */
export type ValueCarrier = {
  value?: string | undefined
  useDefault?: boolean | undefined
  usesEncryption?: boolean | undefined
  encryptedValueSet?: boolean | undefined
}

/** What Boomi shows in place of a stored encrypted process-property value (a doc sample): never a value to send back. */
export const HIDDEN_VALUE = '[[HIDDEN]]'

export function isEncrypted(carrier: ValueCarrier): boolean {
  return carrier.usesEncryption === true || carrier.encryptedValueSet === true || carrier.value === HIDDEN_VALUE
}

/** useDefault as read; when Boomi leaves it out, a carrier with nothing stored is on its default. */
export function readsAsDefault(carrier: ValueCarrier): boolean {
  if (carrier.useDefault !== undefined) return carrier.useDefault
  return isEncrypted(carrier) ? carrier.encryptedValueSet !== true : carrier.value === undefined
}
