import { todayJst } from "../../lib/clock.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { countExpertsByStatus, listPendingExperts } from "../experts/experts-repository.js";
import { type Actor, requireRole } from "../roles/actor.js";
import {
  APPLICATION_FIELD_ERRORS,
  type ApplicationInput,
  ApplicationInputSchema,
  SecretariatApplicationInputSchema,
} from "./applications.schemas.js";
import type { ApplicationsContext } from "./applications-context.js";
import {
  type ApplicationDetail,
  countApplicationsInStatus,
  findApplicationById,
  listApplicationsByStatus,
  searchActiveExperts,
} from "./applications-repository.js";
import { type ApplyOptions, applyApplication } from "./apply-application.js";
import { applicationNotFound, invalidDecision, screenApplication } from "./screen-application.js";
import type { SecretariatDashboard } from "./views/applications-home.js";

/** Other features and the importers use these rules through the service module. */
export { applicantUsers, normaliseCompanyName } from "./application-rules.js";

/** Raw form values as strings/arrays, before validation; keys are the modal's block ids. */
export type ApplicationFormValues = {
  received_via: string | null;
  received_on: string | null;
  company_name: string;
  company_kana: string;
  corporate_number: string;
  industry: string | null;
  capital: string;
  employees: string;
  prefecture: string | null;
  address: string;
  contact_name: string;
  contact_title: string;
  contact_email: string;
  contact_phone: string;
  contact_user: string | null;
  heard_from: string | null;
  recruiter: string | null;
  schedule_wishes: string;
  overrides: string[];
};

/**
 * Validates the application form; every problem is reported on its own field. How and when it
 * arrived, and the overrides, count only when the secretariat enters it (`onBehalf`).
 */
export function parseApplicationForm(values: ApplicationFormValues, onBehalf: boolean): ApplicationInput {
  const schema = onBehalf ? SecretariatApplicationInputSchema : ApplicationInputSchema;
  const parsed = schema.safeParse({
    ...values,
    capital: values.capital === "" ? null : Number(values.capital),
    employees: values.employees === "" ? undefined : Number(values.employees),
    prefecture: values.prefecture === null ? undefined : Number(values.prefecture),
    recruiter: values.recruiter === null ? null : Number(values.recruiter),
    received_via: onBehalf ? values.received_via : null,
    received_on: onBehalf ? values.received_on : null,
    overrides: onBehalf ? values.overrides : [],
  });
  if (parsed.success) return parsed.data;
  const fields: Record<string, Localized> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]);
    fields[key] ??= APPLICATION_FIELD_ERRORS[issue.message] ?? APPLICATION_FIELD_ERRORS.required;
  }
  throw new AppError("invalid_input", Object.values(fields)[0], { fields });
}

const SUGGESTION_LIMIT = 100;

/**
 * The applications' use cases: intake (`apply`, in apply-application.ts), screening
 * (`markValid` / `markInvalid`, in screen-application.ts), the queue and the secretariat's
 * dashboard.
 */
export class ApplicationsService {
  private readonly ctx: ApplicationsContext;

  constructor(
    db: ApplicationsContext["db"],
    clock: ApplicationsContext["clock"],
    notifier: ApplicationsContext["notifier"],
    channels: ApplicationsContext["channels"],
    program: ApplicationsContext["program"],
    /** E-mail and links for contacts outside Slack; null when the web side is not configured. */
    sme: ApplicationsContext["sme"] = null,
  ) {
    this.ctx = { db, clock, notifier, channels, program, sme };
  }

  /** Whether the public form and SME e-mail are on (PUBLIC_BASE_URL and LINK_SECRET set). */
  get webEnabled(): boolean {
    return this.ctx.sme !== null;
  }

  /** What the modal needs: today in Japan time and the current application window. */
  async formDefaults(): Promise<{ today: string; window: { from: string; until: string } | null }> {
    const program = await this.ctx.program.currentOrNull();
    return {
      today: todayJst(this.ctx.clock),
      window: program ? { from: program.applyFrom, until: program.applyUntil } : null,
    };
  }

  /** Validates form values; every problem is reported on its own field. */
  parseForm(values: ApplicationFormValues, onBehalf: boolean): ApplicationInput {
    return parseApplicationForm(values, onBehalf);
  }

  /** Registers an application (see `applyApplication`). */
  async apply(
    actor: Actor,
    input: ApplicationInput,
    opts: ApplyOptions,
  ): Promise<{ application: ApplicationDetail; created: boolean }> {
    return applyApplication(this.ctx, actor, input, opts);
  }

  /** Active experts for the preferred-expert select, by any part of the kanji or kana name. */
  async suggestRecruiters(query: string) {
    return searchActiveExperts(this.ctx.db.read, query, SUGGESTION_LIMIT);
  }

  async get(actor: Actor, applicationId: number): Promise<ApplicationDetail> {
    requireRole(actor, "secretariat");
    const found = await findApplicationById(this.ctx.db.client, applicationId);
    if (!found) throw applicationNotFound();
    return found;
  }

  /** Screening: the application is valid. A second click finds it screened and says so. */
  async markValid(actor: Actor, applicationId: number): Promise<ApplicationDetail> {
    requireRole(actor, "secretariat");
    return screenApplication(this.ctx, actor, applicationId, { status: "valid", invalidReason: null });
  }

  /** Screening: the application is invalid for a reason (one of the common ones, and details). */
  async markInvalid(
    actor: Actor,
    applicationId: number,
    reason: string | null,
    detail: string,
  ): Promise<ApplicationDetail> {
    requireRole(actor, "secretariat");
    return screenApplication(this.ctx, actor, applicationId, invalidDecision(reason, detail));
  }

  /** Applications waiting for screening, oldest first, and how many there are. */
  async queue(actor: Actor, take: number): Promise<{ items: ApplicationDetail[]; total: number }> {
    requireRole(actor, "secretariat");
    const program = await this.ctx.program.current();
    // Counted first on the read connection: an empty queue (the secretariat caught up) needs no list.
    const total = (await countApplicationsInStatus(this.ctx.db.read, program.id, ["received"])).received ?? 0;
    const items = total === 0 ? [] : await listApplicationsByStatus(this.ctx.db.client, program.id, "received", take);
    return { items, total };
  }

  async dashboard(actor: Actor, take: number): Promise<SecretariatDashboard> {
    requireRole(actor, "secretariat");
    // The Home tab must render even before a program is set up: then there are no applications.
    const program = await this.ctx.program.currentOrNull();
    const [applicationCounts, expertCounts, queue, pendingExperts] = await Promise.all([
      program ? countApplicationsInStatus(this.ctx.db.read, program.id) : ({} as Record<string, number>),
      countExpertsByStatus(this.ctx.db.read),
      program ? listApplicationsByStatus(this.ctx.db.client, program.id, "received", take) : [],
      listPendingExperts(this.ctx.db.client, take),
    ]);
    return {
      applicationCounts,
      expertCounts,
      queue,
      queueTotal: applicationCounts.received ?? 0,
      pendingExperts,
      pendingExpertsTotal: expertCounts.pending ?? 0,
    };
  }
}
