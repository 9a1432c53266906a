import { DateTime } from "luxon";
import type { Database, DbClient } from "../../db/client.js";
import { addBusinessDays } from "../../domain/business-days.js";
import { type Clock, todayJst, ZONE } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both, toLocale } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import { findCurrentProgram } from "../program/program-repository.js";
import { isWritableProgram, requireWritableProgramOf } from "../program/program-rules.js";
import { closureOf } from "../program/program-service.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import { findCaseRecordOfApplication, type SmeCaseRecord } from "../sme/case-record-repository.js";
import type { SmeCaseMails } from "../sme/sme-case-mails.js";
import { importQuestionFile } from "./survey-admin.js";
import { loadQuestions, parseStoredAnswers, type RawAnswers, validateAnswers } from "./survey-questions.js";
import { AUDIENCES, surveySummary } from "./survey-report.js";
import { type AnswerSource, type Audience, AudienceSchema } from "./surveys.schemas.js";
import { surveyServiceTexts } from "./surveys.texts.js";
import {
  type CaseSummary,
  closeResponses,
  countAwaitingEntry,
  countOpenInvitations,
  createResponse,
  findCaseSummary,
  findResponse,
  findResponseById,
  findSmeResponseOfApplication,
  listCompletedWithoutSurveys,
  listOpenForRespondent,
  listRemindable,
  markProcessed,
  type ResponseWithCase,
  recordReminder,
  saveAnswers,
} from "./surveys-repository.js";
import { answeredDm, entryDoneNotice, entryNotice, inviteDm, reminderDm } from "./views/survey-views.js";

/** The audit log's actor for what the SME does on their personal page. */
const WEB = "web";

/** Reminders per invitation: after N business days, then N more, and no further. */
export const MAX_SURVEY_REMINDERS = 2;

const CLOSED = both(surveyServiceTexts, (t) => t.closed);
const NOT_FOUND = both(surveyServiceTexts, (t) => t.notFound);

/** Who answers an invitation: the case's expert, or the SME contact when they use Slack. */
function respondentOf(audience: Audience, summary: CaseSummary): string | null {
  return audience === "expert" ? summary.expert.slackUserId : summary.application.contactSlackUserId;
}

/**
 * Surveys after each completed case: invitations (DM with a button, or a request to the
 * secretariat to enter an answer received on paper), reminders, answers that can be changed
 * until the survey closes, and the statistics.
 */
