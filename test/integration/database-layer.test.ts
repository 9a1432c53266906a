/**
 * The database layer under contention, on the engine of this run: nested transactions, work that
 * outlives its transaction, another connection holding the write lock, and (PostgreSQL) two
 * transactions colliding.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, type DbClient, openDatabase } from "../../src/db/client.js";
import { writeAudit } from "../../src/features/audit/audit-repository.js";
import { freshDatabase, TEST_ENGINE } from "../support/db-fixture.js";
import { holdWriteLock } from "../support/db-lock.js";

let db: Database;
let url: string;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ db, url, close } = await freshDatabase());
});
afterEach(() => close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const write = (client: DbClient, entityId: string) =>
  client.auditLog.create({ data: { actor: "test", action: "db.layer", entityType: "test", entityId } });
/** The same write as a raw statement (rawSql; on SQLite run on the transaction's connection directly). */
const writeRaw = (client: DbClient, entityId: string) =>
  writeAudit(client, { actor: "test", action: "db.layer", entityType: "test", entityId }, new Date());
/** Each test that writes through a transaction's client does it both ways. */
const WRITERS: [string, (client: DbClient, entityId: string) => Promise<unknown>][] = [
  ["Prisma", write],
  ["raw statements", writeRaw],
];
const written = async () =>
  (await db.client.auditLog.findMany({ where: { action: "db.layer" }, orderBy: { entityId: "asc" } })).map(
    (r) => r.entityId,
  );

describe("nested transactions", () => {
  it("a transaction inside a transaction joins it: it sees the outer one's writes and commits with it", async () => {
    await db.transaction(async (outer) => {
      await write(outer, "outer");
      const seen = await db.transaction(async (inner) => {
        await write(inner, "inner");
        return inner.auditLog.count({ where: { action: "db.layer" } });
      });
      expect(seen).toBe(2);
    });
    expect(await written()).toEqual(["inner", "outer"]);
  });

  it.each(WRITERS)(
    "and rolls back with it (%s): an error after the inner one leaves neither write",
    async (_how, writeWith) => {
      await expect(
        db.transaction(async (outer) => {
          await writeWith(outer, "outer");
          await db.transaction((inner) => writeWith(inner, "inner"));
          throw new Error("the outer transaction fails");
        }),
      ).rejects.toThrow("the outer transaction fails");
      expect(await written()).toEqual([]);
    },
  );
});

describe("work that outlives its transaction", () => {
  // Not awaited: started as the callback ends, or after a pause, it writes while the next transaction is open.
  it.each([
    ["as the callback ends", () => write(db.client, "detached")],
    ["after a pause", () => sleep(50).then(() => write(db.client, "detached"))],
  ])(
    "a detached write started in a transaction (%s) commits on its own; a later transaction's rollback does not take it away",
    async (_when, start) => {
      let detached: Promise<unknown> | undefined;
      await db.transaction(async (tx) => {
        await write(tx, "first");
        detached = start();
      });
      const later = db.transaction(async (tx) => {
        await write(tx, "later");
        await sleep(200);
        throw new Error("the later transaction fails");
      });
      await expect(later).rejects.toThrow("the later transaction fails");
      await expect(detached).resolves.toMatchObject({ entityId: "detached" });
      expect(await written()).toEqual(["detached", "first"]);
    },
  );

  it.each(WRITERS)(
    "a detached write (%s) through the ended transaction's client fails clearly and writes nothing",
    async (_how, writeWith) => {
      let detached: Promise<unknown> | undefined;
      await db.transaction(async (tx) => {
        detached = sleep(50).then(() => writeWith(tx, "too late"));
      });
      const later = db.transaction(async (tx) => {
        await write(tx, "later");
        await sleep(200);
      });
      await expect(detached).rejects.toThrow(/transaction/i);
      await later;
      expect(await written()).toEqual(["later"]);
    },
  );
});

describe("another connection holds the write lock", () => {
  it("the event loop keeps running; the transaction gives up with 'busy' after its budget; a single statement waits and lands", async () => {
    const lock = await holdWriteLock(url, 2_500);
    let last = Date.now();
    let ticks = 0;
    let longestGap = 0;
    const timer = setInterval(() => {
      ticks++;
      longestGap = Math.max(longestGap, Date.now() - last);
      last = Date.now();
    }, 20);
    try {
      const started = Date.now();
      const statement = write(db.client, "statement").then(() => Date.now() - started);
      const error = await db.transaction((tx) => write(tx, "transaction")).catch((e: unknown) => e);
      const waited = Date.now() - started;
      expect(error).toMatchObject({
        code: "busy",
        userMessage: { ja: expect.stringContaining("何も変更されていません") },
      });
      expect(waited).toBeGreaterThanOrEqual(1_300);
      expect(waited).toBeLessThan(2_400);
      // SQLite's driver waits at most 50 ms at a time; the rest of the wait is timers. A busy test
      // machine adds pauses of its own, hence the margin on the longest gap.
      expect(ticks).toBeGreaterThanOrEqual(waited / 100);
      expect(longestGap).toBeLessThan(250);
      // The statement outlasts the transaction's budget and lands once the lock is gone.
      expect(await statement).toBeGreaterThanOrEqual(2_400);
      await lock.released;
    } finally {
      clearInterval(timer);
    }
    expect(await written()).toEqual(["statement"]);
  });
});

describe.runIf(TEST_ENGINE === "postgresql")("two transactions collide (PostgreSQL)", () => {
  /** Two transactions that each count the rows, wait for the other to have counted, then add the next row. */
  async function collide(database: Database): Promise<number> {
    let attempts = 0;
    let counted: () => void = () => undefined;
    const bothCounted = new Promise<void>((resolve) => {
      let waiting = 2;
      counted = () => --waiting === 0 && resolve();
    });
    const addNext = () =>
      database.transaction(async (tx) => {
        attempts++;
        const n = await tx.auditLog.count({ where: { action: "db.layer" } });
        if (attempts <= 2) {
          counted();
          await bothCounted;
        }
        await write(tx, String(n));
      });
    await Promise.all([addNext(), addNext()]);
    return attempts;
  }

  it("the one that fails to serialize is re-run: both effects land once, and no connection is lost", async () => {
    // Two connections, both in use at every collision: one kept by a failed COMMIT would leave the
    // next round waiting for a connection for ever.
    const small = await openDatabase(url, { poolSize: 2 });
    try {
      for (let round = 0; round < 3; round++) expect(await collide(small)).toBe(3);
    } finally {
      await small.disconnect();
    }
    expect(await written()).toEqual(["0", "1", "2", "3", "4", "5"]);
  });
});
