import { describe, expect, it } from "vitest";
import { DEFAULT_FAQ, fillPlaceholders } from "../../../../src/features/helpdesk/default-faq.js";
import { FaqIndex, normalize, toGrams } from "../../../../src/features/helpdesk/faq-matcher.js";

const entries = DEFAULT_FAQ.map((e, i) => ({ ...e, id: i + 1 }));
const index = new FaqIndex(entries);
const top = (q: string) => index.search(q)[0]?.entry.questionJa ?? null;

describe("FAQ matcher", () => {
  it("normalises width and folds katakana onto hiragana", () => {
    expect(normalize("ＦＡＱ　１２３")).toBe("faq 123");
    expect(normalize("ﾃﾝﾌﾟﾚｰﾄ")).toBe("テンプレート");
    expect([...toGrams("テンプレ").keys()]).toEqual([...toGrams("てんぷれ").keys()]);
    expect([...toGrams("ﾃﾝﾌﾟﾚｰﾄ").keys()]).toEqual([...toGrams("テンプレート").keys()]);
  });

  it("cuts Japanese into bigrams; hiragana-only pieces weigh little", () => {
    const g = toGrams("謝金はいつ");
    expect([...g.keys()]).toEqual(["謝金", "金は", "はい", "いつ"]);
    expect(g.get("謝金")).toBe(1);
    expect(g.get("金は")).toBe(0.5);
    expect(g.get("いつ")).toBe(0.2);
  });

  it("splits English into stemmed words without stop words", () => {
    expect([...toGrams("How are the honoraria payments made?").keys()]).toEqual(["w:honoraria", "w:payment", "w:made"]);
  });

  it("answers routine Japanese questions without word spaces", () => {
    expect(top("謝金はいつ振り込まれますか")).toContain("謝金");
    expect(top("謝金の振込日")).toContain("謝金");
    expect(top("ひな形はどこでダウンロードできますか")).toContain("ひな形");
    expect(top("ﾃﾝﾌﾟﾚｰﾄ")).toContain("ひな形");
    expect(top("申込の締め切りはいつですか")).toContain("スケジュール");
    expect(top("報告書のダウンロード方法")).toContain("報告書");
    expect(top("専門家登録の方法")).toContain("専門家として登録");
    expect(top("説明会に申し込みたい")).toContain("説明会");
  });

  it("answers English questions", () => {
    expect(top("When is the honorarium paid?")).toContain("謝金");
    expect(top("where can I download templates")).toContain("ひな形");
    expect(top("how to register as an expert")).toContain("専門家として登録");
    expect(top("What is the SCHEDULE?")).toContain("スケジュール");
  });

  it("misses questions the FAQ does not answer", () => {
    expect(index.search("駐車場はありますか")).toEqual([]);
    expect(index.search("事務所の住所を教えて")).toEqual([]);
    expect(index.search("Is there parking near the venue?")).toEqual([]);
    expect(index.search("   ")).toEqual([]);
  });

  it("fills program values into answers", () => {
    expect(fillPlaceholders("受付は {apply_until} まで（{unknown}）", { apply_until: "2019/11/21" })).toBe(
      "受付は 2019/11/21 まで（{unknown}）",
    );
  });
});
