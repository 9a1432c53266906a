import { roundLabel } from "../../../domain/curriculum.js";
import type { MediationState } from "../../../domain/first-visit-rules.js";
import { formatInstant, formatSlashDate, formatYen } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  type Button,
  button,
  context,
  divider,
  header,
  input,
  type ModalView,
  modal,
  option,
  section,
  staticSelect,
  textInput,
} from "../../../slack/blocks.js";
import { esc, mrkdwnLink } from "../../../slack/mrkdwn.js";
import { proposeFirstVisitButton, recordAnswerButton } from "../../first-visits/views/first-visit-buttons.js";
import { slotList } from "../../first-visits/views/first-visit-text.js";
import {
  addDeliverableButton,
  logVisitButton,
  reviseReportButton,
  scheduleNextButton,
} from "../../visits/views/visit-buttons.js";
import { caseTitle, visitWhen } from "../../visits/views/visit-messages.js";
import {
  caseStatusLabel,
  deliverableKindLabel,
  deliverableStatusLabel,
  modeLabel,
  reportStatusLabel,
  TERMINATION_CATEGORIES,
  visitStatusLabel,
} from "../../visits/views/visit-text.js";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../../visits/visits-ids.js";
import type { CaseRecord } from "../../visits/visits-repository.js";
import type { CaseTimeline } from "../cases-service.js";

/** DM to the expert when the secretariat completes or terminates a case (or round 4 completes it). */
export function caseClosedDm(c: CaseRecord, status: "completed" | "terminated", reason: string | null, locale: Locale) {
  const ja = locale === "ja";
  const text =
    status === "completed"
      ? ja
        ? `${caseTitle(c, "ja")} の指導が完了しました。${reason ? `理由: ${esc(reason)}` : "最終回の報告書が受理されました。"}ご協力ありがとうございました。`
        : `${caseTitle(c, "en")} is completed. ${reason ? `Reason: ${esc(reason)}` : "The final report was accepted."} Thank you.`
      : ja
        ? `${caseTitle(c, "ja")} は事務局により途中終了となりました。理由: ${esc(reason ?? "")}　予定していた訪問は取り消されました。`
        : `${caseTitle(c, "en")} was terminated by the secretariat. Reason: ${esc(reason ?? "")}. Planned visits were cancelled.`;
  return { text, blocks: [section(text)] };
}