export class SurveysService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: SecretariatChannel,
    /** Mail to SME contacts who are not on Slack (null when the web side is off). */
    private readonly smeMails: SmeCaseMails | null = null,
  ) {}

  /**
   * Invites the expert and the SME contact of a completed case. Call it inside the transaction
   * that completes the case (after setting status "completed"), then `notifier.kick()` after the
   * commit. Calling it again does nothing: one invitation per case and audience.
   */
  async inviteForCase(tx: DbClient, caseId: number): Promise<{ invited: Audience[] }> {
    const summary = await findCaseSummary(tx, caseId);
    if (!summary) throw new Error(`inviteForCase: case ${caseId} does not exist`);
    if (summary.status !== "completed")
      throw new Error(`inviteForCase: case ${caseId} is ${summary.status}; set it to completed first`);
    const invited: Audience[] = [];
    const now = this.clock.now();
    for (const audience of AUDIENCES) {
      if (await findResponse(tx, caseId, audience)) continue;
      const respondent = respondentOf(audience, summary);
      const row = await createResponse(tx, { caseId, audience, respondentSlackId: respondent, invitedAt: now });
      await writeAudit(
        tx,
        {
          actor: "system",
          action: "survey.invite",
          entityType: "survey_response",
          entityId: row.id,
          after: { caseId, audience, respondent },
        },
        now,
      );
      if (respondent) {
        const locale = toLocale(await findUserLocale(tx, respondent));
        await this.notifier.dm(tx, `survey:${row.id}:invite`, respondent, inviteDm(audience, summary, row.id, locale));
      } else {
        // An SME contact reached by e-mail gets the completion mail and the survey link; the
        // secretariat is still asked to enter answers that come on paper or by phone.
        let mailed = false;
        if (audience === "sme" && this.smeMails) {
          await this.smeMails.completed(tx, caseId);
          mailed = await this.smeMails.survey(tx, caseId, row.id);
        }
        await this.notifier.post(
          tx,
          `survey:${row.id}:entry`,
          await this.channels.secretariat(),
          entryNotice(audience, summary, row.id, undefined, mailed),
        );
      }
      invited.push(audience);
    }
    return { invited };
  }

  /** The safety net: invites every completed case that has no invitation yet. */
  async inviteCompleted(): Promise<number> {
    let count = 0;
    for (const caseId of await listCompletedWithoutSurveys(this.db.client)) {
      const { invited } = await this.db.transaction((tx) => this.inviteForCase(tx, caseId));
      count += invited.length;
    }
    this.notifier.kick();
    return count;
  }

  /**
   * Reminds everyone who has not answered N business days (program setting) after the
   * invitation or the last reminder, at most twice. Safe to run any number of times a day.
   */
  async sendReminders(): Promise<number> {
    const program = await findCurrentProgram(this.db.client);
    if (!program) return 0;
    const closure = closureOf(program);
    const today = todayJst(this.clock);
    const channel = await this.channels.secretariat();
    let sent = 0;
    for (const r of await listRemindable(this.db.client, MAX_SURVEY_REMINDERS)) {
      const from = DateTime.fromJSDate(r.lastReminderAt ?? r.invitedAt, { zone: ZONE }).toISODate() as string;
      if (today < addBusinessDays(from, program.surveyReminderDays, closure)) continue;
      const done = await this.db.transaction(async (tx) => {
        if (!(await recordReminder(tx, r.id, r.remindersSent, this.clock.now()))) return false;
        const round = r.remindersSent + 1;
        const audience = r.audience as Audience;
        const key = `survey:${r.id}:reminder:${round}`;
        if (r.respondentSlackId) {
          const locale = toLocale(await findUserLocale(tx, r.respondentSlackId));
          await this.notifier.dm(
            tx,
            key,
            r.respondentSlackId,
            reminderDm(audience, r.case, r.id, round, MAX_SURVEY_REMINDERS, locale),
          );
        } else {
          const mailed =
            audience === "sme" && this.smeMails
              ? await this.smeMails.survey(tx, r.caseId, r.id, { round, max: MAX_SURVEY_REMINDERS })
              : false;
          await this.notifier.post(tx, key, channel, entryNotice(audience, r.case, r.id, round, mailed));
        }
        return true;
      });
      if (done) sent++;
    }
    this.notifier.kick();
    return sent;
  }

  /** The daily job: catch up on invitations, then remind. */
  async runDaily(): Promise<{ invited: number; reminded: number }> {
    const invited = await this.inviteCompleted();
    const reminded = await this.sendReminders();
    return { invited, reminded };
  }

  /** May this person open the response: as its respondent, or as the secretariat on their behalf? */
  private access(actor: Actor, r: ResponseWithCase): { onBehalf: boolean } {
    const own =
      (r.respondentSlackId !== null && r.respondentSlackId === actor.userId) ||
      (r.audience === "expert" && actor.expert?.id === r.case.expert.id);
    if (own) return { onBehalf: false };
    if (actor.isSecretariat) return { onBehalf: true };
    throw new AppError("not_found", NOT_FOUND);
  }

  /** What the answer modal needs (questions pre-filled with the current answers). */
  async openForm(actor: Actor, responseId: number) {
    const r = await findResponseById(this.db.client, responseId);
    if (!r) throw new AppError("not_found", NOT_FOUND);
    const { onBehalf } = this.access(actor, r);
    if (r.closedAt) throw new AppError("invalid_state", CLOSED);
    const questions = await loadQuestions(this.db.client, r.audience as Audience);
    return { response: r, summary: r.case, questions, answers: parseStoredAnswers(r.answers), onBehalf };
  }

  /** The secretariat opens a case's survey to enter an answer received outside Slack. */
  async openForCase(actor: Actor, caseId: number, audience: Audience = "sme") {
    requireRole(actor, "secretariat");
    let r = await findResponse(this.db.client, caseId, audience);
    if (!r) {
      const summary = await findCaseSummary(this.db.client, caseId);
      if (!summary)
        throw new AppError(
          "not_found",
          both(surveyServiceTexts, (t) => t.caseNotFound(caseId)),
        );
      if (summary.status !== "completed")
        throw new AppError(
          "invalid_state",
          both(surveyServiceTexts, (t) => t.caseNotCompleted(caseId)),
        );
      await this.db.transaction((tx) => this.inviteForCase(tx, caseId));
      this.notifier.kick();
      r = await findResponse(this.db.client, caseId, audience);
    }
    return this.openForm(actor, r!.id);
  }

  /**
   * Saves one person's answers to one case's survey (replacing earlier ones until it closes).
   * `requestKey` (the modal's view id) makes a repeated submission a no-op.
   */
  async answer(
    actor: Actor,
    responseId: number,
    raw: RawAnswers,
    opts: { requestKey: string; source?: AnswerSource },
  ): Promise<{ changed: boolean; repeated: boolean }> {
    const result = await this.db.transaction(async (tx) => {
      const r = await findResponseById(tx, responseId);
      if (!r) throw new AppError("not_found", NOT_FOUND);
      const { onBehalf } = this.access(actor, r);
      if (r.case.programId) await requireWritableProgramOf(tx, r.case.programId);
      if (r.closedAt) throw new AppError("invalid_state", CLOSED);
      const audience = r.audience as Audience;
      const answers = validateAnswers(await loadQuestions(tx, audience), raw);
      const now = this.clock.now();
      if (!(await markProcessed(tx, `survey-answer:${opts.requestKey}`, now)))
        return { changed: false, repeated: true };
      const changed = r.status === "answered";
      if (
        !(await saveAnswers(tx, r.id, { answers: JSON.stringify(answers), enteredBy: actor.userId, answeredAt: now }))
      )
        throw new AppError("invalid_state", CLOSED);
      const source: AnswerSource = opts.source ?? (onBehalf ? "paper" : "slack");
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: changed ? "survey.change" : "survey.answer",
          entityType: "survey_response",
          entityId: r.id,
          before: changed ? parseStoredAnswers(r.answers) : null,
          after: { answers, source },
        },
        now,
      );
      if (onBehalf && !r.respondentSlackId)
        await this.notifier.update(
          tx,
          `survey:${r.id}:entered:${opts.requestKey}`,
          `survey:${r.id}:entry`,
          entryDoneNotice(audience, r.case, r.id, source),
        );
      if (!onBehalf)
        await this.notifier.dm(
          tx,
          `survey:${r.id}:answered:${opts.requestKey}`,
          actor.userId,
          answeredDm(audience, r.case, r.id, actor.locale, changed),
        );
      return { changed, repeated: false };
    });
    this.notifier.kick();
    return result;
  }

  /**
   * The SME survey of an application as its personal page shows it: null while the case has no
   * SME survey (not completed yet); otherwise the questions and whether it can still be answered.
   */
  async webSurvey(applicationId: number) {
    const r = await findSmeResponseOfApplication(this.db.client, applicationId);
    if (!r) return null;
    const questions = await loadQuestions(this.db.client, "sme");
    const state: "open" | "answered" | "closed" = r.status === "answered" ? "answered" : r.closedAt ? "closed" : "open";
    return { responseId: r.id, state, questions, answeredAt: r.answeredAt };
  }

  /** The record of the case (visits held, deliverables) the SME's page shows beside the survey. */
  async caseRecord(applicationId: number): Promise<SmeCaseRecord | null> {
    return findCaseRecordOfApplication(this.db.client, applicationId);
  }

  /**
   * The SME answers on their personal page: validated like the Slack modal, stored like a Slack
   * answer (source "web", audited as "web"), and the secretariat's entry notice in Slack says so.
   * Answered once: a second submission (or a repeated request) changes nothing.
   */
  async answerOnWeb(
    applicationId: number,
    raw: RawAnswers,
    requestKey: string,
  ): Promise<{ outcome: "saved" | "already" | "closed" | "none" }> {
    const result = await this.db.transaction(async (tx) => {
      const r = await findSmeResponseOfApplication(tx, applicationId);
      if (!r) return { outcome: "none" as const };
      if (r.status === "answered") return { outcome: "already" as const };
      // A past program's survey is closed for good (the program rule: read-only).
      if (r.closedAt || (r.case.programId !== undefined && !(await isWritableProgram(tx, r.case.programId))))
        return { outcome: "closed" as const };
      const answers = validateAnswers(await loadQuestions(tx, "sme"), raw);
      const now = this.clock.now();
      if (!(await markProcessed(tx, `survey-answer:web:${requestKey}`, now))) return { outcome: "already" as const };
      if (!(await saveAnswers(tx, r.id, { answers: JSON.stringify(answers), enteredBy: WEB, answeredAt: now })))
        return { outcome: "closed" as const };
      await writeAudit(
        tx,
        {
          actor: WEB,
          action: "survey.answer",
          entityType: "survey_response",
          entityId: r.id,
          after: { answers, source: "web" satisfies AnswerSource },
        },
        now,
      );
      if (!r.respondentSlackId)
        await this.notifier.update(
          tx,
          `survey:${r.id}:entered:web`,
          `survey:${r.id}:entry`,
          entryDoneNotice("sme", r.case, r.id, "sme_web"),
        );
      return { outcome: "saved" as const };
    });
    this.notifier.kick();
    return result;
  }

  /** Closes open surveys (all, one audience, or one case): no answers are accepted after this. */
  async close(actor: Actor, where: { audience?: Audience; caseId?: number } = {}) {
    requireRole(actor, "secretariat");
    return closeSurveys(this.db, this.clock, actor.userId, where);
  }

  /** Open surveys of the person asking (`/desk survey`, App Home). */
  async ownOpen(actor: Actor) {
    return listOpenForRespondent(this.db.client, actor.userId);
  }

  /** Response rates and headline shares for the secretariat. */
  async status(actor: Actor) {
    requireRole(actor, "secretariat");
    // Looking is also a moment to catch up on completed cases nobody invited yet.
    await this.inviteCompleted();
    const awaiting = await countAwaitingEntry(this.db.client);
    const out = [];
    for (const audience of AUDIENCES) {
      const stats = await surveySummary(this.db.client, audience);
      const open = await countOpenInvitations(this.db.client, audience);
      out.push({ audience, stats, open, awaitingEntry: audience === "sme" ? awaiting : 0 });
    }
    return out;
  }

  async importQuestions(actor: Actor, json: unknown) {
    requireRole(actor, "secretariat");
    return importQuestionFile(this.db, this.clock, actor.userId, json);
  }
}

/** Closing without Slack (also `desk survey close`). */
export async function closeSurveys(
  db: Database,
  clock: Clock,
  by: string,
  where: { audience?: Audience; caseId?: number } = {},
) {
  if (where.audience) AudienceSchema.parse(where.audience);
  return db.transaction(async (tx) => {
    const now = clock.now();
    const counts = await closeResponses(tx, where, now);
    await writeAudit(
      tx,
      {
        actor: by,
        action: "survey.close",
        entityType: "survey",
        entityId: where.caseId ? `case:${where.caseId}` : (where.audience ?? "all"),
        after: counts,
      },
      now,
    );
    return counts;
  });
}
