/**
 * The shortage counts, read in SQL on the engine under test (DESK_TEST_ENGINE=postgresql for
 * PostgreSQL): which applications wait at a moment, and each expert's free places then.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { asOfInstant } from "../../src/domain/as-of.js";
import { ProgramService } from "../../src/features/program/program-service.js";
import {
  countWaitingByPrefecture,
  sumFreeCapacityByCoverage,
} from "../../src/features/shortage/shortage-repository.js";
import { shortageAsOf } from "../../src/features/shortage/shortage-service.js";
import { ManualClock } from "../../src/lib/clock.js";
import { freshDatabase } from "../support/db-fixture.js";
import { createApplication, createCase, createExpert } from "../support/fixtures.js";

const KANTO = 2;
const CHUBU = 3;
const KINKI = 4;
const KYUSHU = 7;
// 2019/11/25 09:00 Japan time.
const M = new Date("2019-11-25T00:00:00Z");
const at = (iso: string) => new Date(iso);

describe("shortage counts", () => {
  let db: Database;
  let close: () => Promise<void>;
  let programId: number;

  beforeAll(async () => {
    ({ db, close } = await freshDatabase());
    const c = db.client;
    const program = await new ProgramService(db, new ManualClock("2019-08-01T10:00:00")).update(
      {
        name: "2019",
        startDate: "2019-07-17",
        endDate: "2020-01-31",
        applyFrom: "2019-08-14",
        applyUntil: "2019-11-21",
      },
      "test",
    );
    programId = program.id;
    const past = await c.program.create({
      data: {
        name: "2018",
        startDate: "2018-07-17",
        endDate: "2019-01-31",
        applyFrom: "2018-08-14",
        applyUntil: "2018-11-21",
        current: false,
      },
    });

    // Expert A lives in 東京 and visits 静岡 too: capacity 3, one case → 2 free, in 関東 and 中部.
    const a = await createExpert(c, { prefecture: 13, coveredPrefectures: [13, 22], capacity: 3 });
    // B (福岡): capacity 2, two active cases and one that closed after M (still active then) → 0, never −1.
    const b = await createExpert(c, { prefecture: 40, coveredPrefectures: [40], capacity: 2 });
    // E (大阪): capacity 1, a withdrawn case and a case completed before M hold no place → 1 free.
    const e = await createExpert(c, { prefecture: 27, capacity: 1 });
    await createExpert(c, { prefecture: 1, status: "suspended", capacity: 5 });
    await createExpert(c, { prefecture: 27, capacity: 2, approvedAt: at("2019-11-26T00:00:00Z") });
    await createExpert(c, { prefecture: 27, capacity: 2, status: "pending" });

    const caseFor = async (expertId: number, extra: Record<string, unknown> = {}) =>
      createCase(c, { applicationId: (await createApplication(c)).id, expertId, ...extra });
    await caseFor(a.id);
    await caseFor(b.id);
    await caseFor(b.id);
    await caseFor(b.id, { status: "completed", completedOn: "2019-11-28", closedAt: at("2019-11-28T03:00:00Z") });
    await caseFor(e.id, { status: "withdrawn" });
    await caseFor(e.id, { status: "completed", completedOn: "2019-11-20", closedAt: at("2019-11-20T03:00:00Z") });
    // Approved after M: holds no place then; its SME had chosen from a proposal before M, so it was not waiting.
    const chosenBefore = await caseFor(e.id, { approvedAt: at("2019-11-26T01:00:00Z"), approvedOn: "2019-11-26" });
    await c.proposal.create({
      data: {
        applicationId: chosenBefore.applicationId,
        status: "decided",
        createdBy: "USEC1",
        sentAt: at("2019-11-20T01:00:00Z"),
        decidedAt: at("2019-11-22T01:00:00Z"),
      },
    });

    const app = (prefecture: number, over: Record<string, unknown> = {}) =>
      createApplication(c, { company: { prefecture }, ...over });
    // Waiting at M.
    await app(47, { screenedAt: at("2019-11-05T01:00:00Z") }); // 20 days
    await app(13, { screenedAt: at("2019-11-20T01:00:00Z") }); // 5 days
    await app(13, { screenedAt: null, receivedOn: "2019-11-15" }); // imported valid: from receipt, 10 days
    const later = await app(22, { status: "proposed", screenedAt: at("2019-11-18T01:00:00Z") }); // 7 days
    await c.proposal.create({
      data: { applicationId: later.id, createdBy: "USEC1", sentAt: at("2019-11-26T01:00:00Z") },
    });
    const refused = await app(22, { screenedAt: at("2019-11-11T01:00:00Z") }); // 14 days
    await c.proposal.create({
      data: {
        applicationId: refused.id,
        status: "cancelled",
        createdBy: "USEC1",
        sentAt: at("2019-11-12T01:00:00Z"),
        decidedAt: at("2019-11-19T01:00:00Z"),
      },
    });
    // Not waiting at M.
    await app(13, { status: "received", screenedAt: null });
    await app(13, { status: "invalid", invalidReason: "中小企業に該当しない" });
    await app(13, { status: "withdrawn" });
    await app(13, { screenedAt: at("2019-11-26T01:00:00Z") });
    const out = await app(13, { status: "proposed" });
    await c.proposal.create({
      data: { applicationId: out.id, createdBy: "USEC1", sentAt: at("2019-11-21T01:00:00Z") },
    });
    const cancelledLater = await app(13, { status: "valid" });
    await c.proposal.create({
      data: {
        applicationId: cancelledLater.id,
        status: "cancelled",
        createdBy: "USEC1",
        sentAt: at("2019-11-21T01:00:00Z"),
        decidedAt: at("2019-11-27T01:00:00Z"),
      },
    });
    await app(47, { programId: past.id });
  });
  afterAll(async () => {
    await close();
  });

  it("counts the applications waiting at the moment per prefecture, with the first screening", async () => {
    const rows = await countWaitingByPrefecture(db.read, programId, asOfInstant(M));
    const byPrefecture = Object.fromEntries(rows.map((r) => [r.prefecture, r]));
    expect(
      Object.keys(byPrefecture)
        .map(Number)
        .sort((x, y) => x - y),
    ).toEqual([13, 22, 47]);
    expect(byPrefecture[13]).toMatchObject({ waiting: 2, firstReceivedOn: "2019-11-15" });
    expect(byPrefecture[13].firstScreenedAt?.toISOString()).toBe("2019-11-20T01:00:00.000Z");
    expect(byPrefecture[22]).toMatchObject({ waiting: 2, firstReceivedOn: null });
    expect(byPrefecture[22].firstScreenedAt?.toISOString()).toBe("2019-11-11T01:00:00.000Z");
    expect(byPrefecture[47]).toMatchObject({ waiting: 1 });
  });

  it("sums free places per coverage: active experts approved by then, cases active then, never below zero", async () => {
    const rows = await sumFreeCapacityByCoverage(db.read, asOfInstant(M));
    const simple = rows
      .map((r) => ({ prefecture: r.prefecture, covered: JSON.parse(r.covered), experts: r.experts, free: r.free }))
      .sort((x, y) => (x.prefecture ?? 0) - (y.prefecture ?? 0));
    expect(simple).toEqual([
      { prefecture: 13, covered: [13, 22], experts: 1, free: 2 },
      { prefecture: 27, covered: [27], experts: 1, free: 1 },
      { prefecture: 40, covered: [40], experts: 1, free: 0 },
    ]);
  });

  it("flags the region whose waiting application nobody with room covers; totals count each expert once", async () => {
    const s = await shortageAsOf(db.read, { id: programId, shortageHorizonDays: 14 }, asOfInstant(M));
    expect(s.regions[KANTO]).toMatchObject({ waiting: 2, free: 2, experts: 1, oldestWaitDays: 10, short: false });
    expect(s.regions[CHUBU]).toMatchObject({ waiting: 2, free: 2, experts: 1, oldestWaitDays: 14, short: false });
    expect(s.regions[KINKI]).toMatchObject({ waiting: 0, free: 1, short: false });
    expect(s.regions[KYUSHU]).toMatchObject({
      waiting: 1,
      free: 0,
      oldestWaitDays: 20,
      uncovered: [47],
      reasons: ["over_capacity", "stale"],
    });
    expect(s.total).toEqual({ waiting: 5, free: 3, experts: 3, oldestWaitDays: 20 });
    expect(s.shortRegions).toEqual([KYUSHU]);
  });

  it("now, the waiting applications are those in 'valid'", async () => {
    const now = asOfInstant(new Date("2019-12-01T00:00:00Z"));
    const rows = await countWaitingByPrefecture(db.read, programId, now);
    const valid = await db.client.application.count({ where: { programId, status: "valid" } });
    expect(rows.reduce((n, r) => n + r.waiting, 0)).toBe(valid);
  });
});
