import { describe, expect, it } from "vitest";
import { computeExpertsByPrefecture } from "../../../src/domain/expert-table.js";

describe("Table 2", () => {
  it("counts a holder of both qualifications under RISS and an expert without prefecture under (none)", () => {
    const rows = computeExpertsByPrefecture([
      { prefecture: 13, qualification: "RISS_ITC" },
      { prefecture: 13, qualification: "ITC" },
      { prefecture: null, qualification: "RISS" },
    ]);
    expect(rows).toHaveLength(49);
    expect(rows[12]).toEqual({ label: "東京都", total: 2, riss: 1, itc: 1 });
    expect(rows[47]).toEqual({ label: "(none)", total: 1, riss: 1, itc: 0 });
    expect(rows[48]).toEqual({ label: "total", total: 3, riss: 2, itc: 1 });
  });
});
