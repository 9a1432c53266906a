import { industryByCode, type SmeCategory } from "./industries.js";

/** SME Basic Act (中小企業基本法 第2条) thresholds: capital OR regular employees at or below. */
export const SME_THRESHOLDS: Record<Exclude<SmeCategory, "not_eligible">, { capitalYen: number; employees: number }> = {
  manufacturing_other: { capitalYen: 300_000_000, employees: 300 },
  wholesale: { capitalYen: 100_000_000, employees: 100 },
  services: { capitalYen: 50_000_000, employees: 100 },
  retail: { capitalYen: 50_000_000, employees: 50 },
};

export type Eligibility =
  | { eligible: true; by: "capital" | "employees" }
  | {
      eligible: false;
      reason: "not_eligible_industry" | "over_thresholds" | "unknown_size";
      thresholds?: { capitalYen: number; employees: number };
    };

/**
 * A company is an SME when its capital OR its regular employees are at or below its industry's
 * threshold. A missing figure cannot prove eligibility on its own.
 */
export function checkSmeEligibility(input: {
  industry: string;
  capitalYen: number | null;
  employees: number | null;
}): Eligibility {
  const industry = industryByCode(input.industry);
  if (!industry || industry.sme === "not_eligible") return { eligible: false, reason: "not_eligible_industry" };
  const t = SME_THRESHOLDS[industry.sme];
  if (input.capitalYen !== null && input.capitalYen <= t.capitalYen) return { eligible: true, by: "capital" };
  if (input.employees !== null && input.employees <= t.employees) return { eligible: true, by: "employees" };
  if (input.capitalYen === null && input.employees === null)
    return { eligible: false, reason: "unknown_size", thresholds: t };
  return { eligible: false, reason: "over_thresholds", thresholds: t };
}

/** 3億円, 5千万円, 1億円 — how the thresholds are written in the program's documents. */
export function formatOkuYen(yen: number): string {
  if (yen >= 100_000_000 && yen % 100_000_000 === 0) return `${yen / 100_000_000}億円`;
  if (yen >= 10_000_000 && yen % 10_000_000 === 0) return `${yen / 10_000_000}千万円`;
  if (yen >= 10_000 && yen % 10_000 === 0) return `${(yen / 10_000).toLocaleString("ja-JP")}万円`;
  return `${yen.toLocaleString("ja-JP")}円`;
}
