// The read and apply layers driven in-process against the fake Boomi: a fresh fake per test and a
// client with no throttle wait and no retry delay, so these tests stay fast.
import { BoomiClient } from '../../src/boomi/client.js'
import { startFakeBoomi } from '../fake-boomi/server.mjs'
import { IDS, sampleAccount } from '../fake-boomi/sample-account.mjs'

export { IDS, sampleAccount, startFakeBoomi }
export type Fake = Awaited<ReturnType<typeof startFakeBoomi>>
export type Seed = ReturnType<typeof sampleAccount>
export type FakeOptions = Parameters<typeof startFakeBoomi>[1]

export function fakeClient(fake: Fake): BoomiClient {
  return new BoomiClient({
    baseUrl: fake.baseUrl,
    accountId: IDS.account,
    username: fake.state.username,
    token: fake.state.token,
    maxRequestsPerSecond: 1000,
    // A change that makes a request hang fails in seconds, not after the minute a run allows.
    timeoutMs: 5000,
    retry: { baseDelayMs: 0, maxDelayMs: 0 }
  })
}

/** The requests that reached the fake with this method and path (path after the account). */
export function sent(fake: Fake, method: string, path: string | RegExp): { body: unknown; status: number }[] {
  return fake.requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)))
}

/** Writes of the action's ::add-mask:: commands while `run` runs: what the runner will mask. */
export async function masked<T>(run: () => Promise<T>): Promise<{ value: T; masks: string[] }> {
  const original = process.stdout.write.bind(process.stdout)
  let text = ''
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return original(chunk, ...(rest as []))
  })
  try {
    const value = await run()
    const masks = text
      .split(/\r?\n/)
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length))
    return { value, masks }
  } finally {
    process.stdout.write = original
  }
}

/**
 * A fresh fake per test, closed after it. The returned `start` seeds the sample account, lets the
 * test arrange it, and starts the fake with the given options.
 */
export function fakePerTest(): (arrange?: (seed: Seed) => void, options?: FakeOptions) => Promise<Fake> {
  let current: Fake | undefined
  afterEach(async () => {
    await current?.close()
    current = undefined
  })
  return async (arrange = () => undefined, options = {}) => {
    const seed = sampleAccount()
    arrange(seed)
    current = await startFakeBoomi(seed, options)
    return current
  }
}
