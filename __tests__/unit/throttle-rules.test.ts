// The throttle's numbers, each pinned on a clock that moves only when the throttle sleeps:
// spacing, the sliding window, the pause after a 503, how far and how often the rate drops,
// and how it climbs back.
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

test('a rate below 1 still lets one request through per window', async () => {
  const { sends } = setUp({ maxPerSecond: 0.5 })
  const times = await sends(2)
  expect(times[1]).toBeCloseTo(2060, 6)
})

test('a 503 pauses every request for one second', async () => {
  const { throttle, sends, wait, at } = setUp({ maxPerSecond: 10 })
  await sends(1)
  wait(500)
  throttle.onRateLimited()
  const [next] = await sends(1)
  expect(next).toBeCloseTo(1500, 6)
  expect(at()).toBeCloseTo(1500, 6)
})

describe('after a 503 the rate', () => {
  test('drops to what got through in the last second, less one, but never below half', async () => {
    const { throttle, sends } = setUp({ maxPerSecond: 10 })
    await sends(8) // 8 within 721 ms
    throttle.onRateLimited()
    expect(throttle.requestsPerSecond).toBe(7)
    const few = setUp({ maxPerSecond: 10 })
    await few.sends(2)
    few.throttle.onRateLimited()
    expect(few.throttle.requestsPerSecond).toBe(5)
  })

  test('drops at least 10 % even when more got through', async () => {
    const { throttle, sends } = setUp({ maxPerSecond: 20 })
    await sends(20)
    throttle.onRateLimited()
    expect(throttle.requestsPerSecond).toBe(18)
  })

  test('counts only the requests of the last second', async () => {
    const { throttle, sends, wait } = setUp({ maxPerSecond: 10 })
    await sends(8)
    wait(1000) // all 8 are older than a second now
    throttle.onRateLimited()
    expect(throttle.requestsPerSecond).toBe(5)
  })

  test('drops once per second of 503s, then again', async () => {
    const { throttle, sends, wait } = setUp({ maxPerSecond: 10 })
    await sends(8)
    throttle.onRateLimited()
    wait(999)
    throttle.onRateLimited()
    expect(throttle.requestsPerSecond).toBe(7)
    wait(1)
    throttle.onRateLimited()
    expect(throttle.requestsPerSecond).toBe(3.5)
  })

  test('never falls below the floor, and the floor never exceeds the cap', () => {
    const { throttle, wait } = setUp({ maxPerSecond: 1 })
    for (let i = 0; i < 5; i++) {
      throttle.onRateLimited()
      wait(1000)
    }
    expect(throttle.requestsPerSecond).toBe(0.5)
    const tiny = setUp({ maxPerSecond: 0.2, minPerSecond: 1 })
    tiny.throttle.onRateLimited()
    expect(tiny.throttle.requestsPerSecond).toBe(0.2)
  })

  test('climbs back 0.5/s per second of success, only after 3 quiet seconds, up to the cap', async () => {
    const { throttle, sends, wait } = setUp({ maxPerSecond: 10 })
    await sends(8)
    throttle.onRateLimited() // 7
    wait(2999)
    throttle.onSuccess()
    expect(throttle.requestsPerSecond).toBe(7)
    wait(1)
    throttle.onSuccess() // 1 ms since the last success: +0.0005
    expect(throttle.requestsPerSecond).toBeCloseTo(7.0005, 6)
    wait(5000)
    throttle.onSuccess() // at most one second counts: +0.5
    expect(throttle.requestsPerSecond).toBeCloseTo(7.5005, 6)
    for (let i = 0; i < 10; i++) {
      wait(1000)
      throttle.onSuccess()
    }
    expect(throttle.requestsPerSecond).toBe(10)
  })
})
