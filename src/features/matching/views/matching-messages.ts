import type { RankingReason } from "../../../domain/ranking.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, button, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { proposeFirstVisitButton } from "../../first-visits/views/first-visit-buttons.js";
import { WEB_ACTOR_ID } from "../../roles/actor.js";
import type { ChoiceVia } from "../matching.schemas.js";
import { MATCHING_IDS } from "../matching-ids.js";
import type { Application, Company, Expert } from "../matching-repository.js";
import { matchingMessageTexts } from "./matching-messages.texts.js";
import {
  appTitle,
  dateText,
  expertName,
  publicProfileText,
  reasonsText,
  smeContactText,
  viaText,
} from "./matching-text.js";

type App = Application & { company: Company };
export type ShownCandidate = { expert: Expert; reasons: RankingReason[] };

/** Where a proposal stands; the secretariat's message shows it and offers only the next step. */
export type ProposalStage =
  | { kind: "open" }
  | { kind: "chosen"; expert: Expert; via: string | null; note: string | null; by: string }
  | { kind: "approved"; expert: Expert; caseId: number; by: string; firstVisitTarget: string | null; override: boolean }
  | { kind: "rejected"; expert: Expert; reason: string; by: string }
  | { kind: "withdrawn"; reason: string; by: string };

/** How the SME hears of a proposal: Slack DMs, e-mail with its personal link, or through the secretariat. */
export type SmeReach = "slack" | "mail" | "none";

/** The secretariat channel reads Japanese: its messages are written in it. */
const CHANNEL_LOCALE: Locale = "ja";

/**
 * The secretariat channel's message for one proposal (or direct match). It is replaced as the
 * proposal moves on, so old buttons never act on a decided proposal.
 */
export function proposalSecretariatMessage(
  a: App,
  proposalId: number,
  candidates: ShownCandidate[],
  stage: ProposalStage,
  reach: SmeReach,
) {
  const locale = CHANNEL_LOCALE;
  const t = matchingMessageTexts(locale);
  const title = {
    open: t.titleOpen,
    chosen: t.titleChosen,
    approved: t.titleApproved,
    rejected: t.titleRejected,
    withdrawn: t.titleWithdrawn,
  }[stage.kind];
  const blocks: Block[] = [header(`${title} — ${appTitle(a)}`)];
  if (candidates.length > 0) {
    blocks.push(
      section(
        [
          t.candidatesHead,
          ...candidates.map((c, i) => `${i + 1}. ${esc(expertName(c.expert))} — ${reasonsText(c.reasons, locale)}`),
        ].join("\n"),
      ),
    );
  }
  if (stage.kind === "open") {
    blocks.push(
      section(
        reach === "slack"
          ? t.reachSlack
          : reach === "mail"
            ? t.reachMail(smeContactText(a, locale))
            : t.reachNone(smeContactText(a, locale)),
      ),
    );
    blocks.push(
      actions(`matching_open_${proposalId}`, [
        button(t.recordChoiceButton, MATCHING_IDS.recordChoiceButton, String(proposalId)),
        button(t.withdrawButton, MATCHING_IDS.withdrawButton, String(proposalId)),
      ]),
    );
  } else if (stage.kind === "chosen") {
    blocks.push(
      section(
        t.chosenDetails({
          expert: esc(expertName(stage.expert)),
          via: viaText(stage.via, locale),
          note: stage.note ? esc(stage.note) : null,
          recordedBy: stage.by === WEB_ACTOR_ID ? t.recordedOnWeb : `<@${stage.by}>`,
        }),
      ),
    );
    blocks.push(
      actions(`matching_chosen_${proposalId}`, [
        button(t.approveButton, MATCHING_IDS.approveButton, String(a.id), "primary"),
        button(t.rejectButton, MATCHING_IDS.rejectButton, String(a.id), "danger"),
      ]),
    );
  } else if (stage.kind === "approved") {
    blocks.push(
      section(
        t.approvedDetails({
          expert: esc(expertName(stage.expert)),
          caseId: stage.caseId,
          target: dateText(stage.firstVisitTarget),
          by: stage.by,
          override: stage.override,
        }),
      ),
    );
    if (!stage.expert.slackUserId)
      blocks.push(
        section(
          t.expertOffSlack({
            name: esc(stage.expert.nameKanji),
            email: stage.expert.email ? esc(stage.expert.email) : null,
            phone: stage.expert.phone ? esc(stage.expert.phone) : null,
          }),
        ),
      );
    blocks.push(
      actions(`matching_approved_${proposalId}`, [
        button(t.reassignButton, MATCHING_IDS.reassignButton, String(stage.caseId)),
      ]),
    );
  } else if (stage.kind === "withdrawn") {
    blocks.push(section(t.withdrawnDetails({ reason: esc(stage.reason), by: stage.by })));
    blocks.push(
      actions(`matching_withdrawn_${proposalId}`, [
        button(t.proposeAgainButton, MATCHING_IDS.proposeButton, String(a.id), "primary"),
      ]),
    );
  } else {
    blocks.push(
      section(t.rejectedDetails({ expert: esc(expertName(stage.expert)), reason: esc(stage.reason), by: stage.by })),
    );
    blocks.push(
      actions(`matching_rejected_${proposalId}`, [
        button(t.proposeAgainButton, MATCHING_IDS.proposeButton, String(a.id), "primary"),
      ]),
    );
  }
  blocks.push(context([t.proposalFooter({ applicationId: a.id, proposalId })]));
  return { text: `${title}: ${esc(appTitle(a))}`, blocks };
}

