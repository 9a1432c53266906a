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
import type { CaseRecord } from "../../cases/cases-repository.js";
import { categoryLabel } from "../../cases/checklist-defaults.js";
import { openCaseButton, reviseReportButton } from "../../visits/views/visit-buttons.js";
import { caseTitle } from "../../visits/views/visit-messages.js";
import {
  answerLabel,
  deliverableKindLabel,
  reportStatusLabel,
  securityActionLabel,
} from "../../visits/views/visit-text.js";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../../visits/visits-ids.js";
import type { Visit } from "../../visits/visits-repository.js";
import type { ReportContent, SelfDiagnosis } from "../visit-reports.schemas.js";
import type { VisitReport } from "../visit-reports-repository.js";
import type { ReportDetail } from "../visit-reports-service.js";
import { reportMessageTexts, reportReviewTexts } from "./report-messages.texts.js";

function scoreLine(sd: SelfDiagnosis, locale: Locale): string {
  const t = reportMessageTexts(locale);
  const categories = sd.categories
    .map((c) => `${esc(categoryLabel(c.category, locale))} ${c.score}/${c.max}`)
    .join(t.listSeparator);
  const unknown = sd.unknown > 0 ? t.unknownItems(sd.unknown) : "";
  return t.score({ total: sd.total, max: sd.max, categories, unknown });
}

function finalLine(content: ReportContent, locale: Locale): string | null {
  if (content.securityAction === null) return null;
  return reportMessageTexts(locale).finalLine({
    score: content.finalScore,
    action: securityActionLabel(content.securityAction, locale),
  });
}

/**
 * The secretariat channel's review message for one report version; without buttons once decided.
 * In Japanese: it is posted once for the whole channel.
 */
export function reportReviewMessage(m: {
  case: CaseRecord;
  visit: Visit;
  report: VisitReport;
  content: ReportContent;
}) {
  const { case: c, visit, report, content } = m;
  const t = reportReviewTexts("ja");
  const decided = report.status !== "submitted";
  const status = reportStatusLabel(report.status, "ja");
  const blocks: Block[] = [
    header(t.head(status)),
    fields([
      `*${t.case}*\n#${c.id} ${esc(c.companyName)}`,
      `*${t.expert}*\n${esc(c.expert.nameKanji)}`,
      `*${t.round}*\n${roundLabel(visit.round, "ja")} ${roundPlan(visit.round).title.ja}`,
      `*${t.heldOn}*\n${t.heldOnValue({ day: formatDayLabel(content.heldOn, "ja"), minutes: content.durationMinutes })}`,
      `*${t.version}*\n${t.versionValue(report.version)}`,
      `*${t.due}*\n${visit.reportDueOn ? formatSlashDate(visit.reportDueOn) : "—"}`,
    ]),
    section(`*${t.findings}*\n${esc(clip(content.findings, 700))}`),
    section(`*${t.agreedActions}*\n${esc(clip(content.agreedActions, 500))}`),
  ];
  if (content.selfDiagnosis) blocks.push(section(scoreLine(content.selfDiagnosis, "ja")));
  const fl = finalLine(content, "ja");
  if (fl) blocks.push(section(fl));
  if (decided) {
    const comment = report.status === "returned" && report.reviewComment ? t.comment(esc(report.reviewComment)) : "";
    blocks.push(section(`*${status}* — <@${report.reviewedBy}>${comment}`));
    blocks.push(
      actions(`report_review_${report.id}`, [button(t.viewAll, VISIT_IDS.viewReportButton, String(report.id))]),
    );
  } else {
    blocks.push(
      actions(`report_review_${report.id}`, [
        button(t.accept, VISIT_IDS.acceptReportButton, String(report.id), "primary"),
        button(t.return, VISIT_IDS.returnReportButton, String(report.id), "danger"),
        button(t.viewAll, VISIT_IDS.viewReportButton, String(report.id)),
      ]),
    );
  }
  const text = t.text({
    status,
    caseId: c.id,
    company: esc(c.companyName),
    round: roundLabel(visit.round, "ja"),
    version: report.version,
  });
  return { text, blocks };
}

