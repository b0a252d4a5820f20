// One throttle per account, shared by every request of the run (retries included), so
// concurrent work can never exceed the account's rate limit. Boomi documents 10 requests/s
// today and 5/s on older accounts, and answers HTTP 503 above it with no Retry-After; so
// the throttle starts at the cap, backs off multiplicatively on a 503 and creeps back up
// additively on success (AIMD), finding either limit without configuration.

export interface ThrottleOptions {
  /** Upper bound in requests per second (the documented limit, or the user's cap). */
  maxPerSecond: number
  minPerSecond?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

/** Requests are spaced a little wider than 1/rate: network jitter can bunch arrivals. */
const SPACING_MARGIN = 1.03
const DECREASE_FACTOR = 0.7
/** After a 503 the whole account pauses this long: everything sent meanwhile would fail too. */
const PAUSE_AFTER_LIMIT_MS = 1000
/** A 503 caused by requests sent before the last slow-down says nothing new. */
const DECREASE_COOLDOWN_MS = 1000
const INCREASE_PER_SUCCESS = 0.05

export class AdaptiveThrottle {
  private rate: number
  private nextSlot = 0
  private lastDecrease = Number.NEGATIVE_INFINITY
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

  /** Waits for this request's slot. Slots are handed out in call order. */
  async acquire(): Promise<void> {
    const now = this.now()
    const slot = Math.max(now, this.nextSlot)
    this.nextSlot = slot + (1000 / this.rate) * SPACING_MARGIN
    if (slot > now) await this.sleep(slot - now)
  }

  onRateLimited(): void {
    const now = this.now()
    this.nextSlot = Math.max(this.nextSlot, now + PAUSE_AFTER_LIMIT_MS)
    if (now - this.lastDecrease < DECREASE_COOLDOWN_MS) return
    this.lastDecrease = now
    this.rate = Math.max(this.min, this.rate * DECREASE_FACTOR)
  }

  onSuccess(): void {
    this.rate = Math.min(this.max, this.rate + INCREASE_PER_SUCCESS)
  }
}
