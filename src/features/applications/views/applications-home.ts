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
import { applicationMessagesTexts } from "./application-messages.texts.js";
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
  const t = applicationMessagesTexts(locale);
  const total = Object.values(d.applicationCounts).reduce((s, n) => s + n, 0);
  const appCounts = ApplicationStatusSchema.options
    .filter((s) => s === "received" || s === "valid" || s === "invalid" || (d.applicationCounts[s] ?? 0) > 0)
    .map((s) => `${STATUS_LABELS[s][locale]} ${d.applicationCounts[s] ?? 0}`);
  const expertCounts = (["pending", "active"] as const).map(
    (s) => `${statusLabel(s, locale)} ${d.expertCounts[s] ?? 0}`,
  );
  const blocks: Block[] = [
    header(t.homeHeader),
    fields([
      `*${t.homeApplications(total)}*\n${appCounts.join("\n")}`,
      `*${t.homeExperts}*\n${expertCounts.join("\n")}`,
    ]),
  ];
  if (d.queue.length > 0) {
    blocks.push(section(t.homeQueue(d.queueTotal)));
    blocks.push(...queueItems(d.queue, locale, "home_application"));
    if (d.queueTotal > d.queue.length) blocks.push(context([t.homeQueueMore(d.queueTotal - d.queue.length)]));
  }
  if (d.pendingExperts.length > 0) {
    blocks.push(section(t.homePendingExperts(d.pendingExpertsTotal)));
    for (const e of d.pendingExperts) {
      blocks.push(
        section(
          `*${esc(e.nameKanji)}*（${esc(e.nameKana)}）・${qualificationLabel(e.qualification, locale)}・${prefectureOrNone(e.prefecture, locale)}\n${t.applied} ${formatDayLabel(e.registeredOn, locale)}`,
        ),
        actions(`home_expert_${e.id}`, [
          button(t.approve, EXPERT_IDS.approveButton, String(e.id), "primary"),
          button(t.reject, EXPERT_IDS.rejectButton, String(e.id), "danger"),
        ]),
      );
    }
  }
  return blocks;
}

/** App Home for someone who is neither secretariat nor expert: a way into the application form. */
export function applyPromptBlocks(locale: Locale): Block[] {
  const t = applicationMessagesTexts(locale);
  return [
    section(t.applyPrompt),
    actions("home_apply", [button(t.openForm, APPLICATION_IDS.openApplyButton, "open", "primary")]),
  ];
}
