import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import {
  countOutboxByStatus,
  findDeadOutbox,
  findOutboxByKey,
  listOutbox,
  requeueDeadOutbox,
} from "./outbox-repository.js";

/**
 * What operators ask of the outbox (`desk outbox`, `desk doctor`, `desk run`): what it holds, and
 * the given-up rows back in the queue. Sending is the dispatcher's.
 */
export class OutboxService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Newest first. */
  list(opts: { status?: string; keyPrefix?: string; limit: number }) {
    return listOutbox(this.db.client, opts);
  }

  /** Puts given-up rows (all, or the one with `key`) back in the queue with fresh attempts; returns how many. */
  retryDead(opts: { key?: string } = {}): Promise<number> {
    return requeueDeadOutbox(this.db.client, this.clock.now(), opts);
  }

  countByStatus(): Promise<Record<string, number>> {
    return countOutboxByStatus(this.db.client);
  }

  /** The latest given-up rows. */
  dead(limit: number) {
    return findDeadOutbox(this.db.client, limit);
  }

  byKey(key: string) {
    return findOutboxByKey(this.db.client, key);
  }
}
