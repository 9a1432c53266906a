import { describe, expect, it } from "vitest";
import type { Reader } from "../../../../src/db/reader.js";
import { asOfInstant } from "../../../../src/domain/as-of.js";
import { assessShortage } from "../../../../src/features/shortage/shortage-rule.js";
import { shortageAsOf } from "../../../../src/features/shortage/shortage-service.js";

const KANTO = 2;
const CHUBU = 3;
const KYUSHU = 7;
const N = 14;

describe("the shortage flag", () => {
  it("flags a region with more applications waiting than free places, however short the wait", () => {
    const s = assessShortage(
      [{ prefecture: 13, waiting: 3, oldestWaitDays: 1 }],
      [{ prefectures: [13], experts: 1, free: 2 }],
      N,
    );
    expect(s.regions[KANTO]).toMatchObject({ waiting: 3, free: 2, experts: 1, oldestWaitDays: 1, short: true });
    expect(s.regions[KANTO].reasons).toEqual(["over_capacity"]);
    expect(s.shortRegions).toEqual([KANTO]);
  });

  it("does not flag a region whose free places match its waiting applications", () => {
    const s = assessShortage(
      [{ prefecture: 13, waiting: 2, oldestWaitDays: 30 }],
      [{ prefectures: [13], experts: 1, free: 2 }],
      N,
    );
    expect(s.regions[KANTO]).toMatchObject({ short: false, reasons: [], uncovered: [] });
    expect(s.shortRegions).toEqual([]);
  });

  it("zero capacity: one waiting application and no free place is short at once", () => {
    const s = assessShortage(
      [{ prefecture: 47, waiting: 1, oldestWaitDays: 0 }],
      [{ prefectures: [40], experts: 2, free: 0 }],
      N,
    );
    expect(s.regions[KYUSHU]).toMatchObject({ waiting: 1, free: 0, experts: 2, uncovered: [47], short: true });
    expect(s.regions[KYUSHU].reasons).toEqual(["over_capacity"]);
  });

  it("nothing waiting and no expert is not a shortage", () => {
    const s = assessShortage([], [], N);
    expect(s.shortRegions).toEqual([]);
    expect(s.regions.every((r) => r.oldestWaitDays === null && r.free === 0)).toBe(true);
    expect(s.total).toEqual({ waiting: 0, free: 0, experts: 0, oldestWaitDays: null });
  });

  describe("a prefecture no expert with a free place covers, in a region with room elsewhere", () => {
    // 沖縄 waits; the region's free places are in 福岡 and do not reach 沖縄.
    const capacity = [{ prefectures: [40], experts: 1, free: 3 }];
    const at = (days: number) => assessShortage([{ prefecture: 47, waiting: 1, oldestWaitDays: days }], capacity, N);

    it("waiting exactly N days is not yet short", () => {
      const r = at(N).regions[KYUSHU];
      expect(r).toMatchObject({ waiting: 1, free: 3, uncovered: [47], oldestWaitDays: N, short: false });
    });

    it("one day more than N is short, for the stale wait", () => {
      const r = at(N + 1).regions[KYUSHU];
      expect(r).toMatchObject({ short: true, reasons: ["stale"], oldestWaitDays: N + 1 });
    });

    it("a long wait where an expert has a free place is the secretariat's to propose, not a shortage", () => {
      const s = assessShortage([{ prefecture: 40, waiting: 1, oldestWaitDays: 60 }], capacity, N);
      expect(s.regions[KYUSHU]).toMatchObject({ short: false, uncovered: [] });
    });
  });

  it("an expert covering two regions counts in each, but once in the totals", () => {
    // Lives in 静岡 (中部), also visits 神奈川 (関東): 2 free places.
    const s = assessShortage(
      [
        { prefecture: 14, waiting: 2, oldestWaitDays: 3 },
        { prefecture: 22, waiting: 2, oldestWaitDays: 5 },
      ],
      [
        { prefectures: [22, 14], experts: 1, free: 2 },
        { prefectures: [13], experts: 2, free: 1 },
      ],
      N,
    );
    expect(s.regions[KANTO]).toMatchObject({ waiting: 2, free: 3, experts: 3, short: false });
    expect(s.regions[CHUBU]).toMatchObject({ waiting: 2, free: 2, experts: 1, short: false });
    expect(s.total).toEqual({ waiting: 4, free: 3, experts: 3, oldestWaitDays: 5 });
  });

  it("the same prefecture given twice, or twice in one coverage, is counted once", () => {
    const s = assessShortage(
      [
        { prefecture: 1, waiting: 1, oldestWaitDays: 2 },
        { prefecture: 1, waiting: 2, oldestWaitDays: 9 },
      ],
      [{ prefectures: [1, 1], experts: 1, free: 3 }],
      N,
    );
    expect(s.regions[0]).toMatchObject({ waiting: 3, free: 3, oldestWaitDays: 9, short: false });
  });
});

/** A reader that answers the two shortage reads with fixed rows. */
function fakeReader(waiting: unknown[], coverage: unknown[]): Reader & { params: unknown[][] } {
  const params: unknown[][] = [];
  return {
    params,
    async all<T>(sql: string, ...p: unknown[]) {
      params.push(p);
      return (sql.includes(`FROM "Application"`) ? waiting : coverage) as T[];
    },
    async get() {
      return undefined;
    },
    async close() {},
  };
}

describe("shortageAsOf", () => {
  it("counts wait days in Japan-time days from the screening (or the receipt when none is recorded)", async () => {
    const read = fakeReader(
      [
        // Screened 2019/11/10 08:30 Japan time (the day before in UTC).
        { prefecture: 47, waiting: 1, firstScreenedAt: "2019-11-09T23:30:00.000Z", firstReceivedOn: null },
        { prefecture: 13, waiting: 2, firstScreenedAt: null, firstReceivedOn: "2019-11-20" },
      ],
      [
        { prefecture: 40, covered: "[40,41]", experts: 2, free: 4 },
        { prefecture: 13, covered: "not json", experts: 1, free: 1 },
        { prefecture: null, covered: "[99, 14]", experts: 1, free: 2 },
      ],
    );
    const s = await shortageAsOf(
      read,
      { id: 7, shortageHorizonDays: N },
      asOfInstant(new Date("2019-11-25T00:00:00Z")),
    );
    expect(s.asOfDay).toBe("2019-11-25");
    expect(s.regions[KYUSHU]).toMatchObject({ oldestWaitDays: 15, uncovered: [47], short: true, reasons: ["stale"] });
    // 東京 waits 2 against the 東京 expert (1, broken list: home only) and the one listing 神奈川 (2).
    expect(s.regions[KANTO]).toMatchObject({ waiting: 2, free: 3, oldestWaitDays: 5, short: false });
    expect(s.total).toMatchObject({ free: 7, experts: 4 });
    expect(read.params[0][0]).toBe(7);
  });
});
