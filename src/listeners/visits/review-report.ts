import { roundLabel } from "../../domain/curriculum.js";
import { reportViewModal, returnReportModal } from "../../features/visit-reports/views/report-messages.js";
import { VISIT_IDS } from "../../features/visits/visits-ids.js";
import { readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { esc } from "../../slack/mrkdwn.js";
import { openFromAction } from "./open-modal.js";
import { visitReplyTexts } from "./visits-listeners.texts.js";

/** "Accept" on a review message or App Home: value = report id. */
export async function acceptReport({ actor, value, ctx }: ActionArgs<number>) {
  const r = await ctx.services.visits.reports.accept(actor, value);
  const t = visitReplyTexts(actor.locale);
  return {
    text: t.reportAccepted({
      caseId: r.case.id,
      company: esc(r.case.companyName),
      round: roundLabel(r.visit.round, actor.locale),
      amount: r.amountYen.toLocaleString("en-US"),
      done: r.completed ? t.lastRoundCompleted : "",
    }),
  };
}

/** "Return for revision": the comment modal (value = report id). */
export async function openReturnReport({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const { report, visit, case: c } = await ctx.services.visits.reports.reviewable(actor, value);
  await openFromAction(client, body, returnReportModal(actor.locale, c, visit, report));
  return undefined;
}

export async function submitReturnReport({ actor, values, ctx, metadata }: ViewArgs<{ reportId: number }>) {
  const { reportId } = metadata;
  await ctx.services.visits.reports.returnForRevision(
    actor,
    reportId,
    readText(values as StateValues, VISIT_IDS.blocks.comment, VISIT_IDS.value),
  );
  return { result: undefined };
}

/** "View the whole report" (secretariat and the case's expert): value = report id. */
export async function viewReport({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const detail = await ctx.services.visits.reports.detail(actor, value);
  await openFromAction(client, body, reportViewModal(actor.locale, detail));
  return undefined;
}
