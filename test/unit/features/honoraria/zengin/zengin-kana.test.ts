import { describe, expect, it } from "vitest";
import { toZenginKana, zenginKanaLenient } from "../../../../../src/features/honoraria/zengin/zengin-kana.js";

describe("toZenginKana", () => {
  it("turns full-width katakana into half-width, voiced and semi-voiced marks as separate characters", () => {
    expect(toZenginKana("ヤマダ　タロウ")).toEqual({ ok: true, value: "ﾔﾏﾀﾞ ﾀﾛｳ" });
    expect(toZenginKana("パーク")).toEqual({ ok: true, value: "ﾊﾟ-ｸ" });
    expect(toZenginKana("ヴィ")).toEqual({ ok: true, value: "ｳﾞｲ" });
  });

  it("accepts hiragana and half-width kana as typed", () => {
    expect(toZenginKana("すずき はなこ")).toEqual({ ok: true, value: "ｽｽﾞｷ ﾊﾅｺ" });
    expect(toZenginKana("ｽｽﾞｷ ﾊﾅｺ")).toEqual({ ok: true, value: "ｽｽﾞｷ ﾊﾅｺ" });
  });

  it("writes small kana full-size, as banks do (キャノン → ｷﾔﾉﾝ)", () => {
    expect(toZenginKana("キャノン ショップ")).toEqual({ ok: true, value: "ｷﾔﾉﾝ ｼﾖﾂﾌﾟ" });
    expect(toZenginKana("ｷｬﾉﾝ")).toEqual({ ok: true, value: "ｷﾔﾉﾝ" });
  });

  it("keeps the symbols Zengin allows and upper-cases Latin letters and full-width digits", () => {
    expect(toZenginKana("カ）ヤマダジムショ")).toEqual({ ok: true, value: "ｶ)ﾔﾏﾀﾞｼﾞﾑｼﾖ" });
    expect(toZenginKana("ｶ)abc．１２３")).toEqual({ ok: true, value: "ｶ)ABC.123" });
    expect(toZenginKana("「ABC」")).toEqual({ ok: true, value: "｢ABC｣" });
  });

  it("collapses repeated spaces and trims the ends", () => {
    expect(toZenginKana("  ヤマダ　　タロウ ")).toEqual({ ok: true, value: "ﾔﾏﾀﾞ ﾀﾛｳ" });
  });

  it("names each character without a Zengin form once, as typed", () => {
    expect(toZenginKana("山田 タロウ 山")).toEqual({ ok: false, invalid: ["山", "田"] });
    expect(toZenginKana("タロウ😀")).toEqual({ ok: false, invalid: ["😀"] });
    expect(toZenginKana("ヤマダ＠タロウ")).toEqual({ ok: false, invalid: ["＠"] });
  });

  it("lenient conversion drops what has no form (reference names the file only shows)", () => {
    expect(zenginKanaLenient("トウキヨウ")).toBe("ﾄｳｷﾖｳ");
    expect(zenginKanaLenient("三菱ＵＦＪ")).toBe("UFJ");
  });
});
