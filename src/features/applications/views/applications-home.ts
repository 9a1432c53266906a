import { formatDayLabel } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, button, context, fields, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { EXPERT_IDS } from "../../experts/experts-ids.js";
import type { Expert } from "../../experts/experts-repository.js";
import { prefectureOrNone, qualificationLabel, statusLabel } from "../../experts/views/expert-text.js";
import { ApplicationStatusSchema } from "../applications.schemas.js";
import { APPLICATION_IDS } from "../applications-ids.js";
import type { ApplicationDetail } from "../applications-repository.js";
import { queueItems } from "./application-messages.js";
import { STATUS_LABELS } from "./application-text.js";

export type SecretariatDashboard = {
  applicationCounts: Record<string, number>;
  expertCounts: Record<string, number>;
  queue: ApplicationDetail[];
  queueTotal: number;
  pendingExperts: Expert[];
  pendingExpertsTotal: number;
};

/** App Home for the secretariat: counts, the head of the screening queue and pending experts. */
export function secretariatHomeBlocks(d: SecretariatDashboard, locale: Locale): Block[] {
  const ja = locale === "ja";
  const total = Object.values(d.applicationCounts).reduce((s, n) => s + n, 0);
  const appCounts = ApplicationStatusSchema.options
    .filter((s) => s === "received" || s === "valid" || s === "invalid" || (d.applicationCounts[s] ?? 0) > 0)
    .map((s) => `${STATUS_LABELS[s][locale]} ${d.applicationCounts[s] ?? 0}`);
  const expertCounts = (["pending", "active"] as const).map(
    (s) => `${statusLabel(s, locale)} ${d.expertCounts[s] ?? 0}`,
  );
  const blocks: Block[] = [
    header(ja ? "申込みと審査" : "Applications and screening"),
    fields([
      `*${ja ? `申込み（計 ${total}件）` : `Applications (${total} in all)`}*\n${appCounts.join("\n")}`,
      `*${ja ? "専門家" : "Experts"}*\n${expertCounts.join("\n")}`,
    ]),
  ];
  if (d.queue.length > 0) {
    blocks.push(
      section(
        ja
          ? `*審査待ちの申込み*（古い順・${d.queueTotal}件）`
          : `*Waiting for screening* (oldest first, ${d.queueTotal})`,
      ),
    );
    blocks.push(...queueItems(d.queue, locale, "home_application"));
    if (d.queueTotal > d.queue.length)
      blocks.push(
        context([
          ja
            ? `ほか ${d.queueTotal - d.queue.length} 件: \`/desk queue\` で一覧を表示します。`
            : `${d.queueTotal - d.queue.length} more: \`/desk queue\` lists them.`,
        ]),
      );
  }
  if (d.pendingExperts.length > 0) {
    blocks.push(
      section(
        ja
          ? `*承認待ちの専門家登録*（${d.pendingExpertsTotal}件）`
          : `*Expert registrations to review* (${d.pendingExpertsTotal})`,
      ),
    );
    for (const e of d.pendingExperts) {
      blocks.push(
        section(
          `*${esc(e.nameKanji)}*（${esc(e.nameKana)}）・${qualificationLabel(e.qualification, locale)}・${prefectureOrNone(e.prefecture, locale)}\n${ja ? "申請日" : "Applied"} ${formatDayLabel(e.registeredOn, locale)}`,
        ),
        actions(`home_expert_${e.id}`, [
          button(ja ? "承認する" : "Approve", EXPERT_IDS.approveButton, String(e.id), "primary"),
          button(
            ja ? "不承認にする（理由を入力）" : "Reject (give a reason)",
            EXPERT_IDS.rejectButton,
            String(e.id),
            "danger",
          ),
        ]),
      );
    }
  }
  return blocks;
}

/** App Home for someone who is neither secretariat nor expert: a way into the application form. */
export function applyPromptBlocks(locale: Locale): Block[] {
  const ja = locale === "ja";
  return [
    section(
      ja
        ? "*専門家指導のお申込み*\n情報セキュリティの専門家による無料の訪問指導（4回）に、このフォームから申し込めます。"
        : "*Apply for expert guidance*\nApply here for free on-site guidance by an information-security expert (four visits).",
    ),
    actions("home_apply", [
      button(
        ja ? "申込みフォームを開く" : "Open the application form",
        APPLICATION_IDS.openApplyButton,
        "open",
        "primary",
      ),
    ]),
  ];
}
