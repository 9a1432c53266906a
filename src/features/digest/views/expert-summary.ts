import { formatDayLabel, formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { type Block, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";

export type ExpertSummary = {
  weekStart: string;
  weekEnd: string;
  activeCases: number;
  held: { caseId: number; companyName: string; round: number; heldOn: string }[];
  upcoming: { caseId: number; companyName: string; round: number; on: string }[];
  reportsToWrite: number;
  returned: number;
};

const LIMIT = 10;

/** An expert's own weekly summary (opt-in DM; their own cases, so company names are fine). */
export function expertSummaryMessage(s: ExpertSummary, locale: Locale) {
  const ja = locale === "ja";
  const day = (d: string) => formatDayLabel(d, locale);
  const title = ja
    ? `今週のまとめ（${formatSlashDate(s.weekStart)}〜${formatSlashDate(s.weekEnd)}）`
    : `Your week (${formatSlashDate(s.weekStart)}–${formatSlashDate(s.weekEnd)})`;
  const blocks: Block[] = [header(title)];
  blocks.push(
    section(
      ja
        ? `担当中の案件 *${s.activeCases}件*・今週の訪問 *${s.held.length}件*・未提出の報告書 *${s.reportsToWrite}件*・差し戻し *${s.returned}件*`
        : `Active cases *${s.activeCases}* · visits this week *${s.held.length}* · reports to submit *${s.reportsToWrite}* · returned *${s.returned}*`,
    ),
  );
  if (s.held.length > 0)
    blocks.push(
      section(
        `*${ja ? "今週の訪問" : "Visits this week"}*\n${s.held
          .slice(0, LIMIT)
          .map((v) => `• ${day(v.heldOn)} ${esc(v.companyName)} ${ja ? `第${v.round}回` : `visit ${v.round}`}`)
          .join("\n")}`,
      ),
    );
  if (s.upcoming.length > 0)
    blocks.push(
      section(
        `*${ja ? "来週以降の予定（7日以内）" : "Planned in the next 7 days"}*\n${s.upcoming
          .slice(0, LIMIT)
          .map((v) => `• ${day(v.on)} ${esc(v.companyName)} ${ja ? `第${v.round}回` : `visit ${v.round}`}`)
          .join("\n")}`,
      ),
    );
  blocks.push(
    context([
      ja ? "このまとめは `/expert weekly off` で止められます。" : "Stop this summary with `/expert weekly off`.",
    ]),
  );
  const text = ja
    ? `今週のまとめ: 担当中 ${s.activeCases}件、今週の訪問 ${s.held.length}件`
    : `Your week: ${s.activeCases} active cases, ${s.held.length} visits`;
  return { text, blocks };
}
