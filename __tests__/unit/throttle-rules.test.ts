// The throttle's spacing and sliding window, pinned on a clock that moves only when the
// throttle sleeps. (What a 503 does to the rate is pinned in throttle.test.ts.)
import { AdaptiveThrottle } from '../../src/boomi/throttle.js'

function setUp(options: { maxPerSecond: number; minPerSecond?: number }) {
  let now = 0
  const throttle = new AdaptiveThrottle({
    ...options,
    now: () => now,
    sleep: async (ms) => {
      now += ms
    }
  })
  return {
    throttle,
    at: () => now,
    wait: (ms: number) => {
      now += ms
    },
    /** Acquires `count` slots; the times they were given. */
    sends: async (count: number): Promise<number[]> => {
      const times: number[] = []
      for (let i = 0; i < count; i++) {
        await throttle.acquire()
        times.push(now)
      }
      return times
    }
  }
}

test('spaces requests 3 % wider than 1/rate', async () => {
  const { sends } = setUp({ maxPerSecond: 10 })
  const [first, second] = await sends(2)
  expect(first).toBe(0)
  expect(second).toBeCloseTo(103, 6)
})

test('a window of 1050 ms holds at most rate requests', async () => {
  // At 2/s the spacing alone would allow the third at 1030 ms; the window says 1050.
  const { sends } = setUp({ maxPerSecond: 2 })
  const times = await sends(3)
  expect(times[1]).toBeCloseTo(515, 6)
  expect(times[2]).toBeCloseTo(1050, 6)
})
