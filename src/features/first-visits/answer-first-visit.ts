import { both } from "../../lib/i18n.js";
import { requireActive, requireSecretariat } from "../cases/case-access.js";
import type { Actor } from "../roles/actor.js";
import { dateOfInstant, timeOfInstant } from "../visits/visit-dates.js";
import {
  type AnswerBy,
  answeredBy,
  auditActor,
  type Change,
  type FirstVisitContext,
  firstVisitError,
  loadProposal,
  notOpen,
  toView,
} from "./first-visit-context.js";
import { tellMediation } from "./first-visit-notices.js";
import { AnswerChannelSchema, parseStoredOptions, VisitModeSchema } from "./first-visits.schemas.js";
import { firstVisitErrorTexts } from "./first-visits.texts.js";
import { FIRST_VISIT_IDS } from "./first-visits-ids.js";

const B = FIRST_VISIT_IDS.blocks;
const RECORD_ANSWER = both(firstVisitErrorTexts, (t) => t.recordAnswerTask);

function requireRecorder(by: Extract<AnswerBy, { kind: "secretariat" }>): void {
  requireSecretariat(by.actor, RECORD_ANSWER);
  if (!by.channel || !AnswerChannelSchema.safeParse(by.channel).success)
    throw firstVisitError("invalid_input", (t) => t.chooseChannel, B.channel);
}

/** The proposal and its case, for the record-answer modal (secretariat only; open proposals). */
export async function answerContext(ctx: FirstVisitContext, actor: Actor, proposalId: number) {
  requireSecretariat(actor, RECORD_ANSWER);
  const { c, p } = await loadProposal(ctx, ctx.db.client, proposalId);
  requireActive(c);
  if (p.status !== "open") throw notOpen(p, undefined);
  return { case: c, proposal: toView(p) };
}

/**
 * The SME takes option `option` (1-based): it becomes visit 1 and both sides are told. The same
 * answer again changes nothing; a proposal that was answered, replaced or closed is refused.
 */
export async function confirmFirstVisit(
  ctx: FirstVisitContext,
  by: AnswerBy,
  proposalId: number,
  option: number,
): Promise<Change & { visitId: number | null }> {
  if (by.kind === "secretariat") requireRecorder(by);
  const channel = await ctx.channels.secretariat();
  const result = await ctx.db.transaction(async (tx) => {
    const { c, p } = await loadProposal(ctx, tx, proposalId, by);
    if (p.status === "confirmed" && p.chosenOption === option)
      return { proposal: toView(p), repeated: true, visitId: p.visitId };
    requireActive(c);
    if (p.status !== "open") throw notOpen(p, B.answer);
    const options = parseStoredOptions(p.options);
    const start = options[option - 1];
    if (!Number.isInteger(option) || !start)
      throw firstVisitError("invalid_input", (t) => t.chooseProposedDate, B.answer);
    if (start.getTime() <= ctx.clock.now().getTime())
      throw firstVisitError("invalid_input", (t) => t.datePassed, B.answer);
    const at = ctx.clock.now();
    const moved = await ctx.store.transitionProposal(tx, p.id, ["open"], {
      status: "confirmed",
      chosenOption: option,
      answeredVia: by.kind,
      answeredBy: auditActor(by),
      answerChannel: by.kind === "secretariat" ? by.channel : null,
      answeredAt: at,
    });
    if (!moved) throw notOpen({ ...p, status: "confirmed" }, B.answer);
    const visit = await ctx.visits.planVisit(
      tx,
      c,
      {
        round: 1,
        date: dateOfInstant(start),
        time: timeOfInstant(start),
        mode: VisitModeSchema.parse(p.mode),
        place: p.place,
      },
      auditActor(by),
      { notifyExpert: false, notifySme: false, fields: { round: B.answer, date: B.answer } },
    );
    await ctx.store.transitionProposal(tx, p.id, ["confirmed"], { visitId: visit.id });
    await ctx.store.writeAudit(
      tx,
      {
        actor: auditActor(by),
        action: "first_visit.confirm",
        entityType: "first_visit_proposal",
        entityId: p.id,
        before: { status: "open" },
        after: { status: "confirmed", option, visitId: visit.id, via: by.kind },
      },
      at,
    );
    await tellMediation(ctx, tx, {
      kind: "confirmed",
      c,
      p,
      option,
      visit,
      by: answeredBy(by),
      channel,
      actor: auditActor(by),
    });
    return {
      proposal: toView({ ...p, status: "confirmed", chosenOption: option }),
      repeated: false,
      visitId: visit.id,
    };
  });
  if (!result.repeated) ctx.notifier.kick();
  return result;
}

/** None of the dates suits the SME: the proposer is told (with the SME's note) and proposes again. */
export async function askForOtherDates(
  ctx: FirstVisitContext,
  by: AnswerBy,
  proposalId: number,
  note: string,
): Promise<Change> {
  if (by.kind === "secretariat") requireRecorder(by);
  const text = note.trim();
  if (!text) throw firstVisitError("invalid_input", (t) => t.othersNote, B.answerNote);
  const channel = await ctx.channels.secretariat();
  const result = await ctx.db.transaction(async (tx) => {
    const { c, p } = await loadProposal(ctx, tx, proposalId, by);
    if (p.status === "declined" && p.answerNote === text) return { proposal: toView(p), repeated: true };
    requireActive(c);
    if (p.status !== "open") throw notOpen(p, B.answer);
    const at = ctx.clock.now();
    const moved = await ctx.store.transitionProposal(tx, p.id, ["open"], {
      status: "declined",
      answeredVia: by.kind,
      answeredBy: auditActor(by),
      answerChannel: by.kind === "secretariat" ? by.channel : null,
      answerNote: text,
      answeredAt: at,
    });
    if (!moved) throw notOpen({ ...p, status: "declined" }, B.answer);
    await ctx.store.writeAudit(
      tx,
      {
        actor: auditActor(by),
        action: "first_visit.decline",
        entityType: "first_visit_proposal",
        entityId: p.id,
        before: { status: "open" },
        after: { status: "declined", note: text, via: by.kind },
      },
      at,
    );
    await tellMediation(ctx, tx, {
      kind: "declined",
      c,
      p,
      note: text,
      by: answeredBy(by),
      channel,
      actor: auditActor(by),
    });
    return { proposal: toView({ ...p, status: "declined", answerNote: text }), repeated: false };
  });
  if (!result.repeated) ctx.notifier.kick();
  return result;
}
