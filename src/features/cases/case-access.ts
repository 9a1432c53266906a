import type { DbClient } from "../../db/client.js";
import {
  activeVisits,
  type DateContext,
  type Violation,
  type VisitState,
  violationText,
} from "../../domain/visit-rules.js";
import { AppError } from "../../lib/errors.js";
import { both, type Locale, toLocale } from "../../lib/i18n.js";
import { esc } from "../../slack/mrkdwn.js";
import { findCurrentProgram, type Program } from "../program/program-repository.js";
import { requireWritableProgram } from "../program/program-rules.js";
import type { Actor } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import { caseAccessErrors } from "./cases.texts.js";
import { type CaseRecord, findCase, findProgramOfCase } from "./cases-repository.js";

/** A refusal that names the rule (shown next to `field` in a modal when given). */
export function ruleError(v: Violation, field?: string): AppError {
  return new AppError(
    "rule_violation",
    violationText(v),
    field ? { field, log: `rule ${v.rule}` } : { log: `rule ${v.rule}` },
  );
}

export function caseNotFound(): AppError {
  return new AppError(
    "not_found",
    both(caseAccessErrors, (t) => t.caseNotFound),
  );
}

export async function requireProgram(db: DbClient, programId?: number): Promise<Program> {
  const program = programId ? await findProgramOfCase(db, programId) : await findCurrentProgram(db);
  if (!program)
    throw new AppError(
      "invalid_state",
      both(caseAccessErrors, (t) => t.noProgram),
    );
  return program;
}

/** The case, if the actor may see it: the secretariat, or the expert the case is assigned to. */
export async function readableCase(db: DbClient, actor: Actor, caseId: number): Promise<CaseRecord> {
  return checkReadable(actor, caseId, await findCase(db, caseId));
}

/** readableCase's rule on a case already read (null: not found). */
export function checkReadable(actor: Actor, caseId: number, c: CaseRecord | null): CaseRecord {
  if (!c) throw caseNotFound();
  if (actor.isSecretariat || (c.expert.slackUserId !== null && c.expert.slackUserId === actor.userId)) return c;
  // Someone else's case is indistinguishable from a missing one, except for the rule's name.
  throw ruleError({
    rule: "own_case_only",
    detail: both(caseAccessErrors, (t) => t.notYourCase(caseId)),
  });
}

/**
 * The case, if the actor is its assigned expert (only they write its reports). The secretariat is
 * told who that is; anyone else only that they cannot, nothing about the case.
 */
export async function ownCase(db: DbClient, actor: Actor, caseId: number): Promise<CaseRecord> {
  return checkOwn(actor, caseId, await findCase(db, caseId));
}

/** ownCase's rule on a case already read (null: not found). */
export function checkOwn(actor: Actor, caseId: number, c: CaseRecord | null): CaseRecord {
  if (!c) throw caseNotFound();
  if (c.expert.slackUserId === null || c.expert.slackUserId !== actor.userId)
    throw ruleError({
      rule: "own_case_only",
      detail: actor.isSecretariat
        ? both(caseAccessErrors, (t) => t.onlyNamedExpertWrites({ caseId, expert: esc(c.expert.nameKanji) }))
        : both(caseAccessErrors, (t) => t.onlyExpertWrites(caseId)),
    });
  return c;
}

/** Scheduling: the case's expert, or the secretariat (which mediates first visits). */
export async function schedulableCase(db: DbClient, actor: Actor, caseId: number): Promise<CaseRecord> {
  const c = await readableCase(db, actor, caseId);
  requireActive(c);
  return c;
}

/** A case of a past program can be read but not changed (the rule lives in the program feature). */
export function requireWritableCase(c: CaseRecord): void {
  if (c.program) requireWritableProgram(c.program);
}

/** The case can be changed: its program is current and the case is still open. */
export function requireActive(c: CaseRecord): void {
  requireWritableCase(c);
  if (c.status !== "active")
    throw ruleError({
      rule: "case_closed",
      detail: both(caseAccessErrors, (t) => t.caseClosed({ caseId: c.id, completed: c.status === "completed" })),
    });
}

export function requireSecretariat(actor: Actor, what: { ja: string; en: string }): void {
  if (actor.isSecretariat) return;
  throw ruleError({
    rule: "secretariat_only",
    detail: { ja: caseAccessErrors.ja.secretariatOnly(what.ja), en: caseAccessErrors.en.secretariatOnly(what.en) },
  });
}

/** The language to write to an expert in. */
export async function localeOf(db: DbClient, slackUserId: string | null): Promise<Locale> {
  return slackUserId ? toLocale(await findUserLocale(db, slackUserId)) : "ja";
}

/** The date context of round `round` of a case (the other visits' days and its neighbours). */
export function dateContext(
  states: VisitState[],
  c: CaseRecord,
  program: Program,
  round: number,
  date: string,
  today: string,
): DateContext {
  const active = activeVisits(states);
  return {
    date,
    today,
    approvedOn: c.approvedOn,
    programStart: program.startDate,
    programEnd: program.endDate,
    otherVisits: [...active.values()]
      .filter((v) => v.round !== round && v.date !== null)
      .map((v) => ({ round: v.round, date: v.date as string })),
    previousRoundDate: active.get(round - 1)?.date ?? null,
    nextRoundDate: active.get(round + 1)?.date ?? null,
    round,
  };
}
