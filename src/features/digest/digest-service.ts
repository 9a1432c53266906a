import { DateTime } from "luxon";
import type { Database } from "../../db/client.js";
import { asOfInstant, caseStatusAsOf } from "../../domain/as-of.js";
import { type CaseProgress, forecastCompletion, isAtRisk, PACE_WEEKS } from "../../domain/completion-forecast.js";
import { DEFAULT_REGION_STATS } from "../../domain/region-defaults.js";
import { computeRegionalMatching } from "../../domain/regional-table.js";
import { expertReminderItems } from "../../domain/reminder-rules.js";
import { computeWeeklyVisits } from "../../domain/weekly-table.js";
import { ZONE } from "../../lib/clock.js";
import { formatSlashDate } from "../../lib/dates.js";
import { toLocale } from "../../lib/i18n.js";
import type { Logger } from "../../lib/logger.js";
import type { Notifier } from "../outbox/notifier.js";
import type { UploadPayload } from "../outbox/outbox.schemas.js";
import type { ProgramChannels } from "../program/program-channels.js";
import { closureOf, type Program, type ProgramService } from "../program/program-service.js";
import type { OpenCase } from "../reminders/reminders-repository.js";
import {
  atRiskCases,
  enqueueAll,
  isSnoozed,
  type PlannedMessage,
  type SendResult,
} from "../reminders/reminders-service.js";
import { shortageAsOf } from "../shortage/shortage-service.js";
import { renderWeeklyChartPng } from "./chart/weekly-chart.js";
import { digestDueAt, digestWeekOf, instantsOf } from "./digest-period.js";
import {
  countWeekActivity,
  findCaseFacts,
  findCaseProgress,
  findExpertCapacities,
  findExpertVisitsHeld,
  findHeldVisits,
  findOpenCases,
  findRegionStats,
  findWeeklySummaryRecipients,
} from "./digest-repository.js";
import { type DigestData, digestMessage, digestTitle } from "./views/digest-message.js";
import { digestMessageTexts } from "./views/digest-message.texts.js";
import { expertSummaryMessage } from "./views/expert-summary.js";
import { digestRiskMessage } from "./views/risk-message.js";

/** The chart goes to the digest channel, in Japanese like the digest. */
const chartTexts = digestMessageTexts("ja");

export type PlannedUpload = { key: string; payload: UploadPayload };

export type DigestPlan = {
  weekStart: string;
  weekEnd: string;
  skipped: "no_program" | "outside_program" | null;
  messages: PlannedMessage[];
  uploads: PlannedUpload[];
  data: DigestData | null;
};

/**
 * The weekly digest: Table 3 to date, the week's movements, a completion forecast, utilisation and
 * regional balance to the digest channel (aggregates only) with a chart; the at-risk cases by name
 * to the secretariat channel; each opted-in expert's own summary by DM.
 */
export class DigestService {
  constructor(
    private readonly db: Database,
    private readonly notifier: Notifier,
    private readonly program: ProgramService,
    private readonly channels: ProgramChannels,
    private readonly logger: Logger,
  ) {}

  /** The job's period: the Sunday ending the week covered. */
  periodOf(at: Date): string {
    return digestWeekOf(DateTime.fromJSDate(at, { zone: ZONE }).toISODate() as string).weekEnd;
  }

  /** True once the latest finished week's digest time has come (used to catch up at start). */
  async isDue(at: Date): Promise<boolean> {
    const program = await this.program.currentOrNull();
    if (!program) return false;
    return at >= digestDueAt(this.periodOf(at), program.digestWeekday, program.digestTime);
  }

