import { z } from "zod";
import { roundLabel } from "../../domain/curriculum.js";
import { ANSWERS, type Answer } from "../../domain/self-diagnosis.js";
import type { ReportChoice } from "../../features/cases/cases-service.js";
import { reportModal } from "../../features/visit-reports/views/report-modal.js";
import { type ReportForm, ReportFormSchema } from "../../features/visit-reports/visit-reports.schemas.js";
import type { ReportTarget } from "../../features/visit-reports/visit-reports-service.js";
import {
  reviseReportButton,
  writeReportButton,
  writeUnplannedReportButton,
} from "../../features/visits/views/visit-buttons.js";
import { caseTitle, pickMessage } from "../../features/visits/views/visit-messages.js";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../../features/visits/visits-ids.js";
import { formatInstant } from "../../lib/dates.js";
import type { Locale } from "../../lib/i18n.js";
import { readDate, readMulti, readSelected, readText, type StateValues } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import { type ActionArgs, actionViewMetadata, type ViewArgs } from "../../slack/interactions.js";
import { IdNumber, MalformedPayload, metadataSchema, parsePayload } from "../../slack/payload.js";
import { overLongFields, StateValuesSchema } from "../../slack/view-state.js";
import { openFromAction, parseId } from "./open-modal.js";
import { visitReplyTexts } from "./visits-listeners.texts.js";

const B = VISIT_IDS.blocks;
const V = VISIT_IDS.value;

/** The report modal's metadata: which visit (or unplanned round of a case) it reports. */
export const ReportMetadata = metadataSchema(
  z.object({
    target: z.union([
      z.strictObject({ visitId: IdNumber }),
      z.strictObject({ caseId: IdNumber, round: z.number().int().min(1).max(10) }),
    ]),
  }),
);
type ReportMetadata = z.infer<typeof ReportMetadata>;

/** Blocks every report modal has: a submission without them did not come from it. */
const ALWAYS_SHOWN = [B.heldOn, B.duration, B.attendees, B.covered, B.findings, B.agreedActions];

/**
 * The report modal's state as typed (also what a draft stores). A state missing the modal's own
 * fields is refused as malformed rather than stored over the draft as empty.
 */
export function readReportForm(values: StateValues): ReportForm {
  const missing = ALWAYS_SHOWN.filter((block) => !values[block]?.[V]);
  if (missing.length > 0) throw new MalformedPayload("state", `missing ${missing.join(", ")}`);
  const answers: Record<string, Answer> = {};
  for (const blockId of Object.keys(values)) {
    const m = /^check_(\d+)$/.exec(blockId);
    const picked = m ? readSelected(values, blockId, V) : null;
    if (m && picked && (ANSWERS as readonly string[]).includes(picked)) answers[m[1]] = picked as Answer;
  }
  return ReportFormSchema.parse({
    heldOn: readDate(values, B.heldOn, V),
    durationMinutes: readText(values, B.duration, V),
    attendees: readText(values, B.attendees, V),
    coveredItems: readMulti(values, B.covered, V),
    findings: readText(values, B.findings, V),
    agreedActions: readText(values, B.agreedActions, V),
    deliverablesHanded: readMulti(values, B.deliverablesHanded, V),
    nextVisitOn: readDate(values, B.nextVisitOn, V),
    answers,
    totalScore: readText(values, B.checkTotal, V),
    wrapUp: readText(values, B.wrapUp, V),
    finalScore: readText(values, B.finalScore, V),
    securityAction: readSelected(values, B.securityAction, V),
  });
}

/** Where a `/visit log` choice opens the report modal. */
function targetOf(choice: ReportChoice): ReportTarget {
  return choice.kind === "unplanned" ? { caseId: choice.case.id, round: choice.round } : { visitId: choice.visitId };
}

function choiceButton(choice: ReportChoice, locale: Locale) {
  if (choice.kind === "write_report") return writeReportButton(choice.visitId, locale, { draft: choice.draft });
  if (choice.kind === "revise") return reviseReportButton(choice.reportId, locale);
  return writeUnplannedReportButton(choice.case.id, choice.round, locale);
}

