import { roundPlan } from "../../../domain/curriculum.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { type Block, context, header, section } from "../../../slack/blocks.js";
import type { Program } from "../../program/program-repository.js";
import { RESOURCE_LINKS } from "../resources.js";

export type HomeRole = "secretariat" | "expert" | "general";

/** App Home "resources": templates, the four-visit curriculum and the deadlines for this role. */
export function resourcesHome(locale: Locale, role: HomeRole, program: Program | null, visits = 4): Block[] {
  const ja = locale === "ja";
  const links = RESOURCE_LINKS.map((r) => `• <${r.url}|${r.title[locale]}>`).join("\n");
  const rounds = Array.from({ length: visits }, (_, i) => roundPlan(i + 1))
    .map((p, i) => (ja ? `${i + 1}回目: ${p.title.ja}` : `Visit ${i + 1}: ${p.title.en}`))
    .join("\n");
  const deadlines: string[] = [];
  if (program) {
    const d = formatSlashDate;
    if (role !== "expert")
      deadlines.push(
        ja
          ? `• 中小企業の申込受付: ${d(program.applyFrom)}〜${d(program.applyUntil)}`
          : `• SME applications: ${d(program.applyFrom)}–${d(program.applyUntil)}`,
      );
    deadlines.push(
      ja
        ? `• 訪問指導の最終日: ${d(program.endDate)}（事業期間の終了日）`
        : `• Last day for visits: ${d(program.endDate)} (end of the program)`,
    );
    if (role !== "general")
      deadlines.push(
        ja
          ? `• 訪問報告書: 訪問日から ${program.reportDueBusinessDays} 営業日以内に提出`
          : `• Visit reports: due ${program.reportDueBusinessDays} business days after the visit`,
      );
    if (role === "secretariat")
      deadlines.push(
        ja
          ? `• アンケートのリマインド: 依頼から ${program.surveyReminderDays} 営業日後（最大2回）`
          : `• Survey reminders: ${program.surveyReminderDays} business days after the request (at most twice)`,
      );
  }
  const blocks: Block[] = [
    header(ja ? "資料・カリキュラム・期限" : "Resources, curriculum and deadlines"),
    section(`*${ja ? "資料（ひな形・診断シート）" : "Materials (templates, self-check)"}*\n${links}`),
    section(`*${ja ? "指導カリキュラム（4回の訪問）" : "Curriculum (four visits)"}*\n${rounds}`),
  ];
  if (deadlines.length > 0) blocks.push(section(`*${ja ? "期限" : "Deadlines"}*\n${deadlines.join("\n")}`));
  blocks.push(
    context([
      ja
        ? "よくある質問は `/desk faq 知りたいこと` で調べられます。解決しない場合はそのまま事務局に質問できます。"
        : "Search the FAQ with `/desk faq your question`; if it does not help, you can ask the secretariat from there.",
    ]),
  );
  return blocks;
}