/** The channel's thread reply when the SME's choice is in: the secretariat approves next. */
export function chosenNotice(a: App, expert: Expert, via: ChoiceVia) {
  const t = matchingMessageTexts(CHANNEL_LOCALE);
  return { text: t.chosenNotice({ title: esc(appTitle(a)), expert: esc(expert.nameKanji), web: via === "web" }) };
}

/** The SME's DM: the candidates' public profiles, one Choose button each. */
export function smeChoiceDm(a: App, proposalId: number, experts: Expert[], locale: Locale) {
  const t = matchingMessageTexts(locale);
  const blocks: Block[] = [header(t.choiceHeader), section(t.choiceIntro(esc(a.company.name)))];
  for (const e of experts) {
    blocks.push(section(publicProfileText(e, locale)));
    blocks.push(
      actions(`matching_choose_${proposalId}_${e.id}`, [
        button(t.chooseButton(e.nameKanji), MATCHING_IDS.chooseButton, `${proposalId}:${e.id}`, "primary"),
      ]),
    );
  }
  return { text: t.choiceHeader, blocks };
}

/** The SME's DM once a choice is made: no buttons left. */
export function smeChoiceDecidedDm(a: App, chosen: Expert, via: string, locale: Locale) {
  const t = matchingMessageTexts(locale);
  const how = via === "slack" ? t.decidedBySme : t.decidedRecorded(viaText(via, locale));
  const text = t.decided({ how, expert: esc(chosen.nameKanji), title: esc(appTitle(a)) });
  return { text, blocks: [section(text)] };
}

export function smeMatchedDm(a: App, expert: Expert, firstVisitTarget: string | null, locale: Locale) {
  const text = matchingMessageTexts(locale).matched({
    expert: esc(expert.nameKanji),
    title: esc(appTitle(a)),
    target: firstVisitTarget ? dateText(firstVisitTarget) : null,
  });
  return { text, blocks: [section(publicProfileText(expert, locale)), section(text)] };
}

export function smeReproposalDm(a: App, locale: Locale) {
  const text = matchingMessageTexts(locale).reproposal(esc(appTitle(a)));
  return { text, blocks: [section(text)] };
}

/** The SME's choice DM once the proposal is withdrawn: no buttons left, new candidates to follow. */
export function smeProposalWithdrawnDm(a: App, locale: Locale) {
  const text = matchingMessageTexts(locale).proposalWithdrawn({
    company: esc(a.company.name),
    title: esc(appTitle(a)),
  });
  return { text, blocks: [section(text)] };
}

export function smeReassignedDm(a: App, expert: Expert, locale: Locale) {
  const text = matchingMessageTexts(locale).reassigned({ expert: esc(expert.nameKanji), title: esc(appTitle(a)) });
  return { text, blocks: [section(publicProfileText(expert, locale)), section(text)] };
}

/** The expert's DM for a new case: the SME's contact details, for this expert only. */
export function expertCaseDm(
  a: App,
  expert: Expert,
  c: { id: number; firstVisitTarget: string | null },
  locale: Locale,
  handover?: { heldVisits: number; reason: string },
) {
  const t = matchingMessageTexts(locale);
  const who = { expert: esc(expert.nameKanji), caseId: c.id, company: esc(a.company.name) };
  const head = handover ? t.caseHandover(who) : t.caseMatched(who);
  const next = handover
    ? t.handoverNext({ heldVisits: handover.heldVisits, reason: esc(handover.reason) })
    : t.firstVisitNext(dateText(c.firstVisitTarget));
  return {
    text: head,
    blocks: [
      section(head),
      section(smeContactText(a, locale)),
      section(next),
      ...(handover && handover.heldVisits > 0
        ? []
        : [actions(`case_${c.id}_first_visit`, [proposeFirstVisitButton(c.id, locale)])]),
      context([t.contactPrivacy]),
    ],
  };
}

export function expertReleasedDm(a: App, expert: Expert, caseId: number, reason: string, locale: Locale) {
  const text = matchingMessageTexts(locale).released({
    expert: esc(expert.nameKanji),
    caseId,
    company: esc(a.company.name),
    reason: esc(reason),
  });
  return { text, blocks: [section(text)] };
}

export function reassignedSecretariatMessage(
  a: App,
  caseId: number,
  from: Expert,
  to: Expert,
  reason: string,
  by: string,
  override: boolean,
) {
  const t = matchingMessageTexts(CHANNEL_LOCALE);
  const text = t.reassignedSecretariat({
    caseId,
    title: esc(appTitle(a)),
    from: esc(expertName(from)),
    to: esc(expertName(to)),
  });
  const blocks: Block[] = [
    section(t.reassignedDetails({ text, reason: esc(reason), by, override })),
    actions(`matching_reassigned_${caseId}_${to.id}`, [
      button(t.reassignButton, MATCHING_IDS.reassignButton, String(caseId)),
    ]),
  ];
  return { text, blocks };
}
