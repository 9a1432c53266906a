import { describe, expect, it } from "vitest";
import { roundLabel, roundPlan } from "../../../src/domain/curriculum.js";

describe("the curriculum", () => {
  it("names a round in both languages", () => {
    expect(roundLabel(2, "ja")).toBe("第2回");
    expect(roundLabel(2, "en")).toBe("Visit 2");
  });

  it("gives each round its title and item codes, and reuses the last plan past the fourth", () => {
    expect(roundPlan(1).title).toEqual({ ja: "潜在的リスクの洗い出し", en: "Identifying latent risks" });
    expect(roundPlan(1).items.map((i) => i.code)).toEqual(["r1_business", "r1_selfcheck", "r1_risks", "r1_share"]);
    expect(roundPlan(1).items[2].label).toEqual({ ja: "潜在的リスクの洗い出し", en: "Listing latent risks" });
    expect(roundPlan(5)).toEqual({ ...roundPlan(4), round: 5 });
    expect(roundPlan(4).items.map((i) => i.label.ja)).toEqual([
      "関連規定のレビュー",
      "指導全体のまとめ（最終報告）",
      "継続的な改善に向けた計画",
      "SECURITY ACTION 宣言の検討",
    ]);
  });
});
