import { describe, expect, it } from "vitest";
import { MATCHING_IDS } from "../../../../src/features/matching/matching-ids.js";
import { reassign } from "../../../../src/features/matching/reassign.js";
import { caseDetail, expert, fakeContext, secretariat } from "./fakes.js";

const B = MATCHING_IDS.blocks;
const from = expert(1);

function activeCase(status = "active") {
  const moved: string[] = [];
  const c = caseDetail(50, from, { status });
  const fake = fakeContext({
    findCase: async () => c,
    findExpert: async (_db, id) => expert(id),
    countOpenCasesOf: async () => 0,
    moveCase: async (_db, _id, a, b) => {
      moved.push(`${a}→${b}`);
      return true;
    },
    countAssignments: async () => 2,
    countHeldVisits: async () => 1,
  });
  return { ...fake, moved };
}

const input = { expertId: 2, reason: "体調不良", overrideCapacity: false };

describe("reassigning a case", () => {
  it("hands the case over and tells both experts, the SME and the channel", async () => {
    const { ctx, moved, sent, audits } = activeCase();
    await reassign(ctx, secretariat, 50, input);
    expect(moved).toEqual(["1→2"]);
    expect(audits).toEqual(["matching.reassign"]);
    expect(sent.map((s) => s.key)).toEqual([
      "case:50:assignment:2:released",
      "case:50:assignment:2:expert",
      "case:50:assignment:2:sme:U_SME",
      "case:50:assignment:2:secretariat",
    ]);
  });

  it("needs a new expert and a reason", async () => {
    const { ctx, moved } = activeCase();
    await expect(reassign(ctx, secretariat, 50, { ...input, expertId: null })).rejects.toMatchObject({
      options: { field: B.expert },
    });
    await expect(reassign(ctx, secretariat, 50, { ...input, reason: " " })).rejects.toMatchObject({
      options: { field: B.reason },
    });
    expect(moved).toEqual([]);
  });

  it("refuses the current expert, an inactive one and a case no longer in progress", async () => {
    const same = activeCase();
    await expect(reassign(same.ctx, secretariat, 50, { ...input, expertId: 1 })).rejects.toMatchObject({
      code: "invalid_input",
    });
    const inactive = activeCase();
    inactive.ctx.store.findExpert = async (_db, id) => expert(id, { status: "suspended" });
    await expect(reassign(inactive.ctx, secretariat, 50, input)).rejects.toMatchObject({ code: "rule_violation" });
    const closed = activeCase("completed");
    await expect(reassign(closed.ctx, secretariat, 50, input)).rejects.toMatchObject({
      code: "invalid_state",
      userMessage: { en: "Case #50 is not in progress (completed); only cases in progress can be reassigned." },
    });
    expect([...same.moved, ...inactive.moved, ...closed.moved]).toEqual([]);
  });

  it("a new expert at capacity needs the override", async () => {
    const { ctx } = activeCase();
    ctx.store.countOpenCasesOf = async () => 3;
    await expect(reassign(ctx, secretariat, 50, input)).rejects.toMatchObject({ options: { field: B.override } });
  });

  it("a reassignment that loses the race to another is a conflict", async () => {
    const { ctx, sent } = activeCase();
    ctx.store.moveCase = async () => false;
    await expect(reassign(ctx, secretariat, 50, input)).rejects.toMatchObject({ code: "conflict" });
    expect(sent).toEqual([]);
  });
});
