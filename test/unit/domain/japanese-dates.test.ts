import { describe, expect, it } from "vitest";
import { parseJapaneseDate } from "../../../src/domain/japanese-dates.js";

describe("dates as Japanese spreadsheets write them", () => {
  it.each([
    ["2019/11/17", "2019-11-17"],
    ["2019-11-17", "2019-11-17"],
    ["2019/1/5", "2019-01-05"],
    ["２０１９／１１／１７", "2019-11-17"],
    ["2019年11月17日", "2019-11-17"],
    ["R1.11.17", "2019-11-17"],
    ["R01.11.17", "2019-11-17"],
    ["令和元年11月17日", "2019-11-17"],
    ["R2.1.31", "2020-01-31"],
    ["H31.4.30", "2019-04-30"],
    ["平成31年4月30日", "2019-04-30"],
    ["H1.1.8", "1989-01-08"],
  ])("%s → %s", (text, iso) => expect(parseJapaneseDate(text)).toBe(iso));

  it.each(["2019/2/30", "R1.4.30", "H31.5.1", "H1.1.7", "11/17", "2019/11", "yesterday", ""])(
    "%s is not a date",
    (text) => expect(parseJapaneseDate(text)).toBeNull(),
  );
});
