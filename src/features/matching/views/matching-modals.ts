import { industryName } from "../../../domain/industries.js";
import { prefectureName } from "../../../domain/prefectures.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  checkboxes,
  datePicker,
  divider,
  type ExternalSelect,
  externalSelect,
  type InputBlock,
  input,
  type ModalView,
  modal,
  numberInput,
  option,
  radios,
  section,
  staticSelect,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { statusLabel } from "../../experts/views/expert-text.js";
import { MAX_PRESENTED, RECORDED_VIA } from "../matching.schemas.js";
import { MATCHING_IDS, MATCHING_TEXT_LIMITS } from "../matching-ids.js";
import type { Expert } from "../matching-repository.js";
import type { ApprovalPreview, ProposalPreview, ReassignPreview } from "../matching-service.js";
import { appTitle, expertName, reasonsText, VIA_LABELS } from "./matching-text.js";

const B = MATCHING_IDS.blocks;
const V = MATCHING_IDS.value;

/** An external_select of active experts that loads options as the member types (Japanese names are short). */
function expertSearch(actionId: string, placeholder: string): ExternalSelect {
  return externalSelect(actionId, placeholder, 1);
}

function overrideInput(locale: Locale, hint: string): InputBlock {
  const ja = locale === "ja";
  return input(
    B.override,
    ja ? "担当上限の超過" : "Capacity override",
    checkboxes(V, [
      option(
        ja
          ? "上限を超えても担当させる（監査ログに記録されます）"
          : "Assign even over capacity (recorded in the audit log)",
        MATCHING_IDS.overrideValue,
      ),
    ]),
    { optional: true, hint },
  );
}

/**
 * Propose candidates: the ranked experts with their reasons, each removable; a search to add
 * any other active expert; how many to present. What is listed is what is sent, top first.
 */
export function proposeModal(locale: Locale, p: ProposalPreview): ModalView {
  const ja = locale === "ja";
  const a = p.application;
  const where = `${prefectureName(a.company.prefecture, locale)}・${industryName(a.company.industry, locale)}`;
  const blocks: Block[] = [section(`*${esc(appTitle(a))}*（${where}）`)];
  if (p.recruiter) {
    blocks.push(
      section(
        ja
          ? `この企業を紹介した専門家: *${esc(expertName(p.recruiter))}*\n紹介した専門家とは、企業の選択を省いて直接マッチングできます（事務局の承認は必要です）。`
          : `Recruited by: *${esc(expertName(p.recruiter))}*\nYou can match the recruiting expert directly, skipping the SME's choice (approval is still needed).`,
        {
          accessory: button(
            ja ? "紹介者と直接マッチング" : "Match recruiter directly",
            MATCHING_IDS.directMatchButton,
            String(a.id),
          ),
        },
      ),
    );
  }
  blocks.push(divider());
  blocks.push(
    section(
      ja
        ? "*候補（推薦順）* — 上から「企業に案内する人数」分を案内します。外す場合は「外す」を押してください。"
        : "*Candidates (ranked)* — the top ones, as many as “Experts to present”, are sent. Press “Remove” to leave one out.",
    ),
  );
  if (p.rows.length === 0)
    blocks.push(
      section(
        ja
          ? "条件に合う専門家がいません。下の検索から専門家を追加してください。"
          : "No expert fits. Add one with the search below.",
      ),
    );
  p.rows.forEach((row, i) => {
    const tag = row.added ? (ja ? "（手動で追加）" : " (added by hand)") : "";
    blocks.push(
      section(`*${i + 1}. ${esc(expertName(row.expert))}*${tag}\n${reasonsText(row.reasons, locale)}`, {
        block_id: `candidate_${row.expert.id}`,
        accessory: button(ja ? "外す" : "Remove", MATCHING_IDS.removeCandidate, String(row.expert.id)),
      }),
    );
  });
  blocks.push(
    actions(B.add, [
      expertSearch(
        MATCHING_IDS.addCandidate,
        ja ? "ほかの専門家を名前（漢字・かな）で検索して追加" : "Add another expert: search by name (kanji or kana)",
      ),
    ]),
  );
  blocks.push(
    input(
      B.count,
      ja ? "企業に案内する人数" : "Experts to present",
      numberInput(V, { initial: p.count, min: 1, max: MAX_PRESENTED }),
      {
        hint: ja
          ? `上から順に、この人数を案内します（1〜${MAX_PRESENTED}人）。`
          : `Sent from the top (1 to ${MAX_PRESENTED}).`,
      },
    ),
  );
  return modal({
    callbackId: MATCHING_IDS.proposeModal,
    title: ja ? "候補の専門家を提示" : "Propose candidates",
    submit: ja ? "候補を送る" : "Send candidates",
    close: ja ? "キャンセル" : "Cancel",
    metadata: p.draft,
    blocks,
  });
}

