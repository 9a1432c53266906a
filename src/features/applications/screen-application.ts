import { AppError } from "../../lib/errors.js";
import { both, type Locale } from "../../lib/i18n.js";
import { screenedInvalidMail, screenedValidMail } from "../../mail/matching-mails.js";
import { esc } from "../../slack/mrkdwn.js";
import { writeAudit } from "../audit/audit-repository.js";
import { requireWritableProgramOf } from "../program/program-rules.js";
import type { Actor } from "../roles/actor.js";
import { applicantUsers, reviewKey } from "./application-rules.js";
import { formatInvalidReason, InvalidReasonSchema } from "./applications.schemas.js";
import { type ApplicationsContext, localeOf } from "./applications-context.js";
import { APPLICATION_IDS } from "./applications-ids.js";
import { type ApplicationDetail, findApplicationById, transitionApplication } from "./applications-repository.js";
import { applicationErrorsTexts as texts } from "./views/application-errors.texts.js";
import { applicationReviewMessage, invalidDm, validDm } from "./views/application-messages.js";
import { invalidReasonSentence, labelOf, STATUS_LABELS } from "./views/application-text.js";

const B = APPLICATION_IDS.blocks;

export type ScreeningDecision = { status: "valid" | "invalid"; invalidReason: string | null };

/** The invalid decision from the modal: a known reason, with details required for “other”. */
export function invalidDecision(reason: string | null, detail: string): ScreeningDecision {
  const code = InvalidReasonSchema.safeParse(reason);
  const trimmed = detail.trim();
  if (!code.success)
    throw new AppError(
      "invalid_input",
      both(texts, (t) => t.chooseReason),
      { field: B.reason },
    );
  if (code.data === "other" && trimmed === "")
    throw new AppError(
      "invalid_input",
      both(texts, (t) => t.describeOther),
      { field: B.reasonDetail },
    );
  return { status: "invalid", invalidReason: formatInvalidReason(code.data, trimmed) };
}

export function applicationNotFound(): AppError {
  return new AppError(
    "not_found",
    both(texts, (t) => t.notFound),
  );
}

/**
 * Screens an application still waiting (received → valid or invalid): the audit row, the review
 * message updated, the applicants told on Slack and the e-mail contact by mail, in one
 * transaction. A second click finds it screened and says so.
 */
export async function screenApplication(
  ctx: ApplicationsContext,
  actor: Actor,
  applicationId: number,
  decision: ScreeningDecision,
): Promise<ApplicationDetail> {
  const field = decision.status === "invalid" ? B.reason : undefined;
  const result = await ctx.db.transaction(async (tx) => {
    const found = await findApplicationById(tx, applicationId);
    if (!found) throw applicationNotFound();
    await requireWritableProgramOf(tx, found.programId);
    if (found.status !== "received") throw alreadyScreened(found, field);
    const now = ctx.clock.now();
    const change = { ...decision, screenedBy: actor.userId, screenedAt: now };
    if (!(await transitionApplication(tx, applicationId, "received", change))) throw alreadyScreened(found, field);
    const updated = { ...found, ...change };
    await writeAudit(
      tx,
      {
        actor: actor.userId,
        action: `application.${decision.status}`,
        entityType: "application",
        entityId: applicationId,
        before: { status: "received" },
        after: decision,
      },
      now,
    );
    const key = reviewKey(applicationId);
    await ctx.notifier.update(tx, `${key}:screened`, key, applicationReviewMessage(updated));
    for (const userId of applicantUsers(updated)) {
      const locale = await localeOf(tx, actor, userId);
      const dm = decision.status === "valid" ? validDm(updated, locale) : invalidDm(updated, locale);
      await ctx.notifier.dm(tx, `application:${applicationId}:screened:${userId}`, userId, dm);
    }
    await ctx.sme?.mailProgress(tx, `application:${applicationId}:screened:mail`, applicationId, actor.userId, (c) =>
      decision.status === "valid"
        ? screenedValidMail(c.data, c.locale, c.signature)
        : screenedInvalidMail(
            { ...c.data, reason: invalidReasonSentence(updated.invalidReason, c.locale) },
            c.locale,
            c.signature,
          ),
    );
    return updated;
  });
  ctx.notifier.kick();
  return result;
}

function alreadyScreened(a: ApplicationDetail, field?: string): AppError {
  const status = (l: Locale) => labelOf(STATUS_LABELS, a.status, l);
  return new AppError(
    "already_done",
    {
      ja: texts.ja.alreadyScreened({ id: a.id, company: esc(a.company.name), status: status("ja") }),
      en: texts.en.alreadyScreened({ id: a.id, company: esc(a.company.name), status: status("en") }),
    },
    field ? { field } : {},
  );
}
