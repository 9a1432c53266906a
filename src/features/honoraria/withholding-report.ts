import { toCsv } from "../../lib/csv.js";
import type { Locale } from "../../lib/i18n.js";
import { withholdingReportTexts } from "./withholding-report.texts.js";

/** One expert's payments in a calendar year, for the 報酬、料金、契約金及び賞金の支払調書. */
export type WithholdingRow = {
  expertId: number;
  name: string;
  kana: string;
  feeYen: number;
  travelYen: number;
  withheldYen: number;
  netYen: number;
  /** Batches that paid them (each batch is one payment). */
  payments: number;
};

export type WithholdingTotals = {
  year: number;
  rows: WithholdingRow[];
  total: Omit<WithholdingRow, "expertId" | "name" | "kana">;
};

type PaidLine = {
  expertId: number;
  batchId: number | null;
  amountYen: number;
  travelYen: number;
  withheldYen: number;
  netYen: number;
  expert: { nameKanji: string; nameKana: string };
};

/** Sums paid lines per expert, in kana order (how a 支払調書 list is kept). */
export function withholdingTotals(year: number, lines: PaidLine[]): WithholdingTotals {
  const rows = new Map<number, WithholdingRow & { batches: Set<number> }>();
  for (const l of lines) {
    let row = rows.get(l.expertId);
    if (!row) {
      row = {
        expertId: l.expertId,
        name: l.expert.nameKanji,
        kana: l.expert.nameKana,
        feeYen: 0,
        travelYen: 0,
        withheldYen: 0,
        netYen: 0,
        payments: 0,
        batches: new Set(),
      };
      rows.set(l.expertId, row);
    }
    row.feeYen += l.amountYen;
    row.travelYen += l.travelYen;
    row.withheldYen += l.withheldYen;
    row.netYen += l.netYen;
    if (l.batchId !== null) row.batches.add(l.batchId);
  }
  const out = [...rows.values()]
    .map(({ batches, ...r }) => ({ ...r, payments: batches.size }))
    .sort((a, b) => a.kana.localeCompare(b.kana, "ja") || a.expertId - b.expertId);
  const total = out.reduce(
    (t, r) => ({
      feeYen: t.feeYen + r.feeYen,
      travelYen: t.travelYen + r.travelYen,
      withheldYen: t.withheldYen + r.withheldYen,
      netYen: t.netYen + r.netYen,
      payments: t.payments + r.payments,
    }),
    { feeYen: 0, travelYen: 0, withheldYen: 0, netYen: 0, payments: 0 },
  );
  return { year, rows: out, total };
}

function tableRows(r: WithholdingTotals, locale: Locale): (string | number)[][] {
  const t = withholdingReportTexts(locale);
  return [
    [t.number, t.expert, t.kana, t.fees, t.travel, t.withheld, t.net, t.payments],
    ...r.rows.map((x) => [x.expertId, x.name, x.kana, x.feeYen, x.travelYen, x.withheldYen, x.netYen, x.payments]),
    [t.total, "", "", r.total.feeYen, r.total.travelYen, r.total.withheldYen, r.total.netYen, r.total.payments],
  ];
}

/** The totals as CSV (amounts as plain numbers, so a spreadsheet adds them up). */
export function withholdingCsv(r: WithholdingTotals, locale: Locale): string {
  return toCsv(tableRows(r, locale));
}

/** Display width: full-width characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

/** The totals as an aligned text table for the terminal, amounts with thousands separators. */
export function withholdingTable(r: WithholdingTotals, locale: Locale): string {
  const t = withholdingReportTexts(locale);
  if (r.rows.length === 0) return `${t.none(r.year)}\n`;
  const rows = tableRows(r, locale).map((row, i) =>
    row.map((c, col) => (typeof c === "number" && i > 0 && col >= 3 ? c.toLocaleString("en-US") : String(c))),
  );
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => width(row[col]))));
  const pad = (c: string, col: number) =>
    col >= 3 || col === 0 ? " ".repeat(widths[col] - width(c)) + c : c + " ".repeat(widths[col] - width(c));
  return `${[t.title(r.year), "", ...rows.map((row) => row.map(pad).join("  ").trimEnd())].join("\n")}\n`;
}