/** The secretariat records the choice the SME gave by phone, mail or in person. */
export function recordChoiceModal(
  locale: Locale,
  proposal: { id: number; title: string },
  experts: Expert[],
  today: string,
): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: MATCHING_IDS.recordChoiceModal,
    title: ja ? "企業の選択を記録" : "Record SME's choice",
    submit: ja ? "記録する" : "Record",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { proposalId: proposal.id },
    blocks: [
      section(
        ja
          ? `*${esc(proposal.title)}* が選んだ専門家を、企業に代わって記録します。`
          : `Record the expert *${esc(proposal.title)}* chose, on the SME's behalf.`,
      ),
      input(
        B.expert,
        ja ? "選ばれた専門家" : "Expert chosen",
        radios(
          V,
          experts.map((e) => option(expertName(e), String(e.id))),
        ),
      ),
      input(
        B.via,
        ja ? "選択を受けた方法" : "How the choice reached us",
        staticSelect(
          V,
          RECORDED_VIA.map((v) => option(VIA_LABELS[v][locale], v)),
          { placeholder: ja ? "選択してください" : "Choose" },
        ),
      ),
      input(B.contactedOn, ja ? "選択を受けた日" : "Date of the choice", datePicker(V, today)),
      input(
        B.note,
        ja ? "メモ" : "Note",
        textInput(V, {
          multiline: true,
          maxLength: MATCHING_TEXT_LIMITS.recordChoice[B.note],
          placeholder: ja ? "例: 担当者の田中様より電話" : "e.g. Ms Tanaka called",
        }),
        { optional: true },
      ),
    ],
  });
}

function checkLines(p: ApprovalPreview, locale: Locale): string[] {
  const ja = locale === "ja";
  const c = p.checks;
  const lines: string[] = [];
  lines.push(
    c.expertActive
      ? `:white_check_mark: ${ja ? "専門家の状態" : "Expert status"}: ${statusLabel(c.expertStatus, locale)}`
      : `:no_entry: ${ja ? "専門家の状態" : "Expert status"}: ${statusLabel(c.expertStatus, locale)} — ${ja ? "活動中でないため承認できません" : "not active, cannot be matched"}`,
  );
  lines.push(
    c.full
      ? `:warning: ${ja ? `担当件数が上限に達しています（担当中 ${c.open}件／上限 ${c.capacity}件）。進めるには「上限を超えても担当させる」にチェックしてください。` : `At capacity (${c.open} of ${c.capacity} cases). Tick “Assign even over capacity” to go ahead.`}`
      : `:white_check_mark: ${ja ? `担当件数: ${c.open}件／上限 ${c.capacity}件` : `Load: ${c.open} of ${c.capacity} cases`}`,
  );
  lines.push(
    c.applicationOk
      ? `:white_check_mark: ${ja ? "申込み: 有効（専門家選択済み）" : "Application: valid, expert chosen"}`
      : `:no_entry: ${ja ? "申込みが承認できる状態ではありません" : "The application can no longer be approved"}（${c.applicationStatus}）`,
  );
  lines.push(
    c.sameCompanyCaseId === null
      ? `:white_check_mark: ${ja ? "この企業の別案件の担当: なし" : "No other case of this company with this expert"}`
      : `:no_entry: ${ja ? `この専門家はすでにこの企業の案件 #${c.sameCompanyCaseId} を担当しています` : `This expert already holds case #${c.sameCompanyCaseId} of this company`}`,
  );
  return lines;
}

/** Approve the chosen pair: the conflict checks, the first visit's target date, the capacity override. */
export function approvalModal(locale: Locale, p: ApprovalPreview): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: MATCHING_IDS.approveModal,
    title: ja ? "マッチングの承認" : "Approve matching",
    submit: ja ? "承認する" : "Approve",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { applicationId: p.application.id, expertId: p.expert.id },
    blocks: [
      section(
        ja
          ? `*${esc(appTitle(p.application))}* と *${esc(expertName(p.expert))}* のマッチングを承認し、案件を作成します。専門家には企業の連絡先が通知されます。`
          : `Approve *${esc(appTitle(p.application))}* with *${esc(expertName(p.expert))}* and open the case. The expert receives the SME's contact details.`,
      ),
      section(`*${ja ? "確認事項" : "Checks"}*\n${checkLines(p, locale).join("\n")}`),
      input(
        B.firstVisitTarget,
        ja ? "初回訪問の目標日" : "Target date for the first visit",
        datePicker(V, p.defaultFirstVisitTarget),
        { hint: ja ? `事業の終了日（${p.programEnd}）までの日付` : `On or before the program's end (${p.programEnd})` },
      ),
      overrideInput(
        locale,
        ja ? "担当件数が上限に達している専門家のときだけ使います。" : "Only for an expert already at capacity.",
      ),
    ],
  });
}

