import { describe, expect, it } from "vitest";
import { scoreChecklist } from "../../../src/domain/self-diagnosis.js";
import { DEFAULT_CHECKLIST } from "../../../src/features/cases/checklist-defaults.js";

describe("self-diagnosis scoring", () => {
  it("sums 4/2/0 per item, counts unknowns and keeps category scores", () => {
    const answers = Object.fromEntries(
      DEFAULT_CHECKLIST.map((i) => [i.number, i.number <= 5 ? "yes" : i.number <= 18 ? "partly" : "unknown"] as const),
    );
    const s = scoreChecklist(DEFAULT_CHECKLIST, answers);
    expect(s.max).toBe(100);
    expect(s.total).toBe(5 * 4 + 13 * 2);
    expect(s.unknown).toBe(7);
    expect(s.categories).toEqual([
      { category: "basic", score: 20, max: 20, unknown: 0 },
      { category: "staff", score: 26, max: 52, unknown: 0 },
      { category: "organization", score: 0, max: 28, unknown: 7 },
    ]);
  });
  it("ships 25 default items with both languages", () => {
    expect(DEFAULT_CHECKLIST).toHaveLength(25);
    expect(new Set(DEFAULT_CHECKLIST.map((i) => i.number)).size).toBe(25);
    expect(DEFAULT_CHECKLIST.every((i) => i.textJa && i.textEn)).toBe(true);
  });
});
