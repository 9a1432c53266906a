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
import type { TravelExpense } from "../../honoraria/travel/travel-repository.js";
import { travelButton, travelLine } from "../../honoraria/travel/views/travel-views.js";
import {
  addDeliverableButton,
  reviseReportButton,
  scheduleNextButton,
  writeReportButton,
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
import type { CaseRecord } from "../cases-repository.js";
import type { CaseTimeline } from "../cases-service.js";
import { caseMessageTexts } from "./case-messages.texts.js";

/** DM to the expert when the secretariat completes or terminates a case (or round 4 completes it). */
export function caseClosedDm(c: CaseRecord, status: "completed" | "terminated", reason: string | null, locale: Locale) {
  const t = caseMessageTexts(locale);
  const title = caseTitle(c, locale);
  const text =
    status === "completed"
      ? t.completedDm({ title, reason: reason ? esc(reason) : null })
      : t.terminatedDm({ title, reason: esc(reason ?? "") });
  return { text, blocks: [section(text)] };
}

/** The case page: one modal with the timeline of visits, reports, deliverables and honoraria. */
export function caseModal(
  locale: Locale,
  tl: CaseTimeline,
  viewer: { isSecretariat: boolean; isExpert: boolean },
  mediation?: CaseMediation,
  travel: Pick<TravelExpense, "visitId" | "amountYen" | "status">[] = [],
): ModalView {
  const t = caseMessageTexts(locale);
  const c = tl.case;
  const blocks: Block[] = [
    section(
      `*${caseTitle(c, locale)}*\n${t.expert}: ${esc(c.expert.nameKanji)} ・ ${t.status}: *${caseStatusLabel(c.status, locale)}*\n${t.matchedOn}: ${formatSlashDate(c.approvedOn)}${c.firstVisitTarget ? ` ・ ${t.firstVisitTarget}: ${formatSlashDate(c.firstVisitTarget)}` : ""}`,
    ),
  ];
  if (c.status === "completed")
    blocks.push(
      context([
        `${t.completedOn}: ${c.completedOn ? formatSlashDate(c.completedOn) : "—"}${c.completionReason ? ` ・ ${t.reason}: ${esc(c.completionReason)}` : ""}`,
      ]),
    );
  if (c.status === "terminated")
    blocks.push(
      context([
        `${t.terminatedOn}: ${c.terminatedOn ? formatSlashDate(c.terminatedOn) : "—"} ・ ${t.reason}: ${c.terminationReason ? esc(c.terminationReason) : "—"}`,
      ]),
    );
  if (mediation && c.status === "active" && mediation.state.kind !== "fixed")
    blocks.push(...mediationBlocks(locale, c.id, mediation, viewer));
  blocks.push(header(t.visitsAndReports));
  if (tl.visits.length === 0) blocks.push(section(t.noVisits));
  for (const v of tl.visits.slice(0, 20)) {
    const reports = v.reports.map((r) => `${t.version(r.version)} ${reportStatusLabel(r.status, locale)}`).join(" → ");
    const line = tl.honoraria.find((h) => h.visitId === v.id);
    const money = line
      ? ` ・ ${t.honorarium} ${formatYen(line.amountYen, locale)}（${line.status === "paid" ? t.paid : t.payable}）`
      : "";
    const claim = travel.find((x) => x.visitId === v.id);
    const travelText = claim ? ` ・ ${travelLine(claim, locale)}` : "";
    const due = v.reportDueOn && v.status === "held" ? ` ・ ${t.reportDue} ${formatSlashDate(v.reportDueOn)}` : "";
    const change = v.changeReason ? `\n_${t.changeReason}: ${esc(v.changeReason)}_` : "";
    const viewButton = v.reports.some((r) => r.status !== "draft")
      ? {
          accessory: button(
            t.viewReport,
            VISIT_IDS.viewReportButton,
            String([...v.reports].reverse().find((r) => r.status !== "draft")!.id),
          ),
        }
      : {};
    blocks.push(
      section(
        `*${roundLabel(v.round, locale)}* ${visitStatusLabel(v.status, locale)} — ${visitWhen(v, locale)}${v.status === "scheduled" ? `（${modeLabel(v.mode, locale)}）` : ""}${due}\n${t.report}: ${reports || "—"}${money}${travelText}${change}`,
        viewButton,
      ),
    );
    // One block per visit: an action_id is unique within its block, and the button sits by its visit.
    const claimButton = viewer.isExpert ? travelButton(v, claim, line?.status ?? null, locale) : null;
    if (claimButton) blocks.push(actions(`visit_travel_${v.id}`, [claimButton]));
  }
  blocks.push(header(t.deliverables));
  if (tl.deliverables.length === 0) blocks.push(section(t.noDeliverables));
  else
    blocks.push(
      section(
        tl.deliverables
          .slice(-15)
          .map(
            (d) =>
              `• ${deliverableKindLabel(d.kind, locale)}${d.title ? `「${esc(d.title)}」` : ""} — ${deliverableStatusLabel(d.status, locale)}（${formatInstant(d.submittedAt, locale)}）${d.url ? ` ${mrkdwnLink(d.url, t.link)}` : ""}`,
          )
          .join("\n"),
      ),
    );
  const paid = tl.honoraria.filter((h) => h.status === "paid").reduce((s, h) => s + h.amountYen, 0);
  const payable = tl.honoraria.filter((h) => h.status === "payable").reduce((s, h) => s + h.amountYen, 0);
  blocks.push(
    header(t.honoraria),
    section(
      t.honorariaTotals({
        payable: formatYen(payable, locale),
        paid: formatYen(paid, locale),
        lines: tl.honoraria.length,
      }),
    ),
  );
  const buttons: Button[] = [];
  if (c.status === "active") {
    if (viewer.isExpert)
      for (const s of tl.steps) {
        if (s.kind === "write_report")
          buttons.push(writeReportButton(s.visitId, locale, { round: s.round, draft: s.draft }));
        if (s.kind === "revise") buttons.push(reviseReportButton(s.reportId, locale));
      }
  }
  if (c.status === "active") {
    const next = tl.steps.find((s) => s.kind === "schedule");
    if (next) buttons.push(scheduleNextButton(c.id, locale, next.round));
  }
  buttons.push(addDeliverableButton(c.id, locale));
  if (viewer.isSecretariat && c.status === "active")
    buttons.push(
      button(t.completeButton, VISIT_IDS.completeCaseButton, String(c.id)),
      button(t.terminateButton, VISIT_IDS.terminateCaseButton, String(c.id), "danger"),
    );
  blocks.push(divider(), actions("visit_case_actions", buttons.slice(0, 25)));
  return modal({
    callbackId: VISIT_IDS.caseModal,
    title: t.caseTitle(c.id),
    close: t.close,
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
  const t = caseMessageTexts(locale);
  const s = m.state;
  const buttons: Button[] = [];
  let text: string;
  if (s.kind === "waiting_for_sme") {
    text = t.waitingForSme({ since: formatSlashDate(s.since), slots: slotList(m.proposal?.options ?? [], locale) });
    if (viewer.isSecretariat) buttons.push(recordAnswerButton(s.proposalId, locale));
    buttons.push(proposeFirstVisitButton(caseId, locale, true));
  } else if (s.kind === "sme_asked_for_others") {
    text = t.smeAskedForOthers(esc(s.note));
    buttons.push(proposeFirstVisitButton(caseId, locale, true));
  } else {
    text = t.notProposed;
    buttons.push(proposeFirstVisitButton(caseId, locale));
  }
  return [header(t.firstVisitHead), section(text), actions("visit_case_first_visit", buttons)];
}

/** Reason for completing early or terminating (secretariat). */
export function closeCaseModal(locale: Locale, c: CaseRecord, kind: "complete" | "terminate"): ModalView {
  const t = caseMessageTexts(locale);
  const title = caseTitle(c, locale);
  const what = kind === "complete" ? t.completeWhat(title) : t.terminateWhat(title);
  return modal({
    callbackId: VISIT_IDS.closeCaseModal,
    title: kind === "complete" ? t.completeTitle : t.terminateTitle,
    submit: kind === "complete" ? t.completeSubmit : t.terminateSubmit,
    close: t.cancel,
    metadata: { caseId: c.id, kind },
    blocks: [
      section(`${what}\n${t.expertIsTold}`),
      input(
        VISIT_IDS.blocks.reason,
        t.reason,
        textInput(VISIT_IDS.value, {
          multiline: true,
          maxLength: VISIT_TEXT_LIMITS.closeCase[VISIT_IDS.blocks.reason],
        }),
      ),
      ...(kind === "terminate"
        ? [
            input(
              VISIT_IDS.blocks.category,
              t.category,
              staticSelect(
                VISIT_IDS.value,
                Object.entries(TERMINATION_CATEGORIES).map(([value, label]) => option(label[locale], value)),
                { initial: "other" },
              ),
              { hint: t.categoryHint },
            ),
          ]
        : []),
    ],
  });
}