  /** The digest for the week of `at`: the current program's, or `program`'s (a dry run of a past year). */
  async plan(at: Date, programOverride?: Program): Promise<DigestPlan> {
    const today = DateTime.fromJSDate(at, { zone: ZONE }).toISODate() as string;
    const { weekStart, weekEnd } = digestWeekOf(today);
    const empty = { weekStart, weekEnd, messages: [], uploads: [], data: null };
    const program = programOverride ?? (await this.program.currentOrNull());
    if (!program) return { ...empty, skipped: "no_program" };
    if (weekEnd < program.startDate || weekStart > program.endDate) return { ...empty, skipped: "outside_program" };

    // Every figure as of the moment the digest is for (a re-run for a past week sees that week's
    // world): from when things happened, not from today's status columns.
    const moment = asOfInstant(at);
    const window = { from: weekStart, until: weekEnd, ...instantsOf(weekStart, weekEnd) };
    const recipients = await findWeeklySummaryRecipients(this.db.client);
    // The forecast looks from the end of the week; cases are judged as of the day after it.
    const asOf = DateTime.fromISO(weekEnd, { zone: ZONE }).plus({ days: 1 }).toISODate() as string;
    // Every case's facts, and sums over every visit and expert: raw reads (Prisma's nested loading of
    // 38,000 cases and 150,000 visits at scale 100 took seconds), all at once: on PostgreSQL each
    // runs on its own pooled connection while this process reads the answers of the others.
    const [caseFacts, held, progressOfCase, experts, activity, regionRows, shortage] = await Promise.all([
      findCaseFacts(this.db.read, program.id),
      findHeldVisits(this.db.read, program.id, moment),
      findCaseProgress(this.db.read, program.id, moment, asOf),
      findExpertCapacities(this.db.read, moment),
      countWeekActivity(this.db.client, program.id, window),
      findRegionStats(this.db.client),
      shortageAsOf(this.db.read, program, moment),
    ]);
    const table = computeWeeklyVisits(held, { to: weekEnd, rounds: program.visitsPerCase });
    // Rendered while the cases are counted and the forecast made.
    const chart = renderWeeklyChartPng(table, { title: chartTexts.chartAlt(formatSlashDate(weekEnd)) });
    chart.catch(() => undefined); // awaited below; a failure surfaces there, not as an unhandled rejection
    const statuses: Record<string, number> = {};
    const prefectures: number[] = [];
    const openByExpert = new Map<number, number>();
    const expertOf = new Map<number, number>();
    const progress: CaseProgress[] = [];
    for (const c of caseFacts) {
      const status = caseStatusAsOf(c, moment);
      if (!status) continue;
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status !== "withdrawn") prefectures.push(c.prefecture);
      if (status !== "active") continue;
      openByExpert.set(c.expertId, (openByExpert.get(c.expertId) ?? 0) + 1);
      expertOf.set(c.id, c.expertId);
      progress.push(
        progressOfCase.get(c.id) ?? { caseId: c.id, roundsHeld: 0, lastHeldOn: null, nextScheduledOn: null },
      );
    }
    const load = experts.map((e) => ({ capacity: e.capacity, activeCases: openByExpert.get(e.id) ?? 0 }));
    const paceFrom = DateTime.fromISO(weekEnd, { zone: ZONE })
      .minus({ days: 7 * PACE_WEEKS - 1 })
      .toISODate() as string;
    const recentVisits = held
      .filter((v) => v.heldOn >= paceFrom && v.heldOn <= weekEnd)
      .reduce((n, v) => n + (v.count ?? 1), 0);
    const forecast = forecastCompletion({
      active: progress,
      completedCount: statuses.completed ?? 0,
      recentVisits,
      asOf,
      endDate: program.endDate,
      visitsPerCase: program.visitsPerCase,
    });
    // The cases a message names, read in full: those at risk and the summary recipients' own.
    const recipientIds = new Set(recipients.map((r) => r.expertId));
    const named = progress
      .filter(
        (p) =>
          recipientIds.has(expertOf.get(p.caseId) as number) ||
          isAtRisk(p, asOf, program.visitsPerCase, program.endDate),
      )
      .map((p) => p.caseId);
    const active = await findOpenCases(this.db.read, named, moment);
    const cases = {
      active: statuses.active ?? 0,
      completed: statuses.completed ?? 0,
      terminated: statuses.terminated ?? 0,
      total: (statuses.active ?? 0) + (statuses.completed ?? 0) + (statuses.terminated ?? 0),
    };
    const data: DigestData = {
      weekStart,
      weekEnd,
      endDate: program.endDate,
      table,
      cases,
      activity,
      forecast,
      utilization: {
        activeExperts: load.length,
        busyExperts: load.filter((e) => e.activeCases > 0).length,
        activeCases: load.reduce((s, e) => s + e.activeCases, 0),
        capacity: load.reduce((s, e) => s + e.capacity, 0),
      },
      regional: computeRegionalMatching(regionRows.length > 0 ? regionRows : DEFAULT_REGION_STATS, prefectures),
      shortage,
    };

