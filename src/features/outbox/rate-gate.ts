/** A budget of calls per sliding window, e.g. 300 per 60 s. */
export type RateLimit = { limit: number; windowMs: number };

/**
 * Keeps each Slack method under its per-minute budget. Slack counts calls in a sliding window, so
 * this does too: a call waits until fewer than `limit` calls were made in the last `windowMs`.
 * Time and sleep are injectable so the waits can be tested without waiting.
 */
export class RateGate {
  private readonly history = new Map<string, number[]>();

  constructor(
    private readonly limits: Readonly<Record<string, RateLimit>>,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** How long a call to `method` made now would have to wait (0 = go). */
  waitFor(method: string): number {
    const rule = this.limits[method];
    if (!rule || rule.limit <= 0) return 0;
    const now = this.now();
    const recent = (this.history.get(method) ?? []).filter((t) => t > now - rule.windowMs);
    this.history.set(method, recent);
    if (recent.length < rule.limit) return 0;
    return recent[recent.length - rule.limit] + rule.windowMs - now;
  }

  /** Waits for a slot and takes it. */
  async take(method: string): Promise<void> {
    for (;;) {
      const wait = this.waitFor(method);
      if (wait <= 0) break;
      await this.sleep(wait);
    }
    if (!this.limits[method]) return;
    const list = this.history.get(method) ?? [];
    list.push(this.now());
    this.history.set(method, list);
  }
}
