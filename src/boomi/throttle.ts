// One throttle per account, shared by every request of the run (retries included), so
// concurrent work can never exceed the account's rate limit. Boomi documents 10 requests/s
// today and 5/s on older accounts, and answers HTTP 503 above it with no Retry-After.
//
// Two rules hold every send: requests are spaced at least 1/rate apart, and no more than
// `rate` are sent in any sliding second (a late request must not let a later one bunch up
// behind it). The rate starts at the cap; a 503 sets it just below what was really sent in
// the last second and pauses the account briefly; it then creeps back up while all is well.

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
/** After a 503 the whole account pauses this long: everything sent meanwhile would fail too. */
const PAUSE_AFTER_LIMIT_MS = 1000
/** 503s caused by requests sent before the last slow-down say nothing new. */
const DECREASE_COOLDOWN_MS = 1000
/** Growth per second of successful traffic once no 503 has been seen for a while. */
const INCREASE_PER_SECOND = 0.5
const QUIET_AFTER_LIMIT_MS = 3000

export class AdaptiveThrottle {
  private rate: number
  private readonly sent: number[] = []
  private pausedUntil = 0
  private lastDecrease = Number.NEGATIVE_INFINITY
  private lastIncrease = 0
  private turn: Promise<void> = Promise.resolve()
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

  /** Waits for this request's turn. Turns are handed out one at a time, in call order. */
  acquire(): Promise<void> {
    const mine = this.turn.then(() => this.waitForSlot())
    this.turn = mine.catch(() => undefined)
    return mine
  }

  onRateLimited(): void {
    const now = this.now()
    this.pausedUntil = Math.max(this.pausedUntil, now + PAUSE_AFTER_LIMIT_MS)
    if (now - this.lastDecrease < DECREASE_COOLDOWN_MS) return
    this.lastDecrease = now
    // What got through in the last second is the best estimate of the account's limit.
    // Bounded so that one odd second can neither stall the run nor leave the rate unchanged.
    const estimate = this.sent.filter((t) => t > now - 1000).length - 1
    const clamped = Math.min(this.rate * 0.9, Math.max(this.rate * 0.5, estimate))
    this.rate = Math.max(this.min, clamped)
  }

  onSuccess(): void {
    const now = this.now()
    if (this.rate >= this.max || now - this.lastDecrease < QUIET_AFTER_LIMIT_MS) {
      this.lastIncrease = now
      return
    }
    const seconds = Math.min(1, (now - this.lastIncrease) / 1000)
    this.lastIncrease = now
    this.rate = Math.min(this.max, this.rate + INCREASE_PER_SECOND * seconds)
  }

  private async waitForSlot(): Promise<void> {
    // Re-checked after each sleep: a 503 that arrives meanwhile pauses this request too.
    for (;;) {
      const now = this.now()
      const wait = this.earliestSend() - now
      if (wait <= 0) {
        this.sent.push(now)
        this.forgetBefore(now - 2 * WINDOW_MS)
        return
      }
      await this.sleep(wait)
    }
  }

  private earliestSend(): number {
    const last = this.sent[this.sent.length - 1]
    const spaced = last === undefined ? 0 : last + (1000 / this.rate) * SPACING_MARGIN
    const perWindow = Math.max(1, Math.floor(this.rate))
    const windowStart = this.sent[this.sent.length - perWindow]
    const windowed = this.sent.length >= perWindow && windowStart !== undefined ? windowStart + WINDOW_MS : 0
    return Math.max(spaced, windowed, this.pausedUntil)
  }

  private forgetBefore(time: number): void {
    while (this.sent.length > 0 && this.sent[0]! < time) this.sent.shift()
  }
}
