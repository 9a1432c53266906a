import type { RankingReason } from "../../../domain/ranking.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, button, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { proposeFirstVisitButton } from "../../first-visits/views/first-visit-buttons.js";
import { WEB_ACTOR_ID } from "../../roles/actor.js";
import { MATCHING_IDS } from "../matching-ids.js";
import type { Application, Company, Expert } from "../matching-repository.js";
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
  const title = {
    open: "専門家の候補を提示しました（企業の選択待ち）",
    chosen: "専門家が選ばれました（事務局の承認待ち）",
    approved: "マッチングを承認しました",
    rejected: "マッチングを不承認にしました（候補の再提示待ち）",
    withdrawn: "候補の提示を取り下げました（候補の再提示待ち）",
  }[stage.kind];
  const blocks: Block[] = [header(`${title} — ${appTitle(a)}`)];
  if (candidates.length > 0) {
    blocks.push(
      section(
        [
          "*提示した候補（推薦順）*",
          ...candidates.map((c, i) => `${i + 1}. ${esc(expertName(c.expert))} — ${reasonsText(c.reasons, "ja")}`),
        ].join("\n"),
      ),
    );
  }
  if (stage.kind === "open") {
    blocks.push(
      section(
        reach === "slack"
          ? "企業の担当者に Slack で候補を案内しました。電話やメールで選択を受けた場合は下のボタンで記録してください。"
          : reach === "mail"
            ? `企業の担当者に候補をメールで案内しました（専用ページで選択できます）。電話などで選択を受けた場合は下のボタンで記録してください。\n${smeContactText(a, "ja")}`
            : `企業の担当者は Slack を使っていません。電話・メールで候補を案内し、選ばれた専門家を下のボタンで記録してください。\n${smeContactText(a, "ja")}`,
      ),
    );
    blocks.push(
      actions(`matching_open_${proposalId}`, [
        button("企業に代わって選択を記録", MATCHING_IDS.recordChoiceButton, String(proposalId)),
        button("提示を取り下げる（理由を入力）", MATCHING_IDS.withdrawButton, String(proposalId)),
      ]),
    );
  } else if (stage.kind === "chosen") {
    blocks.push(
      section(
        `*選ばれた専門家*: ${esc(expertName(stage.expert))}\n*選択の方法*: ${viaText(stage.via, "ja")}${stage.note ? `\n*メモ*: ${esc(stage.note)}` : ""}\n*記録*: ${stage.by === WEB_ACTOR_ID ? "SMEがWebで選択（専用ページ）" : `<@${stage.by}>`}`,
      ),
    );
    blocks.push(
      actions(`matching_chosen_${proposalId}`, [
        button("承認する（確認画面を開く）", MATCHING_IDS.approveButton, String(a.id), "primary"),
        button("不承認にする（理由を入力）", MATCHING_IDS.rejectButton, String(a.id), "danger"),
      ]),
    );
  } else if (stage.kind === "approved") {
    blocks.push(
      section(
        `*担当専門家*: ${esc(expertName(stage.expert))}\n*案件番号*: #${stage.caseId}\n*初回訪問の目標日*: ${dateText(stage.firstVisitTarget)}\n*承認*: <@${stage.by}>${stage.override ? "\n:warning: 担当上限を超えての承認（監査ログに記録済み）" : ""}`,
      ),
    );
    if (!stage.expert.slackUserId)
      blocks.push(
        section(
          `:warning: ${esc(stage.expert.nameKanji)} さんは Slack を使っていません。案件の内容を直接お知らせください（${stage.expert.email ? esc(stage.expert.email) : "メール未登録"} / ${stage.expert.phone ? esc(stage.expert.phone) : "電話未登録"}）。`,
        ),
      );
    blocks.push(
      actions(`matching_approved_${proposalId}`, [
        button("担当の専門家を変更（理由を入力）", MATCHING_IDS.reassignButton, String(stage.caseId)),
      ]),
    );
  } else if (stage.kind === "withdrawn") {
    blocks.push(section(`*取り下げの理由*: ${esc(stage.reason)}\n*記録*: <@${stage.by}>`));
    blocks.push(
      actions(`matching_withdrawn_${proposalId}`, [
        button("候補を提示し直す", MATCHING_IDS.proposeButton, String(a.id), "primary"),
      ]),
    );
  } else {
    blocks.push(
      section(`*不承認*: ${esc(expertName(stage.expert))}\n*理由*: ${esc(stage.reason)}\n*記録*: <@${stage.by}>`),
    );
    blocks.push(
      actions(`matching_rejected_${proposalId}`, [
        button("候補を提示し直す", MATCHING_IDS.proposeButton, String(a.id), "primary"),
      ]),
    );
  }
  blocks.push(context([`申込番号 #${a.id} ・ 提示番号 ${proposalId}`]));
  return { text: `${title}: ${esc(appTitle(a))}`, blocks };
}

