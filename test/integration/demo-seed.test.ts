import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { seedDemo } from "../../src/features/demo/demo-seed.js";
import { EXPERTS_BY_PREFECTURE, VISITS_BY_WEEK } from "../../src/features/demo/report-2019.js";
import { freshDatabaseFile } from "../support/db-fixture.js";

function weekEnding(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  const dow = (t.getUTCDay() + 6) % 7;
  return new Date(t.getTime() + (6 - dow) * 86_400_000).toISOString().slice(0, 10);
}

describe("desk seed demo", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  async function seeded(seed: number) {
    const file = await freshDatabaseFile();
    const db = await openDatabase(file.url);
    cleanups.push(async () => {
      await db.disconnect();
      await file.cleanup();
    });
    const summary = await seedDemo(db, file.url, { scale: 1, seed });
    return { db, summary, url: file.url };
  }

  it("at scale 1 reproduces the 2019 report's experts by prefecture and visits by week", async () => {
    const { db, summary } = await seeded(2019);
    expect(summary).toMatchObject({ experts: 364, applications: 402, cases: 382, visits: 1521, briefings: 8 });

    const experts = await db.client.expert.findMany({
      where: { status: "active" },
      select: { prefecture: true, qualification: true },
    });
    for (const [pref, riss, itc] of EXPERTS_BY_PREFECTURE) {
      const here = experts.filter((e) => e.prefecture === pref);
      expect(here.filter((e) => e.qualification !== "ITC")).toHaveLength(riss);
      expect(here.filter((e) => e.qualification === "ITC")).toHaveLength(itc);
    }

    const visits = await db.client.visit.findMany({ select: { heldOn: true, round: true, caseId: true } });
    const byWeek = new Map<string, number[]>();
    for (const v of visits) {
      const week = weekEnding(v.heldOn!);
      const row = byWeek.get(week) ?? [0, 0, 0, 0];
      row[v.round - 1]++;
      byWeek.set(week, row);
    }
    for (const [week, ...rounds] of VISITS_BY_WEEK) expect(byWeek.get(week) ?? [0, 0, 0, 0]).toEqual(rounds);

    // Rounds of one case are held in order, never two on one day.
    const byCase = new Map<number, { round: number; heldOn: string }[]>();
    for (const v of visits)
      byCase.set(v.caseId, [...(byCase.get(v.caseId) ?? []), { round: v.round, heldOn: v.heldOn! }]);
    for (const list of byCase.values()) {
      const sorted = [...list].sort((a, b) => a.round - b.round);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i].heldOn > sorted[i - 1].heldOn).toBe(true);
    }
    expect(await db.client.case.count({ where: { status: "terminated" } })).toBe(3);
    expect(await db.client.case.count({ where: { status: "completed" } })).toBe(379);

    // Table 1: 1,068 briefing applications, 467 accepted, 412 attended; SME survey 74.9% answered.
    expect(await db.client.briefingRegistration.count()).toBe(1068);
    expect(await db.client.briefingRegistration.count({ where: { status: "accepted" } })).toBe(467);
    expect(await db.client.briefingRegistration.count({ where: { attended: true } })).toBe(412);
    const sme = await db.client.surveyResponse.findMany({ where: { audience: "sme" }, select: { status: true } });
    expect(sme.filter((r) => r.status === "answered").length / sme.length).toBeCloseTo(0.749, 2);
  });

  it("is deterministic for a seed and refuses a database that already has data", async () => {
    const a = await seeded(7);
    const b = await seeded(7);
    const rows = (db: typeof a.db) =>
      db.client.visit.findMany({
        orderBy: { id: "asc" },
        select: { caseId: true, round: true, heldOn: true, expertId: true },
      });
    expect(await rows(a.db)).toEqual(await rows(b.db));
    await expect(seedDemo(a.db, a.url, { scale: 1, seed: 7 })).rejects.toThrow(/empty database/);
  });
});
