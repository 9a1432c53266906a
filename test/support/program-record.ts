import { DEFAULT_WITHHOLDING } from "../../src/features/honoraria/withholding.js";
import type { Program } from "../../src/features/program/program-service.js";
import { DEFAULT_SETTINGS } from "../../src/features/program/program-service.js";

/** A current program as its row reads, with the default settings, for tests that fake the database. */
export function programRecord(over: Partial<Program> & Pick<Program, "startDate" | "endDate" | "createdAt">): Program {
  return {
    id: 1,
    name: "Program",
    applyFrom: over.startDate,
    applyUntil: over.endDate,
    ...DEFAULT_SETTINGS,
    ...DEFAULT_WITHHOLDING,
    rankingWeights: "{}",
    payerCode: null,
    payerNameKana: null,
    payerBankCode: null,
    payerBranchCode: null,
    payerAccountType: null,
    payerAccountNumber: null,
    current: true,
    updatedAt: over.createdAt,
    ...over,
  };
}
