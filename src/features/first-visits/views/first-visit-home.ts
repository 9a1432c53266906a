import { daysBetween, type MediationState } from "../../../domain/first-visit-rules.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { type Block, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { openCaseButton } from "../../visits/views/visit-buttons.js";
import { firstVisitTexts } from "./first-visit.texts.js";
import { proposeFirstVisitButton, recordAnswerButton } from "./first-visit-buttons.js";

export type UnfixedCase = {
  caseId: number;
  companyName: string;
  expertName: string;
  approvedOn: string;
  state: MediationState;
};

function stateText(s: MediationState, locale: Locale): string {
  const t = firstVisitTexts(locale);
  switch (s.kind) {
    case "no_proposal":
    case "fixed":
      return t.stateNoProposal;
    case "waiting_for_sme":
      return t.stateWaiting(formatSlashDate(s.since));
    case "sme_asked_for_others":
      return t.stateAskedForOthers;
  }
}

/** App Home (secretariat): 「初回訪問日が未確定の案件」, oldest approval first, with days waiting. */
export function unfixedHomeBlocks(
  locale: Locale,
  list: { total: number; items: UnfixedCase[] },
  today: string,
): Block[] {
  const t = firstVisitTexts(locale);
  const blocks: Block[] = [header(t.unfixedHeader(list.total))];
  if (list.total === 0) {
    blocks.push(section(t.noneUnfixed));
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
        t.unfixedLine({
          caseId: u.caseId,
          company: esc(u.companyName),
          expert: esc(u.expertName),
          days,
          state: stateText(u.state, locale),
        }),
        { block_id: `home_first_visit_${u.caseId}`, accessory },
      ),
    );
  }
  if (list.total > list.items.length) blocks.push(context([t.unfixedMore(list.total - list.items.length)]));
  return blocks;
}
