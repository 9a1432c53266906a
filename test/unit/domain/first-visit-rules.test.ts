import { describe, expect, it } from "vitest";
import {
  checkProposedSlots,
  daysBetween,
  mediationState,
  type ProposalContext,
} from "../../../src/domain/first-visit-rules.js";

const ctx: ProposalContext = {
  today: "2019-10-01",
  nowTime: "10:00",
  approvedOn: "2019-09-10",
  programStart: "2019-07-17",
  programEnd: "2020-01-31",
  otherVisits: [],
  previousRoundDate: null,
  nextRoundDate: null,
  closure: { from: "12-29", until: "01-03" },
};

const rules = (slots: { date: string | null; time: string | null }[], c = ctx) =>
  checkProposedSlots(slots, c).map((v) => [v.slot, v.violation.rule]);

describe("first-visit proposal rules", () => {
  it("accepts one to three business-day starts ahead of now within the program", () => {
    expect(rules([{ date: "2019-10-01", time: "10:30" }])).toEqual([]);
    expect(
      rules([
        { date: "2019-10-08", time: "10:00" },
        { date: "2019-10-09", time: "14:00" },
        { date: "2020-01-31", time: "09:00" },
      ]),
    ).toEqual([]);
  });

  it("refuses no date and more than three", () => {
    expect(rules([{ date: null, time: null }])).toEqual([[0, "first_visit_options"]]);
    const four = ["2019-10-08", "2019-10-09", "2019-10-10", "2019-10-11"].map((date) => ({ date, time: "10:00" }));
    expect(rules(four)).toEqual([[null, "first_visit_options"]]);
  });

  it("names the rule of each bad slot, one per slot", () => {
    expect(
      rules([
        { date: "2019-10-05", time: "10:00" }, // Saturday
        { date: "2019-09-30", time: "10:00" }, // yesterday
        { date: "2020-02-03", time: "10:00" }, // after the program
      ]),
    ).toEqual([
      [0, "business_days_only"],
      [1, "past_date"],
      [2, "after_program_end"],
    ]);
    expect(rules([{ date: "2019-10-14", time: "10:00" }])).toEqual([[0, "business_days_only"]]); // 体育の日
    expect(
      rules([
        { date: "2019-12-27", time: "10:00" },
        { date: "2019-12-30", time: "10:00" },
      ]),
    ).toEqual([[1, "business_days_only"]]);
    expect(rules([{ date: "2019-10-01", time: "10:00" }])).toEqual([[0, "past_date"]]);
    expect(rules([{ date: "2019-10-08", time: null }])).toEqual([[0, "first_visit_options"]]);
    expect(rules([{ date: null, time: "10:00" }])).toEqual([[0, "first_visit_options"]]);
  });

  it("refuses the same start twice but allows two times on one day", () => {
    expect(
      rules([
        { date: "2019-10-08", time: "10:00" },
        { date: "2019-10-08", time: "10:00" },
      ]),
    ).toEqual([[1, "first_visit_options"]]);
    expect(
      rules([
        { date: "2019-10-08", time: "10:00" },
        { date: "2019-10-08", time: "15:00" },
      ]),
    ).toEqual([]);
  });

  it("keeps the visit rules: not before the approval, not on a day another visit takes", () => {
    expect(rules([{ date: "2019-10-08", time: "10:00" }], { ...ctx, approvedOn: "2019-10-09" })).toEqual([
      [0, "before_matching"],
    ]);
    expect(
      rules([{ date: "2019-10-08", time: "10:00" }], { ...ctx, otherVisits: [{ round: 2, date: "2019-10-08" }] }),
    ).toEqual([[0, "same_day"]]);
  });
});

describe("mediation state and days waiting", () => {
  const p = { id: 4, proposedOn: "2019-10-01", answeredOn: null, answerNote: null };
  it("follows the latest proposal", () => {
    expect(mediationState(null)).toEqual({ kind: "no_proposal" });
    expect(mediationState({ ...p, status: "open" })).toEqual({
      kind: "waiting_for_sme",
      proposalId: 4,
      since: "2019-10-01",
    });
    expect(mediationState({ ...p, status: "declined", answeredOn: "2019-10-03", answerNote: "火曜午後" })).toEqual({
      kind: "sme_asked_for_others",
      proposalId: 4,
      since: "2019-10-03",
      note: "火曜午後",
    });
    expect(mediationState({ ...p, status: "confirmed" })).toEqual({ kind: "fixed" });
    expect(mediationState({ ...p, status: "superseded" })).toEqual({ kind: "no_proposal" });
  });

  it("counts calendar days across months and years", () => {
    expect(daysBetween("2019-09-20", "2019-10-01")).toBe(11);
    expect(daysBetween("2019-12-30", "2020-01-02")).toBe(3);
    expect(daysBetween("2019-10-01", "2019-10-01")).toBe(0);
  });
});

describe("first-visit refusal texts", () => {
  const details = (slots: { date: string | null; time: string | null }[]) =>
    checkProposedSlots(slots, ctx).map((v) => v.violation.detail);

  it("counts the dates given against the three allowed", () => {
    const four = ["2019-10-08", "2019-10-09", "2019-10-10", "2019-10-11"].map((date) => ({ date, time: "10:00" }));
    expect(details(four)).toEqual([
      { ja: "候補日は3件までです（4件あります）。", en: "Give at most 3 dates (there are 4)." },
    ]);
    expect(details([{ date: null, time: null }])).toEqual([
      { ja: "候補日を1つ以上入力してください。", en: "Enter at least one date." },
    ]);
  });

  it("names the half-filled slot's missing part, a passed time, a closed day and a repeated slot (1-based)", () => {
    expect(
      details([
        { date: "2019-10-08", time: null },
        { date: null, time: "10:00" },
        { date: "2019-10-01", time: "09:30" },
      ]),
    ).toEqual([
      { ja: "開始時刻も選んでください。", en: "Choose the start time as well." },
      { ja: "日付も選んでください。", en: "Choose the day as well." },
      { ja: "今日の 09:30 はすでに過ぎています。", en: "09:30 today has already passed." },
    ]);
    expect(
      details([
        { date: "2019-10-14", time: "10:00" },
        { date: "2019-10-08", time: "10:00" },
        { date: "2019-10-08", time: "10:00" },
      ]),
    ).toEqual([
      {
        ja: "2019/10/14 は土日・祝日・年末年始のいずれかです。企業の営業日を選んでください。",
        en: "2019/10/14 is a weekend, a holiday or in the year-end closure; choose a business day.",
      },
      { ja: "候補2と同じ日時です。別の日時にしてください。", en: "This is the same as date 2; choose another." },
    ]);
  });
});
