import { roundLabel } from "../../domain/curriculum.js";
import type { Actor } from "../../features/roles/actor.js";
import { caseListMessage } from "../../features/visits/views/visit-messages.js";
import { VISIT_IDS } from "../../features/visits/visits-ids.js";
import { formatSlashDate } from "../../lib/dates.js";
import { actions, type Block, button, context, header, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";
import { esc } from "../../slack/mrkdwn.js";
import { visitReplyTexts } from "./visits-listeners.texts.js";

const MAX_CASES_ON_HOME = 6;
const MAX_REPORTS_ON_HOME = 5;

/** App Home for experts: their active cases with the next steps (the first few). */
export async function expertCasesHomeSection(actor: Actor, ctx: AppContext) {
  if (actor.expert?.status !== "active") return [];
  const mine = await ctx.services.visits.cases.listMine(actor);
  if (mine.length === 0) return [];
  const { blocks } = caseListMessage(mine.slice(0, MAX_CASES_ON_HOME), actor.locale);
  if (mine.length > MAX_CASES_ON_HOME)
    blocks.push(context([visitReplyTexts(actor.locale).moreCases(mine.length - MAX_CASES_ON_HOME)]));
  return blocks;
}

/** App Home for the secretariat: reports waiting for review, oldest first, with the decision buttons. */
export async function reviewQueueHomeSection(actor: Actor, ctx: AppContext) {
  if (!actor.isSecretariat) return [];
  const { total, items } = await ctx.services.visits.reports.awaitingReview(actor, MAX_REPORTS_ON_HOME);
  const t = visitReplyTexts(actor.locale);
  const blocks: Block[] = [header(t.reviewHead(total))];
  if (total === 0) {
    blocks.push(section(t.noReviews));
    return blocks;
  }
  for (const r of items) {
    blocks.push(
      section(
        `*#${r.caseId} ${esc(r.companyName)}* — ${roundLabel(r.round, actor.locale)}（${t.version(r.version)}）\n${esc(r.expertName)}${r.heldOn ? ` ・ ${t.held} ${formatSlashDate(r.heldOn)}` : ""}`,
      ),
      actions(`home_report_${r.reportId}`, [
        button(t.accept, VISIT_IDS.acceptReportButton, String(r.reportId), "primary"),
        button(t.return, VISIT_IDS.returnReportButton, String(r.reportId)),
        button(t.view, VISIT_IDS.viewReportButton, String(r.reportId)),
      ]),
    );
  }
  if (total > items.length) blocks.push(context([t.moreReviews(total - items.length)]));
  return blocks;
}