/** The SME's DM: the candidates' public profiles, one Choose button each. */
export function smeChoiceDm(a: App, proposalId: number, experts: Expert[], locale: Locale) {
  const ja = locale === "ja";
  const intro = ja
    ? `${esc(a.company.name)} 様：指導を担当する専門家の候補をご案内します。ご希望の専門家を1名お選びください。選択は事務局の確認を経て確定します。`
    : `${esc(a.company.name)}: here are the experts proposed to guide you. Please choose one; the secretariat confirms the match.`;
  const blocks: Block[] = [header(ja ? "担当専門家の候補のご案内" : "Experts proposed to you"), section(intro)];
  for (const e of experts) {
    blocks.push(section(publicProfileText(e, locale)));
    blocks.push(
      actions(`matching_choose_${proposalId}_${e.id}`, [
        button(
          ja ? `${e.nameKanji} さんを選ぶ` : `Choose ${e.nameKanji}`,
          MATCHING_IDS.chooseButton,
          `${proposalId}:${e.id}`,
          "primary",
        ),
      ]),
    );
  }
  return { text: ja ? "担当専門家の候補のご案内" : "Experts proposed to you", blocks };
}

/** The SME's DM once a choice is made: no buttons left. */
export function smeChoiceDecidedDm(a: App, chosen: Expert, via: string, locale: Locale) {
  const ja = locale === "ja";
  const how =
    via === "slack"
      ? ja
        ? "ご選択を受け付けました"
        : "We received your choice"
      : ja
        ? `事務局がご連絡（${viaText(via, "ja")}）で伺ったご選択を記録しました`
        : `The secretariat recorded the choice you gave them (${viaText(via, "en")})`;
  const text = ja
    ? `${how}：${esc(chosen.nameKanji)} さん。事務局が確認のうえ確定し、改めてお知らせします（${esc(appTitle(a))}）。`
    : `${how}: ${esc(chosen.nameKanji)}. The secretariat will confirm the match and tell you (${esc(appTitle(a))}).`;
  return { text, blocks: [section(text)] };
}

export function smeMatchedDm(a: App, expert: Expert, firstVisitTarget: string | null, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `担当の専門家が決まりました：${esc(expert.nameKanji)} さん（${esc(appTitle(a))}）。初回訪問の日程は事務局から調整のご連絡をします${firstVisitTarget ? `（目安: ${dateText(firstVisitTarget)}ごろ）` : ""}。`
    : `Your expert is confirmed: ${esc(expert.nameKanji)} (${esc(appTitle(a))}). The secretariat will contact you to arrange the first visit${firstVisitTarget ? ` (around ${dateText(firstVisitTarget)})` : ""}.`;
  return { text, blocks: [section(publicProfileText(expert, locale)), section(text)] };
}

export function smeReproposalDm(a: App, locale: Locale) {
  const text =
    locale === "ja"
      ? `事務局で確認した結果、担当専門家を改めてご案内することになりました（${esc(appTitle(a))}）。新しい候補をお送りしますので、お待ちください。`
      : `After checking, the secretariat will propose experts to you again (${esc(appTitle(a))}). Please wait for the new candidates.`;
  return { text, blocks: [section(text)] };
}

