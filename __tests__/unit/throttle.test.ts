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

test('a 503 sets the rate to what got through, once per burst, and pauses everyone', async () => {
  const clock = fakeClock()
  const throttle = new AdaptiveThrottle({ maxPerSecond: 10, now: clock.now, sleep: clock.sleep })
  for (let i = 0; i < 8; i++) {
    await throttle.acquire()
    // Seven got through; the eighth is the one refused.
    if (i < 7) throttle.onSuccess()
  }
  throttle.onRateLimited()
  throttle.onRateLimited()
  throttle.onRateLimited()
  expect(throttle.requestsPerSecond).toBe(7)
  const limitedAt = clock.time
  await throttle.acquire()
  expect(clock.time - limitedAt).toBeGreaterThanOrEqual(500)
})

test('a limit once found is not probed again soon: a second run of successes keeps the rate', async () => {
  const clock = fakeClock()
  const throttle = new AdaptiveThrottle({ maxPerSecond: 10, now: clock.now, sleep: clock.sleep })
  for (let i = 0; i < 6; i++) {
    await throttle.acquire()
    if (i < 5) throttle.onSuccess()
  }
  throttle.onRateLimited()
  expect(throttle.requestsPerSecond).toBe(5)
  for (let i = 0; i < 50; i++) {
    await throttle.acquire()
    throttle.onSuccess()
  }
  // Ten seconds of successes at the found limit: still at it, no probe above.
  expect(throttle.requestsPerSecond).toBe(5)
  for (let i = 0; i < 150; i++) {
    await throttle.acquire()
    throttle.onSuccess()
  }
  // After a long quiet spell it creeps back up, for a refusal that was a passing busy moment.
  expect(throttle.requestsPerSecond).toBeGreaterThan(5)
})

test('a request already waiting for its slot also honours a pause that starts meanwhile', async () => {
  let now = 0
  const sleeps: number[] = []
  const throttle: AdaptiveThrottle = new AdaptiveThrottle({
    maxPerSecond: 10,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms)
      // While the second request sleeps, the first one's 503 comes back.
      if (sleeps.length === 1) throttle.onRateLimited()
      now += ms
    }
  })
  await throttle.acquire()
  await throttle.acquire()
  expect(now).toBeGreaterThanOrEqual(500)
})

test('never more than rate requests in any sliding second, even when one request is late', async () => {
  const clock = fakeClock()
  const throttle = new AdaptiveThrottle({ maxPerSecond: 10, now: clock.now, sleep: clock.sleep })
  const sends: number[] = []
  for (let i = 0; i < 30; i++) {
    await throttle.acquire()
    sends.push(clock.time)
    if (i === 5) await clock.sleep(40) // the event loop was busy: this one went out late
  }
  for (const t of sends) expect(sends.filter((s) => s > t - 1000 && s <= t).length).toBeLessThanOrEqual(10)
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

test('a rate between whole numbers is not rounded down: 4.5/s is not 4 a second', async () => {
  const clock = fakeClock()
  const throttle = new AdaptiveThrottle({ maxPerSecond: 4.5, now: clock.now, sleep: clock.sleep })
  const sends: number[] = []
  for (let i = 0; i < 10; i++) {
    await throttle.acquire()
    sends.push(clock.time)
  }
  // Ten requests at 4.5/s (with the safety margins) take about 2.1 s; four a second would take 2.3 s.
  expect(clock.time).toBeGreaterThanOrEqual(2000)
  expect(clock.time).toBeLessThan(2200)
  for (const t of sends) expect(sends.filter((s) => s > t - 1000 && s <= t).length).toBeLessThanOrEqual(5)
})
