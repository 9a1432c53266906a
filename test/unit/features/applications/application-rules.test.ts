import { describe, expect, it } from "vitest";
import {
  applicantUsers,
  checkWindow,
  duplicateMessage,
  eligibilityProblem,
  weighWarnings,
} from "../../../../src/features/applications/application-rules.js";
import { APPLICATION_IDS } from "../../../../src/features/applications/applications-ids.js";
import { invalidDecision } from "../../../../src/features/applications/screen-application.js";
import { AppError } from "../../../../src/lib/errors.js";

const B = APPLICATION_IDS.blocks;
const window = { applyFrom: "2019-08-14", applyUntil: "2019-11-21" };

function thrown(f: () => unknown): AppError {
  try {
    f();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("nothing was thrown");
}

describe("SME eligibility at intake", () => {
  it("an SME by capital or by employees raises nothing", () => {
    expect(eligibilityProblem({ industry: "E", capital: 300_000_000, employees: 1000 })).toBeNull();
    expect(eligibilityProblem({ industry: "E", capital: 1e10, employees: 300 })).toBeNull();
  });

  it("too large on both counts: the threshold of its category, on the capital field", () => {
    expect(eligibilityProblem({ industry: "E", capital: 1e10, employees: 301 })).toEqual({
      block: B.capital,
      message: {
        ja: "中小企業の要件を満たしていません。製造業その他は資本金3億円以下または従業員300人以下が対象です。",
        en: "This company does not meet the SME criteria. Manufacturing and other industries: capital of ¥300 million or less, or 300 regular employees or fewer.",
      },
    });
  });

  it("no capital given (a sole proprietor): the message goes on the employees field", () => {
    expect(eligibilityProblem({ industry: "E", capital: null, employees: 301 })?.block).toBe(B.employees);
  });
});

describe("warnings and the secretariat's overrides", () => {
  const ineligible = {
    kind: "eligibility" as const,
    block: B.capital,
    message: { ja: "対象外です。", en: "Ineligible." },
  };
  const duplicate = {
    kind: "duplicate" as const,
    block: B.companyName,
    message: { ja: "重複です。", en: "Duplicate." },
  };

  it("an applicant sees each warning on its field, without the override hint", () => {
    const { fields, overridden } = weighWarnings([ineligible, duplicate], {
      onBehalf: false,
      overrides: ["eligibility"],
    });
    expect(fields).toEqual({ [B.capital]: ineligible.message, [B.companyName]: duplicate.message });
    expect(overridden).toEqual({ eligibility: false, duplicate: false });
  });

  it("the secretariat sees the warning with a hint at the override box, and the box itself is flagged", () => {
    const { fields, overridden } = weighWarnings([ineligible], { onBehalf: true, overrides: [] });
    expect(fields[B.capital]).toEqual({
      ja: "対象外です。このまま登録する場合は、下の「対象外に見えても登録する」にチェックしてください。",
      en: "Ineligible. To register it anyway, tick “Register even though it looks ineligible” below.",
    });
    expect(fields[B.overrides]?.en).toBe(
      "To register it anyway, tick “Register even though it looks ineligible” below.",
    );
    expect(overridden.eligibility).toBe(false);
  });

  it("a ticked override lets that warning pass and records it; the other still stops the intake", () => {
    const { fields, overridden } = weighWarnings([ineligible, duplicate], {
      onBehalf: true,
      overrides: ["eligibility"],
    });
    expect(Object.keys(fields)).toEqual([B.companyName, B.overrides]);
    expect(overridden).toEqual({ eligibility: true, duplicate: false });
  });

  it("the applicant is told not to apply again; the secretariat is told which application it may duplicate", () => {
    const found = { id: 7, receivedOn: "2019-09-02", company: { name: "株式会社サンプル" } };
    expect(duplicateMessage(found, false).en).toMatch(/^An application from this company has already been received/);
    expect(duplicateMessage(found, true)).toEqual({
      ja: "重複の可能性があります: 申込番号 #7（株式会社サンプル、受付日 2019/9/2）。",
      en: "This may be a duplicate of application #7 (株式会社サンプル, received 2019/9/2).",
    });
  });
});

describe("the application window", () => {
  it("accepts its first and last days", () => {
    expect(() => checkWindow(window, "2019-08-14", "2019-08-14", false)).not.toThrow();
    expect(() => checkWindow(window, "2019-11-21", "2019-11-21", true)).not.toThrow();
  });

  it("refuses an applicant outside it, on the first field", () => {
    const error = thrown(() => checkWindow(window, "2019-11-22", "2019-11-22", false));
    expect(error.code).toBe("rule_violation");
    expect(error.options.field).toBe(B.companyName);
    expect(error.userMessage.ja).toBe(
      "申込受付期間（2019/8/14〜2019/11/21）外のため、現在は申し込めません。ご不明な点は事務局にお問い合わせください。",
    );
  });

  it("lets the secretariat enter a past received-on day inside it, but never a future one or one outside it", () => {
    expect(() => checkWindow(window, "2019-11-01", "2019-12-10", true)).not.toThrow();
    const future = thrown(() => checkWindow(window, "2019-11-02", "2019-11-01", true));
    expect([future.code, future.options.field]).toEqual(["invalid_input", B.receivedOn]);
    const outside = thrown(() => checkWindow(window, "2019-08-13", "2019-12-10", true));
    expect([outside.code, outside.options.field]).toEqual(["rule_violation", B.receivedOn]);
  });
});

describe("screening decisions", () => {
  it("an invalid decision needs a known reason, and details for “other”", () => {
    expect(invalidDecision("not_sme", "  資本金超過 ")).toEqual({
      status: "invalid",
      invalidReason: "not_sme: 資本金超過",
    });
    expect(invalidDecision("duplicate", "")).toEqual({ status: "invalid", invalidReason: "duplicate" });
    expect(thrown(() => invalidDecision(null, "")).options.field).toBe(B.reason);
    expect(thrown(() => invalidDecision("nonsense", "x")).options.field).toBe(B.reason);
    const other = thrown(() => invalidDecision("other", "  "));
    expect([other.code, other.options.field, other.userMessage.en]).toEqual([
      "invalid_input",
      B.reasonDetail,
      "Describe the reason when choosing “Other”.",
    ]);
  });

  it("the applicant's Slack users: the contact and whoever applied on Slack, once each", () => {
    expect(applicantUsers({ contactSlackUserId: "U1", source: "slack", submittedBy: "U1" })).toEqual(["U1"]);
    expect(applicantUsers({ contactSlackUserId: "U1", source: "slack", submittedBy: "U2" })).toEqual(["U1", "U2"]);
    expect(applicantUsers({ contactSlackUserId: null, source: "mail", submittedBy: "U9" })).toEqual([]);
  });
});
