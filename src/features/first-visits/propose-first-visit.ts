import { checkProposedSlots, mediationState } from "../../domain/first-visit-rules.js";
import { violationText } from "../../domain/visit-rules.js";
import { nowJst, todayJst } from "../../lib/clock.js";
import { jstDateTime } from "../../lib/dates.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { dateContext, requireProgram, schedulableCase } from "../cases/case-access.js";
import { closureOf } from "../program/program-service.js";
import type { Actor } from "../roles/actor.js";
import { listVisitsOfCase, toVisitStates } from "../visits/visits-repository.js";
import {
  type Change,
  type FirstVisitContext,
  firstVisitError,
  requireFirstVisitOpen,
  toLatest,
  toView,
} from "./first-visit-context.js";
import { tellMediation } from "./first-visit-notices.js";
import { type ProposeInput, VisitModeSchema } from "./first-visits.schemas.js";
import { FIRST_VISIT_IDS } from "./first-visits-ids.js";
import { createProposal, findLatestProposal, findOpenProposals, findProposalByKey } from "./first-visits-repository.js";

const B = FIRST_VISIT_IDS.blocks;

/** What the propose modal needs; refused when the actor may not propose or visit 1 is planned. */
export async function proposeContext(ctx: FirstVisitContext, actor: Actor, caseId: number) {
  const db = ctx.db.client;
  const c = await schedulableCase(db, actor, caseId);
  const program = await requireProgram(db, c.programId);
  await requireFirstVisitOpen(ctx, db, c, program.visitsPerCase);
  const today = todayJst(ctx.clock);
  const latest = await findLatestProposal(db, c.id);
  return {
    case: c,
    programEnd: program.endDate,
    initialDate: c.firstVisitTarget && c.firstVisitTarget >= today ? c.firstVisitTarget : null,
    state: mediationState(toLatest(latest)),
  };
}

/**
 * Proposes dates. A proposal still waiting for the SME is superseded (its answer would be stale).
 * `submissionKey` (the modal's view id) makes a repeated submission a no-op.
 */
export async function proposeFirstVisit(
  ctx: FirstVisitContext,
  actor: Actor,
  caseId: number,
  input: ProposeInput,
  submissionKey?: string,
): Promise<Change> {
  if (submissionKey) {
    const done = await findProposalByKey(ctx.db.client, submissionKey);
    if (done) return { proposal: toView(done), repeated: true };
  }
  const mode = VisitModeSchema.safeParse(input.mode);
  if (!mode.success) throw firstVisitError("invalid_input", (t) => t.chooseMode, B.mode);
  const place = input.place.trim();
  if (mode.data === "onsite" && place === "") throw firstVisitError("invalid_input", (t) => t.enterPlace, B.place);
  const channel = await ctx.channels.secretariat();
  const result = await ctx.db.transaction(async (tx) => {
    if (submissionKey) {
      const again = await findProposalByKey(tx, submissionKey);
      if (again) return { proposal: toView(again), repeated: true, c: null };
    }
    const c = await schedulableCase(tx, actor, caseId);
    const program = await requireProgram(tx, c.programId);
    await requireFirstVisitOpen(ctx, tx, c, program.visitsPerCase);
    const states = toVisitStates(await listVisitsOfCase(tx, c.id));
    const now = nowJst(ctx.clock);
    const base = dateContext(states, c, program, 1, "", todayJst(ctx.clock));
    const problems = checkProposedSlots(input.slots, {
      ...base,
      nowTime: now.toFormat("HH:mm"),
      closure: closureOf(program),
    });
    if (problems.length > 0) {
      const fields: Record<string, Localized> = {};
      for (const p of problems) fields[FIRST_VISIT_IDS.dateBlock((p.slot ?? 0) + 1)] ??= violationText(p.violation);
      const first = Object.values(fields)[0];
      throw new AppError("rule_violation", first, { fields, log: `rules ${problems.map((p) => p.violation.rule)}` });
    }
    const starts = input.slots
      .filter((s): s is { date: string; time: string } => Boolean(s.date && s.time))
      .map((s) => jstDateTime(s.date, s.time));
    const at = ctx.clock.now();
    let replaced = false;
    for (const old of await findOpenProposals(tx, c.id)) {
      if (!(await ctx.store.transitionProposal(tx, old.id, ["open"], { status: "superseded" }))) continue;
      replaced = true;
      await ctx.store.writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "first_visit.supersede",
          entityType: "first_visit_proposal",
          entityId: old.id,
          before: { status: "open" },
          after: { status: "superseded" },
        },
        at,
      );
      await tellMediation(ctx, tx, { kind: "superseded", c, p: old });
    }
    const isExpert = c.expert.slackUserId !== null && c.expert.slackUserId === actor.userId;
    const created = await createProposal(tx, {
      caseId: c.id,
      proposedBy: actor.userId,
      proposedAs: isExpert ? "expert" : "secretariat",
      options: JSON.stringify(starts.map((d) => d.toISOString())),
      mode: mode.data,
      place,
      noteToSme: input.note.trim(),
      submissionKey: submissionKey ?? null,
      createdAt: at,
    });
    await ctx.store.writeAudit(
      tx,
      {
        actor: actor.userId,
        action: "first_visit.propose",
        entityType: "first_visit_proposal",
        entityId: created.id,
        after: { caseId: c.id, options: starts.map((d) => d.toISOString()), mode: mode.data, place },
      },
      at,
    );
    await tellMediation(ctx, tx, { kind: "proposed", c, p: created, channel, replaced, actor: actor.userId });
    return { proposal: toView(created), repeated: false, c };
  });
  if (!result.repeated) ctx.notifier.kick();
  return { proposal: result.proposal, repeated: result.repeated };
}
