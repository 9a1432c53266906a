import { roundLabel, roundPlan } from "../../../domain/curriculum.js";
import type { Answer } from "../../../domain/self-diagnosis.js";
import { formatDayLabel, formatSlashDate, formatYen } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  clip,
  context,
  fields,
  header,
  input,
  type ModalView,
  modal,
  section,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { categoryLabel } from "../../cases/checklist-defaults.js";
import { openCaseButton, reviseReportButton } from "../../visits/views/visit-buttons.js";
import { caseTitle } from "../../visits/views/visit-messages.js";
import {
  answerLabel,
  deliverableKindLabel,
  reportStatusLabel,
  securityActionLabel,
} from "../../visits/views/visit-text.js";
import type { ReportContent, SelfDiagnosis } from "../../visits/visits.schemas.js";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../../visits/visits-ids.js";
import type { CaseRecord, Visit, VisitReport } from "../../visits/visits-repository.js";
import type { ReportDetail } from "../visit-reports-service.js";

function scoreLine(sd: SelfDiagnosis, locale: Locale): string {
  const ja = locale === "ja";
  const cats = sd.categories
    .map((c) => `${esc(categoryLabel(c.category, locale))} ${c.score}/${c.max}`)
    .join(ja ? "、" : ", ");
  const unknown = sd.unknown > 0 ? (ja ? `・わからない ${sd.unknown}項目` : `, ${sd.unknown} unknown`) : "";
  return ja
    ? `自己診断: *${sd.total}/${sd.max}点*${cats ? `（${cats}）` : "（合計点のみ）"}${unknown}`
    : `Self-diagnosis: *${sd.total}/${sd.max}*${cats ? ` (${cats})` : " (total only)"}${unknown}`;
}

function finalLine(content: ReportContent, locale: Locale): string | null {
  if (content.securityAction === null) return null;
  const ja = locale === "ja";
  return ja
    ? `再診断の合計点: *${content.finalScore}点* ・ SECURITY ACTION: *${securityActionLabel(content.securityAction, "ja")}*`
    : `Score again: *${content.finalScore}* · SECURITY ACTION: *${securityActionLabel(content.securityAction, "en")}*`;
}

/** The secretariat channel's review message for one report version; without buttons once decided. */
export function reportReviewMessage(m: {
  case: CaseRecord;
  visit: Visit;
  report: VisitReport;
  content: ReportContent;
}) {
  const { case: c, visit, report, content } = m;
  const decided = report.status !== "submitted";
  const blocks: Block[] = [
    header(`支援実施報告書 — ${reportStatusLabel(report.status, "ja")}`),
    fields([
      `*案件*\n#${c.id} ${esc(c.companyName)}`,
      `*専門家*\n${esc(c.expert.nameKanji)}`,
      `*回*\n${roundLabel(visit.round, "ja")} ${roundPlan(visit.round).title.ja}`,
      `*実施日*\n${formatDayLabel(content.heldOn, "ja")}（${content.durationMinutes}分）`,
      `*版*\n第${report.version}版`,
      `*提出期限*\n${visit.reportDueOn ? formatSlashDate(visit.reportDueOn) : "—"}`,
    ]),
    section(`*把握した課題・リスク*\n${esc(clip(content.findings, 700))}`),
    section(`*合意した対策*\n${esc(clip(content.agreedActions, 500))}`),
  ];
  if (content.selfDiagnosis) blocks.push(section(scoreLine(content.selfDiagnosis, "ja")));
  const fl = finalLine(content, "ja");
  if (fl) blocks.push(section(fl));
  if (decided) {
    const comment =
      report.status === "returned" && report.reviewComment ? `\nコメント: ${esc(report.reviewComment)}` : "";
    blocks.push(section(`*${reportStatusLabel(report.status, "ja")}* — <@${report.reviewedBy}>${comment}`));
    blocks.push(
      actions(`report_review_${report.id}`, [button("全文を見る", VISIT_IDS.viewReportButton, String(report.id))]),
    );
  } else {
    blocks.push(
      actions(`report_review_${report.id}`, [
        button("受理する", VISIT_IDS.acceptReportButton, String(report.id), "primary"),
        button("差し戻す（コメントを入力）", VISIT_IDS.returnReportButton, String(report.id), "danger"),
        button("全文を見る", VISIT_IDS.viewReportButton, String(report.id)),
      ]),
    );
  }
  const text = `支援実施報告書（${reportStatusLabel(report.status, "ja")}）: #${c.id} ${esc(c.companyName)} ${roundLabel(visit.round, "ja")} 第${report.version}版`;
  return { text, blocks };
}

export function reportReceivedDm(c: CaseRecord, visit: Visit, report: VisitReport, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `${caseTitle(c, "ja")} の${roundLabel(visit.round, "ja")}の報告書（第${report.version}版）を提出しました。事務局の確認結果をお知らせします。`
    : `Submitted the report for ${roundLabel(visit.round, "en").toLowerCase()} of ${caseTitle(c, "en")} (version ${report.version}). We will tell you the secretariat's decision.`;
  return { text, blocks: [section(text), actions(`report_received_${report.id}`, [openCaseButton(c.id, locale)])] };
}

