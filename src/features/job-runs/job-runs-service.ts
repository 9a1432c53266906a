import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import type { Logger } from "../../lib/logger.js";
import { findJobRun, finishJobRun, insertJobRun, retakeJobRun } from "./job-runs-repository.js";

/** A run still marked "running" after this long belongs to a process that died; it may be retaken. */
export const ABANDONED_RUN_MS = 15 * 60_000;

export type RunOutcome<T> =
  | { ran: true; result: T }
  | { ran: false; reason: "done" | "running"; detail: string | null };

/**
 * Runs `fn` once for a job's period across restarts and app instances, using the JobRun row
 * (unique job+period) as the claim. A failed or abandoned run is retaken; `force` runs again even
 * when the period is done (operators re-running a job: the outbox keys still keep every message
 * single).
 */
export async function runOncePerPeriod<T extends { summary: string }>(
  deps: { db: Database; clock: Clock; logger: Logger },
  job: string,
  period: string,
  fn: () => Promise<T>,
  opts: { force?: boolean } = {},
): Promise<RunOutcome<T>> {
  const { db, clock, logger } = deps;
  const claimed = await claim();
  if (claimed !== true) return claimed;
  try {
    const result = await fn();
    await finishJobRun(db.client, job, period, "done", clock.now(), result.summary);
    logger.info("job done", { job, period, summary: result.summary });
    return { ran: true, result };
  } catch (error) {
    await finishJobRun(db.client, job, period, "failed", clock.now(), String(error)).catch(() => undefined);
    throw error;
  }

  async function claim(): Promise<true | RunOutcome<T>> {
    const now = clock.now();
    if (await insertJobRun(db.client, job, period, now)) return true;
    const row = await findJobRun(db.client, job, period);
    if (!row) return claim();
    const abandoned = row.status === "running" && now.getTime() - row.startedAt.getTime() > ABANDONED_RUN_MS;
    const retake = row.status === "failed" || abandoned || (opts.force === true && row.status === "done");
    if (!retake) return { ran: false, reason: row.status === "done" ? "done" : "running", detail: row.detail };
    if (await retakeJobRun(db.client, row.id, { status: row.status, startedAt: row.startedAt }, now)) return true;
    return { ran: false, reason: "running", detail: null };
  }
}
