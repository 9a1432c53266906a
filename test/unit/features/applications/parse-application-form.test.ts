import { describe, expect, it } from "vitest";
import {
  type ApplicationFormValues,
  parseApplicationForm,
} from "../../../../src/features/applications/applications-service.js";
import { AppError } from "../../../../src/lib/errors.js";

const form = (over: Partial<ApplicationFormValues> = {}): ApplicationFormValues => ({
  received_via: null,
  received_on: null,
  company_name: "株式会社サンプル",
  company_kana: "カブシキガイシャサンプル",
  corporate_number: "",
  industry: "E",
  capital: "10000000",
  employees: "25",
  prefecture: "13",
  address: "千代田区丸の内1-1-1",
  contact_name: "山田 花子",
  contact_title: "",
  contact_email: "hanako@example.jp",
  contact_phone: "03-1234-5678",
  contact_user: null,
  heard_from: "chamber",
  recruiter: null,
  schedule_wishes: "",
  overrides: [],
  ...over,
});

function fieldsOf(values: ApplicationFormValues, onBehalf = false): Record<string, string> {
  try {
    parseApplicationForm(values, onBehalf);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return Object.fromEntries(Object.entries(error.options.fields ?? {}).map(([k, v]) => [k, v.en]));
  }
  throw new Error("the form was accepted");
}

describe("the application form", () => {
  it("accepts half-width kana and a blank capital (a sole proprietor)", () => {
    const input = parseApplicationForm(form({ company_kana: "ｶﾌﾞｼｷｶﾞｲｼｬｻﾝﾌﾟﾙ", capital: "" }), false);
    expect([input.company_kana, input.capital, input.employees]).toEqual(["カブシキガイシャサンプル", null, 25]);
  });

  it("an applicant's received-via, received-on and overrides are ignored", () => {
    const input = parseApplicationForm(
      form({ received_via: "fax", received_on: "2019-01-01", overrides: ["eligibility"] }),
      false,
    );
    expect([input.received_via, input.received_on, input.overrides]).toEqual([null, null, []]);
  });

  it("the secretariat must say how and when it arrived", () => {
    expect(fieldsOf(form(), true)).toEqual({
      received_via: "Please fill this in.",
      received_on: "Please fill this in.",
    });
    const input = parseApplicationForm(
      form({ received_via: "fax", received_on: "2019-09-01", overrides: ["duplicate"] }),
      true,
    );
    expect([input.received_via, input.received_on, input.overrides]).toEqual(["fax", "2019-09-01", ["duplicate"]]);
  });

  it("reports every bad field at once, each on its own block", () => {
    expect(
      fieldsOf(
        form({
          company_kana: "sample",
          corporate_number: "123",
          employees: "2.5",
          contact_email: "x",
          contact_phone: "0",
          heard_from: null,
        }),
      ),
    ).toEqual({
      company_kana: "Use hiragana or katakana (e.g. カブシキガイシャサンプル).",
      corporate_number: "Enter the 13-digit corporate number (hyphens and full-width digits are fine).",
      employees: "Enter a whole number (0 or more).",
      contact_email: "This is not a valid email address.",
      contact_phone: "Enter a phone number of 10–20 digits and hyphens.",
      heard_from: "Please fill this in.",
    });
  });
});
