import { DateTime } from "luxon";
import type { Database } from "../../db/client.js";
import { isBusinessDay, nextBusinessDay } from "../../domain/business-days.js";
import { isAtRisk, progressOf, projectedFinish } from "../../domain/completion-forecast.js";
import { expertReminderItems, isEmpty } from "../../domain/reminder-rules.js";
import { type Clock, ZONE } from "../../lib/clock.js";
import { jstDateTime } from "../../lib/dates.js";
import { AppError } from "../../lib/errors.js";
import { both, toLocale } from "../../lib/i18n.js";
import type { Logger } from "../../lib/logger.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { MessageContent, Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import { closureOf, type Program, type ProgramService } from "../program/program-service.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { MAX_SNOOZE_DAYS, type SnoozeArgs } from "./reminders.schemas.js";
import {
  findActiveCases,
  findSecretariatQueues,
  findUserPref,
  findUserPrefs,
  type OpenCase,
  saveSnooze,
  saveWeeklySummaryOptIn,
  type UserPrefs,
} from "./reminders-repository.js";
import { expertReminderMessage } from "./views/expert-reminder.js";
import { preferenceRepliesTexts } from "./views/preference-replies.texts.js";
import { type AtRiskCase, hasSecretariatItems, secretariatReminderMessage } from "./views/secretariat-reminder.js";

/** One message a job would send: the outbox key makes it go out once per recipient and period. */
export type PlannedMessage = {
  key: string;
  channel: string;
  audience: "expert" | "secretariat" | "digest";
  content: MessageContent;
};

export type DailyPlan = {
  date: string;
  /** Why nothing is sent today, if so. */
  skipped: "not_business_day" | "no_program" | null;
  messages: PlannedMessage[];
  /** Experts who had something to hear but snoozed. */
  snoozed: string[];
};

/** What a job run did; `keys` are the outbox keys of everything it planned (new or already queued). */
export type SendResult = { summary: string; enqueued: number; existing: number; keys: string[] };

export function isSnoozed(prefs: UserPrefs | null | undefined, date: string): boolean {
  return Boolean(prefs?.snoozeFrom && prefs.snoozeUntil && prefs.snoozeFrom <= date && date <= prefs.snoozeUntil);
}

/** At-risk active cases with what the secretariat needs to act on them. */
export function atRiskCases(cases: OpenCase[], today: string, program: Program): AtRiskCase[] {
  const list: AtRiskCase[] = [];
  for (const c of cases) {
    const progress = progressOf(c.caseId, c.visits, today);
    if (!isAtRisk(progress, today, program.visitsPerCase, program.endDate)) continue;
    list.push({
      caseId: c.caseId,
      companyName: c.companyName,
      expertName: c.expertName,
      remaining: program.visitsPerCase - progress.roundsHeld,
      nextScheduledOn: progress.nextScheduledOn,
      projectedFinish: projectedFinish(progress, today, program.visitsPerCase) as string,
    });
  }
  return list.sort((a, b) => b.projectedFinish.localeCompare(a.projectedFinish) || a.caseId - b.caseId);
}

/**
 * Daily reminders: one DM per expert bundling what they should do, one message to the secretariat
 * channel with every queue that has something in it. Business days only; nothing when there is
 * nothing to say; snoozed users are skipped.
 */
