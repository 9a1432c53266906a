import type { DbClient } from "../../db/client.js";
import { todayJst } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both, type Locale } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import { findExpertById } from "../experts/experts-repository.js";
import { type Actor, requireRole } from "../roles/actor.js";
import {
  applicantUsers,
  checkWindow,
  duplicateMessage,
  eligibilityProblem,
  normaliseCompanyName,
  reviewKey,
  type Warning,
  weighWarnings,
} from "./application-rules.js";
import { type ApplicationInput, CLOSED_STATUSES } from "./applications.schemas.js";
import { type ApplicationsContext, localeOf } from "./applications-context.js";
import { APPLICATION_IDS } from "./applications-ids.js";
import {
  type ApplicationDetail,
  createApplication,
  findApplicationBySubmissionKey,
  listApplicationsByCompany,
} from "./applications-repository.js";
import { applicationErrorsTexts } from "./views/application-errors.texts.js";
import { applicationReviewMessage, receiptDm } from "./views/application-messages.js";

const B = APPLICATION_IDS.blocks;

export type ApplyOptions = {
  submissionKey: string;
  onBehalf: boolean;
  /** Filled in on the public web form, in this language (the contact's mail follows it). */
  web?: { locale: Locale };
};

/**
 * Registers an application: checks the window, SME eligibility and duplicates (the secretariat
 * may override the last two), then stores it with its company, an audit row and notifications
 * in one transaction. The same submission (key) delivered again returns the first record.
 */
export async function applyApplication(
  ctx: ApplicationsContext,
  actor: Actor,
  input: ApplicationInput,
  opts: ApplyOptions,
): Promise<{ application: ApplicationDetail; created: boolean }> {
  if (opts.onBehalf) requireRole(actor, "secretariat");
  const program = await ctx.program.current();
  const today = todayJst(ctx.clock);
  const receivedOn = opts.onBehalf && input.received_on ? input.received_on : today;
  const channel = await ctx.channels.secretariat();
  const result = await ctx.db.transaction(async (tx) => {
    const repeated = await findApplicationBySubmissionKey(tx, opts.submissionKey);
    if (repeated) return { application: repeated, created: false };
    checkWindow(program, receivedOn, today, opts.onBehalf);

    const warnings: Warning[] = [];
    const ineligible = eligibilityProblem(input);
    if (ineligible) warnings.push({ kind: "eligibility", ...ineligible });
    const duplicate = await findDuplicate(tx, program.id, input);
    if (duplicate)
      warnings.push({
        kind: "duplicate",
        block: duplicate.block,
        message: duplicateMessage(duplicate.found, opts.onBehalf),
      });
    const { fields, overridden } = weighWarnings(warnings, { onBehalf: opts.onBehalf, overrides: input.overrides });
    if (input.recruiter !== null) {
      const expert = await findExpertById(tx, input.recruiter);
      if (expert?.status !== "active") fields[B.recruiter] = both(applicationErrorsTexts, (t) => t.recruiterInactive);
    }
    if (Object.keys(fields).length > 0) throw new AppError("invalid_input", Object.values(fields)[0], { fields });

    const companyColumns = {
      name: input.company_name,
      nameKana: input.company_kana,
      corporateNumber: input.corporate_number,
      industry: input.industry,
      capitalYen: input.capital,
      employees: input.employees,
      prefecture: input.prefecture,
      address: input.address,
    };
    // Its own company row: a 法人番号 already on file (they are public) changes nothing of the
    // earlier application; the review message names it as a possible duplicate instead.
    const application = await createApplication(
      tx,
      {
        programId: program.id,
        receivedOn,
        source: opts.web ? "web" : opts.onBehalf && input.received_via ? input.received_via : "slack",
        contactLocale: opts.web?.locale ?? "ja",
        heardFrom: input.heard_from,
        contactName: input.contact_name,
        contactTitle: input.contact_title,
        contactEmail: input.contact_email,
        contactPhone: input.contact_phone,
        contactSlackUserId: input.contact_user,
        recruiterExpertId: input.recruiter,
        scheduleWishes: input.schedule_wishes,
        eligibilityOverride: overridden.eligibility,
        duplicateOverride: overridden.duplicate,
        submittedBy: actor.userId,
        submissionKey: opts.submissionKey,
      },
      companyColumns,
    );
    const { company: _c, recruiter: _r, sameNumber, createdAt: _ca, updatedAt: _ua, ...after } = application;
    await writeAudit(
      tx,
      {
        actor: actor.userId,
        action: "application.create",
        entityType: "application",
        entityId: application.id,
        before: null,
        after: { ...after, company: companyColumns, sameCorporateNumber: sameNumber.map((o) => o.id) },
      },
      ctx.clock.now(),
    );
    await ctx.notifier.post(tx, reviewKey(application.id), channel, applicationReviewMessage(application));
    for (const userId of applicantUsers(application)) {
      const locale = await localeOf(tx, actor, userId);
      await ctx.notifier.dm(
        tx,
        `application:${application.id}:receipt:${userId}`,
        userId,
        receiptDm(application, locale),
      );
    }
    await ctx.sme?.sendReceipt(tx, application, actor.userId);
    return { application, created: true };
  });
  if (result.created) ctx.notifier.kick();
  return result;
}

/** Same 法人番号, or the same normalised name in the same prefecture, among open applications. */
async function findDuplicate(tx: DbClient, programId: number, input: ApplicationInput) {
  if (input.corporate_number) {
    const [found] = await listApplicationsByCompany(
      tx,
      programId,
      { corporateNumber: input.corporate_number },
      CLOSED_STATUSES,
    );
    if (found) return { block: B.corporateNumber, found };
  }
  const key = normaliseCompanyName(input.company_name);
  const sameArea = await listApplicationsByCompany(tx, programId, { prefecture: input.prefecture }, CLOSED_STATUSES);
  // Two different 法人番号 are two companies, however alike their names.
  const found = sameArea.find(
    (a) =>
      normaliseCompanyName(a.company.name) === key &&
      !(input.corporate_number && a.company.corporateNumber && a.company.corporateNumber !== input.corporate_number),
  );
  return found ? { block: B.companyName, found } : null;
}
