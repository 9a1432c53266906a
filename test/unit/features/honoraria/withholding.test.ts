import { describe, expect, it } from "vitest";
import {
  DEFAULT_WITHHOLDING,
  percentToBp,
  settlePayment,
  withholdingYen,
} from "../../../../src/features/honoraria/withholding.js";
import { withholdingTotals } from "../../../../src/features/honoraria/withholding-report.js";

describe("源泉徴収 on one payment", () => {
  it("10.21 % up to ¥1,000,000, yen rounded down", () => {
    expect(withholdingYen(30_000, "individual")).toBe(3_063);
    expect(withholdingYen(999_999, "individual")).toBe(102_099); // 102,099.8979 → 102,099
    expect(withholdingYen(1_000_000, "individual")).toBe(102_100);
    expect(withholdingYen(0, "individual")).toBe(0);
    expect(withholdingYen(9, "individual")).toBe(0); // 0.9189 → 0
    expect(withholdingYen(10, "individual")).toBe(1); // 1.021 → 1
  });

  it("20.42 % on the part above ¥1,000,000: 102,100 + (fee − 1,000,000) × 20.42 %", () => {
    expect(withholdingYen(1_000_001, "individual")).toBe(102_100); // + 0.2042 → dropped
    expect(withholdingYen(1_000_005, "individual")).toBe(102_101); // + 1.021
    expect(withholdingYen(1_500_000, "individual")).toBe(204_200);
    expect(withholdingYen(2_000_000, "individual")).toBe(306_300);
  });

  it("nothing for a corporation, whatever the amount", () => {
    expect(withholdingYen(30_000, "corporation")).toBe(0);
    expect(withholdingYen(1_000_001, "corporation")).toBe(0);
  });

  it("the program's rates and threshold", () => {
    const rates = { withholdingRateBp: 1000, withholdingHighRateBp: 2000, withholdingThresholdYen: 500_000 };
    expect(withholdingYen(600_000, "individual", rates)).toBe(70_000);
    expect(DEFAULT_WITHHOLDING).toEqual({
      withholdingRateBp: 1021,
      withholdingHighRateBp: 2042,
      withholdingThresholdYen: 1_000_000,
    });
  });

  it("refuses fractions and negative fees", () => {
    expect(() => withholdingYen(-1, "individual")).toThrow(RangeError);
    expect(() => withholdingYen(1.5, "individual")).toThrow(RangeError);
  });

  it("operators give rates in percent", () => {
    expect(percentToBp("10.21")).toBe(1021);
    expect(percentToBp("20.42")).toBe(2042);
    expect(percentToBp("10")).toBe(1000);
    expect(percentToBp("10.215")).toBeNull();
    expect(percentToBp("101")).toBeNull();
    expect(percentToBp("abc")).toBeNull();
  });
});

describe("one expert's payment in a batch", () => {
  it("withholds on the sum of the fees, not line by line, and never on travel", () => {
    const p = settlePayment(
      [
        { lineId: 1, feeYen: 30_000, travelYen: 12_340 },
        { lineId: 2, feeYen: 30_000, travelYen: 0 },
        { lineId: 3, feeYen: 30_000, travelYen: 5_000 },
      ],
      "individual",
      DEFAULT_WITHHOLDING,
    );
    // 90,000 × 10.21 % = 9,189; line by line it would be 3 × 3,063 = 9,189 too, but the spread
    // must add up exactly whatever the rounding.
    expect(p).toMatchObject({ feeYen: 90_000, travelYen: 17_340, withheldYen: 9_189, netYen: 98_151 });
    expect(p.lines.map((l) => l.withheldYen)).toEqual([3_063, 3_063, 3_063]);
    expect(p.lines.map((l) => l.netYen)).toEqual([39_277, 26_937, 31_937]);
  });

  it("the lines carry exactly the payment's tax where per-line rounding would lose a yen", () => {
    const p = settlePayment(
      [
        { lineId: 1, feeYen: 15_005, travelYen: 0 },
        { lineId: 2, feeYen: 15_005, travelYen: 0 },
      ],
      "individual",
      DEFAULT_WITHHOLDING,
    );
    // 30,010 × 10.21 % = 3,064.021 → 3,064; each line alone: 1,532.0105 → 1,532 (×2 = 3,064).
    expect(p.withheldYen).toBe(3_064);
    expect(p.lines.reduce((s, l) => s + l.withheldYen, 0)).toBe(3_064);
  });

  it("crosses the threshold inside a batch: the part above is taxed at 20.42 %", () => {
    const lines = Array.from({ length: 35 }, (_, i) => ({ lineId: i + 1, feeYen: 30_000, travelYen: 0 }));
    const p = settlePayment(lines, "individual", DEFAULT_WITHHOLDING);
    // 1,050,000: 102,100 + 50,000 × 20.42 % = 102,100 + 10,210.
    expect(p.withheldYen).toBe(112_310);
    expect(p.lines.reduce((s, l) => s + l.withheldYen, 0)).toBe(112_310);
    expect(p.netYen).toBe(1_050_000 - 112_310);
  });

  it("a corporation is paid gross plus travel", () => {
    const p = settlePayment([{ lineId: 1, feeYen: 30_000, travelYen: 800 }], "corporation", DEFAULT_WITHHOLDING);
    expect(p).toMatchObject({ withheldYen: 0, netYen: 30_800 });
  });
});

describe("the yearly totals for the 支払調書", () => {
  it("sums each expert's paid lines, counts payments (batches), in kana order", () => {
    const expert = (nameKanji: string, nameKana: string) => ({ nameKanji, nameKana });
    const r = withholdingTotals(2019, [
      {
        expertId: 2,
        batchId: 1,
        amountYen: 30_000,
        travelYen: 1_000,
        withheldYen: 3_063,
        netYen: 27_937,
        expert: expert("山田 太郎", "ヤマダ タロウ"),
      },
      {
        expertId: 2,
        batchId: 2,
        amountYen: 30_000,
        travelYen: 0,
        withheldYen: 3_063,
        netYen: 26_937,
        expert: expert("山田 太郎", "ヤマダ タロウ"),
      },
      {
        expertId: 2,
        batchId: 2,
        amountYen: 30_000,
        travelYen: 0,
        withheldYen: 3_063,
        netYen: 26_937,
        expert: expert("山田 太郎", "ヤマダ タロウ"),
      },
      {
        expertId: 5,
        batchId: 1,
        amountYen: 30_000,
        travelYen: 0,
        withheldYen: 0,
        netYen: 30_000,
        expert: expert("株式会社安全", "アンゼン"),
      },
    ]);
    expect(r.rows).toEqual([
      {
        expertId: 5,
        name: "株式会社安全",
        kana: "アンゼン",
        feeYen: 30_000,
        travelYen: 0,
        withheldYen: 0,
        netYen: 30_000,
        payments: 1,
      },
      {
        expertId: 2,
        name: "山田 太郎",
        kana: "ヤマダ タロウ",
        feeYen: 90_000,
        travelYen: 1_000,
        withheldYen: 9_189,
        netYen: 81_811,
        payments: 2,
      },
    ]);
    expect(r.total).toEqual({ feeYen: 120_000, travelYen: 1_000, withheldYen: 9_189, netYen: 111_811, payments: 3 });
  });
});
