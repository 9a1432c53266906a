import type { Database } from "../../db/client.js";
import { activeVisits, caseSteps, checkCanReport, type Step } from "../../domain/visit-rules.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import { type LineDetail, listLinesOfVisits } from "../honoraria/honoraria-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { Actor } from "../roles/actor.js";
import type { SmeCaseMails } from "../sme/sme-case-mails.js";
import { TERMINATION_CATEGORIES, type TerminationCategory } from "../visits/views/visit-text.js";
import { VISIT_IDS } from "../visits/visits-ids.js";
import {
  listVisitsOfCase,
  listVisitsOfCases,
  toVisitStates,
  transitionVisit,
  type VisitWithReports,
} from "../visits/visits-repository.js";
import type { SurveyInviter } from "../visits/visits-services.js";
import {
  caseNotFound,
  localeOf,
  ownCase,
  readableCase,
  requireActive,
  requireProgram,
  requireSecretariat,
} from "./case-access.js";
import { caseErrors } from "./cases.texts.js";
import { type CaseRecord, closeCase, findCase, listCasesOfExpert } from "./cases-repository.js";
import { type Deliverable, listDeliverablesOfCase } from "./deliverables-repository.js";
import { caseClosedDm } from "./views/case-messages.js";

export type CaseSummary = { case: CaseRecord; steps: Step[]; visits: VisitWithReports[] };

/**
 * A report `/visit log` can open: one to write or revise for a visit in the app, or the next round
 * of a case held without being planned in the app (no visit yet; the report creates it).
 */
export type ReportChoice = { case: CaseRecord; round: number } & (
  | { kind: "write_report"; visitId: number; draft: boolean }
  | { kind: "revise"; visitId: number; reportId: number }
  | { kind: "unplanned" }
);

export type CaseTimeline = {
  case: CaseRecord;
  visitsPerCase: number;
  visits: VisitWithReports[];
  deliverables: Deliverable[];
  honoraria: LineDetail[];
  steps: Step[];
};

