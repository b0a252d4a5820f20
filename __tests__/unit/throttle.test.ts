import { AdaptiveThrottle } from '../../src/boomi/throttle.js'

/** A clock that only moves when the throttle sleeps: measures the schedule, not the machine. */
function fakeClock() {
  let now = 0
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms
    },
    get time() {
      return now
    }
  }
}

test('spaces requests at the starting rate', async () => {
  const clock = fakeClock()
  const throttle = new AdaptiveThrottle({ maxPerSecond: 10, now: clock.now, sleep: clock.sleep })
  for (let i = 0; i < 11; i++) await throttle.acquire()
  // 11 requests at 10/s take 1 s (plus the small safety margin), never less.
  expect(clock.time).toBeGreaterThanOrEqual(1000)
  expect(clock.time).toBeLessThan(1100)
})

test('a 503 slows down and pauses; one burst of 503s counts once', () => {
  const clock = fakeClock()
  const throttle = new AdaptiveThrottle({ maxPerSecond: 10, now: clock.now, sleep: clock.sleep })
  throttle.onRateLimited()
  throttle.onRateLimited()
  throttle.onRateLimited()
  expect(throttle.requestsPerSecond).toBeCloseTo(7)
})

test('finds a 5/s account: the rate settles near 5 and recovers gradually', async () => {
  const clock = fakeClock()
  const throttle = new AdaptiveThrottle({ maxPerSecond: 10, now: clock.now, sleep: clock.sleep })
  // Simulate an account that allows 5 requests in any 1 s window.
  const sent: number[] = []
  let limited = 0
  for (let i = 0; i < 200; i++) {
    await throttle.acquire()
    const t = clock.time
    const recent = sent.filter((s) => s > t - 1000).length
    if (recent >= 5) {
      limited++
      throttle.onRateLimited()
    } else {
      sent.push(t)
      throttle.onSuccess()
    }
  }
  const seconds = clock.time / 1000
  const throughput = sent.length / seconds
  expect(limited).toBeLessThan(40)
  expect(throughput).toBeGreaterThan(3.5)
  expect(throughput).toBeLessThanOrEqual(5)
})

test('never exceeds the cap when all goes well', async () => {
  const clock = fakeClock()
  const throttle = new AdaptiveThrottle({ maxPerSecond: 4, now: clock.now, sleep: clock.sleep })
  for (let i = 0; i < 50; i++) {
    await throttle.acquire()
    throttle.onSuccess()
  }
  expect(throttle.requestsPerSecond).toBe(4)
  expect(clock.time).toBeGreaterThanOrEqual(49 * 250)
})
