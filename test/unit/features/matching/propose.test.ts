import { describe, expect, it } from "vitest";
import type { RankableExpert } from "../../../../src/domain/ranking.js";
import { MATCHING_IDS } from "../../../../src/features/matching/matching-ids.js";
import { propose, withdraw } from "../../../../src/features/matching/propose.js";
import { application, expert, fakeContext, proposal, secretariat, smeContact } from "./fakes.js";

const B = MATCHING_IDS.blocks;
const draft = { applicationId: 10, shown: [1, 2, 3], removed: [], added: [] };
const rankable = (id: number): RankableExpert => ({
  id,
  prefecture: 13,
  coveredPrefectures: [],
  industries: [],
  qualification: "riss",
  capacity: 3,
  openCases: 0,
});

function proposable(activeIds = [1, 2, 3]) {
  const made: number[][] = [];
  const fake = fakeContext({
    findProposalBySubmissionKey: async () => null,
    findMatchingApplication: async () => application(10),
    findRankableExperts: async (_db, ids) => ids.filter((id) => activeIds.includes(id)).map(rankable),
    findExpertsByIds: async (_db, ids) => ids.map((id) => expert(id)),
    transitionApplication: async () => true,
    createProposal: async (_db, data, candidates) => {
      made.push(candidates.map((c) => c.expertId));
      return { ...proposal(7, data.applicationId, []), submissionKey: data.submissionKey };
    },
  });
  return { ...fake, made };
}

describe("proposing candidates", () => {
  it("only the secretariat proposes", async () => {
    const { ctx, made } = proposable();
    await expect(propose(ctx, smeContact, draft, "2", "view-1")).rejects.toMatchObject({ code: "forbidden" });
    expect(made).toEqual([]);
  });

  it("sends the first `count` experts shown, to the channel and to the SME contact", async () => {
    const { ctx, made, sent, audits } = proposable();
    await expect(propose(ctx, secretariat, draft, "2", "view-1")).resolves.toMatchObject({ created: true });
    expect(made).toEqual([[1, 2]]);
    expect(audits).toEqual(["matching.propose"]);
    expect(sent.map((s) => `${s.kind} ${s.to}`)).toEqual(["post C_SEC", "dm U_SME"]);
  });

  it("a count outside 1 to 10 is a field error", async () => {
    const { ctx } = proposable();
    for (const count of ["", "0", "11", "2.5", "two"])
      await expect(propose(ctx, secretariat, draft, count, "view-1")).rejects.toMatchObject({
        code: "invalid_input",
        options: { field: B.count },
        userMessage: { ja: "1〜10の整数で入力してください。" },
      });
  });

  it("the same modal submitted again changes nothing", async () => {
    const { ctx, made, sent } = proposable();
    ctx.store.findProposalBySubmissionKey = async () => proposal(7, 10, []);
    await expect(propose(ctx, secretariat, draft, "2", "view-1")).resolves.toMatchObject({ created: false });
    expect(made).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("an expert who stopped being active meanwhile is named, and nothing is sent", async () => {
    const { ctx, made, sent } = proposable([1, 3]);
    await expect(propose(ctx, secretariat, draft, "3", "view-1")).rejects.toMatchObject({
      code: "conflict",
      userMessage: { ja: "専門家2 さんは活動中ではなくなりました。外してから送ってください。" },
    });
    expect(made).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("only a valid application gets candidates", async () => {
    const { ctx } = proposable();
    ctx.store.findMatchingApplication = async () => application(10, { status: "received" });
    await expect(propose(ctx, secretariat, draft, "2", "view-1")).rejects.toMatchObject({
      code: "invalid_state",
      userMessage: {
        en: "Application #10 has not been screened yet; candidates can only be proposed for a valid application.",
      },
    });
  });
});

describe("withdrawing a proposal", () => {
  it("needs a reason and an open proposal", async () => {
    const { ctx } = fakeContext({
      findProposal: async () => proposal(7, 10, [expert(1)], { status: "decided", chosenExpertId: 1 }),
      findMatchingApplication: async () => application(10, { status: "chosen" }),
    });
    await expect(withdraw(ctx, secretariat, 7, "  ")).rejects.toMatchObject({ options: { field: B.reason } });
    await expect(withdraw(ctx, secretariat, 7, "企業から辞退")).rejects.toMatchObject({ code: "already_done" });
  });
});
