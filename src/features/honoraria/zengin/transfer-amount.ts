import type { LineDetail } from "../honoraria-repository.js";

/**
 * What a line transfers to the expert's account: the net amount the payment batch fixed (fee plus
 * accepted travel, less the income tax withheld).
 */
export function transferAmountOf(line: Pick<LineDetail, "netYen">): number {
  return line.netYen;
}
