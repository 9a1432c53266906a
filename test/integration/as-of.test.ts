/**
 * A digest or report "as of" a moment shows the world of that moment. The 2019 demo is such a world:
 * on 2019/12/02 most cases were still between visits (33 fourth visits held), by 2020/01/20 every
 * case had finished. Each figure is checked against the demo's own facts at that moment.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { openDatabase } from "../../src/db/client.js";
import { seedDemo } from "../../src/features/demo/demo-seed.js";
import { VISITS_BY_WEEK } from "../../src/features/demo/report-2019.js";
import type { ReportTable } from "../../src/features/final-report/final-report.schemas.js";
import { FinalReportService } from "../../src/features/final-report/final-report-service.js";
import { ProgramService } from "../../src/features/program/program-service.js";
import { ManualClock } from "../../src/lib/clock.js";
import { freshDatabaseFile } from "../support/db-fixture.js";

const exec = promisify(execFile);

describe("figures as of a moment (the 2019 demo)", () => {
  let db: Database;
  let url: string;
  let cleanup: () => void;
  const clock = new ManualClock("2020-03-31T10:00:00");

  beforeAll(async () => {
    const file = await freshDatabaseFile();
    url = file.url;
    cleanup = file.cleanup;
    db = await openDatabase(url);
    await seedDemo(db, url, { scale: 1, seed: 2019 });
  });
  afterAll(async () => {
    await db.disconnect();
    await cleanup();
  });

  /** Cases matched / completed / terminated by a moment, from the demo's rows (each has its moment). */
  async function closedBy(at: Date) {
    const [completed, terminated, total] = await Promise.all([
      db.client.case.count({ where: { status: "completed", closedAt: { lte: at } } }),
      db.client.case.count({ where: { status: "terminated", closedAt: { lte: at } } }),
      db.client.case.count({ where: { approvedAt: { lte: at } } }),
    ]);
    return { completed, terminated, total, active: total - completed - terminated };
  }

  async function dryRun(at: string) {
    // The demo sets no channels: the dry run names the secretariat channel from the environment.
    const env = {
      ...process.env,
      DATABASE_URL: url,
      LOG_LEVEL: "error",
      SLACK_BOT_TOKEN: "xoxb-demo",
      SLACK_SIGNING_SECRET: "0123456789abcdef0123",
      SECRETARIAT_CHANNEL_ID: "CDEMOSEC",
    };
    const out = await exec(process.execPath, ["bin/desk.js", "run", "weekly-digest", "--at", at, "--dry-run"], {
      env,
      timeout: 60_000,
    });
    return out.stdout;
  }

  it("`desk run weekly-digest --at 2019-12-02T09:00 --dry-run` counts the cases as they stood that Monday", async () => {
    const at = new Date("2019-12-02T09:00:00+09:00");
    const fourthHeld = await db.client.visit.count({ where: { round: 4, heldOn: { lte: "2019-12-01" } } });
    expect(fourthHeld).toBe(33);
    const then = await closedBy(at);
    // Completed only once the fourth report (or the third, for the case finished in three) was accepted.
    expect(then.completed).toBeGreaterThan(0);
    expect(then.completed).toBeLessThanOrEqual(fourthHeld + 1);

    const out = await dryRun("2019-12-02T09:00");
    const week = VISITS_BY_WEEK.find((w) => w[0] === "2019-12-01")!;
    const weekTotal = week[1] + week[2] + week[3] + week[4];
    const cumulative = VISITS_BY_WEEK.filter((w) => w[0] <= "2019-12-01").reduce(
      (s, w) => s + w[1] + w[2] + w[3] + w[4],
      0,
    );
    const m = /今週の訪問 (\d+)件、累計 (\d+)件、完了見込み (\d+)\/(\d+)件/.exec(out);
    expect(m, out.slice(0, 2000)).not.toBeNull();
    expect(Number(m![1])).toBe(weekTotal);
    expect(Number(m![2])).toBe(cumulative);
    // The forecast counts the cases not terminated by then; not every one is complete yet.
    expect(Number(m![4])).toBe(then.total - then.terminated);
    expect(Number(m![3])).toBeGreaterThanOrEqual(then.completed);
    expect(out).toContain(
      `マッチング済み ${then.total}件（実施中 ${then.active}・完了 ${then.completed}・途中終了 ${then.terminated}）`,
    );
    expect(out).not.toContain(`完了 ${then.total - 3}・`);
  }, 120_000);

  it("the same command for 2020-01-20, when every case had finished, shows them finished", async () => {
    const then = await closedBy(new Date("2020-01-20T09:00:00+09:00"));
    expect(then).toMatchObject({ completed: 379, terminated: 3, active: 0 });
    const out = await dryRun("2020-01-20T09:00");
    expect(out).toContain("マッチング済み 382件（実施中 0・完了 379・途中終了 3）");
    expect(out).toMatch(/完了見込み 379\/379件/);
  }, 120_000);

  describe("desk report --at", () => {
    const reports = () => new FinalReportService(db, clock, new ProgramService(db, clock));
    const col = (t: ReportTable, key: string) => t.columns.findIndex((c) => c.key === key);

    it("cases: statuses and visit dates as of that day; without --at, as of now", async () => {
      const count = (t: ReportTable, status: string) => t.rows.filter((r) => r[col(t, "status")] === status).length;
      const [then] = (await reports().build("cases", { at: "2019-12-01" })).tables;
      const facts = await closedBy(new Date("2019-12-01T23:59:59.999+09:00"));
      expect(count(then, "completed")).toBe(facts.completed);
      expect(count(then, "terminated")).toBe(facts.terminated);
      expect(count(then, "active")).toBe(facts.active);
      expect(then.rows.filter((r) => r[col(then, "visit_4")] !== null)).toHaveLength(33);
      expect(then.rows.every((r) => (r[col(then, "closed_on")] ?? "") <= "2019-12-01")).toBe(true);

      const [now] = (await reports().build("cases")).tables;
      expect(count(now, "completed")).toBe(379);
      expect(count(now, "terminated")).toBe(3);
      expect(now.rows.filter((r) => r[col(now, "visit_4")] !== null)).toHaveLength(378);
    });

    it("honoraria: only lines accepted by then, paid only by the batches recorded by then", async () => {
      const end = new Date("2019-12-01T23:59:59.999+09:00");
      const lines = await db.client.honorariumLine.findMany({
        select: { amountYen: true, paidAt: true, visit: { select: { reports: true } } },
      });
      const accepted = lines.filter((l) =>
        l.visit.reports.some((r) => r.status === "accepted" && r.reviewedAt! <= end),
      );
      const paid = accepted.filter((l) => l.paidAt && l.paidAt <= end).reduce((s, l) => s + l.amountYen, 0);
      const all = accepted.reduce((s, l) => s + l.amountYen, 0);
      const batchesThen = await db.client.honorariumBatch.count({ where: { createdAt: { lte: end } } });
      expect(paid).toBeGreaterThan(0);
      expect(all).toBeGreaterThan(paid);

      const [byExpert, byBatch] = (await reports().build("honoraria", { at: "2019-12-01" })).tables;
      const expertTotal = byExpert.rows.at(-1)!;
      expect(expertTotal[col(byExpert, "visits")]).toBe(accepted.length);
      expect(expertTotal[col(byExpert, "paid_yen")]).toBe(paid);
      expect(expertTotal[col(byExpert, "payable_yen")]).toBe(all - paid);
      const batchRows = byBatch.rows.slice(0, -1).filter((r) => r[0] !== "(unpaid)");
      expect(batchRows).toHaveLength(batchesThen);
      expect(batchRows.reduce((s, r) => s + Number(r[col(byBatch, "total_yen")]), 0)).toBe(paid);

      const [nowByExpert, nowByBatch] = (await reports().build("honoraria")).tables;
      expect(nowByExpert.rows.at(-1)![col(nowByExpert, "visits")]).toBe(lines.length);
      expect(nowByBatch.rows.slice(0, -1).filter((r) => r[0] !== "(unpaid)")).toHaveLength(
        await db.client.honorariumBatch.count(),
      );
    });
  });
});
