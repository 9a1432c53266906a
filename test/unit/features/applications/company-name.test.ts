import { describe, expect, it } from "vitest";
import { normaliseCompanyName } from "../../../../src/features/applications/applications-service.js";

describe("normaliseCompanyName", () => {
  it.each([
    ["株式会社サンプル", "サンプル"],
    ["サンプル株式会社", "サンプル"],
    ["（株）サンプル", "サンプル"],
    ["(株)サンプル", "サンプル"],
    ["㈱サンプル", "サンプル"],
    ["有限会社サンプル", "サンプル"],
    ["サンプル（有）", "サンプル"],
    ["  株式会社　サンプル 製作所 ", "サンプル製作所"],
    ["ＡＢＣ商事", "abc商事"],
    ["abc 商事", "abc商事"],
    ["ｻﾝﾌﾟﾙ", "サンプル"],
    ["サンプル１２３", "サンプル123"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseCompanyName(input)).toBe(expected);
  });

  it("keeps different companies apart", () => {
    expect(normaliseCompanyName("株式会社サンプル")).not.toBe(normaliseCompanyName("株式会社サンプル製作所"));
    expect(normaliseCompanyName("合同会社サンプル")).not.toBe(normaliseCompanyName("株式会社サンプル"));
  });
});
