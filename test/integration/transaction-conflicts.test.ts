import { expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { freshDatabaseFile, TEST_ENGINE } from "../support/db-fixture.js";

it("two transactions that each read what the other writes both succeed, and no connection is lost", async () => {
  const file = await freshDatabaseFile();
  const db = await openDatabase(file.url, { poolSize: 2 });
  try {
    const start = { period: "p", status: "running", startedAt: new Date() };
    const rows = [
      await db.client.jobRun.create({ data: { job: "a", ...start } }),
      await db.client.jobRun.create({ data: { job: "b", ...start } }),
    ];
    // Both read both rows, each changes its own, and both try to commit at the same moment: on
    // PostgreSQL the second COMMIT fails (a serialization failure found only at commit) and is re-run.
    let runs = 0;
    let arrived = 0;
    let bothIn = () => {};
    const meet = new Promise<void>((resolve) => (bothIn = resolve));
    const skew = (id: number) =>
      db.transaction(async (tx) => {
        const first = ++runs <= 2;
        const all = await tx.jobRun.findMany({ where: { period: "p" } });
        await tx.jobRun.update({ where: { id }, data: { detail: `saw ${all.length}` } });
        if (first && ++arrived === 2) bothIn();
        if (first) await Promise.race([meet, new Promise((r) => setTimeout(r, 1_000))]);
      });
    await Promise.all(rows.map((r) => skew(r.id)));
    expect(runs).toBe(TEST_ENGINE === "postgresql" ? 3 : 2);
    expect((await db.client.jobRun.findMany()).map((r) => r.detail)).toEqual(["saw 2", "saw 2"]);
    // With a pool of two, a connection lost to the failed COMMIT would leave one for everything else.
    await Promise.all(Array.from({ length: 4 }, () => db.transaction((tx) => tx.jobRun.count())));
  } finally {
    // A lost connection would also keep this waiting forever.
    await Promise.race([
      db.disconnect(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("disconnect hangs: a connection was never released")), 5_000),
      ),
    ]);
    await file.cleanup();
  }
});
