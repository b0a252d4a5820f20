// One rule for every write step (packages, deployments, undeploys): after the first failed change
// no new change starts. A failed change is known as soon as its answer is, but the step first looks
// whether it happened after all (a lost answer, a concurrent run): while any failed change is being
// looked into, no new one starts; once one has failed for good, none does.
export class ChangeGate {
  private stopped = false
  private examining = 0
  private waiting: (() => void)[] = []

  stop(): void {
    this.stopped = true
    this.wake()
  }

  async mayStart(): Promise<boolean> {
    while (this.examining > 0 && !this.stopped) await new Promise<void>((resolve) => this.waiting.push(resolve))
    return !this.stopped
  }

  /**
   * Looks into a failed change (did it happen after all?): nothing found stops every later change,
   * unless the caller tries the change again (`retried`: a transient failure is not a failed change yet).
   */
  async examine<T>(look: () => Promise<T | undefined>, retried = false): Promise<T | undefined> {
    // Nothing is held for a failure that will be tried again: under Boomi's rate limit (503) that
    // would hold every change, then release them all at once into the next 503.
    if (retried) return look()
    this.examining++
    try {
      const found = await look()
      if (found === undefined && !retried) this.stopped = true
      return found
    } catch (lookError) {
      this.stopped = true
      throw lookError
    } finally {
      this.examining--
      this.wake()
    }
  }

  private wake(): void {
    const waiting = this.waiting
    this.waiting = []
    for (const resolve of waiting) resolve()
  }
}
