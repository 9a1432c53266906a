import { describe, expect, it } from "vitest";
import { type ExpertFormValues, parseExpertForm } from "../../../../src/features/experts/experts-service.js";
import { AppError } from "../../../../src/lib/errors.js";

const form = (over: Partial<ExpertFormValues> = {}): ExpertFormValues => ({
  name_kanji: "鈴木 次郎",
  name_kana: "すずき じろう",
  qualification: "RISS",
  riss_number: "012345",
  prefecture: "13",
  covered_prefectures: [],
  industries: ["E"],
  capacity: "3",
  email: "",
  phone: "",
  profile: "",
  ...over,
});

function fieldsOf(values: ExpertFormValues): Record<string, string> {
  try {
    parseExpertForm(values);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return Object.fromEntries(Object.entries(error.options.fields ?? {}).map(([k, v]) => [k, v.en]));
  }
  throw new Error("the form was accepted");
}

describe("expert registration form", () => {
  it("accepts a valid form; with no prefecture to visit chosen, the expert visits their own", () => {
    const input = parseExpertForm(form({ riss_number: "第０１２３４５号" }));
    expect(input).toMatchObject({ prefecture: 13, covered_prefectures: [13], riss_number: "012345", capacity: 3 });
  });

  it("“Not given” is no prefecture, and then none to visit either", () => {
    const input = parseExpertForm(form({ prefecture: "none" }));
    expect([input.prefecture, input.covered_prefectures]).toEqual([null, []]);
  });

  it("an IT Coordinator needs no RISS number; a RISS holder does", () => {
    expect(parseExpertForm(form({ qualification: "ITC", riss_number: "" })).riss_number).toBe("");
    expect(fieldsOf(form({ riss_number: "" }))).toEqual({
      riss_number: "RISS holders must enter their registration number.",
    });
  });

  it("reports every bad field at once, each on its own block", () => {
    expect(
      fieldsOf(
        form({
          qualification: null,
          prefecture: null,
          name_kana: "Suzuki",
          riss_number: "12",
          capacity: "",
          email: "not-mail",
          phone: "abc",
        }),
      ),
    ).toEqual({
      qualification: "Choose your qualification.",
      prefecture: "Choose your prefecture (or “Not given”).",
      name_kana: "Use hiragana or katakana (e.g. やまだ たろう).",
      riss_number: "Enter the 6-digit registration number (e.g. 012345).",
      capacity: "Enter a whole number from 1 to 20.",
      email: "This is not a valid email address.",
      phone: "Enter a phone number of 10–20 digits and hyphens.",
    });
  });

  it("the first problem is the message; Japanese is given alongside", () => {
    let caught: unknown;
    try {
      parseExpertForm(form({ capacity: "21" }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).userMessage).toEqual({
      ja: "1〜20の整数で入力してください。",
      en: "Enter a whole number from 1 to 20.",
    });
  });
});