    const secretariat = await this.channels.secretariat();
    const digestChannel = await this.channels.digest();
    const messages: PlannedMessage[] = [
      { key: `digest:${weekEnd}`, channel: digestChannel, audience: "digest", content: digestMessage(data) },
    ];
    const uploads: PlannedUpload[] = [
      {
        key: `digest:chart:${weekEnd}`,
        payload: {
          channel: digestChannel,
          filename: `weekly-visits-${weekEnd}.png`,
          title: chartTexts.chartTitle(formatSlashDate(weekEnd)),
          initialComment: chartTexts.chartComment(digestTitle(weekStart, weekEnd)),
          contentBase64: (await chart).toString("base64"),
        },
      },
    ];
    const risky = atRiskCases(active, asOf, program);
    if (risky.length > 0)
      messages.push({
        key: `digest:risk:${weekEnd}`,
        channel: secretariat,
        audience: "secretariat",
        content: digestRiskMessage(weekEnd, program.endDate, risky),
      });
    messages.push(...(await this.expertSummaries(program, recipients, active, weekStart, weekEnd, today)));
    return { weekStart, weekEnd, skipped: null, messages, uploads, data };
  }

  private async expertSummaries(
    program: NonNullable<Awaited<ReturnType<ProgramService["currentOrNull"]>>>,
    recipients: Awaited<ReturnType<typeof findWeeklySummaryRecipients>>,
    active: OpenCase[],
    weekStart: string,
    weekEnd: string,
    today: string,
  ): Promise<PlannedMessage[]> {
    const out: PlannedMessage[] = [];
    const nextWeek = DateTime.fromISO(today, { zone: ZONE }).plus({ days: 7 }).toISODate() as string;
    for (const r of recipients) {
      if (isSnoozed(r.prefs, today)) continue;
      const own = active.filter((c) => c.expertId === r.expertId);
      const held = await findExpertVisitsHeld(this.db.client, r.expertId, weekStart, weekEnd);
      if (own.length === 0 && held.length === 0) continue;
      const items = expertReminderItems(own, {
        today,
        closure: closureOf(program),
        reportDueBusinessDays: program.reportDueBusinessDays,
        visitGapDays: program.visitGapDays,
        visitsPerCase: program.visitsPerCase,
      });
      const upcoming = own
        .flatMap((c) =>
          c.visits
            .filter(
              (v) => v.status === "scheduled" && v.scheduledOn && v.scheduledOn >= today && v.scheduledOn <= nextWeek,
            )
            .map((v) => ({
              caseId: c.caseId,
              companyName: c.companyName,
              round: v.round,
              on: v.scheduledOn as string,
            })),
        )
        .sort((a, b) => a.on.localeCompare(b.on));
      out.push({
        key: `digest:expert:${r.prefs.slackUserId}:${weekEnd}`,
        channel: r.prefs.slackUserId,
        audience: "expert",
        content: expertSummaryMessage(
          {
            weekStart,
            weekEnd,
            activeCases: own.length,
            held,
            upcoming,
            reportsToWrite: items.overdue.length + items.unreported.length,
            returned: items.returned.length,
          },
          toLocale(r.prefs.locale),
        ),
      });
    }
    return out;
  }

  /** Plans and enqueues the week's digest; a second call for the same week adds nothing. */
  async send(at: Date): Promise<SendResult> {
    const plan = await this.plan(at);
    const result = await enqueueAll(this.db, this.notifier, plan.messages, plan.uploads);
    const summary = plan.skipped
      ? `skipped week ending ${plan.weekEnd}: ${plan.skipped}`
      : `week ending ${plan.weekEnd}: ${result.enqueued} new, ${result.existing} already queued`;
    this.logger.info("weekly digest", { weekEnd: plan.weekEnd, enqueued: result.enqueued });
    return { summary, ...result, keys: [...plan.messages, ...plan.uploads].map((m) => m.key) };
  }
}
