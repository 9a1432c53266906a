import { describe, expect, it } from "vitest";
import {
  caseStatusLabel,
  reportStatusLabel,
  TERMINATION_CATEGORIES,
  visitStatusLabel,
} from "../../../../../src/features/visits/views/visit-text.js";

describe("visit labels", () => {
  it("name each status in both languages; a value without a label (or an object key) is shown as it is", () => {
    expect(visitStatusLabel("held", "ja")).toBe("実施済み");
    expect(reportStatusLabel("returned", "en")).toBe("Returned for revision");
    expect(caseStatusLabel("terminated", "ja")).toBe("途中終了");
    expect(caseStatusLabel("paused", "en")).toBe("paused");
    expect(visitStatusLabel("constructor", "ja")).toBe("constructor");
  });

  it("termination categories: what an SME is told, in both languages", () => {
    expect(Object.keys(TERMINATION_CATEGORIES)).toEqual(["sme_request", "schedule", "expert", "eligibility", "other"]);
    expect(TERMINATION_CATEGORIES.expert).toEqual({
      ja: "専門家の事情により継続できなくなったため",
      en: "The expert could not continue",
    });
  });
});
