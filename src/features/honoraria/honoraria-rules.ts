import { DateTime } from "luxon";
import { ZONE } from "../../lib/clock.js";
import type { Program } from "../program/program-repository.js";
import type { PayBatchInput } from "./honoraria.schemas.js";
import type { LineDetail } from "./honoraria-repository.js";

/** The program's rate for a qualification (RISS holders, also with ITC, get the RISS rate). */
export function honorariumRate(
  program: Pick<Program, "honorariumRissYen" | "honorariumItcYen">,
  qualification: string,
) {
  return qualification === "ITC" ? program.honorariumItcYen : program.honorariumRissYen;
}

/**
 * An expert's lines with their fees still payable and paid, the travel accepted on them, the tax
 * withheld from what was paid, and what reached them (net of paid lines).
 */
export type OwnHonoraria = {
  lines: LineDetail[];
  payableYen: number;
  paidYen: number;
  travelYen: number;
  withheldYen: number;
  paidNetYen: number;
};

type Line = Pick<LineDetail, "expertId" | "amountYen" | "status">;

/** An expert's lines with what is still payable and what was paid. */
export function ownTotals(lines: LineDetail[]): OwnHonoraria {
  const paid = lines.filter((l) => l.status === "paid");
  return {
    lines,
    payableYen: sumYen(lines.filter((l) => l.status === "payable")),
    paidYen: sumYen(paid),
    travelYen: lines.reduce((s, l) => s + l.travelYen, 0),
    withheldYen: paid.reduce((s, l) => s + l.withheldYen, 0),
    paidNetYen: paid.reduce((s, l) => s + l.netYen, 0),
  };
}

export function sumYen(lines: Pick<Line, "amountYen">[]): number {
  return lines.reduce((s, l) => s + l.amountYen, 0);
}

/**
 * Which payable lines a batch pays: the chosen experts' (none chosen: everyone's), and with a
 * cut-off day only lines created (visits accepted) on or before that day in Japan time, i.e.
 * before the next day's midnight in Tokyo.
 */
export function payableFilter(input: Pick<PayBatchInput, "expertIds" | "acceptedUntil">): {
  expertIds: number[];
  createdBefore: Date | undefined;
} {
  return {
    expertIds: input.expertIds,
    createdBefore: input.acceptedUntil
      ? DateTime.fromISO(input.acceptedUntil, { zone: ZONE }).plus({ days: 1 }).toJSDate()
      : undefined,
  };
}

/** A batch's lines per expert, in the order they come (each expert is told their part once). */
export function linesByExpert<T extends Pick<Line, "expertId">>(lines: T[]): Map<number, T[]> {
  const byExpert = new Map<number, T[]>();
  for (const line of lines) byExpert.set(line.expertId, [...(byExpert.get(line.expertId) ?? []), line]);
  return byExpert;
}

/** What a batch paid in all (fees, travel, tax withheld, net) and to how many experts. */
export function batchTotals(lines: (Line & Partial<Pick<LineDetail, "travelYen" | "withheldYen" | "netYen">>)[]): {
  amountYen: number;
  travelYen: number;
  withheldYen: number;
  netYen: number;
  experts: number;
} {
  const sum = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + pick(l), 0);
  return {
    amountYen: sumYen(lines),
    travelYen: sum((l) => l.travelYen ?? 0),
    withheldYen: sum((l) => l.withheldYen ?? 0),
    netYen: sum((l) => l.netYen ?? l.amountYen),
    experts: new Set(lines.map((l) => l.expertId)).size,
  };
}
