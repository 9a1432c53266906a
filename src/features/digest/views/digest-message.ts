import type { Forecast } from "../../../domain/completion-forecast.js";
import type { RegionalRow } from "../../../domain/regional-table.js";
import { highlightOf, type WeeklyTable } from "../../../domain/weekly-table.js";
import { formatDayLabel, formatSlashDate } from "../../../lib/dates.js";
import { type Block, context, fields, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { ShortageOverview } from "../../shortage/shortage-service.js";
import { shortageBlocks } from "../../shortage/views/shortage-blocks.js";
import { digestMessageTexts } from "./digest-message.texts.js";

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
  /** Regions short of experts (see src/features/shortage/shortage-rule.ts). */
  shortage: ShortageOverview | null;
};

/** Rows of Table 3 shown in the message; older weeks are summarised in one line. */
export const MAX_TABLE_WEEKS = 30;

const t = digestMessageTexts("ja");

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
    padEnd(t.period, label) +
    Array.from({ length: table.rounds }, (_, i) => cell(t.round(i + 1))).join("") +
    padStart(t.weekTotal, 6) +
    padStart(t.runningTotal, 7);
  const lines = [head];
  const shown = table.weeks.slice(-MAX_TABLE_WEEKS);
  const hidden = table.weeks.length - shown.length;
  let running = table.weeks.slice(0, hidden).reduce((s, w) => s + w.total, 0);
  if (hidden > 0) lines.push(t.olderWeeks({ weeks: hidden, total: n(running) }));
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
  lines.push(padEnd(t.total, label) + table.totals.map((v) => cell(n(v))).join("") + padStart(n(table.total), 6));
  return lines.join("\n");
}

export function digestTitle(weekStart: string, weekEnd: string): string {
  return t.title({ from: formatSlashDate(weekStart), until: formatSlashDate(weekEnd) });
}

/** The digest channel's message. Japanese (channel messages are). */
export function digestMessage(d: DigestData) {
  const thisWeek = d.table.weeks.find((w) => w.weekEnding === d.weekEnd);
  const counts = thisWeek?.counts ?? Array.from({ length: d.table.rounds }, () => 0);
  const weekTotal = thisWeek?.total ?? 0;
  const byRound = counts.map((c, i) => t.roundCount({ round: i + 1, count: c })).join(t.listSeparator);
  const cumulative = d.table.totals
    .map((v, i) => t.roundCumulative({ round: i + 1, count: n(v), pct: pct(v, d.cases.total) }))
    .join(t.listSeparator);
  const f = d.forecast;
  const u = d.utilization;
  const [metro, other, all] = d.regional;

  const blocks: Block[] = [
    header(digestTitle(d.weekStart, d.weekEnd)),
    section(t.thisWeek({ total: n(weekTotal), byRound })),
    section(`${t.tableHead}\n\`\`\`\n${weeklyTableText(d.table)}\n\`\`\``),
    context([t.tableLegend]),
    section(
      t.cases({
        total: n(d.cases.total),
        active: n(d.cases.active),
        completed: n(d.cases.completed),
        terminated: n(d.cases.terminated),
        visits: n(d.table.total),
        cumulative,
      }),
    ),
    fields([
      t.applications({
        received: n(d.activity.received),
        valid: n(d.activity.valid),
        matched: n(d.activity.matched),
      }),
      t.weekCases({ completed: n(d.activity.completed), terminated: n(d.activity.terminated) }),
    ]),
    section(
      t.forecast({
        pace: f.pacePerWeek.toFixed(1),
        end: formatDayLabel(d.endDate, "ja"),
        expected: n(f.expectedComplete),
        total: n(f.totalCases),
        remaining: n(f.remainingVisits),
        weeks: f.weeksLeft.toFixed(1),
        atRisk: n(f.atRisk),
        anyAtRisk: f.atRisk > 0,
      }),
    ),
    section(
      t.utilization({
        busy: n(u.busyExperts),
        active: n(u.activeExperts),
        busyPct: pct(u.busyExperts, u.activeExperts),
        cases: n(u.activeCases),
        capacity: n(u.capacity),
        casesPct: pct(u.activeCases, u.capacity),
      }),
    ),
    section(
      t.regional({
        metro: esc(metro.label),
        metroCount: n(metro.matchings),
        metroPct: metro.matchingsPct.toFixed(1),
        other: esc(other.label),
        otherCount: n(other.matchings),
        otherPct: other.matchingsPct.toFixed(1),
        metroShare: metro.enterprisesPct.toFixed(1),
        otherShare: other.enterprisesPct.toFixed(1),
        total: n(all.matchings),
      }),
    ),
    ...(d.shortage ? shortageBlocks(d.shortage, "ja", "digest") : []),
    context([t.aggregatesOnly]),
  ];
  const text = t.text({
    title: digestTitle(d.weekStart, d.weekEnd),
    week: weekTotal,
    total: d.table.total,
    expected: f.expectedComplete,
    cases: f.totalCases,
    atRisk: f.atRisk,
  });
  return { text, blocks };
}