/** The case page: one modal with the timeline of visits, reports, deliverables and honoraria. */
export function caseModal(
  locale: Locale,
  t: CaseTimeline,
  viewer: { isSecretariat: boolean; isExpert: boolean },
  mediation?: CaseMediation,
): ModalView {
  const ja = locale === "ja";
  const c = t.case;
  const blocks: Block[] = [
    section(
      `*${caseTitle(c, locale)}*\n${ja ? "担当" : "Expert"}: ${esc(c.expert.nameKanji)} ・ ${ja ? "状態" : "Status"}: *${caseStatusLabel(c.status, locale)}*\n${ja ? "マッチング承認日" : "Matched on"}: ${formatSlashDate(c.approvedOn)}${c.firstVisitTarget ? ` ・ ${ja ? "初回訪問の目安" : "First visit target"}: ${formatSlashDate(c.firstVisitTarget)}` : ""}`,
    ),
  ];
  if (c.status === "completed")
    blocks.push(
      context([
        `${ja ? "完了日" : "Completed"}: ${c.completedOn ? formatSlashDate(c.completedOn) : "—"}${c.completionReason ? ` ・ ${ja ? "理由" : "Reason"}: ${esc(c.completionReason)}` : ""}`,
      ]),
    );
  if (c.status === "terminated")
    blocks.push(
      context([
        `${ja ? "途中終了日" : "Terminated"}: ${c.terminatedOn ? formatSlashDate(c.terminatedOn) : "—"} ・ ${ja ? "理由" : "Reason"}: ${c.terminationReason ? esc(c.terminationReason) : "—"}`,
      ]),
    );
  if (mediation && c.status === "active" && mediation.state.kind !== "fixed")
    blocks.push(...mediationBlocks(locale, c.id, mediation, viewer));
  blocks.push(header(ja ? "訪問と報告書" : "Visits and reports"));
  if (t.visits.length === 0) blocks.push(section(ja ? "まだ訪問の予定はありません。" : "No visits yet."));
  for (const v of t.visits.slice(0, 20)) {
    const reports = v.reports
      .map((r) => `${ja ? `第${r.version}版` : `v${r.version}`} ${reportStatusLabel(r.status, locale)}`)
      .join(" → ");
    const line = t.honoraria.find((h) => h.visitId === v.id);
    const money = line
      ? ` ・ ${ja ? "謝金" : "Honorarium"} ${formatYen(line.amountYen, locale)}（${line.status === "paid" ? (ja ? "支払済み" : "paid") : ja ? "支払待ち" : "payable"}）`
      : "";
    const due =
      v.reportDueOn && v.status === "held"
        ? ` ・ ${ja ? "報告期限" : "report due"} ${formatSlashDate(v.reportDueOn)}`
        : "";
    const change = v.changeReason ? `\n_${ja ? "変更・取消しの理由" : "Change reason"}: ${esc(v.changeReason)}_` : "";
    const viewButton = v.reports.some((r) => r.status !== "draft")
      ? {
          accessory: button(
            ja ? "報告書を見る" : "View report",
            VISIT_IDS.viewReportButton,
            String([...v.reports].reverse().find((r) => r.status !== "draft")!.id),
          ),
        }
      : {};
    blocks.push(
      section(
        `*${roundLabel(v.round, locale)}* ${visitStatusLabel(v.status, locale)} — ${visitWhen(v, locale)}${v.status === "scheduled" ? `（${modeLabel(v.mode, locale)}）` : ""}${due}\n${ja ? "報告書" : "Report"}: ${reports || "—"}${money}${change}`,
        viewButton,
      ),
    );
  }
  blocks.push(header(ja ? "成果物" : "Deliverables"));
  if (t.deliverables.length === 0) blocks.push(section(ja ? "まだ提出はありません。" : "Nothing handed in yet."));
  else
    blocks.push(
      section(
        t.deliverables
          .slice(-15)
          .map(
            (d) =>
              `• ${deliverableKindLabel(d.kind, locale)}${d.title ? `「${esc(d.title)}」` : ""} — ${deliverableStatusLabel(d.status, locale)}（${formatInstant(d.submittedAt, locale)}）${d.url ? ` ${mrkdwnLink(d.url, ja ? "リンク" : "link")}` : ""}`,
          )
          .join("\n"),
      ),
    );
  const paid = t.honoraria.filter((h) => h.status === "paid").reduce((s, h) => s + h.amountYen, 0);
  const payable = t.honoraria.filter((h) => h.status === "payable").reduce((s, h) => s + h.amountYen, 0);
  blocks.push(
    header(ja ? "謝金" : "Honoraria"),
    section(
      ja
        ? `支払待ち ${formatYen(payable, locale)} ・ 支払済み ${formatYen(paid, locale)}（${t.honoraria.length}件）`
        : `Payable ${formatYen(payable, locale)} · paid ${formatYen(paid, locale)} (${t.honoraria.length} lines)`,
    ),
  );
  const buttons: Button[] = [];
  if (c.status === "active") {
    if (viewer.isExpert)
      for (const s of t.steps) {
        if (s.kind === "write_report")
          buttons.push(logVisitButton(s.visitId, locale, { round: s.round, draft: s.draft }));
        if (s.kind === "revise") buttons.push(reviseReportButton(s.reportId, locale));
      }
    const next = t.steps.find((s) => s.kind === "schedule");
    if (next) buttons.push(scheduleNextButton(c.id, locale, next.round));
  }
  buttons.push(addDeliverableButton(c.id, locale));
  if (viewer.isSecretariat && c.status === "active")
    buttons.push(
      button(ja ? "完了にする（理由）" : "Complete (reason)", VISIT_IDS.completeCaseButton, String(c.id)),
      button(ja ? "途中終了（理由）" : "Terminate (reason)", VISIT_IDS.terminateCaseButton, String(c.id), "danger"),
    );
  blocks.push(divider(), actions("visit_case_actions", buttons.slice(0, 25)));
  return modal({
    callbackId: VISIT_IDS.caseModal,
    title: ja ? `案件 #${c.id}` : `Case #${c.id}`,
    close: ja ? "閉じる" : "Close",
    metadata: { caseId: c.id },
    blocks,
  });
}