/** The SME's choice DM once the proposal is withdrawn: no buttons left, new candidates to follow. */
export function smeProposalWithdrawnDm(a: App, locale: Locale) {
  const text =
    locale === "ja"
      ? `${esc(a.company.name)} 様：先日ご案内した専門家の候補は、事務局で取り下げました（${esc(appTitle(a))}）。改めて候補をご案内しますので、お待ちください。`
      : `${esc(a.company.name)}: the secretariat has withdrawn the experts proposed earlier (${esc(appTitle(a))}). New candidates will follow; please wait for them.`;
  return { text, blocks: [section(text)] };
}

export function smeReassignedDm(a: App, expert: Expert, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `担当の専門家が ${esc(expert.nameKanji)} さんに変わりました（${esc(appTitle(a))}）。これまでの訪問の記録は引き継がれます。`
    : `Your expert is now ${esc(expert.nameKanji)} (${esc(appTitle(a))}). The visits held so far are kept.`;
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
  const ja = locale === "ja";
  const head = handover
    ? ja
      ? `${esc(expert.nameKanji)} さん、案件 #${c.id}（${esc(a.company.name)}）の担当を引き継いでいただくことになりました。`
      : `${esc(expert.nameKanji)}, you are taking over case #${c.id} (${esc(a.company.name)}).`
    : ja
      ? `${esc(expert.nameKanji)} さん、案件 #${c.id}（${esc(a.company.name)}）の担当が決まりました。`
      : `${esc(expert.nameKanji)}, you have been matched with case #${c.id} (${esc(a.company.name)}).`;
  const next = handover
    ? ja
      ? `実施済みの訪問: ${handover.heldVisits}回（記録はそのまま引き継がれます）\n変更の理由: ${esc(handover.reason)}`
      : `Visits held so far: ${handover.heldVisits} (their records stay with the case)\nReason for the change: ${esc(handover.reason)}`
    : ja
      ? `初回訪問の目標日: ${dateText(c.firstVisitTarget)}\n下のボタンから初回訪問の候補日を1〜3件提案してください。事務局がSMEの回答を取りまとめ、確定したらお知らせします。`
      : `Target date for the first visit: ${dateText(c.firstVisitTarget)}\nPropose one to three dates for the first visit with the button below; the secretariat gets the SME's answer and you are told once it is fixed.`;
  const privacy = ja
    ? "企業の連絡先はこの案件のためだけにお使いください。"
    : "Please use the SME's contact details for this case only.";
  return {
    text: head,
    blocks: [
      section(head),
      section(smeContactText(a, locale)),
      section(next),
      ...(handover && handover.heldVisits > 0
        ? []
        : [actions(`case_${c.id}_first_visit`, [proposeFirstVisitButton(c.id, locale)])]),
      context([privacy]),
    ],
  };
}

export function expertReleasedDm(a: App, expert: Expert, caseId: number, reason: string, locale: Locale) {
  const text =
    locale === "ja"
      ? `${esc(expert.nameKanji)} さん、案件 #${caseId}（${esc(a.company.name)}）の担当は別の専門家に変更になりました。\n理由: ${esc(reason)}\nこれまでの訪問の記録はそのまま残ります。ご対応ありがとうございました。`
      : `${esc(expert.nameKanji)}, case #${caseId} (${esc(a.company.name)}) has been reassigned to another expert.\nReason: ${esc(reason)}\nThe records of your visits are kept. Thank you for your work.`;
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
  const text = `案件 #${caseId}（${esc(appTitle(a))}）の担当を変更しました: ${esc(expertName(from))} → ${esc(expertName(to))}`;
  const blocks: Block[] = [
    section(
      `${text}\n*理由*: ${esc(reason)}\n*変更*: <@${by}>${override ? "\n:warning: 担当上限を超えての変更（監査ログに記録済み）" : ""}`,
    ),
    actions(`matching_reassigned_${caseId}_${to.id}`, [
      button("担当の専門家を変更（理由を入力）", MATCHING_IDS.reassignButton, String(caseId)),
    ]),
  ];
  return { text, blocks };
}
