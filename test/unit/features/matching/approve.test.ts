import { describe, expect, it } from "vitest";
import { approve, directMatch } from "../../../../src/features/matching/approve.js";
import { MATCHING_IDS } from "../../../../src/features/matching/matching-ids.js";
import { application, caseDetail, expert, fakeContext, secretariat, smeContact } from "./fakes.js";

const B = MATCHING_IDS.blocks;
const chosen = application(10, { status: "chosen", chosenExpertId: 1 });

/** A chosen pair whose expert holds `open` cases of `capacity`. */
function pair(open: number, capacity = 3) {
  const created: number[] = [];
  let counted = open;
  const fake = fakeContext({
    findMatchingApplication: async () => chosen,
    findExpert: async () => expert(1, { capacity }),
    findActiveCaseOfCompany: async () => null,
    countOpenCasesOf: async () => counted,
    transitionApplication: async () => true,
    createCaseWithAssignment: async (_db, data) => {
      created.push(data.expertId);
      counted += 1;
      return {
        id: 50,
        ...data,
        status: "active",
        completedOn: null,
        completionReason: null,
        terminatedOn: null,
        terminationReason: null,
        closedAt: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      };
    },
    findLatestProposal: async () => null,
  });
  return { ...fake, created };
}

const input = { expertId: 1, firstVisitTarget: "2026-05-25", overrideCapacity: false };

describe("approving a chosen pair", () => {
  it("only the secretariat approves", async () => {
    const { ctx } = pair(0);
    await expect(approve(ctx, smeContact, 10, input)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("the first-visit target lies between today and the program's end", async () => {
    const { ctx, created } = pair(0);
    for (const target of [null, "2026-05-10", "2027-03-01", "not a date"])
      await expect(approve(ctx, secretariat, 10, { ...input, firstVisitTarget: target })).rejects.toMatchObject({
        code: "invalid_input",
        options: { field: B.firstVisitTarget },
      });
    expect(created).toEqual([]);
  });

  it("opens the case and tells the expert and the SME", async () => {
    const { ctx, created, audits, sent } = pair(1);
    await expect(approve(ctx, secretariat, 10, input)).resolves.toEqual({ caseId: 50, repeated: false });
    expect(created).toEqual([1]);
    expect(audits).toEqual(["matching.approve"]);
    expect(sent.map((s) => s.key)).toEqual(["case:50:approved:expert", "case:50:approved:sme:U_SME"]);
  });

  it("an expert at capacity is refused unless the override is ticked, which is audited on its own", async () => {
    const refused = pair(3);
    await expect(approve(refused.ctx, secretariat, 10, input)).rejects.toMatchObject({
      code: "rule_violation",
      options: { field: B.override },
      userMessage: {
        en: "専門家1 is at capacity (3 of 3 cases). Tick “Assign even over capacity” to go ahead anyway.",
      },
    });
    expect(refused.created).toEqual([]);
    const overridden = pair(3);
    await approve(overridden.ctx, secretariat, 10, { ...input, overrideCapacity: true });
    expect(overridden.audits).toEqual(["matching.approve", "matching.capacity_override"]);
  });

  it("an inactive expert or one already holding a case of the company cannot be matched", async () => {
    const inactive = pair(0);
    inactive.ctx.store.findExpert = async () => expert(1, { status: "suspended" });
    await expect(approve(inactive.ctx, secretariat, 10, input)).rejects.toMatchObject({ code: "rule_violation" });
    const same = pair(0);
    same.ctx.store.findActiveCaseOfCompany = async () => ({ id: 44, applicationId: 9 });
    await expect(approve(same.ctx, secretariat, 10, input)).rejects.toMatchObject({
      userMessage: { ja: "専門家1 さんはすでにこの企業の案件 #44 を担当しています。" },
    });
  });

  it("a second approval by the same member is a repeat; by another member it is refused", async () => {
    const matched = application(10, {
      status: "matched",
      chosenExpertId: 1,
      case: { id: 50, expertId: 1, status: "active" },
    });
    const existing = caseDetail(50, expert(1));
    const { ctx, sent } = fakeContext({
      findMatchingApplication: async () => matched,
      findCase: async () => existing,
    });
    await expect(approve(ctx, secretariat, 10, input)).resolves.toEqual({ caseId: 50, repeated: true });
    await expect(approve(ctx, { ...secretariat, userId: "U_SEC2" }, 10, input)).rejects.toMatchObject({
      code: "already_done",
      userMessage: { en: "This matching was already approved (case #50, by <@U_SEC>); nothing was changed." },
    });
    expect(sent).toEqual([]);
  });

  it("an application whose choice was meanwhile rejected is not approvable", async () => {
    const { ctx } = pair(0);
    ctx.store.findMatchingApplication = async () => application(10, { status: "valid" });
    await expect(approve(ctx, secretariat, 10, input)).rejects.toMatchObject({
      code: "invalid_state",
      userMessage: {
        ja: "申込み #10 は候補の提示を待っています。承認できるのは専門家が選ばれた申込みだけです。変更はありません。",
      },
    });
  });
});

describe("direct match with the recruiter", () => {
  it("needs an active recruiting expert", async () => {
    const { ctx, sent } = fakeContext({
      findMatchingApplication: async () => application(10, { recruiterExpertId: null }),
    });
    await expect(directMatch(ctx, secretariat, 10)).rejects.toMatchObject({
      code: "invalid_state",
      userMessage: { en: "This application names no active recruiting expert; propose candidates instead." },
    });
    const gone = fakeContext({
      findMatchingApplication: async () => application(10, { recruiterExpertId: 5 }),
      findRankableExperts: async () => [],
    });
    await expect(directMatch(gone.ctx, secretariat, 10)).rejects.toMatchObject({ code: "invalid_state" });
    expect([...sent, ...gone.sent]).toEqual([]);
  });

  it("only for a valid application", async () => {
    const { ctx } = fakeContext({
      findMatchingApplication: async () => application(10, { status: "proposed", recruiterExpertId: 5 }),
    });
    await expect(directMatch(ctx, secretariat, 10)).rejects.toMatchObject({ code: "invalid_state" });
  });
});