/** Where the first-visit mediation of a case stands (see features/first-visits). */
export type CaseMediation = {
  state: MediationState;
  proposal: { id: number; options: Date[] } | null;
};

function mediationBlocks(
  locale: Locale,
  caseId: number,
  m: CaseMediation,
  viewer: { isSecretariat: boolean; isExpert: boolean },
): Block[] {
  const ja = locale === "ja";
  const s = m.state;
  const buttons: Button[] = [];
  let text: string;
  if (s.kind === "waiting_for_sme") {
    text = ja
      ? `${formatSlashDate(s.since)} に提案した候補日について、SMEの回答待ちです。\n${slotList(m.proposal?.options ?? [], "ja")}`
      : `Waiting for the SME's answer to the dates proposed on ${formatSlashDate(s.since)}.\n${slotList(m.proposal?.options ?? [], "en")}`;
    if (viewer.isSecretariat) buttons.push(recordAnswerButton(s.proposalId, locale));
    buttons.push(proposeFirstVisitButton(caseId, locale, true));
  } else if (s.kind === "sme_asked_for_others") {
    text = ja
      ? `SMEは提案した候補日では都合が合わないとのことです。\nSMEからのメモ: ${esc(s.note)}`
      : `None of the proposed dates suited the SME.\nThe SME's note: ${esc(s.note)}`;
    buttons.push(proposeFirstVisitButton(caseId, locale, true));
  } else {
    text = ja ? "初回訪問の候補日はまだ提案されていません。" : "No first-visit dates have been proposed yet.";
    buttons.push(proposeFirstVisitButton(caseId, locale));
  }
  return [
    header(ja ? "初回訪問の調整" : "First-visit arrangement"),
    section(text),
    actions("visit_case_first_visit", buttons),
  ];
}

/** Reason for completing early or terminating (secretariat). */
export function closeCaseModal(locale: Locale, c: CaseRecord, kind: "complete" | "terminate"): ModalView {
  const ja = locale === "ja";
  const what =
    kind === "complete"
      ? ja
        ? `*${caseTitle(c, "ja")}* を最終回を待たずに完了にします（例: 3回の訪問ですべてのカリキュラムを終えた）。`
        : `Complete *${caseTitle(c, "en")}* before its last round (e.g. the curriculum was covered in three visits).`
      : ja
        ? `*${caseTitle(c, "ja")}* を途中終了にします。予定中の訪問は取り消されます。`
        : `Terminate *${caseTitle(c, "en")}*. Planned visits are cancelled.`;
  return modal({
    callbackId: VISIT_IDS.closeCaseModal,
    title: kind === "complete" ? (ja ? "案件の完了" : "Complete a case") : ja ? "案件の途中終了" : "Terminate a case",
    submit: kind === "complete" ? (ja ? "完了にする" : "Complete") : ja ? "途中終了にする" : "Terminate",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { caseId: c.id, kind },
    blocks: [
      section(`${what}\n${ja ? "理由は担当の専門家に通知されます。" : "The expert is told the reason."}`),
      input(
        VISIT_IDS.blocks.reason,
        ja ? "理由" : "Reason",
        textInput(VISIT_IDS.value, {
          multiline: true,
          maxLength: VISIT_TEXT_LIMITS.closeCase[VISIT_IDS.blocks.reason],
        }),
      ),
      ...(kind === "terminate"
        ? [
            input(
              VISIT_IDS.blocks.category,
              ja ? "指導先に伝える理由の区分" : "Reason category told to the SME",
              staticSelect(
                VISIT_IDS.value,
                Object.entries(TERMINATION_CATEGORIES).map(([value, label]) => option(label[locale], value)),
                { initial: "other" },
              ),
              {
                hint: ja
                  ? "メールで連絡を受ける指導先には、この区分だけを伝えます（上の理由は伝えません）。"
                  : "An SME reached by e-mail is told this category only (not the reason above).",
              },
            ),
          ]
        : []),
    ],
  });
}
