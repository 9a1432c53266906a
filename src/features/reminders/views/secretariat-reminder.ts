import { formatDayLabel, formatYen } from "../../../lib/dates.js";
import { type Block, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { dateOfInstant } from "../../visits/visit-dates.js";
import type { SecretariatQueues } from "../reminders-repository.js";

/** A case the secretariat should look at: it cannot finish by the end date even at a visit a week. */
export type AtRiskCase = {
  caseId: number;
  companyName: string;
  expertName: string;
  remaining: number;
  nextScheduledOn: string | null;
  projectedFinish: string;
};

export type SecretariatDigestInput = {
  today: string;
  endDate: string;
  proposalStaleDays: number;
  queues: SecretariatQueues;
  counts: { toScreen: number; staleProposals: number; toApprove: number; toReview: number; openTickets: number };
  atRisk: AtRiskCase[];
};

const day = (d: string) => formatDayLabel(d, "ja");
const more = (shown: number, total: number) => (total > shown ? `\n…ほか ${total - shown} 件` : "");

export function hasSecretariatItems(i: SecretariatDigestInput): boolean {
  return Object.values(i.counts).some((n) => n > 0) || i.atRisk.length > 0 || i.queues.payable.count > 0;
}

/** At-risk case lines (secretariat channel only: they name the SME). */
export function atRiskLines(list: AtRiskCase[], limit: number): string {
  const lines = list
    .slice(0, limit)
    .map(
      (c) =>
        `• 案件#${c.caseId} ${esc(c.companyName)}（専門家 ${esc(c.expertName)}）残り${c.remaining}回・次回${c.nextScheduledOn ? ` ${day(c.nextScheduledOn)}` : "未定"} → 最短でも ${day(c.projectedFinish)} 完了`,
    );
  return lines.join("\n") + more(Math.min(limit, list.length), list.length);
}

/** The secretariat channel's daily message: every queue that has something in it, with the oldest items. */
export function secretariatReminderMessage(i: SecretariatDigestInput) {
  const q = i.queues;
  const blocks: Block[] = [header(`事務局リマインド（${day(i.today)}）`)];
  const parts: string[] = [];
  const add = (title: string, count: number, lines: string[]) => {
    if (count === 0) return;
    parts.push(`${title} ${count}件`);
    blocks.push(
      section(`*${title}* ${count}件${lines.length > 0 ? `\n${lines.join("\n")}` : ""}${more(lines.length, count)}`),
    );
  };
  add(
    "審査待ちの申込み",
    i.counts.toScreen,
    q.toScreen.map((a) => `• 申込#${a.applicationId} ${esc(a.companyName)}（${day(a.receivedOn)}受付）`),
  );
  add(
    `企業の選択待ちが${i.proposalStaleDays}日を超えた候補提示`,
    i.counts.staleProposals,
    q.staleProposals.map(
      (p) => `• 申込#${p.applicationId} ${esc(p.companyName)}（${day(dateOfInstant(p.sentAt))}に提示）`,
    ),
  );
  add(
    "承認待ちのマッチング",
    i.counts.toApprove,
    q.toApprove.map(
      (a) =>
        `• 申込#${a.applicationId} ${esc(a.companyName)}${a.chosenAt ? `（${day(dateOfInstant(a.chosenAt))}に選択）` : ""}`,
    ),
  );
  add(
    "確認待ちの報告書",
    i.counts.toReview,
    q.toReview.map(
      (r) =>
        `• 案件#${r.caseId} ${esc(r.companyName)} 第${r.round}回${r.submittedAt ? `（${day(dateOfInstant(r.submittedAt))}提出）` : ""}`,
    ),
  );
  if (i.atRisk.length > 0) {
    parts.push(`終了日に間に合わないおそれ ${i.atRisk.length}件`);
    blocks.push(
      section(
        `*事業終了日（${day(i.endDate)}）に間に合わないおそれのある案件* ${i.atRisk.length}件\n${atRiskLines(i.atRisk, 8)}`,
      ),
    );
  }
  if (q.payable.count > 0) {
    parts.push(`未払いの謝金 ${q.payable.count}件`);
    blocks.push(
      section(
        `*未払いの謝金* ${q.payable.count}件 ${formatYen(q.payable.totalYen, "ja")}（専門家 ${q.payable.experts}名）`,
      ),
    );
  }
  add("未回答の問い合わせ", i.counts.openTickets, []);
  blocks.push(context(["毎営業日に未処理の項目だけをお知らせします。"]));
  return { text: `事務局リマインド: ${parts.join("、")}`, blocks };
}
