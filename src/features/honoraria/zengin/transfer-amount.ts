import type { LineDetail } from "../honoraria-repository.js";

/**
 * What a line transfers to the expert's account. The gross fee for now; the amount after travel
 * expenses and withholding when the lines carry them.
 */
export function transferAmountOf(line: Pick<LineDetail, "amountYen">): number {
  return line.amountYen;
}
