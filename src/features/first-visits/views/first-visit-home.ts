import { daysBetween, type MediationState } from "../../../domain/first-visit-rules.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { type Block, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { openCaseButton } from "../../visits/views/visit-buttons.js";
import { proposeFirstVisitButton, recordAnswerButton } from "./first-visit-buttons.js";

export type UnfixedCase = {
  caseId: number;
  companyName: string;
  expertName: string;
  approvedOn: string;
  state: MediationState;
};

function stateText(s: MediationState, locale: Locale): string {
  const ja = locale === "ja";
  switch (s.kind) {
    case "no_proposal":
    case "fixed":
      return ja ? "候補日の提案なし" : "No dates proposed yet";
    case "waiting_for_sme":
      return ja
        ? `${formatSlashDate(s.since)} からSMEの回答待ち`
        : `Waiting for the SME since ${formatSlashDate(s.since)}`;
    case "sme_asked_for_others":
      return ja ? "SMEが別の日程を希望" : "The SME asked for other dates";
  }
}

/** App Home (secretariat): 「初回訪問日が未確定の案件」, oldest approval first, with days waiting. */
export function unfixedHomeBlocks(
  locale: Locale,
  list: { total: number; items: UnfixedCase[] },
  today: string,
): Block[] {
  const ja = locale === "ja";
  const blocks: Block[] = [
    header(ja ? `初回訪問日が未確定の案件（${list.total}件）` : `Cases without a fixed first visit (${list.total})`),
  ];
  if (list.total === 0) {
    blocks.push(
      section(ja ? "初回訪問日が未確定の案件はありません。" : "Every matched case has its first visit fixed."),
    );
    return blocks;
  }
  for (const u of list.items) {
    const days = daysBetween(u.approvedOn, today);
    const accessory =
      u.state.kind === "waiting_for_sme"
        ? recordAnswerButton(u.state.proposalId, locale)
        : u.state.kind === "sme_asked_for_others"
          ? proposeFirstVisitButton(u.caseId, locale, true)
          : u.state.kind === "no_proposal"
            ? proposeFirstVisitButton(u.caseId, locale)
            : openCaseButton(u.caseId, locale);
    blocks.push(
      section(
        ja
          ? `*#${u.caseId} ${esc(u.companyName)}* — ${esc(u.expertName)}\n承認から *${days}日* ・ ${stateText(u.state, "ja")}`
          : `*#${u.caseId} ${esc(u.companyName)}* — ${esc(u.expertName)}\n*${days} days* since approval · ${stateText(u.state, "en")}`,
        { block_id: `home_first_visit_${u.caseId}`, accessory },
      ),
    );
  }
  if (list.total > list.items.length)
    blocks.push(
      context([
        ja
          ? `ほか ${list.total - list.items.length} 件（承認の古い順に表示）。案件ページは \`/desk case 案件番号\` で開けます。`
          : `${list.total - list.items.length} more (oldest approvals shown first). Open a case with \`/desk case <number>\`.`,
      ]),
    );
  return blocks;
}
