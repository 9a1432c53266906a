import type { DbClient } from "../../db/client.js";
import type { Plan, PlanInput } from "./import-plan.js";
import type { ImportKind } from "./imports.schemas.js";
import { planApplications } from "./plan-applications.js";
import { planCases } from "./plan-cases.js";
import { planExperts } from "./plan-experts.js";
import { planVisits } from "./plan-visits.js";

/** How each kind of import checks its rows against the database and plans its writes. */
export const PLANNERS: Record<ImportKind, (db: DbClient, input: PlanInput<any>) => Promise<Plan>> = {
  experts: planExperts,
  applications: planApplications,
  cases: planCases,
  visits: planVisits,
};
