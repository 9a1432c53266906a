import { roundLabel, roundPlan } from "../../../domain/curriculum.js";
import type { Step } from "../../../domain/visit-rules.js";
import { formatDayLabel, formatInstant, formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, type Button, context, divider, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { CaseRecord } from "../../cases/cases-repository.js";
import type { CaseSummary } from "../../cases/cases-service.js";
import { proposeFirstVisitButton } from "../../first-visits/views/first-visit-buttons.js";
import type { Visit } from "../visits-repository.js";
import {
  heldButton,
  openCaseButton,
  rescheduleButton,
  reviseReportButton,
  scheduleNextButton,
  writeReportButton,
  writeUnplannedReportButton,
} from "./visit-buttons.js";
import { visitMessageTexts } from "./visit-messages.texts.js";
import { modeLabel } from "./visit-text.js";

const MAX_CASES_SHOWN = 12;

export function visitWhen(visit: Pick<Visit, "scheduledAt" | "heldOn">, locale: Locale): string {
  if (visit.heldOn) return formatDayLabel(visit.heldOn, locale);
  if (visit.scheduledAt) return formatInstant(visit.scheduledAt, locale);
  return visitMessageTexts(locale).dateNotSet;
}

/** 案件 #3 株式会社サンプル, as mrkdwn (the company name is escaped). */
export function caseTitle(c: Pick<CaseRecord, "id" | "companyName">, locale: Locale): string {
  return visitMessageTexts(locale).caseTitle({ id: c.id, company: esc(c.companyName) });
}

/** DM to the expert: a visit was planned. */
export function scheduledDm(c: CaseRecord, visit: Visit, locale: Locale) {
  const text = visitMessageTexts(locale).scheduled({
    title: caseTitle(c, locale),
    round: roundLabel(visit.round, locale),
    when: visitWhen(visit, locale),
    mode: modeLabel(visit.mode, locale),
    place: visit.place ? esc(visit.place) : null,
  });
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
  const t = visitMessageTexts(locale);
  const what = { title: caseTitle(c, locale), round: roundLabel(visit.round, locale), reason: esc(reason) };
  const text = kind === "rescheduled" ? t.rescheduled({ ...what, when: visitWhen(visit, locale) }) : t.cancelled(what);
  return { text, blocks: [section(text)] };
}

function stepLine(step: Step, locale: Locale): string {
  const t = visitMessageTexts(locale);
  const round = roundLabel(step.round, locale);
  switch (step.kind) {
    case "schedule":
      return t.stepSchedule(round);
    case "upcoming":
      return t.stepUpcoming({ round, day: step.date ? formatDayLabel(step.date, locale) : null });
    case "write_report":
      return t.stepWriteReport({ round, due: step.dueOn ? formatSlashDate(step.dueOn) : null, draft: step.draft });
    case "revise":
      return t.stepRevise(round);
    case "in_review":
      return t.stepInReview(round);
  }
}

function stepButtons(c: CaseRecord, steps: Step[], locale: Locale): Button[] {
  const out: Button[] = [];
  for (const s of steps) {
    if (s.kind === "schedule" && s.round === 1)
      out.push(
        proposeFirstVisitButton(c.id, locale),
        scheduleNextButton(c.id, locale, s.round),
        writeUnplannedReportButton(c.id, s.round, locale),
      );
    else if (s.kind === "schedule")
      out.push(scheduleNextButton(c.id, locale, s.round), writeUnplannedReportButton(c.id, s.round, locale));
    if (s.kind === "write_report") out.push(writeReportButton(s.visitId, locale, { round: s.round, draft: s.draft }));
    if (s.kind === "revise") out.push(reviseReportButton(s.reportId, locale));
    if (s.kind === "upcoming") out.push(heldButton(s.visitId, locale), rescheduleButton(s.visitId, locale));
  }
  out.push(openCaseButton(c.id, locale));
  return out.slice(0, 5);
}

/** `/visit` and `/visit list`: my cases, each with its next steps as buttons. */
export function caseListMessage(cases: CaseSummary[], locale: Locale) {
  const t = visitMessageTexts(locale);
  if (cases.length === 0) return { text: t.noCases, blocks: [section(t.noCases)] };
  const head = t.casesHead(cases.length);
  const blocks: Block[] = [header(head)];
  for (const s of cases.slice(0, MAX_CASES_SHOWN)) {
    const lines = s.steps.map((st) => `• ${stepLine(st, locale)}`);
    blocks.push(
      divider(),
      section(`*${caseTitle(s.case, locale)}*\n${lines.join("\n") || t.nothingToDo}`),
      actions(`visit_case_steps_${s.case.id}`, stepButtons(s.case, s.steps, locale)),
    );
  }
  if (cases.length > MAX_CASES_SHOWN) blocks.push(context([t.more(cases.length - MAX_CASES_SHOWN)]));
  return { text: head, blocks };
}

/** `/visit schedule` or `/visit log` with several candidates: one button per case or visit. */
export function pickMessage(title: string, rows: { text: string; button: Button }[], locale: Locale) {
  const blocks: Block[] = [section(`*${title}*`)];
  for (const row of rows.slice(0, 20)) blocks.push(section(row.text, { accessory: row.button }));
  if (rows.length === 0) blocks.push(section(visitMessageTexts(locale).nothingToChoose));
  return { text: title, blocks };
}

/** Reply after a visit is marked held. */
export function heldRecordedMessage(c: CaseRecord, visit: Visit, locale: Locale) {
  const text = visitMessageTexts(locale).heldRecorded({
    title: caseTitle(c, locale),
    round: roundLabel(visit.round, locale),
    day: formatDayLabel(visit.heldOn as string, locale),
    due: formatSlashDate(visit.reportDueOn as string),
  });
  return {
    text,
    blocks: [
      section(text),
      actions(`visit_held_${visit.id}`, [writeReportButton(visit.id, locale, { round: visit.round })]),
    ],
  };
}
