import { roundLabel, roundPlan } from "../../../domain/curriculum.js";
import type { Step } from "../../../domain/visit-rules.js";
import { formatDayLabel, formatInstant, formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, type Button, context, divider, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { CaseSummary } from "../../cases/cases-service.js";
import { proposeFirstVisitButton } from "../../first-visits/views/first-visit-buttons.js";
import type { CaseRecord, Visit } from "../visits-repository.js";
import {
  heldButton,
  logUnplannedButton,
  logVisitButton,
  openCaseButton,
  rescheduleButton,
  reviseReportButton,
  scheduleNextButton,
} from "./visit-buttons.js";
import { modeLabel } from "./visit-text.js";

const MAX_CASES_SHOWN = 12;

export function visitWhen(visit: Pick<Visit, "scheduledAt" | "heldOn">, locale: Locale): string {
  if (visit.heldOn) return formatDayLabel(visit.heldOn, locale);
  if (visit.scheduledAt) return formatInstant(visit.scheduledAt, locale);
  return locale === "ja" ? "日付未定" : "date not set";
}

/** 案件 #3 株式会社サンプル, as mrkdwn (the company name is escaped). */
export function caseTitle(c: Pick<CaseRecord, "id" | "companyName">, locale: Locale): string {
  return locale === "ja" ? `案件 #${c.id} ${esc(c.companyName)}` : `Case #${c.id} ${esc(c.companyName)}`;
}

/** DM to the expert: a visit was planned. */
export function scheduledDm(c: CaseRecord, visit: Visit, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `${caseTitle(c, "ja")} の${roundLabel(visit.round, "ja")}訪問を登録しました: ${visitWhen(visit, "ja")}（${modeLabel(visit.mode, "ja")}${visit.place ? `・${esc(visit.place)}` : ""}）`
    : `${caseTitle(c, "en")}: ${roundLabel(visit.round, "en").toLowerCase()} planned for ${visitWhen(visit, "en")} (${modeLabel(visit.mode, "en")}${visit.place ? `, ${esc(visit.place)}` : ""})`;
  return {
    text,
    blocks: [
      section(text),
      context([`${roundLabel(visit.round, locale)}: ${roundPlan(visit.round).title[locale]}`]),
      actions(`visit_planned_${visit.id}`, [rescheduleButton(visit.id, locale), openCaseButton(c.id, locale)]),
    ],
  };
}

/** DM to the expert: a planned visit moved or was cancelled. */
export function visitChangedDm(
  c: CaseRecord,
  visit: Visit,
  kind: "rescheduled" | "cancelled",
  reason: string,
  locale: Locale,
) {
  const ja = locale === "ja";
  const what =
    kind === "rescheduled"
      ? ja
        ? `の日程を ${visitWhen(visit, "ja")} に変更しました`
        : ` moved to ${visitWhen(visit, "en")}`
      : ja
        ? "を取り消しました"
        : " cancelled";
  const text = ja
    ? `${caseTitle(c, "ja")} の${roundLabel(visit.round, "ja")}訪問${what}。理由: ${esc(reason)}`
    : `${caseTitle(c, "en")}: ${roundLabel(visit.round, "en").toLowerCase()}${what}. Reason: ${esc(reason)}`;
  return { text, blocks: [section(text)] };
}

function stepLine(step: Step, locale: Locale): string {
  const ja = locale === "ja";
  const r = roundLabel(step.round, locale);
  switch (step.kind) {
    case "schedule":
      return ja ? `${r}の訪問を予定してください` : `Schedule ${r.toLowerCase()}`;
    case "upcoming":
      return ja
        ? `${r}: ${step.date ? formatDayLabel(step.date, "ja") : "日付未定"} に予定`
        : `${r}: planned for ${step.date ? formatDayLabel(step.date, "en") : "a date to be set"}`;
    case "write_report":
      return ja
        ? `${r}の報告書を書いてください${step.dueOn ? `（期限 ${formatSlashDate(step.dueOn)}）` : ""}${step.draft ? "・下書きあり" : ""}`
        : `Write the report for ${r.toLowerCase()}${step.dueOn ? ` (due ${formatSlashDate(step.dueOn)})` : ""}${step.draft ? ", draft saved" : ""}`;
    case "revise":
      return ja
        ? `${r}の報告書が差し戻されました。修正してください`
        : `The report for ${r.toLowerCase()} was returned; revise it`;
    case "in_review":
      return ja ? `${r}の報告書は事務局の確認待ちです` : `The report for ${r.toLowerCase()} is waiting for review`;
  }
}

function stepButtons(c: CaseRecord, steps: Step[], locale: Locale): Button[] {
  const out: Button[] = [];
  for (const s of steps) {
    if (s.kind === "schedule" && s.round === 1)
      out.push(
        proposeFirstVisitButton(c.id, locale),
        scheduleNextButton(c.id, locale, s.round),
        logUnplannedButton(c.id, s.round, locale),
      );
    else if (s.kind === "schedule")
      out.push(scheduleNextButton(c.id, locale, s.round), logUnplannedButton(c.id, s.round, locale));
    if (s.kind === "write_report") out.push(logVisitButton(s.visitId, locale, { round: s.round, draft: s.draft }));
    if (s.kind === "revise") out.push(reviseReportButton(s.reportId, locale));
    if (s.kind === "upcoming") out.push(heldButton(s.visitId, locale), rescheduleButton(s.visitId, locale));
  }
  out.push(openCaseButton(c.id, locale));
  return out.slice(0, 5);
}

/** `/visit` and `/visit list`: my cases, each with its next steps as buttons. */
export function caseListMessage(cases: CaseSummary[], locale: Locale) {
  const ja = locale === "ja";
  if (cases.length === 0) {
    const text = ja
      ? "担当中の案件はありません。事務局がマッチングを承認すると、ここに表示されます。"
      : "You have no active cases. They appear here once the secretariat approves a matching.";
    return { text, blocks: [section(text)] };
  }
  const head = ja ? `担当中の案件（${cases.length}件）` : `Your active cases (${cases.length})`;
  const blocks: Block[] = [header(head)];
  for (const s of cases.slice(0, MAX_CASES_SHOWN)) {
    const lines = s.steps.map((st) => `• ${stepLine(st, locale)}`);
    blocks.push(
      divider(),
      section(
        `*${caseTitle(s.case, locale)}*\n${lines.join("\n") || (ja ? "• 次の対応はありません" : "• Nothing to do now")}`,
      ),
      actions(`visit_case_steps_${s.case.id}`, stepButtons(s.case, s.steps, locale)),
    );
  }
  if (cases.length > MAX_CASES_SHOWN)
    blocks.push(context([ja ? `ほか ${cases.length - MAX_CASES_SHOWN} 件` : `${cases.length - MAX_CASES_SHOWN} more`]));
  return { text: head, blocks };
}

/** `/visit schedule` or `/visit log` with several candidates: one button per case or visit. */
export function pickMessage(title: string, rows: { text: string; button: Button }[], locale: Locale) {
  const blocks: Block[] = [section(`*${title}*`)];
  for (const row of rows.slice(0, 20)) blocks.push(section(row.text, { accessory: row.button }));
  if (rows.length === 0) blocks.push(section(locale === "ja" ? "対象がありません。" : "There is nothing to choose."));
  return { text: title, blocks };
}

/** Reply after a visit is marked held. */
export function heldRecordedMessage(c: CaseRecord, visit: Visit, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `${caseTitle(c, "ja")} の${roundLabel(visit.round, "ja")}訪問を実施済みにしました（${formatDayLabel(visit.heldOn as string, "ja")}）。報告書の期限は ${formatSlashDate(visit.reportDueOn as string)} です。`
    : `${caseTitle(c, "en")}: ${roundLabel(visit.round, "en").toLowerCase()} recorded as held on ${formatDayLabel(visit.heldOn as string, "en")}. The report is due ${formatSlashDate(visit.reportDueOn as string)}.`;
  return {
    text,
    blocks: [
      section(text),
      actions(`visit_held_${visit.id}`, [logVisitButton(visit.id, locale, { round: visit.round })]),
    ],
  };
}
