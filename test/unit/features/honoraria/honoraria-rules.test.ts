import { describe, expect, it } from "vitest";
import type { Database } from "../../../../src/db/client.js";
import type { LineDetail } from "../../../../src/features/honoraria/honoraria-repository.js";
import {
  batchTotals,
  honorariumRate,
  linesByExpert,
  ownTotals,
  payableFilter,
} from "../../../../src/features/honoraria/honoraria-rules.js";
import { HonorariaService } from "../../../../src/features/honoraria/honoraria-service.js";
import type { Notifier } from "../../../../src/features/outbox/notifier.js";
import type { Actor } from "../../../../src/features/roles/actor.js";
import { ManualClock } from "../../../../src/lib/clock.js";

function line(over: Partial<LineDetail>): LineDetail {
  return {
    id: 1,
    visitId: 1,
    expertId: 1,
    amountYen: 20_000,
    status: "payable",
    batchId: null,
    createdAt: new Date("2026-04-01T00:00:00Z"),
    paidAt: null,
    travelYen: 0,
    withheldYen: 0,
    netYen: 20_000,
    payeeKind: null,
    paidOn: null,
    expertName: "山田 太郎",
    expertSlackUserId: "U1",
    round: 1,
    heldOn: "2026-03-30",
    caseId: 1,
    companyName: "株式会社A",
    ...over,
  };
}

/** A stand-in that fails the test when anything touches it: the rule must refuse first. */
function untouchable<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: (_target, prop) => {
      throw new Error(`${name}.${String(prop)} was used`);
    },
  });
}

const service = () =>
  new HonorariaService(
    untouchable<Database>("db"),
    new ManualClock(new Date("2026-04-10T00:00:00Z")),
    untouchable<Notifier>("notifier"),
  );
const expert: Actor = { userId: "U1", locale: "ja", isSecretariat: false, expert: { id: 1, status: "active" } };
const stranger: Actor = { userId: "U9", locale: "en", isSecretariat: false, expert: null };
const secretariat: Actor = { userId: "S1", locale: "ja", isSecretariat: true, expert: null };
const payInput = { paidOn: "2026-04-10", expertIds: [], acceptedUntil: null, note: "" };

describe("honoraria rules", () => {
  it("pays RISS holders the RISS rate and ITC-only experts the ITC rate", () => {
    const program = { honorariumRissYen: 30_000, honorariumItcYen: 20_000 };
    expect(honorariumRate(program, "RISS")).toBe(30_000);
    expect(honorariumRate(program, "RISS+ITC")).toBe(30_000);
    expect(honorariumRate(program, "ITC")).toBe(20_000);
  });

  it("an expert's totals: payable and paid apart, whatever order the lines come in", () => {
    const lines = [
      line({ id: 1, amountYen: 30_000, status: "paid" }),
      line({ id: 2, amountYen: 30_000 }),
      line({ id: 3, amountYen: 20_000, status: "paid" }),
      line({ id: 4, amountYen: 20_000 }),
    ];
    expect(ownTotals(lines)).toMatchObject({ lines, payableYen: 50_000, paidYen: 50_000 });
    expect(ownTotals([])).toEqual({
      lines: [],
      payableYen: 0,
      paidYen: 0,
      travelYen: 0,
      withheldYen: 0,
      paidNetYen: 0,
    });
  });

  it("a batch pays everyone's payable lines unless experts are chosen, up to the cut-off day in Japan time", () => {
    expect(payableFilter({ expertIds: [], acceptedUntil: null })).toEqual({ expertIds: [], createdBefore: undefined });
    // 31 March in Tokyo ends at 15:00 UTC: a line accepted at 23:59 JST that day is still in.
    expect(payableFilter({ expertIds: [3, 5], acceptedUntil: "2026-03-31" })).toEqual({
      expertIds: [3, 5],
      createdBefore: new Date("2026-03-31T15:00:00.000Z"),
    });
  });

  it("a batch's totals and each expert's part, so everyone is told once", () => {
    const lines = [
      line({ id: 1, expertId: 2, amountYen: 30_000 }),
      line({ id: 2, expertId: 1, amountYen: 20_000 }),
      line({ id: 3, expertId: 2, amountYen: 30_000 }),
    ];
    expect(batchTotals(lines)).toMatchObject({ amountYen: 80_000, experts: 2 });
    expect(batchTotals([])).toEqual({ amountYen: 0, travelYen: 0, withheldYen: 0, netYen: 0, experts: 0 });
    expect([...linesByExpert(lines)].map(([id, own]) => [id, own.map((l) => l.id)])).toEqual([
      [2, [1, 3]],
      [1, [2]],
    ]);
  });
});

describe("who may see and pay honoraria (refused before any data is read)", () => {
  it("only the secretariat sees what is payable, searches experts or marks lines paid", async () => {
    for (const actor of [expert, stranger]) {
      await expect(service().payableSummary(actor)).rejects.toMatchObject({ code: "rule_violation" });
      await expect(service().expertOptions(actor, "山田")).rejects.toMatchObject({ code: "rule_violation" });
      await expect(service().pay(actor, payInput, "view-1")).rejects.toMatchObject({ code: "rule_violation" });
    }
  });

  it("the refusal names what was refused, in both languages", async () => {
    await expect(service().pay(expert, payInput, "view-1")).rejects.toMatchObject({
      userMessage: {
        ja: expect.stringContaining("謝金の支払処理"),
        en: expect.stringContaining("mark honoraria paid"),
      },
    });
  });

  it("the secretariat must give a payment date; the field says so", async () => {
    await expect(service().pay(secretariat, { ...payInput, paidOn: "" }, "view-1")).rejects.toMatchObject({
      code: "invalid_input",
      userMessage: { ja: "支払日を選んでください。", en: "Choose the payment date." },
      options: { field: "paid_on" },
    });
  });

  it("someone without an expert record has no honoraria of their own", async () => {
    await expect(service().mine(stranger)).rejects.toMatchObject({
      code: "not_found",
      userMessage: {
        ja: "専門家登録がありません。`/expert register` で登録してください。",
        en: "You have no expert record. Register with `/expert register`.",
      },
    });
  });
});