export function reportAcceptedDm(c: CaseRecord, visit: Visit, amountYen: number, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `${caseTitle(c, "ja")} の${roundLabel(visit.round, "ja")}の報告書が受理されました。謝金 ${formatYen(amountYen, "ja")} を計上しました（支払待ち）。`
    : `The report for ${roundLabel(visit.round, "en").toLowerCase()} of ${caseTitle(c, "en")} was accepted. An honorarium of ${formatYen(amountYen, "en")} is now payable.`;
  return { text, blocks: [section(text)] };
}

export function reportReturnedDm(c: CaseRecord, visit: Visit, reportId: number, comment: string, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `${caseTitle(c, "ja")} の${roundLabel(visit.round, "ja")}の報告書が差し戻されました。修正して再提出してください。`
    : `The report for ${roundLabel(visit.round, "en").toLowerCase()} of ${caseTitle(c, "en")} was returned for revision.`;
  return {
    text: `${text} ${ja ? "コメント" : "Comment"}: ${esc(comment)}`,
    blocks: [
      section(text),
      section(`*${ja ? "事務局からのコメント" : "The secretariat's comment"}*\n${esc(comment)}`),
      actions(`report_returned_${reportId}`, [reviseReportButton(reportId, locale)]),
    ],
  };
}

/** The secretariat's comment when returning a report. */
export function returnReportModal(locale: Locale, c: CaseRecord, visit: Visit, report: VisitReport): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: VISIT_IDS.returnModal,
    title: ja ? "報告書の差戻し" : "Return a report",
    submit: ja ? "差し戻す" : "Return",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { reportId: report.id },
    blocks: [
      section(
        ja
          ? `*${caseTitle(c, "ja")}* ${roundLabel(visit.round, "ja")}の報告書（第${report.version}版）を差し戻します。コメントは専門家に届きます。`
          : `Return the report for ${roundLabel(visit.round, "en").toLowerCase()} of *${caseTitle(c, "en")}* (version ${report.version}). The expert receives your comment.`,
      ),
      input(
        VISIT_IDS.blocks.comment,
        ja ? "修正してほしい点" : "What should be revised",
        textInput(VISIT_IDS.value, {
          multiline: true,
          maxLength: VISIT_TEXT_LIMITS.returnReport[VISIT_IDS.blocks.comment],
        }),
      ),
    ],
  });
}

/** The whole report, read-only (the secretariat and the case's expert). */
export function reportViewModal(locale: Locale, d: ReportDetail): ModalView {
  const ja = locale === "ja";
  const content = d.stored.content;
  const blocks: Block[] = [
    section(
      `*${caseTitle(d.case, locale)}*\n${roundLabel(d.visit.round, locale)}: ${roundPlan(d.visit.round).title[locale]} ・ ${ja ? `第${d.report.version}版` : `version ${d.report.version}`} ・ ${reportStatusLabel(d.report.status, locale)}`,
    ),
  ];
  if (!content) {
    blocks.push(
      section(
        ja ? "この版はまだ提出されていません（下書き）。" : "This version is a draft and has not been submitted.",
      ),
    );
  } else {
    const items = roundPlan(d.visit.round).items;
    blocks.push(
      fields([
        `*${ja ? "実施日" : "Held on"}*\n${formatDayLabel(content.heldOn, locale)}`,
        `*${ja ? "所要時間" : "Duration"}*\n${content.durationMinutes}${ja ? "分" : " min"}`,
        `*${ja ? "先方の出席者" : "Attendees"}*\n${esc(content.attendees)}`,
        `*${ja ? "次回訪問予定日" : "Next visit"}*\n${content.nextVisitOn ? formatSlashDate(content.nextVisitOn) : "—"}`,
      ]),
      section(
        `*${ja ? "実施したカリキュラム項目" : "Items covered"}*\n${content.coveredItems.map((code) => `• ${items.find((i) => i.code === code)?.label[locale] ?? esc(code)}`).join("\n")}`,
      ),
      section(`*${ja ? "把握した課題・リスク" : "Findings and risks"}*\n${esc(content.findings)}`),
      section(`*${ja ? "合意した対策・宿題" : "Actions agreed"}*\n${esc(content.agreedActions)}`),
    );
    if (content.deliverablesHanded.length > 0)
      blocks.push(
        section(
          `*${ja ? "お渡しした成果物" : "Deliverables handed over"}*\n${content.deliverablesHanded.map((k) => deliverableKindLabel(k, locale)).join(ja ? "、" : ", ")}`,
        ),
      );
    const sd = content.selfDiagnosis;
    if (sd) {
      blocks.push(section(scoreLine(sd, locale)));
      if (sd.mode === "items") {
        const lines = d.checklist.map((item) => {
          const a = sd.answers[String(item.number)] as Answer | undefined;
          return `${item.number}. ${a ? answerLabel(a, locale) : "—"}`;
        });
        blocks.push(context([lines.slice(0, 13).join("\n"), lines.slice(13).join("\n")].filter(Boolean)));
      }
    }
    if (content.wrapUp) blocks.push(section(`*${ja ? "全体のまとめ" : "Wrap-up"}*\n${esc(content.wrapUp)}`));
    const fl = finalLine(content, locale);
    if (fl) blocks.push(section(fl));
  }
  if (d.report.reviewComment)
    blocks.push(section(`*${ja ? "差戻しコメント" : "Return comment"}*\n${esc(d.report.reviewComment)}`));
  return modal({
    callbackId: VISIT_IDS.reportViewModal,
    title: ja ? "支援実施報告書" : "Visit report",
    close: ja ? "閉じる" : "Close",
    blocks,
  });
}
