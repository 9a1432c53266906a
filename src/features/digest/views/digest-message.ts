import type { Forecast } from "../../../domain/completion-forecast.js";
import type { RegionalRow } from "../../../domain/regional-table.js";
import { highlightOf, type WeeklyTable } from "../../../domain/weekly-table.js";
import { formatDayLabel, formatSlashDate } from "../../../lib/dates.js";
import { type Block, context, fields, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";

/** Everything the digest shows: aggregates only, no SME names (it goes to a shared channel). */
export type DigestData = {
  weekStart: string;
  weekEnd: string;
  endDate: string;
  table: WeeklyTable;
  cases: { active: number; completed: number; terminated: number; total: number };
  activity: { received: number; valid: number; matched: number; completed: number; terminated: number };
  forecast: Forecast;
  utilization: { activeExperts: number; busyExperts: number; activeCases: number; capacity: number };
  regional: RegionalRow[];
};

/** Rows of Table 3 shown in the message; older weeks are summarised in one line. */
export const MAX_TABLE_WEEKS = 30;

/** Columns of a monospaced table: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1;
  return w;
}
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

function pct(part: number, whole: number): string {
  return whole === 0 ? "—" : `${((part / whole) * 100).toFixed(1)}%`;
}

const n = (v: number) => v.toLocaleString("en-US");

/**
 * Table 3's layout as monospaced text: "～YYYY/M/D" weeks, one column per round, the week's total
 * and the running total. Slack cannot colour cells, so the report's highlights become marks:
 * `*` for ≥10 visits in a cell (the red frame), `**` for ≥50 (the yellow shading).
 */
export function weeklyTableText(table: WeeklyTable): string {
  const label = 13;
  const cell = (v: number | string, mark = "") => padStart(String(v), 5) + padEnd(mark, 2);
  const head =
    padEnd("実施期間", label) +
    Array.from({ length: table.rounds }, (_, i) => cell(`第${i + 1}回`)).join("") +
    padStart("週計", 6) +
    padStart("累計", 7);
  const lines = [head];
  const shown = table.weeks.slice(-MAX_TABLE_WEEKS);
  const hidden = table.weeks.length - shown.length;
  let running = table.weeks.slice(0, hidden).reduce((s, w) => s + w.total, 0);
  if (hidden > 0) lines.push(`（それ以前の${hidden}週 計${n(running)}件は省略）`);
  for (const w of shown) {
    running += w.total;
    const marks = w.counts.map((c) => {
      const h = highlightOf(c);
      return cell(c, h === "peak" ? "**" : h === "busy" ? "*" : "");
    });
    lines.push(
      padEnd(`～${formatSlashDate(w.weekEnding)}`, label) +
        marks.join("") +
        padStart(String(w.total), 6) +
        padStart(n(running), 7),
    );
  }
  lines.push(padEnd("計", label) + table.totals.map((t) => cell(n(t))).join("") + padStart(n(table.total), 6));
  return lines.join("\n");
}

export function digestTitle(weekStart: string, weekEnd: string): string {
  return `週次進捗ダイジェスト（${formatSlashDate(weekStart)}〜${formatSlashDate(weekEnd)}）`;
}

/** The digest channel's message. Japanese (channel messages are). */
export function digestMessage(d: DigestData) {
  const thisWeek = d.table.weeks.find((w) => w.weekEnding === d.weekEnd);
  const counts = thisWeek?.counts ?? Array.from({ length: d.table.rounds }, () => 0);
  const weekTotal = thisWeek?.total ?? 0;
  const byRound = counts.map((c, i) => `第${i + 1}回 ${c}`).join("・");
  const cumulative = d.table.totals.map((t, i) => `第${i + 1}回 ${n(t)}（${pct(t, d.cases.total)}）`).join("・");
  const f = d.forecast;
  const u = d.utilization;
  const [metro, other, all] = d.regional;

  const blocks: Block[] = [
    header(digestTitle(d.weekStart, d.weekEnd)),
    section(`*今週の訪問* 計 ${n(weekTotal)}件（${byRound}）`),
    section(`*週別の訪問実績（表3の形式）*\n\`\`\`\n${weeklyTableText(d.table)}\n\`\`\``),
    context(["* = 10件/週以上（報告書の赤枠）　** = 50件/週以上（黄色網掛）　週は月曜〜日曜（日本時間）"]),
    section(
      `*累計と案件数* マッチング済み ${n(d.cases.total)}件（実施中 ${n(d.cases.active)}・完了 ${n(d.cases.completed)}・途中終了 ${n(d.cases.terminated)}）\n累計訪問 ${n(d.table.total)}件: ${cumulative}`,
    ),
    fields([
      `*今週の申込み*\n受付 ${n(d.activity.received)}件・有効 ${n(d.activity.valid)}件・マッチング ${n(d.activity.matched)}件`,
      `*今週の案件*\n完了 ${n(d.activity.completed)}件・途中終了 ${n(d.activity.terminated)}件`,
    ]),
    section(
      `*完了見込み* 現在のペース（直近4週の平均 ${f.pacePerWeek.toFixed(1)}件/週）が続くと、事業終了日 ${formatDayLabel(d.endDate, "ja")} までに *${n(f.expectedComplete)}件 / ${n(f.totalCases)}件* が完了する見込みです（残り訪問 ${n(f.remainingVisits)}件、残り ${f.weeksLeft.toFixed(1)}週）。\n終了日に間に合わないおそれのある案件: *${n(f.atRisk)}件*${f.atRisk > 0 ? "（案件ごとの内容は事務局チャンネルでお知らせします）" : ""}`,
    ),
    section(
      `*専門家の稼働* 担当中 ${n(u.busyExperts)}名 / 承認済み ${n(u.activeExperts)}名（${pct(u.busyExperts, u.activeExperts)}）・担当件数 ${n(u.activeCases)} / 受入上限 ${n(u.capacity)}（${pct(u.activeCases, u.capacity)}）`,
    ),
    section(
      `*地域バランス（マッチング）* ${esc(metro.label)} ${n(metro.matchings)}件（${metro.matchingsPct.toFixed(1)}%）・${esc(other.label)} ${n(other.matchings)}件（${other.matchingsPct.toFixed(1)}%）— 企業数の比率 ${metro.enterprisesPct.toFixed(1)}% : ${other.enterprisesPct.toFixed(1)}%（計 ${n(all.matchings)}件）`,
    ),
    context(["このチャンネルには集計値だけを載せています。グラフ画像を続けて共有します。"]),
  ];
  const text = `${digestTitle(d.weekStart, d.weekEnd)}: 今週の訪問 ${weekTotal}件、累計 ${d.table.total}件、完了見込み ${f.expectedComplete}/${f.totalCases}件、間に合わないおそれ ${f.atRisk}件`;
  return { text, blocks };
}