export function rejectModal(locale: Locale, p: ApprovalPreview): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: MATCHING_IDS.rejectModal,
    title: ja ? "マッチングの不承認" : "Reject matching",
    submit: ja ? "不承認にする" : "Reject",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { applicationId: p.application.id, expertId: p.expert.id },
    blocks: [
      section(
        ja
          ? `*${esc(appTitle(p.application))}* と *${esc(expertName(p.expert))}* の組み合わせを不承認にします。申込みは候補の提示に戻ります。理由は事務局の記録に残り、企業には再提示の旨だけを伝えます。`
          : `Reject *${esc(appTitle(p.application))}* with *${esc(expertName(p.expert))}*. The application goes back to proposing candidates. The reason stays in the secretariat's record; the SME is only told new candidates will follow.`,
      ),
      input(
        B.reason,
        ja ? "不承認の理由" : "Reason",
        textInput(V, {
          multiline: true,
          maxLength: MATCHING_TEXT_LIMITS.reject[B.reason],
          placeholder: ja ? "例: 専門家の都合がつかないため" : "e.g. The expert is not available",
        }),
      ),
    ],
  });
}

/** Hand a case to another expert: who, why, and the capacity override. */
export function reassignModal(locale: Locale, p: ReassignPreview): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: MATCHING_IDS.reassignModal,
    title: ja ? "担当専門家の変更" : "Reassign case",
    submit: ja ? "変更する" : "Reassign",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { caseId: p.caseId },
    blocks: [
      section(
        ja
          ? `案件 #${p.caseId}（${esc(appTitle(p.application))}）の担当を *${esc(expertName(p.current))}* さんから別の専門家に変更します。実施済みの訪問（${p.heldVisits}回）の記録はそのまま残ります。両方の専門家に通知します。`
          : `Move case #${p.caseId} (${esc(appTitle(p.application))}) from *${esc(expertName(p.current))}* to another expert. The visits held (${p.heldVisits}) are kept. Both experts are told.`,
      ),
      input(
        B.expert,
        ja ? "新しい担当専門家" : "New expert",
        expertSearch(
          MATCHING_IDS.reassignExpertSelect,
          ja ? "名前（漢字・かな）で検索" : "Search by name (kanji or kana)",
        ),
      ),
      input(
        B.reason,
        ja ? "変更の理由" : "Reason for the change",
        textInput(V, {
          multiline: true,
          maxLength: MATCHING_TEXT_LIMITS.reassign[B.reason],
          placeholder: ja ? "例: 専門家の体調不良のため" : "e.g. The expert fell ill",
        }),
      ),
      overrideInput(
        locale,
        ja
          ? "新しい専門家の担当件数が上限に達しているときだけ使います。"
          : "Only when the new expert is already at capacity.",
      ),
    ],
  });
}

/** Withdraw an open proposal: why (the SME declined every candidate, an expert dropped out …). */
export function withdrawModal(locale: Locale, proposal: { id: number; title: string }): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: MATCHING_IDS.withdrawModal,
    title: ja ? "候補の提示の取り下げ" : "Withdraw proposal",
    submit: ja ? "取り下げる" : "Withdraw",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { proposalId: proposal.id },
    blocks: [
      section(
        ja
          ? `*${esc(proposal.title)}* への候補の提示（提示番号 ${proposal.id}）を取り下げます。企業の選択ボタンは無効になり、申込みは候補の提示に戻ります。理由は事務局の記録に残り、企業には改めて案内する旨だけを伝えます。`
          : `Withdraw the candidates proposed to *${esc(proposal.title)}* (proposal ${proposal.id}). The SME's choice buttons stop working and the application goes back to proposing candidates. The reason stays in the secretariat's record; the SME is only told new candidates will follow.`,
      ),
      input(
        MATCHING_IDS.blocks.reason,
        ja ? "取り下げの理由" : "Reason",
        textInput(MATCHING_IDS.value, {
          multiline: true,
          maxLength: MATCHING_TEXT_LIMITS.withdraw[B.reason],
          placeholder: ja
            ? "例: 企業からいずれの候補も希望しないと連絡があったため"
            : "e.g. The SME wants none of these experts",
        }),
      ),
    ],
  });
}
