// Shared set-up for end-to-end runs: a fresh fake Boomi per test and the inputs a workflow
// step would pass.
import { checkTraffic } from '../contract/openapi.mjs'
import { startFakeBoomi as startFake } from '../fake-boomi/server.mjs'
import { IDS, sampleAccount } from '../fake-boomi/sample-account.mjs'
import { runAction } from '../helpers/run-action.mjs'

export { IDS, runAction, sampleAccount }

const started: Fake[] = []

/** A fake Boomi whose whole traffic is held to the OpenAPI document after the test (the contract test). */
export async function startFakeBoomi(...args: Parameters<typeof startFake>): Promise<Fake> {
  const fake = await startFake(...args)
  started.push(fake)
  return fake
}

// Every request body the action sent and every answer the fake gave must follow Boomi's spec.
afterEach(() => {
  const traffic = started.splice(0).flatMap((fake) => fake.requests)
  expect(checkTraffic(traffic)).toEqual([])
})

export const TOKEN = 'tok-0123456789abcdef'
export type Fake = Awaited<ReturnType<typeof startFake>>
export type Run = Awaited<ReturnType<typeof runAction>>

/**
 * The fake has no rate limit unless a test sets one, and at the action's default of 10 requests/s
 * half of a run is the throttle waiting: runs that are not about rate limits go at the highest rate
 * the input allows. `defaultRate` leaves the input out, as most users do (the resilience runs).
 */
export const FAST_REQUESTS_PER_SECOND = '50'

export function baseInputs(fake: Fake, options: { defaultRate?: boolean } = {}): Record<string, string> {
  return {
    'account-id': IDS.account,
    username: 'ci@acme.example',
    'api-token': TOKEN,
    'base-url': fake.baseUrl,
    ...(options.defaultRate ? {} : { 'max-requests-per-second': FAST_REQUESTS_PER_SECOND })
  }
}

/** Requests that changed, or tried to change, state since `since` (an index into fake.requests). */
export function changesSince(fake: Fake, since: number): number {
  return fake.changingRequests().filter((r) => fake.requests.indexOf(r) >= since).length
}

export function result(run: Run): {
  status: string
  components: { id: string; name: string; packageId: string | null; deploymentId: string | null; package: string; deployment: string; packageVersion: string | null }[]
  [key: string]: unknown
} {
  // Every run sets `result`, and it always parses: a missing or broken one fails the test here.
  if (run.outputs.result === undefined) throw new Error('the run set no result output')
  return JSON.parse(run.outputs.result)
}

/** Everything a user or a later job can see of a run. */
export function visible(run: Run): string {
  return [run.stdout, run.stderr, run.summary, ...Object.values(run.outputs)].join('\n')
}

/** The visible text without the runner's own masking commands, which must carry the secret. */
export function visibleExceptMaskCommands(run: Run): string {
  return visible(run)
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}
