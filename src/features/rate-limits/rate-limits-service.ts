import type { Database } from "../../db/client.js";
import { deleteRateWindowsBefore, findRateWindow, saveRateWindow } from "./rate-limits-repository.js";

/**
 * A fixed-window counter per key (address + route): a person correcting a form a few times stays
 * far below the limit; a script posting in a loop gets 429 pages. The counts are in the database,
 * so that app instances behind one load balancer count the same requests (and a restart keeps them).
 */
export class RateLimiter {
  constructor(
    private readonly db: Database,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; resolves to 0 when allowed, else the milliseconds until the window resets. */
  async hit(key: string): Promise<number> {
    const { wait, opened } = await this.db.transaction(async (tx) => {
      const now = this.now();
      const w = await findRateWindow(tx, key);
      if (!w || now - w.windowStart.getTime() >= this.windowMs) {
        await saveRateWindow(tx, key, new Date(now), 1);
        return { wait: 0, opened: now };
      }
      if (w.count >= this.limit) return { wait: w.windowStart.getTime() + this.windowMs - now, opened: null };
      await saveRateWindow(tx, key, w.windowStart, w.count + 1);
      return { wait: 0, opened: null };
    });
    // A new window is the moment to drop the ended ones, outside the count's transaction.
    if (opened !== null) await deleteRateWindowsBefore(this.db.client, new Date(opened - this.windowMs));
    return wait;
  }
}
