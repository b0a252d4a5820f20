// One throttle per account, shared by every request of the run (retries included), so
// concurrent work can never exceed the account's rate limit. Boomi documents 10 requests/s
// today and 5/s on older accounts, and answers HTTP 503 above it with no Retry-After.
//
// Two rules hold every send: requests are spaced at least 1/rate apart, and no more than
// `rate` are sent in any sliding second (a late request must not let a later one bunch up
// behind it). The rate starts at the cap; a 503 (or 429) sets it to what really got through
// in the last second and pauses the account briefly. A limit once found stays found for a
// while: probing above it costs a refusal, a pause and a retry each time. Only after a long
// quiet spell does the rate creep back up, for a refusal that was a passing busy moment.

export interface ThrottleOptions {
  /** Upper bound in requests per second (the documented limit, or the user's cap). */
  maxPerSecond: number
  minPerSecond?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

/** Requests are spaced a little wider than 1/rate: network jitter can bunch arrivals. */
const SPACING_MARGIN = 1.03
/** Added to the sliding window for the same reason. */
const WINDOW_MS = 1050
/**
 * After a 503 the whole account pauses this long: requests sent at once would be refused too.
 * Short, because the sliding-window rule at the lowered rate already holds back what must wait.
 */
const PAUSE_AFTER_LIMIT_MS = 500
/** 503s caused by requests sent before the last slow-down say nothing new. */
const DECREASE_COOLDOWN_MS = 1000
/** Growth per second of successful traffic once no 503 has been seen for a while. */
const INCREASE_PER_SECOND = 0.5
const QUIET_AFTER_LIMIT_MS = 20_000

export class AdaptiveThrottle {
  private rate: number
  private readonly sent: number[] = []
  /** When the requests that got through (not refused for the rate) were sent. */
  private passed: number[] = []
  private pausedUntil = 0
  private lastDecrease = Number.NEGATIVE_INFINITY
  private lastIncrease = 0
  private turn: Promise<unknown> = Promise.resolve()
  private readonly max: number
  private readonly min: number
  private readonly now: () => number
  private readonly sleep: (ms: number) => Promise<void>

  constructor(options: ThrottleOptions) {
    this.max = options.maxPerSecond
    this.min = Math.min(options.minPerSecond ?? 0.5, this.max)
    this.rate = this.max
    this.now = options.now ?? (() => performance.now())
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)))
  }

  get requestsPerSecond(): number {
    return this.rate
  }

  /** Waits for this request's turn and answers when it goes. Turns are handed out one at a time, in call order. */
  acquire(): Promise<number> {
    const mine = this.turn.then(() => this.waitForSlot())
    this.turn = mine.catch(() => undefined)
    return mine
  }

  /** A refusal for the rate; `sentAt` is when the refused request went (acquire's answer). */
  onRateLimited(sentAt?: number): void {
    const now = this.now()
    this.pausedUntil = Math.max(this.pausedUntil, now + PAUSE_AFTER_LIMIT_MS)
    if (now - this.lastDecrease < DECREASE_COOLDOWN_MS) return
    this.lastDecrease = now
    // What got through in the last second is the best estimate of the account's limit.
    // Bounded so that one odd second can neither stall the run nor leave the rate unchanged.
    // Counted by send time, up to the refused request: that is the second the limiter judged.
    const end = sentAt ?? now
    const estimate = this.passed.filter((t) => t > end - 1000 && t <= end).length
    const clamped = Math.min(this.rate * 0.9, Math.max(this.rate * 0.5, estimate))
    this.rate = Math.max(this.min, clamped)
  }

  /** An answer that got through; `sentAt` is when its request went (acquire's answer). */
  onSuccess(sentAt?: number): void {
    const now = this.now()
    this.passed.push(sentAt ?? now)
    // Answers come back out of send order: forget old ones now and then, not one by one.
    if (this.passed.length > 64) this.passed = this.passed.filter((t) => t >= now - 2 * WINDOW_MS)
    if (this.rate >= this.max || now - this.lastDecrease < QUIET_AFTER_LIMIT_MS) {
      this.lastIncrease = now
      return
    }
    const seconds = Math.min(1, (now - this.lastIncrease) / 1000)
    this.lastIncrease = now
    this.rate = Math.min(this.max, this.rate + INCREASE_PER_SECOND * seconds)
  }

  private async waitForSlot(): Promise<number> {
    // Re-checked after each sleep: a 503 that arrives meanwhile pauses this request too.
    for (;;) {
      const now = this.now()
      const wait = this.earliestSend() - now
      if (wait <= 0) {
        this.sent.push(now)
        this.forgetBefore(now - 2 * WINDOW_MS)
        return now
      }
      await this.sleep(wait)
    }
  }

  private earliestSend(): number {
    const last = this.sent[this.sent.length - 1]
    const spaced = last === undefined ? 0 : last + (1000 / this.rate) * SPACING_MARGIN
    // k requests per k/rate seconds, k the rate rounded up: never more than ceil(rate) in any second
    // (Boomi's limits are whole numbers), without rounding a rate of 4.5 down to 4 a second.
    const perWindow = Math.max(1, Math.ceil(this.rate - 1e-9))
    const windowStart = this.sent[this.sent.length - perWindow]
    const windowMs = (perWindow / this.rate) * WINDOW_MS
    const windowed = this.sent.length >= perWindow && windowStart !== undefined ? windowStart + windowMs : 0
    return Math.max(spaced, windowed, this.pausedUntil)
  }

  private forgetBefore(time: number): void {
    while (this.sent.length > 0 && this.sent[0]! < time) this.sent.shift()
  }
}
