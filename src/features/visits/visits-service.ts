import type { Database, DbClient } from "../../db/client.js";
import { addBusinessDays } from "../../domain/business-days.js";
import {
  activeVisits,
  checkCanSchedule,
  checkHeldDate,
  checkPlannedDate,
  nextRoundToSchedule,
} from "../../domain/visit-rules.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { isIsoDate, jstDateTime } from "../../lib/dates.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import {
  dateContext,
  localeOf,
  ownCase,
  readableCase,
  requireActive,
  requireProgram,
  ruleError,
  schedulableCase,
} from "../cases/case-access.js";
import type { CaseRecord } from "../cases/cases-repository.js";
import { closeMediationByVisit } from "../first-visits/close-mediation.js";
import type { SmeVisitMails } from "../first-visits/sme-visit-mails.js";
import type { Notifier } from "../outbox/notifier.js";
import { closureOf, type Program } from "../program/program-service.js";
import type { Actor } from "../roles/actor.js";
import { scheduledDm, visitChangedDm } from "./views/visit-messages.js";
import { type ScheduleInput, type VisitMode, VisitModeSchema } from "./visits.schemas.js";
import { visitErrors } from "./visits.texts.js";
import { VISIT_IDS } from "./visits-ids.js";
import {
  countAudit,
  createVisit,
  findVisit,
  listVisitsOfCase,
  toVisitStates,
  transitionVisit,
  type Visit,
} from "./visits-repository.js";

const B = VISIT_IDS.blocks;

/** Report due: N business days after the visit (program setting, year-end closure included). */
export function reportDueOn(heldOn: string, program: Program): string {
  return addBusinessDays(heldOn, program.reportDueBusinessDays, closureOf(program));
}

function required(field: string, text: Localized): AppError {
  return new AppError("invalid_input", text, { field });
}

