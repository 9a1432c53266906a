import { describe, expect, it } from "vitest";
import { earlierCasesNote, warningNotes } from "../../../../src/features/applications/views/application-text.js";
import { previewProposal, propose } from "../../../../src/features/matching/propose.js";
import { requireWritableProgram } from "../../../../src/features/program/program-rules.js";
import {
  carryOverAskDm,
  carryOverConfirmedMessage,
} from "../../../../src/features/program/views/carry-over-message.js";
import { detail } from "../applications/application-fixture.js";
import { application, expert, fakeContext, secretariat } from "../matching/fakes.js";

describe("past programs are read-only", () => {
  it("the current program may be changed", () => {
    expect(() => requireWritableProgram({ name: "2020年度", current: true })).not.toThrow();
  });

  it("a past program is refused with the rule, in both languages", () => {
    expect(() => requireWritableProgram({ name: "2019年度", current: false })).toThrow(
      expect.objectContaining({
        code: "rule_violation",
        userMessage: {
          ja: "2019年度は終了した年度のため変更できません（閲覧のみ）。",
          en: "The 2019年度 program has ended: it can be read but not changed.",
        },
      }),
    );
    expect(() => requireWritableProgram({ name: "2019", current: false })).toThrow(
      expect.objectContaining({
        userMessage: {
          ja: "2019年度は終了した年度のため変更できません（閲覧のみ）。",
          en: "The 2019 program has ended: it can be read but not changed.",
        },
      }),
    );
  });

  it("a matching step on an application of a past program is refused before anything is read further", async () => {
    const { ctx, sent } = fakeContext({
      findProposalBySubmissionKey: async () => null,
      findMatchingApplication: async () => ({ ...application(10), program: { name: "2019", current: false } }),
    });
    const draft = { applicationId: 10, shown: [1], removed: [], added: [] };
    await expect(propose(ctx, secretariat, draft, "1", "view-1")).rejects.toMatchObject({
      code: "rule_violation",
      userMessage: { ja: "2019年度は終了した年度のため変更できません（閲覧のみ）。" },
    });
    expect(sent).toEqual([]);
  });
});

describe("carrying experts over", () => {
  it("ranks only confirmed experts when the program asks for confirmations", async () => {
    const asked: (number | null | undefined)[] = [];
    const { ctx } = fakeContext({
      findMatchingApplication: async () => application(10),
      listRankableExperts: async (_db, confirmedFor) => {
        asked.push(confirmedFor);
        return [];
      },
      refusedExpertIds: async () => [],
      findExpertsByIds: async (_db, ids) => ids.map((id) => expert(id)),
    });
    await previewProposal(ctx, secretariat, 10);
    await previewProposal({ ...ctx, carryOver: { requiredFor: async () => 2 } }, secretariat, 10);
    expect(asked).toEqual([null, 2]);
  });

  it("the DM shows capacity and areas with the two buttons; the answer repeats what was confirmed", () => {
    const dm = carryOverAskDm(
      { nameKanji: "山田 太郎", capacity: 3, coveredPrefectures: [13, 14] },
      { id: 2, name: "2020年度" },
      "ja",
    );
    const json = JSON.stringify(dm.blocks);
    expect(json).toContain("東京都、神奈川県");
    expect(json).toContain("3件");
    expect(json).toContain("このまま継続する");
    expect(json).toContain("変更して継続");
    expect(
      carryOverConfirmedMessage({ capacity: 3, coveredPrefectures: [13] }, { name: "2020年度" }, "en").text,
    ).toContain("3 cases and Tokyo");
  });
});

describe("an SME that took part before", () => {
  it("is flagged with its earlier case: program, expert and status", () => {
    const a = detail({
      earlierCases: [{ caseId: 4, programName: "2019年度", expertName: "山田 太郎", status: "completed" }],
    });
    expect(earlierCasesNote(a, "ja")).toBe("過去の年度に参加した企業です: 2019年度 案件#4（専門家: 山田 太郎、完了）");
    expect(earlierCasesNote(a, "en")).toBe(
      "Took part in an earlier program: 2019年度 case #4 (expert: 山田 太郎, completed)",
    );
    expect(warningNotes(a, "ja")).toContain("過去の年度に参加した企業です: 2019年度 案件#4（専門家: 山田 太郎、完了）");
  });

  it("is not flagged without an earlier case", () => {
    expect(earlierCasesNote(detail({ earlierCases: [] }), "ja")).toBeNull();
    expect(earlierCasesNote(detail(), "ja")).toBeNull();
  });
});
