// Reads right after the run's own deploy may not yet see what the deploy made (schedule objects,
// extensible fields). A bounded number of re-reads, spaced out, before concluding it is absent.
import type { BoomiClient } from '../boomi/client.js'

/** Waits before each re-read: about 7 s in all, far below a deploy's own duration. */
export const SETTLE_DELAYS_MS = [1000, 2000, 4000] as const

/** Reads until `complete(value)` holds or the re-reads run out; returns the last read either way. */
export async function readUntilSettled<T>(client: BoomiClient, read: () => Promise<T>, complete: (value: T) => boolean): Promise<T> {
  let value = await read()
  for (const delay of SETTLE_DELAYS_MS) {
    if (complete(value)) return value
    await client.pause(delay)
    value = await read()
  }
  return value
}

/** Runs `attempt` again while it throws `retryable` errors, with the same bounded spacing. */
export async function retryUntilSettled<T>(client: BoomiClient, attempt: () => Promise<T>, retryable: (error: unknown) => boolean): Promise<T> {
  for (const delay of SETTLE_DELAYS_MS) {
    try {
      return await attempt()
    } catch (error) {
      if (!retryable(error)) throw error
      await client.pause(delay)
    }
  }
  return attempt()
}