function choiceLabel(choice: ReportChoice, locale: Locale): string {
  const label = `${caseTitle(choice.case, locale)} — ${roundLabel(choice.round, locale)}`;
  if (choice.kind !== "unplanned") return label;
  return visitReplyTexts(locale).unplanned(label);
}

/**
 * `/visit log [case]`: the report modal when there is one report to write (or, with none due, one
 * round to log as held without a plan), else a choice that includes those unplanned rounds.
 */
export async function writeReportCommand({ actor, rest, command, client, ctx }: SubcommandArgs) {
  const caseId = parseId(rest);
  const choices = await ctx.services.visits.cases.reportChoices(actor, caseId ?? undefined);
  const due = choices.filter((c) => c.kind !== "unplanned");
  const only = due.length === 1 ? due[0] : due.length === 0 && choices.length === 1 ? choices[0] : null;
  if (only) {
    const report = await ctx.services.visits.reports.openReport(actor, targetOf(only));
    await client.views.open({ trigger_id: command.trigger_id, view: reportModal(actor.locale, report) });
    return undefined;
  }
  const t = visitReplyTexts(actor.locale);
  return pickMessage(
    choices.length === 0 ? t.nothingToWrite : t.whichVisitToWrite,
    choices.map((c) => ({ text: choiceLabel(c, actor.locale), button: choiceButton(c, actor.locale) })),
    actor.locale,
  );
}

/** The "write the report" button (lists, reminders): value = visit id. */
export async function openReportFromButton({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const report = await ctx.services.visits.reports.openReport(actor, { visitId: value });
  await openFromAction(client, body, reportModal(actor.locale, report));
  return undefined;
}

/** A visit held without a plan in the app: value = "caseId:round". */
export async function openUnplannedReport({ actor, value, body, client, ctx }: ActionArgs<[number, number]>) {
  const [caseId, round] = value;
  const report = await ctx.services.visits.reports.openReport(actor, { caseId, round });
  await openFromAction(client, body, reportModal(actor.locale, report));
  return undefined;
}

/** "Revise the report" on the return DM: value = report id. */
export async function openRevisionFromButton({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const report = await ctx.services.visits.reports.openRevision(actor, value);
  await openFromAction(client, body, reportModal(actor.locale, report));
  return undefined;
}

/** "Save draft" inside the report modal: keeps what is typed and shows when it was saved. */
export async function saveDraftFromModal({ actor, body, client, ctx }: ActionArgs) {
  const { target } = actionViewMetadata(body, ReportMetadata);
  const view = body.view as NonNullable<typeof body.view>;
  const values = parsePayload(StateValuesSchema, view.state?.values, "state") as StateValues;
  const tooLong = overLongFields(values, VISIT_TEXT_LIMITS.report);
  const first = Object.values(tooLong)[0];
  // Nothing is saved over the stored draft: the person shortens the field and saves again.
  const t = visitReplyTexts(actor.locale);
  if (first) return { text: t.draftTooLong(first[actor.locale]) };
  const form = readReportForm(values);
  const saved = await ctx.services.visits.reports.saveDraft(actor, target, form);
  const report = await ctx.services.visits.reports.openReport(actor, saved.target);
  const notice = t.draftSaved(formatInstant(saved.savedAt, actor.locale));
  try {
    await client.views.update({
      view_id: view.id,
      hash: view.hash,
      view: reportModal(actor.locale, { ...report, form }, notice),
    });
  } catch (error) {
    // The draft is saved whatever happens to the modal; say so rather than the generic failure.
    ctx.logger.warn("draft saved but the modal could not be refreshed", { error: String(error) });
    return { text: t.draftSavedNotShown(formatInstant(saved.savedAt, actor.locale)) };
  }
  return undefined;
}

export async function submitReport({ actor, view, values, metadata, ctx }: ViewArgs<ReportMetadata>) {
  await ctx.services.visits.reports.submit(actor, metadata.target, readReportForm(values), view.id);
  return { result: undefined };
}