/** A case's progress: the expert's list, the case page, completion and termination. */
export class CasesService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly surveys: SurveyInviter,
    /** Mail to SME contacts who are not on Slack (null when the web side is off). */
    private readonly smeMails: Pick<SmeCaseMails, "terminated"> | null = null,
  ) {}

  /** The actor's active cases (as an expert) with what to do next in each. */
  async listMine(actor: Actor): Promise<CaseSummary[]> {
    if (!actor.expert) return [];
    const db = this.db.client;
    const cases = await listCasesOfExpert(db, actor.expert.id, ["active"]);
    if (cases.length === 0) return [];
    const program = await requireProgram(db, cases[0].programId);
    const visits = await listVisitsOfCases(
      db,
      cases.map((c) => c.id),
    );
    const today = todayJst(this.clock);
    return cases.map((c) => {
      const own = visits.filter((v) => v.caseId === c.id);
      return { case: c, visits: own, steps: caseSteps(toVisitStates(own), program.visitsPerCase, today) };
    });
  }

  /**
   * What `/visit log` offers: the actor's reports to write or revise and the rounds they may log as
   * held without a plan (the next round, once the earlier reports are in), in all their active
   * cases or in case `caseId` (which must be theirs).
   */
  async reportChoices(actor: Actor, caseId?: number): Promise<ReportChoice[]> {
    let summaries: CaseSummary[];
    if (caseId === undefined) summaries = await this.listMine(actor);
    else {
      const db = this.db.client;
      const c = await ownCase(db, actor, caseId);
      requireActive(c);
      const program = await requireProgram(db, c.programId);
      const visits = await listVisitsOfCase(db, caseId);
      const steps = caseSteps(toVisitStates(visits), program.visitsPerCase, todayJst(this.clock));
      summaries = [{ case: c, visits, steps }];
    }
    return summaries.flatMap(({ case: c, visits, steps }) =>
      steps.flatMap((s): ReportChoice[] => {
        if (s.kind === "write_report")
          return [{ case: c, round: s.round, kind: "write_report", visitId: s.visitId, draft: s.draft }];
        if (s.kind === "revise")
          return [{ case: c, round: s.round, kind: "revise", visitId: s.visitId, reportId: s.reportId }];
        if (s.kind === "schedule" && checkCanReport(toVisitStates(visits), s.round) === null)
          return [{ case: c, round: s.round, kind: "unplanned" }];
        return [];
      }),
    );
  }

  /** The case page: visits, report versions, deliverables and honoraria in one place. */
  async timeline(actor: Actor, caseId: number): Promise<CaseTimeline> {
    const db = this.db.client;
    const c = await readableCase(db, actor, caseId);
    const program = await requireProgram(db, c.programId);
    const visits = await listVisitsOfCase(db, caseId);
    const [deliverables, honoraria] = await Promise.all([
      listDeliverablesOfCase(db, caseId),
      listLinesOfVisits(
        db,
        visits.map((v) => v.id),
      ),
    ]);
    const steps =
      c.status === "active" ? caseSteps(toVisitStates(visits), program.visitsPerCase, todayJst(this.clock)) : [];
    return { case: c, visitsPerCase: program.visitsPerCase, visits, deliverables, honoraria, steps };
  }

  /** A case to complete or terminate (secretariat), for the reason modal. */
  async closable(actor: Actor, caseId: number): Promise<CaseRecord> {
    requireSecretariat(
      actor,
      both(caseErrors, (t) => t.closeWhat),
    );
    const c = await findCase(this.db.client, caseId);
    if (!c) throw caseNotFound();
    requireActive(c);
    return c;
  }

  /** Completes a case before its last round (e.g. after round 3), with a reason. */
  async completeEarly(actor: Actor, caseId: number, reason: string) {
    requireSecretariat(
      actor,
      both(caseErrors, (t) => t.completeWhat),
    );
    const why = requireReason(reason);
    return this.close(actor, caseId, why, "completed", async (c, visits, visitsPerCase) => {
      const active = activeVisits(toVisitStates(visits));
      for (let r = 1; r < visitsPerCase; r++) {
        if (active.get(r)?.reportStatus !== "accepted")
          throw new AppError(
            "invalid_state",
            both(caseErrors, (t) => t.reportNotAccepted({ round: r, caseId: c.id })),
            { field: VISIT_IDS.blocks.reason },
          );
      }
      const last = active.get(visitsPerCase);
      if (last && last.status === "held")
        throw new AppError(
          "invalid_state",
          both(caseErrors, (t) => t.lastRoundHeld(visitsPerCase)),
          { field: VISIT_IDS.blocks.reason },
        );
    });
  }

  /** Ends a case early at any point, with a reason; planned visits are cancelled. */
  async terminate(actor: Actor, caseId: number, reason: string, category: string | null = null) {
    requireSecretariat(
      actor,
      both(caseErrors, (t) => t.terminateWhat),
    );
    const why = requireReason(reason);
    // The modal preselects "other"; a value it never offers is refused next to the field.
    if (category !== null && !Object.hasOwn(TERMINATION_CATEGORIES, category))
      throw new AppError(
        "invalid_input",
        both(caseErrors, (t) => t.categoryUnknown),
        { field: VISIT_IDS.blocks.category },
      );
    const told = TERMINATION_CATEGORIES[(category ?? "other") as TerminationCategory];
    return this.close(actor, caseId, why, "terminated", async () => {}, told);
  }

  private async close(
    actor: Actor,
    caseId: number,
    reason: string,
    status: "completed" | "terminated",
    check: (c: CaseRecord, visits: VisitWithReports[], visitsPerCase: number) => Promise<void>,
    /** Termination: the reason category the SME is told by e-mail. */
    told?: { ja: string; en: string },
  ) {
    const result = await this.db.transaction(async (tx) => {
      const c = await findCase(tx, caseId);
      if (!c) throw caseNotFound();
      requireActive(c);
      const program = await requireProgram(tx, c.programId);
      const visits = await listVisitsOfCase(tx, caseId);
      await check(c, visits, program.visitsPerCase);
      const today = todayJst(this.clock);
      const now = this.clock.now();
      const closed = await closeCase(
        tx,
        caseId,
        status === "completed"
          ? { status, closedAt: now, completedOn: today, completionReason: reason }
          : { status, closedAt: now, terminatedOn: today, terminationReason: reason },
      );
      if (!closed) requireActive({ ...c, status: "closed" });
      if (status === "completed") await this.surveys.inviteForCase(tx, caseId);
      else if (told && this.smeMails) await this.smeMails.terminated(tx, caseId, told);
      const cancelled: number[] = [];
      for (const v of visits.filter((x) => x.status === "scheduled")) {
        await transitionVisit(tx, v.id, ["scheduled"], { status: "cancelled", changeReason: reason });
        cancelled.push(v.id);
      }
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: status === "completed" ? "case.complete" : "case.terminate",
          entityType: "case",
          entityId: caseId,
          before: { status: "active" },
          after: { status, on: today, reason, cancelledVisits: cancelled },
        },
        now,
      );
      const updated: CaseRecord = {
        ...c,
        status,
        ...(status === "completed"
          ? { completedOn: today, completionReason: reason }
          : { terminatedOn: today, terminationReason: reason }),
      };
      if (c.expert.slackUserId) {
        const locale = await localeOf(tx, c.expert.slackUserId);
        await this.notifier.dm(
          tx,
          `case:${caseId}:closed`,
          c.expert.slackUserId,
          caseClosedDm(updated, status, reason, locale),
        );
      }
      return updated;
    });
    this.notifier.kick();
    return result;
  }
}

function requireReason(reason: string): string {
  const why = reason.trim();
  if (!why)
    throw new AppError(
      "invalid_input",
      both(caseErrors, (t) => t.reasonMissing),
      { field: VISIT_IDS.blocks.reason },
    );
  return why;
}
