/**
 * Figures of the 2019 program report (../shared/seed, 成果報告書 概要版): the shapes the demo data
 * reproduces at scale 1.
 */

/** Table 2: registered experts by prefecture (JIS code → [RISS, ITC]); null = 記載なし. Total 309 + 55 = 364. */
export const EXPERTS_BY_PREFECTURE: [number | null, number, number][] = [
  [1, 18, 1],
  [2, 0, 0],
  [3, 1, 0],
  [4, 4, 0],
  [5, 2, 0],
  [6, 2, 1],
  [7, 4, 1],
  [8, 3, 1],
  [9, 5, 0],
  [10, 1, 0],
  [11, 3, 5],
  [12, 16, 2],
  [13, 71, 10],
  [14, 29, 6],
  [15, 3, 2],
  [16, 1, 2],
  [17, 2, 1],
  [18, 4, 2],
  [19, 1, 1],
  [20, 3, 0],
  [21, 2, 0],
  [22, 1, 3],
  [23, 16, 1],
  [24, 1, 0],
  [25, 2, 0],
  [26, 4, 1],
  [27, 37, 3],
  [28, 11, 1],
  [29, 1, 2],
  [30, 1, 0],
  [31, 1, 0],
  [32, 0, 1],
  [33, 3, 0],
  [34, 7, 2],
  [35, 1, 0],
  [36, 0, 0],
  [37, 0, 0],
  [38, 1, 1],
  [39, 0, 0],
  [40, 11, 2],
  [41, 2, 0],
  [42, 1, 0],
  [43, 2, 0],
  [44, 1, 0],
  [45, 2, 0],
  [46, 1, 1],
  [47, 1, 0],
  [null, 26, 2],
];

/** Table 3: visits held per week (week ending Sunday) by round 1–4. Totals 382 / 381 / 380 / 378. */
export const VISITS_BY_WEEK: [string, number, number, number, number][] = [
  ["2019-09-22", 1, 0, 0, 0],
  ["2019-09-29", 1, 0, 0, 0],
  ["2019-10-06", 9, 2, 0, 0],
  ["2019-10-13", 26, 0, 1, 0],
  ["2019-10-20", 34, 5, 1, 1],
  ["2019-10-27", 32, 14, 1, 1],
  ["2019-11-03", 32, 35, 4, 0],
  ["2019-11-10", 38, 33, 12, 3],
  ["2019-11-17", 75, 40, 27, 7],
  ["2019-11-24", 78, 66, 24, 10],
  ["2019-12-01", 48, 99, 55, 11],
  ["2019-12-08", 7, 60, 86, 28],
  ["2019-12-15", 1, 21, 110, 52],
  ["2019-12-22", 0, 6, 50, 141],
  ["2019-12-29", 0, 0, 9, 121],
  ["2020-01-05", 0, 0, 0, 2],
  ["2020-01-12", 0, 0, 0, 1],
];

/** Table 1: briefing sessions for experts (date, city, capacity, applications, accepted, refused, attended, cancelled). */
export const BRIEFINGS: {
  date: string;
  city: string;
  capacity: number;
  applied: number;
  accepted: number;
  attended: number;
  cancelled: boolean;
  /** Views of the session's video (only the Tokyo session was filmed). */
  videoViews?: number;
}[] = [
  { date: "2019-08-20", city: "名古屋", capacity: 99, applied: 65, accepted: 65, attended: 63, cancelled: false },
  { date: "2019-08-28", city: "仙台", capacity: 69, applied: 41, accepted: 41, attended: 40, cancelled: false },
  {
    date: "2019-08-30",
    city: "東京",
    capacity: 105,
    applied: 608,
    accepted: 104,
    attended: 97,
    cancelled: false,
    videoViews: 1267,
  },
  { date: "2019-09-03", city: "大阪", capacity: 90, applied: 161, accepted: 87, attended: 80, cancelled: false },
  { date: "2019-09-06", city: "福岡", capacity: 60, applied: 77, accepted: 58, attended: 55, cancelled: false },
  { date: "2019-09-10", city: "札幌", capacity: 100, applied: 44, accepted: 44, attended: 43, cancelled: false },
  { date: "2019-09-12", city: "新潟", capacity: 55, applied: 29, accepted: 29, attended: 0, cancelled: true },
  { date: "2019-09-17", city: "広島", capacity: 55, applied: 43, accepted: 39, attended: 34, cancelled: false },
];

export const PROGRAM_2019 = {
  name: "中小企業の情報セキュリティマネジメント指導業務（デモ）",
  startDate: "2019-07-17",
  endDate: "2020-01-31",
  applyFrom: "2019-08-14",
  applyUntil: "2019-11-21",
};

/** Applications 402 (382 valid); matchings 382; 3 terminated early; 1 completed in three visits. */
export const APPLICATIONS = { total: 402, valid: 382, terminated: 3, completedInThree: 1 };
/** Of the 302 matchings of RISS experts, 154 were brought in by the expert (51%). */
export const RISS_RECRUITED = 154;
export const RECRUITED_SHARE = RISS_RECRUITED / 302;
/**
 * Table 4: the 302 matchings of RISS experts (holders of both qualifications included), 148 in the
 * 3 metropolitan areas (49.0%) and 154 in the rest. The report gives no split of the other 80
 * (ITC experts'): the demo puts 22 of them in the metro areas, about the share of ITC experts
 * registered there (14 of 55), so ITC experts, with their closer ties to SMEs, take more cases
 * each than RISS experts, as the report observes.
 */
export const MATCHINGS_2019 = {
  riss: { metro: 148, other: 154 },
  itc: { metro: 22, other: 58 },
};
