import { z } from "zod";

/** Whether a payee is a person (withheld) or a company (not withheld). */
export type PayeeKind = "individual" | "corporation";

/**
 * Where each expert's payee kind comes from (the bank-account record). The default, used until
 * that record exists, treats everyone as an individual: withholding too much is corrected by the
 * expert's tax return, withholding too little is the payer's liability.
 */
export type PayeeKinds = { kindsOf(expertIds: number[]): Promise<Map<number, PayeeKind>> };

export const everyoneIndividual: PayeeKinds = {
  async kindsOf(expertIds) {
    return new Map(expertIds.map((id) => [id, "individual" as const]));
  },
};

/** The program's withholding settings: rates in basis points (1021 = 10.21 %). */
export type WithholdingRates = {
  withholdingRateBp: number;
  withholdingHighRateBp: number;
  withholdingThresholdYen: number;
};

/** The settings as `desk program set` takes them: rates up to 100 %, a threshold in whole yen. */
export const WithholdingRatesSchema = z.object({
  withholdingRateBp: z.number().int().min(0).max(10_000),
  withholdingHighRateBp: z.number().int().min(0).max(10_000),
  withholdingThresholdYen: z.number().int().min(0).max(1_000_000_000),
});

export const DEFAULT_WITHHOLDING: WithholdingRates = {
  withholdingRateBp: 1021,
  withholdingHighRateBp: 2042,
  withholdingThresholdYen: 1_000_000,
};

/**
 * 源泉徴収税額 on one payment of `feeYen` (報酬・料金, 所得税法第204条): for an individual the low
 * rate of the fee up to the threshold and the high rate of the part above, in whole yen rounded
 * down (1円未満切捨て); nothing for a corporation. Integer arithmetic: 10.21 % of ¥1 is not a float
 * question. Travel reimbursed at cost against a receipt is not part of `feeYen`.
 */
export function withholdingYen(feeYen: number, kind: PayeeKind, rates: WithholdingRates = DEFAULT_WITHHOLDING): number {
  if (!Number.isInteger(feeYen) || feeYen < 0) throw new RangeError(`fee must be whole yen ≥ 0, got ${feeYen}`);
  if (kind === "corporation") return 0;
  const low = Math.min(feeYen, rates.withholdingThresholdYen);
  const high = feeYen - low;
  return Math.floor((low * rates.withholdingRateBp + high * rates.withholdingHighRateBp) / 10_000);
}

/** One line of a payment as the batch fixes it. */
export type SettledLine = { lineId: number; feeYen: number; travelYen: number; withheldYen: number; netYen: number };

/**
 * One expert's payment in a batch: withholding on the sum of the fees (the payment), spread over
 * the lines so that they add up exactly: line i carries W(fees of lines 1..i) − W(fees of 1..i−1).
 */
export function settlePayment(
  lines: { lineId: number; feeYen: number; travelYen: number }[],
  kind: PayeeKind,
  rates: WithholdingRates,
): { lines: SettledLine[]; feeYen: number; travelYen: number; withheldYen: number; netYen: number } {
  let cumulative = 0;
  let withheldSoFar = 0;
  const settled = lines.map((l) => {
    cumulative += l.feeYen;
    const upToHere = withholdingYen(cumulative, kind, rates);
    const withheldYen = upToHere - withheldSoFar;
    withheldSoFar = upToHere;
    return { ...l, withheldYen, netYen: l.feeYen + l.travelYen - withheldYen };
  });
  const travelYen = settled.reduce((s, l) => s + l.travelYen, 0);
  return {
    lines: settled,
    feeYen: cumulative,
    travelYen,
    withheldYen: withheldSoFar,
    netYen: cumulative + travelYen - withheldSoFar,
  };
}

/** "10.21" (percent, up to two decimals) → 1021 basis points; null when it is not such a number. */
export function percentToBp(text: string): number | null {
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text.trim())) return null;
  const bp = Math.round(Number(text) * 100);
  return bp <= 10_000 ? bp : null;
}

/** "10.21 % up to ¥1,000,000, 20.42 % above" for the operator. */
export function describeWithholding(r: WithholdingRates): string {
  const pct = (bp: number) => (bp / 100).toFixed(2);
  return `${pct(r.withholdingRateBp)} % up to ¥${r.withholdingThresholdYen.toLocaleString("en-US")} per payment, ${pct(r.withholdingHighRateBp)} % above (individuals)`;
}
