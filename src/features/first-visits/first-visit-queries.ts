import { type MediationState, mediationState } from "../../domain/first-visit-rules.js";
import { todayJst } from "../../lib/clock.js";
import { both, type Locale } from "../../lib/i18n.js";
import { readableCase, requireSecretariat } from "../cases/case-access.js";
import { type CaseRecord, findCase } from "../cases/cases-repository.js";
import { findCurrentProgram } from "../program/program-repository.js";
import type { Actor } from "../roles/actor.js";
import { countAudit, listVisitsOfCase, toVisitStates, type Visit } from "../visits/visits-repository.js";
import { type FirstVisitContext, type ProposalView, toLatest, toView } from "./first-visit-context.js";
import { firstVisitErrorTexts } from "./first-visits.texts.js";
import {
  countUnfixedCases,
  findActiveFirstVisit,
  findCaseOfApplication,
  findLatestProposal,
  findOpenProposals,
  listUnfixedCases,
} from "./first-visits-repository.js";
import type { UnfixedCase } from "./views/first-visit-home.js";

/** Matched cases without a fixed first visit, oldest approval first (secretariat). */
export async function listUnfixed(
  ctx: FirstVisitContext,
  actor: Actor,
  limit: number,
): Promise<{ total: number; items: UnfixedCase[]; today: string }> {
  requireSecretariat(
    actor,
    both(firstVisitErrorTexts, (t) => t.listUnfixedTask),
  );
  const db = ctx.db.client;
  const today = todayJst(ctx.clock);
  const program = await findCurrentProgram(db);
  if (!program) return { total: 0, items: [], today };
  const [total, rows] = await Promise.all([countUnfixedCases(db, program.id), listUnfixedCases(db, program.id, limit)]);
  const items = rows.map((r) => ({
    caseId: r.id,
    companyName: r.application.company.name,
    expertName: r.expert.nameKanji,
    approvedOn: r.approvedOn,
    state: mediationState(toLatest(r.firstVisitProposals[0])),
  }));
  return { total, items, today };
}

/** Where a case's mediation stands, for its page (the case's expert and the secretariat). */
export async function mediationOfCase(
  ctx: FirstVisitContext,
  actor: Actor,
  caseId: number,
): Promise<{ state: MediationState; proposal: ProposalView | null }> {
  const db = ctx.db.client;
  const c = await readableCase(db, actor, caseId);
  const latest = await findLatestProposal(db, c.id);
  const visits = toVisitStates(await listVisitsOfCase(db, c.id));
  const fixed = visits.some((v) => v.round === 1 && v.status !== "cancelled");
  return {
    state: fixed ? { kind: "fixed" } : mediationState(toLatest(latest)),
    proposal: latest ? toView(latest) : null,
  };
}

/** The open proposal of an application, for the SME's signed page (null when none waits). */
export async function openProposalOfApplication(
  ctx: FirstVisitContext,
  applicationId: number,
): Promise<ProposalView | null> {
  const c = await findCaseOfApplication(ctx.db.client, applicationId);
  if (c?.status !== "active") return null;
  const [open] = await findOpenProposals(ctx.db.client, c.id);
  return open ? toView(open) : null;
}

export type FirstVisitOfApplication = { case: CaseRecord; proposal: ProposalView | null; visit: Visit | null };

/**
 * Where the first visit of an application stands, for the SME's pages after an answer: the
 * latest proposal, and visit 1 while it is planned or held. Null without an active case.
 */
export async function firstVisitOfApplication(
  ctx: FirstVisitContext,
  applicationId: number,
): Promise<FirstVisitOfApplication | null> {
  const db = ctx.db.client;
  const found = await findCaseOfApplication(db, applicationId);
  const c = found ? await findCase(db, found.id) : null;
  if (!c) return null;
  const [latest, visit] = await Promise.all([findLatestProposal(db, c.id), findActiveFirstVisit(db, c.id)]);
  return { case: c, proposal: latest ? toView(latest) : null, visit };
}

/** The calendar entry (.ics) of an application's planned visit 1, as mailed; null when none is planned. */
export async function firstVisitCalendar(
  ctx: FirstVisitContext,
  applicationId: number,
  locale: Locale,
): Promise<string | null> {
  const found = await firstVisitOfApplication(ctx, applicationId);
  const visit = found?.visit;
  if (!found || !visit || visit.status !== "scheduled" || !visit.scheduledAt || !ctx.mails) return null;
  const sequence = await countAudit(ctx.db.client, "visit", visit.id, "visit.reschedule");
  return ctx.mails.calendarText(found.case, visit, sequence, locale);
}
