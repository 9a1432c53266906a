import { PREFECTURES } from "./prefectures.js";

/** An expert as Table 2 needs it. `qualification` is RISS | ITC | RISS_ITC. */
export type ExpertForTable = { prefecture: number | null; qualification: string };

export type ExpertTableRow = { label: string; total: number; riss: number; itc: number };

/** Label of the row for experts who gave no prefecture (the 2019 table's 記載なし). */
export const NO_PREFECTURE_LABEL = "(none)";
export const TOTAL_LABEL = "total";

/**
 * Table 2 of the final report: experts by prefecture, the 47 prefectures in JIS code order, then
 * experts who gave none, then the total. A holder of both qualifications counts under RISS (the
 * 2019 table's 364 = 309 RISS + 55 ITC counts every expert once). Pass only registered experts.
 */
export function computeExpertsByPrefecture(experts: readonly ExpertForTable[]): ExpertTableRow[] {
  const rows: ExpertTableRow[] = [
    ...PREFECTURES.map((label) => ({ label, total: 0, riss: 0, itc: 0 })),
    { label: NO_PREFECTURE_LABEL, total: 0, riss: 0, itc: 0 },
  ];
  const total: ExpertTableRow = { label: TOTAL_LABEL, total: 0, riss: 0, itc: 0 };
  for (const e of experts) {
    const row = e.prefecture && e.prefecture >= 1 && e.prefecture <= 47 ? rows[e.prefecture - 1] : rows[47];
    const key = e.qualification === "ITC" ? "itc" : "riss";
    row[key]++;
    row.total++;
    total[key]++;
    total.total++;
  }
  return [...rows, total];
}