export function reportReceivedDm(c: CaseRecord, visit: Visit, report: VisitReport, locale: Locale) {
  const text = reportMessageTexts(locale).received({
    title: caseTitle(c, locale),
    round: roundLabel(visit.round, locale),
    version: report.version,
  });
  return { text, blocks: [section(text), actions(`report_received_${report.id}`, [openCaseButton(c.id, locale)])] };
}

export function reportAcceptedDm(c: CaseRecord, visit: Visit, amountYen: number, locale: Locale) {
  const text = reportMessageTexts(locale).accepted({
    title: caseTitle(c, locale),
    round: roundLabel(visit.round, locale),
    amount: formatYen(amountYen, locale),
  });
  return { text, blocks: [section(text)] };
}

export function reportReturnedDm(c: CaseRecord, visit: Visit, reportId: number, comment: string, locale: Locale) {
  const t = reportMessageTexts(locale);
  const text = t.returned({ title: caseTitle(c, locale), round: roundLabel(visit.round, locale) });
  return {
    text: `${text} ${t.comment}: ${esc(comment)}`,
    blocks: [
      section(text),
      section(`*${t.secretariatComment}*\n${esc(comment)}`),
      actions(`report_returned_${reportId}`, [reviseReportButton(reportId, locale)]),
    ],
  };
}

/** The secretariat's comment when returning a report. */
export function returnReportModal(locale: Locale, c: CaseRecord, visit: Visit, report: VisitReport): ModalView {
  const t = reportMessageTexts(locale);
  return modal({
    callbackId: VISIT_IDS.returnModal,
    title: t.returnTitle,
    submit: t.returnSubmit,
    close: t.cancel,
    metadata: { reportId: report.id },
    blocks: [
      section(
        t.returnWhat({ title: caseTitle(c, locale), round: roundLabel(visit.round, locale), version: report.version }),
      ),
      input(
        VISIT_IDS.blocks.comment,
        t.whatToRevise,
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
  const t = reportMessageTexts(locale);
  const content = d.stored.content;
  const blocks: Block[] = [
    section(
      `*${caseTitle(d.case, locale)}*\n${roundLabel(d.visit.round, locale)}: ${roundPlan(d.visit.round).title[locale]} ・ ${t.version(d.report.version)} ・ ${reportStatusLabel(d.report.status, locale)}`,
    ),
  ];
  if (!content) {
    blocks.push(section(t.draftVersion));
  } else {
    const items = roundPlan(d.visit.round).items;
    blocks.push(
      fields([
        `*${t.heldOn}*\n${formatDayLabel(content.heldOn, locale)}`,
        `*${t.duration}*\n${t.minutes(content.durationMinutes)}`,
        `*${t.attendees}*\n${esc(content.attendees)}`,
        `*${t.nextVisit}*\n${content.nextVisitOn ? formatSlashDate(content.nextVisitOn) : "—"}`,
      ]),
      section(
        `*${t.covered}*\n${content.coveredItems.map((code) => `• ${items.find((i) => i.code === code)?.label[locale] ?? esc(code)}`).join("\n")}`,
      ),
      section(`*${t.findings}*\n${esc(content.findings)}`),
      section(`*${t.agreedActions}*\n${esc(content.agreedActions)}`),
    );
    if (content.deliverablesHanded.length > 0)
      blocks.push(
        section(
          `*${t.handed}*\n${content.deliverablesHanded.map((k) => deliverableKindLabel(k, locale)).join(t.listSeparator)}`,
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
    if (content.wrapUp) blocks.push(section(`*${t.wrapUp}*\n${esc(content.wrapUp)}`));
    const fl = finalLine(content, locale);
    if (fl) blocks.push(section(fl));
  }
  if (d.report.reviewComment) blocks.push(section(`*${t.returnComment}*\n${esc(d.report.reviewComment)}`));
  return modal({
    callbackId: VISIT_IDS.reportViewModal,
    title: t.viewTitle,
    close: t.close,
    blocks,
  });
}