export class RemindersService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly program: ProgramService,
    private readonly channels: SecretariatChannel,
    private readonly logger: Logger,
  ) {}

  /** The job's period: the Japan-time day. */
  periodOf(at: Date): string {
    return DateTime.fromJSDate(at, { zone: ZONE }).toISODate() as string;
  }

  /** True when today's run is due: a business day at or after the configured time. */
  async isDue(at: Date): Promise<boolean> {
    const program = await this.program.currentOrNull();
    if (!program) return false;
    const today = this.periodOf(at);
    return isBusinessDay(today, closureOf(program)) && at >= jstDateTime(today, program.reminderTime);
  }

  async plan(at: Date): Promise<DailyPlan> {
    const today = this.periodOf(at);
    const program = await this.program.currentOrNull();
    if (!program) return { date: today, skipped: "no_program", messages: [], snoozed: [] };
    const closure = closureOf(program);
    if (!isBusinessDay(today, closure)) return { date: today, skipped: "not_business_day", messages: [], snoozed: [] };

    const cases = await findActiveCases(this.db.client, program.id);
    const messages: PlannedMessage[] = [];
    const snoozed: string[] = [];

    const byExpert = new Map<string, OpenCase[]>();
    for (const c of cases) {
      if (!c.expertSlackUserId) continue;
      byExpert.set(c.expertSlackUserId, [...(byExpert.get(c.expertSlackUserId) ?? []), c]);
    }
    const prefs = await findUserPrefs(this.db.client, [...byExpert.keys()]);
    const horizon = nextBusinessDay(today, closure);
    const tomorrow = DateTime.fromISO(today, { zone: ZONE }).plus({ days: 1 }).toISODate() as string;
    for (const [userId, own] of byExpert) {
      const items = expertReminderItems(own, {
        today,
        closure,
        reportDueBusinessDays: program.reportDueBusinessDays,
        visitGapDays: program.visitGapDays,
        visitsPerCase: program.visitsPerCase,
      });
      if (isEmpty(items)) continue;
      if (isSnoozed(prefs.get(userId), today)) {
        snoozed.push(userId);
        continue;
      }
      messages.push({
        key: `reminder:expert:${userId}:${today}`,
        channel: userId,
        audience: "expert",
        content: expertReminderMessage(items, {
          locale: toLocale(prefs.get(userId)?.locale),
          today,
          horizon,
          tomorrow,
          visitGapDays: program.visitGapDays,
        }),
      });
    }

    const staleBefore = DateTime.fromJSDate(at, { zone: ZONE }).minus({ days: program.proposalStaleDays }).toJSDate();
    const { queues, counts } = await findSecretariatQueues(this.db.client, program.id, staleBefore);
    const input = {
      today,
      endDate: program.endDate,
      proposalStaleDays: program.proposalStaleDays,
      queues,
      counts,
      atRisk: atRiskCases(cases, today, program),
    };
    if (hasSecretariatItems(input)) {
      messages.push({
        key: `reminder:secretariat:${today}`,
        channel: await this.channels.secretariat(),
        audience: "secretariat",
        content: secretariatReminderMessage(input),
      });
    }
    return { date: today, skipped: null, messages, snoozed };
  }

  /** Plans and enqueues today's reminders; a second call for the same day adds nothing. */
  async send(at: Date): Promise<SendResult> {
    const plan = await this.plan(at);
    const result = await enqueueAll(this.db, this.notifier, plan.messages);
    const summary = plan.skipped
      ? `skipped ${plan.date}: ${plan.skipped}`
      : `${plan.date}: ${result.enqueued} new, ${result.existing} already queued, ${plan.snoozed.length} snoozed`;
    this.logger.info("daily reminders", { date: plan.date, enqueued: result.enqueued, skipped: plan.skipped });
    return { summary, ...result, keys: plan.messages.map((m) => m.key) };
  }

  /** `/desk snooze …`: pause one's own reminder DMs for a date range, or stop pausing. */
  async snooze(actor: Actor, args: SnoozeArgs): Promise<{ from: string; until: string } | null> {
    const today = this.periodOf(this.clock.now());
    if (!("off" in args)) {
      if (args.until < today)
        throw new AppError(
          "invalid_input",
          both(preferenceRepliesTexts, (t) => t.untilPast({ until: args.until, today })),
        );
      const days = DateTime.fromISO(args.until).diff(DateTime.fromISO(args.from), "days").days;
      if (days > MAX_SNOOZE_DAYS)
        throw new AppError(
          "invalid_input",
          both(preferenceRepliesTexts, (t) => t.tooLong(MAX_SNOOZE_DAYS)),
        );
    }
    const next = "off" in args ? null : { from: args.from, until: args.until };
    await this.db.transaction(async (tx) => {
      const before = await findUserPref(tx, actor.userId);
      await saveSnooze(tx, actor.userId, next?.from ?? null, next?.until ?? null);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: next ? "reminders.snooze" : "reminders.snooze_off",
          entityType: "slack_user",
          entityId: actor.userId,
          before: before ? { snoozeFrom: before.snoozeFrom, snoozeUntil: before.snoozeUntil } : null,
          after: { snoozeFrom: next?.from ?? null, snoozeUntil: next?.until ?? null },
        },
        this.clock.now(),
      );
    });
    return next;
  }

  async snoozeStatus(actor: Actor): Promise<{ from: string; until: string } | null> {
    const prefs = await findUserPref(this.db.client, actor.userId);
    const today = this.periodOf(this.clock.now());
    if (!prefs?.snoozeFrom || !prefs.snoozeUntil || prefs.snoozeUntil < today) return null;
    return { from: prefs.snoozeFrom, until: prefs.snoozeUntil };
  }

  /** `/expert weekly on|off`: the expert's own weekly summary DM. */
  async setWeeklySummary(actor: Actor, on: boolean): Promise<void> {
    requireRole(actor, "expert");
    await this.db.transaction(async (tx) => {
      const before = await findUserPref(tx, actor.userId);
      await saveWeeklySummaryOptIn(tx, actor.userId, on);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: on ? "digest.weekly_summary_on" : "digest.weekly_summary_off",
          entityType: "slack_user",
          entityId: actor.userId,
          before: { weeklySummaryOptIn: before?.weeklySummaryOptIn ?? false },
          after: { weeklySummaryOptIn: on },
        },
        this.clock.now(),
      );
    });
  }
}

/** Enqueues planned messages in one transaction, then starts delivery. Keys already present are no-ops. */
export async function enqueueAll(
  db: Database,
  notifier: Notifier,
  messages: PlannedMessage[],
  uploads: { key: string; payload: Parameters<Notifier["upload"]>[2] }[] = [],
): Promise<{ enqueued: number; existing: number }> {
  let enqueued = 0;
  await db.transaction(async (tx) => {
    for (const m of messages) if (await notifier.post(tx, m.key, m.channel, m.content)) enqueued++;
    for (const u of uploads) if (await notifier.upload(tx, u.key, u.payload)) enqueued++;
  });
  notifier.kick();
  return { enqueued, existing: messages.length + uploads.length - enqueued };
}
