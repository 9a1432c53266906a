import { describe, expect, it } from "vitest";
import { matchEntry, matchingHome } from "../../../../src/features/matching/matching-queries.js";
import { application, fakeContext, proposal, secretariat, smeContact } from "./fakes.js";

describe("/desk match: the next step of an application", () => {
  it("waiting for the SME's choice: the open proposal to record a choice on", async () => {
    const { ctx } = fakeContext({
      findMatchingApplication: async () => application(10, { status: "proposed" }),
      findLatestProposal: async () => proposal(7, 10, []),
    });
    await expect(matchEntry(ctx, secretariat, 10)).resolves.toMatchObject({ kind: "waiting", proposalId: 7 });
  });

  it("an application that is not at a matching step says where it stands", async () => {
    const { ctx } = fakeContext({ findMatchingApplication: async () => application(10, { status: "matched" }) });
    await expect(matchEntry(ctx, secretariat, 10)).resolves.toEqual({
      kind: "info",
      message: {
        ja: "申込み #10 はすでにマッチングが承認されています。候補は有効な申込みにだけ提示できます。",
        en: "Application #10 is already matched; candidates can only be proposed for a valid application.",
      },
    });
  });

  it("an unknown application, and someone outside the secretariat", async () => {
    const { ctx } = fakeContext({ findMatchingApplication: async () => null });
    await expect(matchEntry(ctx, secretariat, 99)).rejects.toMatchObject({
      code: "not_found",
      userMessage: { ja: "申込み #99 が見つかりません。" },
    });
    await expect(matchEntry(ctx, smeContact, 99)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("the matching App Home", () => {
  it("is the secretariat's only", async () => {
    const { ctx } = fakeContext({});
    await expect(matchingHome(ctx, smeContact, 5)).resolves.toBeNull();
  });
});
