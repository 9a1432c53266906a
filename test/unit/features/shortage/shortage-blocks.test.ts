import { describe, expect, it } from "vitest";
import { assessShortage } from "../../../../src/features/shortage/shortage-rule.js";
import type { ShortageOverview } from "../../../../src/features/shortage/shortage-service.js";
import { recruitDraft } from "../../../../src/features/shortage/views/recruit-draft.js";
import { shortageBlocks } from "../../../../src/features/shortage/views/shortage-blocks.js";
import { blocksToText } from "../../../../src/slack/blocks-to-text.js";

const KYUSHU = 7;

function overview(): ShortageOverview {
  return {
    ...assessShortage(
      [
        { prefecture: 47, waiting: 3, oldestWaitDays: 16 },
        { prefecture: 13, waiting: 1, oldestWaitDays: 2 },
      ],
      [
        { prefectures: [40], experts: 1, free: 1 },
        { prefectures: [13, 14], experts: 2, free: 4 },
      ],
      14,
    ),
    asOfDay: "2019-11-25",
  };
}

function buttons(blocks: ReturnType<typeof shortageBlocks>) {
  return blocks.flatMap((b) => (b.type === "actions" ? b.elements : []));
}

describe("the shortage section", () => {
  it("App Home (Japanese): every region's figures, the flag with its reasons, the rule, one recruit button per short region", () => {
    const blocks = shortageBlocks(overview(), "ja", "home");
    const text = blocksToText(blocks);
    expect(text).toContain("専門家の不足（地域別）");
    expect(text).toContain("2019/11/25時点");
    expect(text).toContain("*不足している地域: 九州・沖縄*");
    expect(text).toContain(
      "⚠ 不足 *九州・沖縄*　待ち件数 3・空き枠 1（専門家 1名）・最長待ち日数 16日\n　待ち件数が空き枠を上回る・沖縄県で14日を超えて候補を提示できていない（空きのある専門家がいない）",
    );
    expect(text).toContain("*関東*　待ち件数 1・空き枠 4（専門家 2名）・最長待ち日数 2日");
    expect(text).toContain("*北海道*　待ち件数 0・空き枠 0（専門家 0名）・最長待ち日数 —");
    expect(text).toContain("*計* 待ち件数 4・空き枠 5（専門家 3名");
    expect(text).toContain("有効と判定されてから14日を超えて");
    expect(text).toContain("本文をコピーして");
    expect(buttons(blocks)).toEqual([
      expect.objectContaining({
        action_id: "shortage_recruit",
        value: String(KYUSHU),
        text: expect.objectContaining({ text: "九州・沖縄の専門家を募集" }),
      }),
    ]);
  });

  it("in English for an English reader, and without buttons when no region is short", () => {
    const calm: ShortageOverview = { ...assessShortage([], [], 14), asOfDay: "2019-11-25" };
    const blocks = shortageBlocks(calm, "en", "home");
    const text = blocksToText(blocks);
    expect(text).toContain("Expert shortage by region");
    expect(text).toContain("No region is short of experts.");
    expect(text).toContain("more than 14 days since it was screened valid");
    expect(buttons(blocks)).toEqual([]);
  });

  it("the recruiting draft names the region, its figures and the prefectures nobody with room covers", () => {
    const o = overview();
    const draft = recruitDraft({ region: o.regions[KYUSHU], asOfDay: o.asOfDay, horizonDays: 14 }, "ja");
    expect(draft).toMatchObject({ segment: "experts_active", segmentParam: "" });
    expect(draft.title).toBe("【専門家募集】九州・沖縄で指導を担当いただける専門家を募集しています");
    expect(draft.body).toContain("九州・沖縄（福岡県・佐賀県・長崎県・熊本県・大分県・宮崎県・鹿児島県・沖縄県）");
    expect(draft.body).toContain(
      "2019/11/25時点で、この地域では候補の提示を待つ企業が3社あり、受け入れ可能な枠は1件です。",
    );
    expect(draft.body).toContain("特に沖縄県を訪問できる専門家が不足しています。");
    expect(draft.body).toContain("`/expert register`");
    const en = recruitDraft({ region: o.regions[KYUSHU], asOfDay: o.asOfDay, horizonDays: 14 }, "en");
    expect(en.title).toBe("Experts wanted: guidance visits in Kyushu-Okinawa");
    expect(en.body).toContain("Experts who can visit Okinawa are especially needed.");
  });
});
