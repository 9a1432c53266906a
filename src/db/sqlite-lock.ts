import { Mutex } from "async-mutex";

/**
 * One serialising lock for a SQLite database in this process. The better-sqlite3 adapter runs
 * every query on one connection and only serialises transactions among themselves: a plain query
 * issued while an interactive transaction awaits would run inside it (and be rolled back with it).
 * So plain queries wait for open transactions, and transactions wait for each other.
 *
 * Urgent work (what a person waits on) is granted before background work; within each, first
 * come, first served (async-mutex's priority queue).
 */
export class SqliteLock {
  private readonly mutex = new Mutex();

  async run<T>(fn: () => Promise<T>, urgent = false): Promise<T> {
    const release = await this.mutex.acquire(urgent ? 1 : 0);
    try {
      // The driver answers synchronously, so running the next holder at once would chain every
      // waiting query into one unbroken run of microtasks and starve the HTTP server (acks waited
      // seconds under load). A macrotask turn lets incoming requests be read and acked in between.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return await fn();
    } finally {
      release();
    }
  }

  /** Whether a holder runs now (tests). */
  isLocked(): boolean {
    return this.mutex.isLocked();
  }
}
