import { roundPlan } from "../../../domain/curriculum.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { type Block, context, header, section } from "../../../slack/blocks.js";
import type { Program } from "../../program/program-repository.js";
import { RESOURCE_LINKS } from "../resources.js";
import { resourcesHomeTexts } from "./resources-home.texts.js";

export type HomeRole = "secretariat" | "expert" | "general";

/** App Home "resources": templates, the four-visit curriculum and the deadlines for this role. */
export function resourcesHome(locale: Locale, role: HomeRole, program: Program | null, visits = 4): Block[] {
  const t = resourcesHomeTexts(locale);
  const links = RESOURCE_LINKS.map((r) => `• <${r.url}|${r.title[locale]}>`).join("\n");
  const rounds = Array.from({ length: visits }, (_, i) => roundPlan(i + 1))
    .map((p, i) => t.round({ round: i + 1, title: p.title[locale] }))
    .join("\n");
  const deadlines: string[] = [];
  if (program) {
    const d = formatSlashDate;
    if (role !== "expert") deadlines.push(t.applications({ from: d(program.applyFrom), until: d(program.applyUntil) }));
    deadlines.push(t.lastVisit(d(program.endDate)));
    if (role !== "general") deadlines.push(t.reports(program.reportDueBusinessDays));
    if (role === "secretariat") deadlines.push(t.surveyReminders(program.surveyReminderDays));
  }
  const blocks: Block[] = [
    header(t.head),
    section(`*${t.materials}*\n${links}`),
    section(`*${t.curriculum}*\n${rounds}`),
  ];
  if (deadlines.length > 0) blocks.push(section(`*${t.deadlines}*\n${deadlines.join("\n")}`));
  blocks.push(context([t.faq]));
  return blocks;
}
