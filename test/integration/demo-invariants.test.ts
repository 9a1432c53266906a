/**
 * The demo database obeys what the real services guarantee: someone reading `desk report` on it
 * must not find a contradiction the app itself could never produce.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { openDatabase } from "../../src/db/client.js";
import { seedDemo } from "../../src/features/demo/demo-seed.js";
import { FinalReportService } from "../../src/features/final-report/final-report-service.js";
import { honorariumRate } from "../../src/features/honoraria/honoraria-service.js";
import { ProgramService } from "../../src/features/program/program-service.js";
import { dateOfInstant } from "../../src/features/visits/visit-dates.js";
import { ManualClock } from "../../src/lib/clock.js";
import { freshDatabaseFile } from "../support/db-fixture.js";

describe("demo data invariants (scale 1)", () => {
  let db: Database;
  let cleanup: () => void;
  let world: Awaited<ReturnType<typeof load>>;
  const clock = new ManualClock("2020-03-31T10:00:00");

  async function load() {
    const c = db.client;
    const [program, experts, applications, cases, visits, reports, lines, batches, surveys] = await Promise.all([
      c.program.findFirstOrThrow({ where: { current: true } }),
      c.expert.findMany(),
      c.application.findMany(),
      c.case.findMany(),
      c.visit.findMany({ orderBy: [{ caseId: "asc" }, { round: "asc" }] }),
      c.visitReport.findMany({ orderBy: [{ visitId: "asc" }, { version: "asc" }] }),
      c.honorariumLine.findMany(),
      c.honorariumBatch.findMany(),
      c.surveyResponse.findMany(),
    ]);
    const group = <T, K>(rows: T[], key: (r: T) => K) => {
      const m = new Map<K, T[]>();
      for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
      return m;
    };
    const accepted = new Map(reports.filter((r) => r.status === "accepted").map((r) => [r.visitId, r]));
    return {
      program,
      experts: new Map(experts.map((e) => [e.id, e])),
      applications: new Map(applications.map((a) => [a.id, a])),
      cases,
      visits,
      visitById: new Map(visits.map((v) => [v.id, v])),
      visitsOfCase: group(visits, (v) => v.caseId),
      reportsOfVisit: group(reports, (r) => r.visitId),
      accepted,
      lines,
      linesOfBatch: group(lines, (l) => l.batchId),
      batches,
      surveys,
    };
  }

  beforeAll(async () => {
    const file = await freshDatabaseFile();
    db = await openDatabase(file.url);
    cleanup = file.cleanup;
    await seedDemo(db, file.url, { scale: 1, seed: 2019 });
    world = await load();
  });
  afterAll(async () => {
    await db.disconnect();
    await cleanup();
  });

  it("honoraria: one line per accepted visit at the program's rate; paid lines are in a batch paid after acceptance", async () => {
    const { lines, accepted, visitById, experts, program, batches, linesOfBatch } = world;
    expect(lines.length).toBe(accepted.size);
    expect(new Set(lines.map((l) => l.visitId)).size).toBe(lines.length);
    const paid = lines.filter((l) => l.status === "paid");
    expect(paid.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.status === "payable")).toBe(true);
    const batchById = new Map(batches.map((b) => [b.id, b]));
    for (const l of lines) {
      const report = accepted.get(l.visitId);
      expect(report, `line ${l.id} without an accepted report`).toBeDefined();
      const visit = visitById.get(l.visitId)!;
      expect(l.expertId).toBe(visit.expertId);
      expect(l.amountYen).toBe(honorariumRate(program, experts.get(l.expertId)!.qualification));
      expect(l.createdAt.getTime()).toBeGreaterThanOrEqual(report!.reviewedAt!.getTime());
      if (l.status === "payable") {
        expect(l.batchId).toBeNull();
        expect(l.paidAt).toBeNull();
        continue;
      }
      expect(l.status).toBe("paid");
      const batch = batchById.get(l.batchId as number);
      expect(batch, `paid line ${l.id} without a batch`).toBeDefined();
      expect(l.paidAt).not.toBeNull();
      expect(l.paidAt!.getTime()).toBe(batch!.createdAt.getTime());
      expect(l.paidAt!.getTime()).toBeGreaterThan(l.createdAt.getTime());
      expect(batch!.paidOn >= dateOfInstant(report!.reviewedAt!)).toBe(true);
    }
    for (const b of batches) expect(linesOfBatch.get(b.id)?.length ?? 0).toBeGreaterThan(0);
  });

  it("desk report honoraria: per expert, per batch and the lines agree on what was paid", async () => {
    const reports = new FinalReportService(db, clock, new ProgramService(db, clock));
    const report = await reports.build("honoraria");
    const [byExpert, byBatch] = report.tables;
    const col = (t: typeof byExpert, id: string) => t.columns.findIndex((c) => c.key === id);
    const paidLines = world.lines.filter((l) => l.status === "paid").reduce((s, l) => s + l.amountYen, 0);
    const allLines = world.lines.reduce((s, l) => s + l.amountYen, 0);
    const expertRows = byExpert.rows.slice(0, -1);
    const paidPerExpert = expertRows.reduce((s, r) => s + Number(r[col(byExpert, "paid_yen")]), 0);
    const batchRows = byBatch.rows.slice(0, -1);
    const paidRows = batchRows.filter((r) => r[0] !== "(unpaid)");
    const paidPerBatch = paidRows.reduce((s, r) => s + Number(r[col(byBatch, "total_yen")]), 0);
    expect(paidPerExpert).toBe(paidLines);
    expect(paidPerBatch).toBe(paidLines);
    // Every batch row names a day; the unpaid row is what the experts' payable column says.
    for (const r of paidRows) expect(r[col(byBatch, "paid_on")]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const unpaid = batchRows.find((r) => r[0] === "(unpaid)");
    const payablePerExpert = expertRows.reduce((s, r) => s + Number(r[col(byExpert, "payable_yen")]), 0);
    expect(Number(unpaid?.[col(byBatch, "total_yen")] ?? 0)).toBe(payablePerExpert);
    expect(paidPerBatch + payablePerExpert).toBe(allLines);
  });

  it("visits and reports: rounds in order inside the program; reports accepted only for held visits", async () => {
    const { cases, visitsOfCase, reportsOfVisit, program, visits } = world;
    for (const c of cases) {
      const own = visitsOfCase.get(c.id) ?? [];
      own.forEach((v, i) => {
        expect(v.round).toBe(i + 1);
        expect(v.status).toBe("held");
        expect(v.expertId).toBe(c.expertId);
        expect(v.heldOn! > c.approvedOn).toBe(true);
        expect(v.heldOn! >= program.startDate && v.heldOn! <= program.endDate).toBe(true);
        if (i > 0) expect(v.heldOn! > own[i - 1].heldOn!).toBe(true);
        // Planned after the matching (or the previous round) and before it took place.
        expect(v.createdAt.getTime()).toBeGreaterThanOrEqual(c.approvedAt.getTime());
        expect(dateOfInstant(v.createdAt) <= v.heldOn!).toBe(true);
      });
    }
    for (const v of visits) {
      const versions = reportsOfVisit.get(v.id) ?? [];
      versions.forEach((r, i) => {
        expect(r.version).toBe(i + 1);
        expect(dateOfInstant(r.submittedAt!) >= v.heldOn!).toBe(true);
        expect(r.createdAt.getTime()).toBeLessThanOrEqual(r.submittedAt!.getTime());
        if (r.reviewedAt) expect(r.reviewedAt.getTime()).toBeGreaterThan(r.submittedAt!.getTime());
        if (i < versions.length - 1) {
          expect(r.status).toBe("returned");
          expect(versions[i + 1].submittedAt!.getTime()).toBeGreaterThan(r.reviewedAt!.getTime());
        }
      });
      expect(versions.filter((r) => r.status === "accepted").length).toBeLessThanOrEqual(1);
      if (versions.some((r) => r.status === "accepted")) expect(v.status).toBe("held");
    }
  });

  it("cases: matched after the application and the expert's approval; completed only with every visit accepted", async () => {
    const { cases, applications, experts, visitsOfCase, accepted, program } = world;
    for (const c of cases) {
      const app = applications.get(c.applicationId)!;
      expect(app.status).toBe("matched");
      expect(app.receivedOn >= program.applyFrom && app.receivedOn <= program.applyUntil).toBe(true);
      expect(app.screenedAt!.getTime()).toBeLessThanOrEqual(c.approvedAt.getTime());
      expect(app.receivedOn <= c.approvedOn).toBe(true);
      expect(experts.get(c.expertId)!.approvedAt!.getTime()).toBeLessThanOrEqual(c.approvedAt.getTime());
      const own = visitsOfCase.get(c.id) ?? [];
      const lastAccepted = own
        .map((v) => accepted.get(v.id)?.reviewedAt)
        .filter((d): d is Date => !!d)
        .map(dateOfInstant)
        .sort()
        .at(-1);
      if (c.status === "completed") {
        expect(own.every((v) => accepted.has(v.id))).toBe(true);
        expect(own.length === program.visitsPerCase || (own.length === 3 && !!c.completionReason)).toBe(true);
        expect(c.completedOn! >= lastAccepted!).toBe(true);
        expect(c.terminatedOn).toBeNull();
      } else if (c.status === "terminated") {
        expect(c.terminationReason).toBeTruthy();
        expect(c.terminatedOn! >= (own.at(-1)?.heldOn ?? c.approvedOn)).toBe(true);
        expect(c.completedOn).toBeNull();
      } else {
        expect(c.status).toBe("active");
        expect(c.completedOn ?? c.terminatedOn ?? null).toBeNull();
      }
    }
  });

  it("surveys: only completed cases are surveyed, invited once completed, answered after the invitation", async () => {
    const byId = new Map(world.cases.map((c) => [c.id, c]));
    for (const s of world.surveys) {
      const c = byId.get(s.caseId)!;
      expect(c.status).toBe("completed");
      expect(dateOfInstant(s.invitedAt) >= c.completedOn!).toBe(true);
      if (s.status === "answered") expect(s.answeredAt!.getTime()).toBeGreaterThan(s.invitedAt.getTime());
      else expect(s.answeredAt).toBeNull();
    }
  });

  it("every recorded moment lies in the program's time, not the day the demo was seeded", async () => {
    const end = new Date("2020-03-01T00:00:00Z").getTime();
    const stamps = [
      ...world.cases.map((c) => c.createdAt),
      ...world.visits.map((v) => v.createdAt),
      ...[...world.reportsOfVisit.values()].flat().map((r) => r.createdAt),
      ...world.lines.map((l) => l.createdAt),
      ...world.batches.map((b) => b.createdAt),
      ...[...world.applications.values()].map((a) => a.createdAt),
    ];
    expect(stamps.filter((d) => d.getTime() >= end)).toEqual([]);
  });
});
