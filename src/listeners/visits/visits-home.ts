import { roundLabel } from "../../domain/curriculum.js";
import type { Actor } from "../../features/roles/actor.js";
import { caseListMessage } from "../../features/visits/views/visit-messages.js";
import { VISIT_IDS } from "../../features/visits/visits-ids.js";
import { formatSlashDate } from "../../lib/dates.js";
import { actions, type Block, button, context, header, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";
import { esc } from "../../slack/mrkdwn.js";

const MAX_CASES_ON_HOME = 6;
const MAX_REPORTS_ON_HOME = 5;

/** App Home for experts: their active cases with the next steps (the first few). */
export async function expertCasesHomeSection(actor: Actor, ctx: AppContext) {
  if (actor.expert?.status !== "active") return [];
  const mine = await ctx.services.visits.cases.listMine(actor);
  if (mine.length === 0) return [];
  const { blocks } = caseListMessage(mine.slice(0, MAX_CASES_ON_HOME), actor.locale);
  if (mine.length > MAX_CASES_ON_HOME)
    blocks.push(
      context([
        actor.locale === "ja"
          ? `ほか ${mine.length - MAX_CASES_ON_HOME} 件は \`/visit list\` で確認できます。`
          : `${mine.length - MAX_CASES_ON_HOME} more: see \`/visit list\`.`,
      ]),
    );
  return blocks;
}

/** App Home for the secretariat: reports waiting for review, oldest first, with the decision buttons. */
export async function reviewQueueHomeSection(actor: Actor, ctx: AppContext) {
  if (!actor.isSecretariat) return [];
  const { total, items } = await ctx.services.visits.reports.awaitingReview(actor, MAX_REPORTS_ON_HOME);
  const ja = actor.locale === "ja";
  const blocks: Block[] = [header(ja ? `確認待ちの報告書（${total}件）` : `Reports waiting for review (${total})`)];
  if (total === 0) {
    blocks.push(section(ja ? "確認待ちの報告書はありません。" : "No reports are waiting."));
    return blocks;
  }
  for (const r of items) {
    blocks.push(
      section(
        `*#${r.caseId} ${esc(r.companyName)}* — ${roundLabel(r.round, actor.locale)}（${ja ? `第${r.version}版` : `v${r.version}`}）\n${esc(r.expertName)}${r.heldOn ? ` ・ ${ja ? "実施日" : "held"} ${formatSlashDate(r.heldOn)}` : ""}`,
      ),
      actions(`home_report_${r.reportId}`, [
        button(ja ? "受理する" : "Accept", VISIT_IDS.acceptReportButton, String(r.reportId), "primary"),
        button(
          ja ? "差し戻す（コメントを入力）" : "Return (comment)",
          VISIT_IDS.returnReportButton,
          String(r.reportId),
        ),
        button(ja ? "全文を見る" : "View", VISIT_IDS.viewReportButton, String(r.reportId)),
      ]),
    );
  }
  if (total > items.length)
    blocks.push(
      context([
        ja ? `ほか ${total - items.length} 件（古い順に表示）` : `${total - items.length} more (oldest shown first)`,
      ]),
    );
  return blocks;
}