/** Scheduling, rescheduling, cancelling and recording that a visit took place. */
export class VisitsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    /** The SME's mails about its visits (null when the web side is off). */
    private readonly smeMails: SmeVisitMails | null = null,
  ) {}

  /** What the schedule modal needs: the case, the next round and the program's round count. */
  async scheduleContext(actor: Actor, caseId: number) {
    const c = await schedulableCase(this.db.client, actor, caseId);
    const program = await requireProgram(this.db.client, c.programId);
    const states = toVisitStates(await listVisitsOfCase(this.db.client, caseId));
    const next = nextRoundToSchedule(states, program.visitsPerCase);
    if (next === null) {
      const pending = [...activeVisits(states).values()].find((v) => v.status === "scheduled");
      throw ruleError(
        pending
          ? { rule: "round_order", detail: both(visitErrors, (t) => t.stillPlanned(pending.round)) }
          : { rule: "round_range", detail: both(visitErrors, (t) => t.allRecorded(program.visitsPerCase)) },
      );
    }
    return { case: c, round: next, visitsPerCase: program.visitsPerCase, today: todayJst(this.clock) };
  }

  async schedule(actor: Actor, input: ScheduleInput): Promise<{ visit: Visit; case: CaseRecord }> {
    const plan = this.readPlan(input);
    const result = await this.db.transaction(async (tx) => {
      const c = await schedulableCase(tx, actor, input.caseId);
      const visit = await this.planVisit(tx, c, { round: input.round, ...plan, place: input.place }, actor.userId);
      return { visit, case: c };
    });
    this.notifier.kick();
    return result;
  }

  /**
   * Plans round `round` of an active case inside the caller's transaction, under the rules of
   * `/visit schedule` (round order, the date rules). Planning visit 1 ends any open first-visit
   * mediation. `notifyExpert: false` / `notifySme: false` when the caller tells the expert / the
   * SME in its own words; `fields` names the modal blocks the refusals belong to.
   */
  async planVisit(
    tx: DbClient,
    c: CaseRecord,
    plan: { round: number; date: string; time: string; mode: VisitMode; place: string },
    by: string,
    opts: { notifyExpert?: boolean; notifySme?: boolean; fields?: { round: string; date: string } } = {},
  ): Promise<Visit> {
    const fields = opts.fields ?? { round: B.round, date: B.date };
    const program = await requireProgram(tx, c.programId);
    const states = toVisitStates(await listVisitsOfCase(tx, c.id));
    const order = checkCanSchedule(states, plan.round, program.visitsPerCase);
    if (order) throw ruleError(order, fields.round);
    const today = todayJst(this.clock);
    const clash = checkPlannedDate(dateContext(states, c, program, plan.round, plan.date, today));
    if (clash) throw ruleError(clash, fields.date);
    const now = this.clock.now();
    const visit = await createVisit(tx, {
      caseId: c.id,
      round: plan.round,
      expertId: c.expert.id,
      status: "scheduled",
      scheduledAt: jstDateTime(plan.date, plan.time),
      mode: plan.mode,
      place: plan.place.trim(),
    });
    await writeAudit(
      tx,
      {
        actor: by,
        action: "visit.schedule",
        entityType: "visit",
        entityId: visit.id,
        after: {
          caseId: c.id,
          round: plan.round,
          date: plan.date,
          time: plan.time,
          mode: plan.mode,
          place: visit.place,
        },
      },
      now,
    );
    if (plan.round === 1) await closeMediationByVisit(tx, this.notifier, c, visit.id, by, now);
    if (opts.notifyExpert !== false && c.expert.slackUserId) {
      const locale = await localeOf(tx, c.expert.slackUserId);
      await this.notifier.dm(tx, `visit:${visit.id}:scheduled`, c.expert.slackUserId, scheduledDm(c, visit, locale));
    }
    if (opts.notifySme !== false)
      await this.smeMails?.visitChanged(
        tx,
        c,
        visit,
        "planned",
        { reason: "", sequence: 0, key: `visit:${visit.id}:scheduled:sme` },
        by,
      );
    return visit;
  }

  /**
   * A planned visit with its case, for the reschedule, cancel and held modals. `expertOnly`: only
   * the case's expert may go on (recording a visit as held), refused before the modal opens.
   */
  async plannedVisit(
    actor: Actor,
    visitId: number,
    opts: { expertOnly?: boolean } = {},
  ): Promise<{ visit: Visit; case: CaseRecord }> {
    const visit = await findVisit(this.db.client, visitId);
    if (!visit) throw notFoundVisit();
    const c = await (opts.expertOnly ? ownCase : readableCase)(this.db.client, actor, visit.caseId);
    requireActive(c);
    if (visit.status !== "scheduled") throw notPlanned(visit);
    return { visit, case: c };
  }

  async reschedule(actor: Actor, visitId: number, input: ScheduleInput, reason: string) {
    const { date, time, mode } = this.readPlan(input);
    const why = reason.trim();
    if (!why)
      throw required(
        B.reason,
        both(visitErrors, (t) => t.rescheduleReasonMissing),
      );
    const result = await this.db.transaction(async (tx) => {
      const visit = await findVisit(tx, visitId);
      if (!visit) throw notFoundVisit();
      const c = await schedulableCase(tx, actor, visit.caseId);
      if (visit.status !== "scheduled") throw notPlanned(visit);
      const program = await requireProgram(tx, c.programId);
      const states = toVisitStates(await listVisitsOfCase(tx, c.id));
      const clash = checkPlannedDate(
        dateContext(states, c, program, visit.round, date, todayJst(this.clock)),
        "reschedule",
      );
      if (clash) throw ruleError(clash, B.date);
      const scheduledAt = jstDateTime(date, time);
      await transitionVisit(tx, visit.id, ["scheduled"], {
        scheduledAt,
        mode,
        place: input.place.trim(),
        changeReason: why,
      });
      const updated = { ...visit, scheduledAt, mode, place: input.place.trim(), changeReason: why };
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "visit.reschedule",
          entityType: "visit",
          entityId: visit.id,
          before: { scheduledAt: visit.scheduledAt, mode: visit.mode, place: visit.place },
          after: { scheduledAt, mode, place: updated.place, reason: why },
        },
        this.clock.now(),
      );
      const n = await countAudit(tx, "visit", visit.id, "visit.reschedule");
      if (c.expert.slackUserId) {
        const locale = await localeOf(tx, c.expert.slackUserId);
        await this.notifier.dm(
          tx,
          `visit:${visit.id}:rescheduled:${n}`,
          c.expert.slackUserId,
          visitChangedDm(c, updated, "rescheduled", why, locale),
        );
      }
      await this.smeMails?.visitChanged(
        tx,
        c,
        updated,
        "rescheduled",
        { reason: why, sequence: n, key: `visit:${visit.id}:rescheduled:${n}:sme` },
        actor.userId,
      );
      return { visit: updated, case: c };
    });
    this.notifier.kick();
    return result;
  }

  async cancel(actor: Actor, visitId: number, reason: string) {
    const why = reason.trim();
    if (!why)
      throw required(
        B.reason,
        both(visitErrors, (t) => t.cancelReasonMissing),
      );
    const result = await this.db.transaction(async (tx) => {
      const visit = await findVisit(tx, visitId);
      if (!visit) throw notFoundVisit();
      const c = await schedulableCase(tx, actor, visit.caseId);
      if (!(await transitionVisit(tx, visit.id, ["scheduled"], { status: "cancelled", changeReason: why })))
        throw notPlanned(visit);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "visit.cancel",
          entityType: "visit",
          entityId: visit.id,
          before: { status: "scheduled" },
          after: { status: "cancelled", reason: why },
        },
        this.clock.now(),
      );
      const updated = { ...visit, status: "cancelled", changeReason: why };
      if (c.expert.slackUserId) {
        const locale = await localeOf(tx, c.expert.slackUserId);
        await this.notifier.dm(
          tx,
          `visit:${visit.id}:cancelled`,
          c.expert.slackUserId,
          visitChangedDm(c, updated, "cancelled", why, locale),
        );
      }
      // The calendar entry is cancelled with a SEQUENCE above its last reschedule.
      const moves = await countAudit(tx, "visit", visit.id, "visit.reschedule");
      await this.smeMails?.visitChanged(
        tx,
        c,
        updated,
        "cancelled",
        { reason: why, sequence: moves + 1, key: `visit:${visit.id}:cancelled:sme` },
        actor.userId,
      );
      return { visit: updated, case: c };
    });
    this.notifier.kick();
    return result;
  }

  /** The case's expert records that a planned visit took place; the report due date follows. */
  async recordHeld(actor: Actor, visitId: number, heldOn: string | null, duration: string) {
    if (!heldOn || !isIsoDate(heldOn))
      throw required(
        B.heldOn,
        both(visitErrors, (t) => t.heldOnMissing),
      );
    const minutes = parseMinutes(duration);
    return this.db.transaction(async (tx) => {
      const visit = await findVisit(tx, visitId);
      if (!visit) throw notFoundVisit();
      const c = await ownCase(tx, actor, visit.caseId);
      requireActive(c);
      if (visit.status !== "scheduled") throw notPlanned(visit);
      const program = await requireProgram(tx, c.programId);
      const states = toVisitStates(await listVisitsOfCase(tx, c.id));
      const v = checkHeldDate(dateContext(states, c, program, visit.round, heldOn, todayJst(this.clock)));
      if (v) throw ruleError(v, B.heldOn);
      const due = reportDueOn(heldOn, program);
      await transitionVisit(tx, visit.id, ["scheduled"], {
        status: "held",
        heldOn,
        durationMinutes: minutes,
        reportDueOn: due,
        expertId: c.expert.id,
      });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "visit.held",
          entityType: "visit",
          entityId: visit.id,
          before: { status: "scheduled" },
          after: { status: "held", heldOn, durationMinutes: minutes, reportDueOn: due },
        },
        this.clock.now(),
      );
      return { visit: { ...visit, status: "held", heldOn, durationMinutes: minutes, reportDueOn: due }, case: c };
    });
  }

  private readPlan(input: ScheduleInput) {
    if (!input.date || !isIsoDate(input.date))
      throw required(
        B.date,
        both(visitErrors, (t) => t.dateMissing),
      );
    if (!input.time)
      throw required(
        B.time,
        both(visitErrors, (t) => t.timeMissing),
      );
    const mode = VisitModeSchema.safeParse(input.mode);
    if (!mode.success)
      throw required(
        B.mode,
        both(visitErrors, (t) => t.modeMissing),
      );
    if (mode.data === "onsite" && input.place.trim() === "")
      throw required(
        B.place,
        both(visitErrors, (t) => t.placeMissing),
      );
    return { date: input.date, time: input.time, mode: mode.data };
  }
}

export function parseMinutes(raw: string): number {
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(n) || n < 10 || n > 600)
    throw required(
      B.duration,
      both(visitErrors, (t) => t.durationInvalid),
    );
  return n;
}

function notFoundVisit(): AppError {
  return new AppError(
    "not_found",
    both(visitErrors, (t) => t.visitNotFound),
  );
}

function notPlanned(visit: Visit): AppError {
  return new AppError(
    "invalid_state",
    both(visitErrors, (t) => t.notPlanned({ round: visit.round, held: visit.status === "held" })),
  );
}
