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
