import type { Database, DbClient } from "../../db/client.js";
import type { LatestProposal } from "../../domain/first-visit-rules.js";
import { checkCanSchedule } from "../../domain/visit-rules.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import { ruleError } from "../cases/case-access.js";
import { type CaseRecord, findCase } from "../cases/cases-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import type { Actor } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import { dateOfInstant } from "../visits/visit-dates.js";
import { listVisitsOfCase, toVisitStates } from "../visits/visits-repository.js";
import type { VisitsService } from "../visits/visits-service.js";
import { type AnswerChannel, parseStoredOptions } from "./first-visits.schemas.js";
import { firstVisitErrorTexts as T } from "./first-visits.texts.js";
import { type FirstVisitProposal, findProposal, transitionProposal } from "./first-visits-repository.js";
import type { SmeVisitMails } from "./sme-visit-mails.js";
import type { AnsweredBy } from "./views/first-visit-text.js";

/**
 * The data answering a proposal reads and changes (the proposal, its case and visits, the audit
 * log, the expert's language), through the repositories; tests pass a fake with the same functions.
 */
export const firstVisitStore = {
  findProposal,
  transitionProposal,
  findCase,
  listVisitsOfCase,
  writeAudit,
  findUserLocale,
};
export type FirstVisitStore = typeof firstVisitStore;

/** What every first-visit use case works with. */
export type FirstVisitContext = {
  db: Pick<Database, "client" | "transaction">;
  store: FirstVisitStore;
  clock: Clock;
  notifier: Pick<Notifier, "post" | "dm" | "update" | "kick">;
  channels: SecretariatChannel;
  visits: Pick<VisitsService, "planVisit">;
  /** The SME's mails (null when the web side is off: no SME links, no mail). */
  mails: SmeVisitMails | null;
};

/**
 * Who answers for the SME: a secretariat member recording what came by phone, mail or fax, or
 * (through the SME's signed page) the SME itself. The web route passes the application id its
 * token is scoped to; a proposal of another application is refused like a missing one.
 */
export type AnswerBy =
  | { kind: "secretariat"; actor: Actor; channel: AnswerChannel | null }
  | { kind: "sme_web"; applicationId: number };

/** What the SME's page (or the secretariat's modal) shows of a proposal. */
export type ProposalView = {
  id: number;
  caseId: number;
  status: FirstVisitProposal["status"];
  options: Date[];
  mode: string;
  place: string;
  noteToSme: string;
  chosenOption: number | null;
  /** The SME's wishes when it asked for other dates. */
  answerNote: string | null;
};

export type Change = { proposal: ProposalView; repeated: boolean };

type Texts = (typeof T)["ja"];

/** An AppError whose text is one entry of the first-visit catalog. */
export function firstVisitError(code: AppError["code"], select: (t: Texts) => string, field?: string): AppError {
  return new AppError(code, both(T, select), field ? { field } : {});
}

export function toView(p: FirstVisitProposal): ProposalView {
  return {
    id: p.id,
    caseId: p.caseId,
    status: p.status,
    options: parseStoredOptions(p.options),
    mode: p.mode,
    place: p.place,
    noteToSme: p.noteToSme,
    chosenOption: p.chosenOption,
    answerNote: p.answerNote,
  };
}

export function toLatest(p: FirstVisitProposal | null | undefined): LatestProposal | null {
  if (!p) return null;
  return {
    id: p.id,
    status: p.status,
    proposedOn: dateOfInstant(p.createdAt),
    answeredOn: p.answeredAt ? dateOfInstant(p.answeredAt) : null,
    answerNote: p.answerNote,
  };
}

export function auditActor(by: AnswerBy): string {
  return by.kind === "secretariat" ? by.actor.userId : `sme_web:${by.applicationId}`;
}

export function answeredBy(by: AnswerBy): AnsweredBy {
  return by.kind === "secretariat"
    ? { kind: "secretariat", userId: by.actor.userId, channel: by.channel ?? "other" }
    : { kind: "sme_web" };
}

/** The proposal and its case; for the SME's page only a proposal of its own application. */
export async function loadProposal(
  ctx: FirstVisitContext,
  db: DbClient,
  proposalId: number,
  by?: AnswerBy,
): Promise<{ c: CaseRecord; p: FirstVisitProposal }> {
  const p = await ctx.store.findProposal(db, proposalId);
  const c = p ? await ctx.store.findCase(db, p.caseId) : null;
  if (!p || !c || (by?.kind === "sme_web" && c.applicationId !== by.applicationId))
    throw firstVisitError("not_found", (t) => t.proposalNotFound);
  return { c, p };
}

export async function requireFirstVisitOpen(
  ctx: FirstVisitContext,
  db: DbClient,
  c: CaseRecord,
  visitsPerCase: number,
): Promise<void> {
  const states = toVisitStates(await ctx.store.listVisitsOfCase(db, c.id));
  const v = checkCanSchedule(states, 1, visitsPerCase);
  if (v) throw ruleError({ rule: v.rule, detail: both(T, (t) => t.alreadyPlanned(c.id)) });
}

/** Why a proposal that is no longer open cannot be answered. */
export function notOpen(p: Pick<FirstVisitProposal, "status" | "chosenOption">, field: string | undefined): AppError {
  return firstVisitError(
    "invalid_state",
    (t) =>
      p.status === "confirmed"
        ? t.alreadyConfirmed(p.chosenOption)
        : p.status === "declined"
          ? t.alreadyDeclined
          : p.status === "superseded"
            ? t.superseded
            : t.closed,
    field,
  );
}
