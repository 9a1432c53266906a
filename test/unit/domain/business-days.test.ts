import { describe, expect, it } from "vitest";
import { addBusinessDays } from "../../../src/domain/business-days.js";

describe("report due dates (business days)", () => {
  const closure = { from: "12-29", until: "01-03" };
  it("skips the year-end closure and weekends", () => {
    expect(addBusinessDays("2019-12-27", 5, closure)).toBe("2020-01-10");
    expect(addBusinessDays("2019-12-27", 1, closure)).toBe("2020-01-06");
  });
  it("skips 成人の日 (2020-01-13)", () => {
    expect(addBusinessDays("2020-01-08", 5, closure)).toBe("2020-01-16");
    expect(addBusinessDays("2020-01-10", 1, closure)).toBe("2020-01-14");
  });
  it("skips 体育の日 (2019-10-14)", () => {
    expect(addBusinessDays("2019-10-08", 5, closure)).toBe("2019-10-16");
  });
});
