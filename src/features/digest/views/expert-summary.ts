import { formatDayLabel, formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { type Block, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { expertSummaryTexts } from "./expert-summary.texts.js";

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
  const t = expertSummaryTexts(locale);
  const day = (d: string) => formatDayLabel(d, locale);
  const title = t.title({ from: formatSlashDate(s.weekStart), until: formatSlashDate(s.weekEnd) });
  const blocks: Block[] = [header(title)];
  blocks.push(
    section(t.counts({ active: s.activeCases, held: s.held.length, toWrite: s.reportsToWrite, returned: s.returned })),
  );
  if (s.held.length > 0)
    blocks.push(
      section(
        `*${t.held}*\n${s.held
          .slice(0, LIMIT)
          .map((v) => t.visitLine({ day: day(v.heldOn), company: esc(v.companyName), round: v.round }))
          .join("\n")}`,
      ),
    );
  if (s.upcoming.length > 0)
    blocks.push(
      section(
        `*${t.upcoming}*\n${s.upcoming
          .slice(0, LIMIT)
          .map((v) => t.visitLine({ day: day(v.on), company: esc(v.companyName), round: v.round }))
          .join("\n")}`,
      ),
    );
  blocks.push(context([t.stop]));
  return { text: t.text({ active: s.activeCases, held: s.held.length }), blocks };
}
