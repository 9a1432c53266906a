/**
 * Every exported view builder, in both languages, built from data whose every free text is hostile
 * markup: the scanner of test/support/markup.ts must find no raw markup in mrkdwn or a message's
 * text and no entities in plain_text, and each builder that shows people's text shows it escaped.
 * The end-to-end test covers the flows; this table covers what they reach rarely (English,
 * reminders, digests, honoraria, surveys, helpdesk, briefings, modals of every kind).
 */
import { describe, expect, it } from "vitest";
import * as announcementMessages from "../../../src/features/announcements/views/announcement-messages.js";
import * as announcementModals from "../../../src/features/announcements/views/announcement-modals.js";
import * as applicationForm from "../../../src/features/applications/views/application-form.js";
import * as applicationMessages from "../../../src/features/applications/views/application-messages.js";
import * as applicationsHome from "../../../src/features/applications/views/applications-home.js";
import * as briefings from "../../../src/features/briefings/views/briefing-views.js";
import * as caseMessages from "../../../src/features/cases/views/case-messages.js";
import * as deliverables from "../../../src/features/cases/views/deliverable-views.js";
import { digestMessage } from "../../../src/features/digest/views/digest-message.js";
import { expertSummaryMessage } from "../../../src/features/digest/views/expert-summary.js";
import { digestRiskMessage } from "../../../src/features/digest/views/risk-message.js";
import * as expertForm from "../../../src/features/experts/views/expert-form.js";
import * as expertMessages from "../../../src/features/experts/views/expert-messages.js";
import * as firstVisitHome from "../../../src/features/first-visits/views/first-visit-home.js";
import * as firstVisitMessages from "../../../src/features/first-visits/views/first-visit-messages.js";
import * as firstVisitModals from "../../../src/features/first-visits/views/first-visit-modals.js";
import * as helpdesk from "../../../src/features/helpdesk/views/helpdesk-views.js";
import * as travelViews from "../../../src/features/honoraria/travel/views/travel-views.js";
import * as honoraria from "../../../src/features/honoraria/views/honoraria-messages.js";
import * as matchingMessages from "../../../src/features/matching/views/matching-messages.js";
import * as matchingModals from "../../../src/features/matching/views/matching-modals.js";
import { expertReminderMessage } from "../../../src/features/reminders/views/expert-reminder.js";
import { secretariatReminderMessage } from "../../../src/features/reminders/views/secretariat-reminder.js";
import * as surveys from "../../../src/features/surveys/views/survey-views.js";
import * as reportMessages from "../../../src/features/visit-reports/views/report-messages.js";
import { reportModal } from "../../../src/features/visit-reports/views/report-modal.js";
import * as scheduleModals from "../../../src/features/visits/views/schedule-modals.js";
import * as visitMessages from "../../../src/features/visits/views/visit-messages.js";
import type { Locale } from "../../../src/lib/i18n.js";
import { blocksToText } from "../../../src/slack/blocks-to-text.js";
import { escapeMrkdwn, mrkdwnLink } from "../../../src/slack/mrkdwn.js";
import { ESCAPED_PING, HOSTILE, markupFindings, textSlots } from "../../support/markup.js";

const H = HOSTILE;
const at = new Date("2019-10-08T01:00:00Z");

const company = {
  id: 1,
  name: H,
  nameKana: H,
  corporateNumber: H,
  industry: "E",
  capitalYen: 10_000_000,
  employees: 20,
  prefecture: 23,
  address: H,
  createdAt: at,
  updatedAt: at,
};
const expert = {
  id: 7,
  externalId: null,
  slackUserId: "UEXP1",
  nameKanji: H,
  nameKana: H,
  qualification: "RISS",
  rissNumber: H,
  prefecture: 23,
  coveredPrefectures: "[23]",
  industries: '["E"]',
  capacity: 3,
  profile: H,
  email: H,
  phone: H,
  status: "rejected",
  statusReason: H,
  registeredOn: "2019-08-01",
  approvedAt: at,
  approvedBy: "USEC1",
  reviewMessageTs: null,
  reviewChannelId: null,
  nameVersion: 0,
  createdAt: at,
  updatedAt: at,
};
const offSlackExpert = { ...expert, slackUserId: null };
const application = {
  id: 12,
  externalId: null,
  programId: 1,
  companyId: 1,
  receivedOn: "2019-09-01",
  source: "slack",
  heardFrom: "other",
  contactName: H,
  contactTitle: H,
  contactEmail: H,
  contactPhone: H,
  contactSlackUserId: "USME1",
  recruiterExpertId: 7,
  scheduleWishes: H,
  status: "invalid",
  invalidReason: `other:${H}`,
  eligibilityOverride: true,
  duplicateOverride: true,
  submittedBy: "USEC1",
  screenedBy: "USEC1",
  screenedAt: at,
  chosenExpertId: 7,
  chosenVia: "phone",
  chosenNote: H,
  chosenAt: at,
  submissionKey: null,
  queueMessageTs: null,
  queueChannelId: null,
  createdAt: at,
  updatedAt: at,
  company,
  recruiter: { id: 7, nameKanji: H, nameKana: H },
  sameNumber: [{ id: 9, status: "valid" }],
};
const received = { ...application, status: "received" };
const caseRecord = {
  id: 3,
  programId: 1,
  status: "terminated",
  approvedOn: "2019-09-10",
  firstVisitTarget: "2019-09-20",
  completedOn: "2019-12-01",
  completionReason: H,
  terminatedOn: "2019-12-01",
  terminationReason: H,
  companyName: H,
  contactName: H,
  expert: { id: 7, nameKanji: H, slackUserId: "UEXP1", qualification: "RISS" },
};
const completedCase = { ...caseRecord, status: "completed" };
const activeCase = { ...caseRecord, status: "active" };
const visit = {
  id: 5,
  caseId: 3,
  round: 1,
  expertId: 7,
  status: "held",
  scheduledAt: at,
  mode: "onsite",
  place: H,
  heldOn: "2019-10-08",
  durationMinutes: 120,
  reportDueOn: "2019-10-15",
  changeReason: H,
  createdAt: at,
  updatedAt: at,
};
const scheduledVisit = { ...visit, status: "scheduled", heldOn: null };
const report = {
  id: 9,
  visitId: 5,
  version: 2,
  status: "returned",
  content: "{}",
  submittedAt: at,
  submittedBy: "UEXP1",
  reviewedAt: at,
  reviewedBy: "USEC1",
  reviewComment: H,
  submissionKey: null,
  createdAt: at,
  updatedAt: at,
};
const content = {
  heldOn: "2019-10-08",
  durationMinutes: 120,
  attendees: H,
  coveredItems: ["r1_risks", H],
  findings: H,
  agreedActions: H,
  deliverablesHanded: ["basic_policy"],
  nextVisitOn: "2019-10-22",
  selfDiagnosis: {
    mode: "total",
    total: 60,
    max: 100,
    unknown: 0,
    categories: [{ category: H, score: 10, max: 20 }],
    answers: {},
  },
  wrapUp: H,
  finalScore: 80,
  securityAction: "two_stars",
};
const deliverable = {
  id: 4,
  caseId: 3,
  kind: "basic_policy",
  status: "returned",
  fileId: H,
  url: `https://files.example/x|<!channel>`,
  title: H,
  submittedBy: "UEXP1",
  submittedAt: at,
  reviewedBy: "USEC1",
  reviewedAt: at,
};
const linkOnly = { ...deliverable, url: `javascript:alert(1)<!channel>`, fileId: null };
const line = {
  id: 1,
  visitId: 5,
  caseId: 3,
  expertId: 7,
  expertName: H,
  companyName: H,
  round: 1,
  heldOn: "2019-10-08",
  amountYen: 30000,
  travelYen: 1200,
  withheldYen: 3063,
  netYen: 28137,
  status: "paid",
  paidOn: "2019-11-01",
};
const travelVisit = {
  id: 5,
  round: 2,
  status: "held",
  heldOn: "2019-10-08",
  expertId: 7,
  caseId: 3,
  companyName: H,
  expertName: H,
  expertSlackUserId: "UEXP1",
  honorariumStatus: "payable",
};
const travelClaim = {
  id: 9,
  visitId: 5,
  expertId: 7,
  amountYen: 12340,
  description: H,
  receiptFileId: null,
  receiptUrl: "https://example.com/receipt?a=1&b=<2>",
  status: "submitted",
  returnReason: null,
  revision: 1,
  reviewedBy: null,
};
const ticket = {
  id: 2,
  askerSlackId: "USME1",
  question: H,
  status: "answered",
  answer: H,
  answeredBy: "USEC1",
  answeredAt: at,
  faqEntryId: 1,
  messageTs: null,
  channelId: null,
  submissionKey: null,
  createdAt: at,
};
const faq = {
  id: 1,
  questionJa: H,
  answerJa: H,
  questionEn: H,
  answerEn: H,
  keywords: H,
  createdBy: "USEC1",
  createdAt: at,
  updatedAt: at,
};
const session = {
  id: 6,
  programId: 1,
  heldOn: "2019-10-25",
  startTime: "14:00",
  city: H,
  venue: H,
  capacity: 10,
  videoUrl: `https://video.example/x|<!channel>`,
  videoViews: 3,
  status: "closed",
  cancelReason: H,
  createdBy: "USEC1",
  createdAt: at,
  registrations: [
    { id: 1, sessionId: 6, expertId: 7, status: "accepted", attended: true, waitlistPos: null, expert: expert },
  ],
};
const surveySummary = { id: 3, application: { ...application, company }, expert };
const ranking = [{ code: "recruiter" as const }, { code: "load" as const, open: 1, capacity: 3 }];
const checklist = [{ number: 1, category: H, textJa: H, textEn: H }];
const reportForm = {
  heldOn: "2019-10-08",
  durationMinutes: "120",
  attendees: H,
  coveredItems: [],
  findings: H,
  agreedActions: H,
  deliverablesHanded: [],
  nextVisitOn: null,
  answers: {},
  totalScore: "",
  wrapUp: H,
  finalScore: "",
  securityAction: null,
};
const steps = [
  { kind: "write_report", round: 1, visitId: 5, dueOn: "2019-10-15", draft: true },
  { kind: "schedule", round: 2 },
];
const visitsWithReports = [{ ...visit, reports: [report] }];
const approvalPreview = {
  application: { ...application, company },
  expert,
  checks: {
    expertStatus: "active",
    expertActive: true,
    open: 1,
    capacity: 3,
    full: true,
    applicationOk: true,
    applicationStatus: "chosen",
    sameCompanyCaseId: null,
  },
  defaultFirstVisitTarget: "2019-10-20",
  programEnd: "2020-01-31",
};

const announcement = {
  id: 3,
  segment: "experts_area",
  segmentParam: "region:2",
  title: H,
  body: `*お知らせ* ${H}\n${H}`,
  status: "draft",
  createdBy: "USEC1",
  submissionKey: "V1",
  sentBy: null,
  sentAt: null,
  createdAt: at,
  updatedAt: at,
};
const announceCounts = { slack: 120, email: 35, emailPending: 5, unreachable: 2, experts: 150, smes: 5 };

type Built = unknown;
const any = <T>(x: unknown) => x as T;

/** A first-visit proposal whose free texts (place, note to the SME) are hostile. */
const fvProposal = {
  id: 4,
  caseId: 3,
  status: "open",
  proposedBy: "USEC1",
  proposedAs: "expert",
  options: JSON.stringify(["2019-10-08T01:00:00.000Z", "2019-10-10T05:00:00.000Z"]),
  mode: "onsite",
  place: H,
  noteToSme: H,
};
const fvBy = { kind: "secretariat" as const, userId: "USEC1", channel: "phone" as const };

/** Every builder, by name, for one locale: each returns a message ({text, blocks}), blocks or a view. */
function builders(locale: Locale): Record<string, () => Built> {
  const a = any<never>(application);
  const e = any<never>(expert);
  const c = any<never>(caseRecord);
  const v = any<never>(visit);
  return {
    invalidReasonModal: () => applicationForm.invalidReasonModal(locale, a, true),
    applicationReviewMessage: () => applicationMessages.applicationReviewMessage(a),
    applicationReviewMessageOpen: () => applicationMessages.applicationReviewMessage(any(received)),
    receiptDm: () => applicationMessages.receiptDm(a, locale),
    validDm: () => applicationMessages.validDm(a, locale),
    invalidDm: () => applicationMessages.invalidDm(a, locale),
    queueMessage: () => applicationMessages.queueMessage([any(received)], 25, locale),
    secretariatHomeBlocks: () =>
      applicationsHome.secretariatHomeBlocks(
        {
          applicationCounts: { received: 1 },
          expertCounts: { pending: 1 },
          queue: [any(received)],
          queueTotal: 3,
          pendingExperts: [e],
          pendingExpertsTotal: 1,
        },
        locale,
      ),
    expertFormModal: () => expertForm.expertFormModal(locale, "edit", e),
    rejectReasonModal: () => expertForm.rejectReasonModal(locale, e),
    expertReviewMessage: () => expertMessages.expertReviewMessage(e),
    expertReviewDecided: () => expertMessages.expertReviewMessage(e, { status: "rejected", by: "USEC1", reason: H }),
    registrationReceivedDm: () => expertMessages.registrationReceivedDm(e, locale),
    approvedDm: () => expertMessages.approvedDm(e, locale),
    rejectedDm: () => expertMessages.rejectedDm(e, H, locale),
    profileMessage: () => expertMessages.profileMessage(e, locale, 2),
    proposalOpen: () =>
      matchingMessages.proposalSecretariatMessage(a, 1, [{ expert: e, reasons: ranking }], { kind: "open" }, "none"),
    proposalChosen: () =>
      matchingMessages.proposalSecretariatMessage(
        a,
        1,
        [],
        { kind: "chosen", expert: e, via: "phone", note: H, by: "USEC1" },
        "slack",
      ),
    proposalApproved: () =>
      matchingMessages.proposalSecretariatMessage(
        a,
        1,
        [],
        {
          kind: "approved",
          expert: any(offSlackExpert),
          caseId: 3,
          by: "USEC1",
          firstVisitTarget: "2019-10-20",
          override: true,
        },
        "mail",
      ),
    proposalRejected: () =>
      matchingMessages.proposalSecretariatMessage(
        a,
        1,
        [],
        { kind: "rejected", expert: e, reason: H, by: "U1" },
        "slack",
      ),
    proposalWithdrawn: () =>
      matchingMessages.proposalSecretariatMessage(a, 1, [], { kind: "withdrawn", reason: H, by: "USEC1" }, "slack"),
    smeChoiceDm: () => matchingMessages.smeChoiceDm(a, 1, [e], locale),
    smeChoiceDecidedDm: () => matchingMessages.smeChoiceDecidedDm(a, e, "phone", locale),
    smeMatchedDm: () => matchingMessages.smeMatchedDm(a, e, "2019-10-20", locale),
    smeReproposalDm: () => matchingMessages.smeReproposalDm(a, locale),
    smeProposalWithdrawnDm: () => matchingMessages.smeProposalWithdrawnDm(a, locale),
    smeReassignedDm: () => matchingMessages.smeReassignedDm(a, e, locale),
    expertCaseDm: () => matchingMessages.expertCaseDm(a, e, { id: 3, firstVisitTarget: null }, locale),
    expertCaseDmHandover: () =>
      matchingMessages.expertCaseDm(a, e, { id: 3, firstVisitTarget: null }, locale, { heldVisits: 1, reason: H }),
    expertReleasedDm: () => matchingMessages.expertReleasedDm(a, e, 3, H, locale),
    reassignedSecretariatMessage: () => matchingMessages.reassignedSecretariatMessage(a, 3, e, e, H, "USEC1", true),
    proposeModal: () =>
      matchingModals.proposeModal(
        locale,
        any({
          application: a,
          recruiter: e,
          rows: [{ expert: e, reasons: ranking, added: true }],
          count: 1,
          draft: { applicationId: 12, added: [], removed: [] },
        }),
      ),
    recordChoiceModal: () => matchingModals.recordChoiceModal(locale, { id: 1, title: H }, [e], "2019-10-08"),
    approvalModal: () => matchingModals.approvalModal(locale, any(approvalPreview)),
    rejectModal: () => matchingModals.rejectModal(locale, any(approvalPreview)),
    reassignModal: () =>
      matchingModals.reassignModal(locale, any({ caseId: 3, application: a, current: e, heldVisits: 1 })),
    withdrawModal: () => matchingModals.withdrawModal(locale, { id: 1, title: H }),
    scheduledDm: () => visitMessages.scheduledDm(c, any(scheduledVisit), locale),
    visitChangedDm: () => visitMessages.visitChangedDm(c, v, "rescheduled", H, locale),
    caseListMessage: () => visitMessages.caseListMessage([any({ case: activeCase, steps, visits: [] })], locale),
    heldRecordedMessage: () => visitMessages.heldRecordedMessage(c, v, locale),
    caseClosedCompleted: () => caseMessages.caseClosedDm(c, "completed", H, locale),
    caseClosedTerminated: () => caseMessages.caseClosedDm(c, "terminated", H, locale),
    caseModal: () =>
      caseMessages.caseModal(
        locale,
        any({
          case: caseRecord,
          visitsPerCase: 4,
          visits: visitsWithReports,
          deliverables: [deliverable, linkOnly],
          honoraria: [line],
          steps,
        }),
        { isSecretariat: true, isExpert: true },
      ),
    caseModalCompleted: () =>
      caseMessages.caseModal(
        locale,
        any({ case: completedCase, visitsPerCase: 4, visits: [], deliverables: [], honoraria: [], steps: [] }),
        { isSecretariat: true, isExpert: false },
      ),
    closeCaseModal: () => caseMessages.closeCaseModal(locale, c, "terminate"),
    deliverableModal: () => deliverables.deliverableModal(locale, c),
    deliverableReviewMessage: () => deliverables.deliverableReviewMessage(c, any(deliverable), H),
    deliverableReviewFile: () => deliverables.deliverableReviewMessage(c, any({ ...deliverable, url: null }), H),
    deliverableDecidedDm: () => deliverables.deliverableDecidedDm(c, any(deliverable), H, locale),
    deliverableReturnModal: () => deliverables.deliverableReturnModal(locale, any(deliverable)),
    reportReviewMessage: () =>
      reportMessages.reportReviewMessage({ case: c, visit: v, report: any(report), content: any(content) }),
    reportReceivedDm: () => reportMessages.reportReceivedDm(c, v, any(report), locale),
    reportAcceptedDm: () => reportMessages.reportAcceptedDm(c, v, 30000, locale),
    reportReturnedDm: () => reportMessages.reportReturnedDm(c, v, 9, H, locale),
    returnReportModal: () => reportMessages.returnReportModal(locale, c, v, any(report)),
    reportViewModal: () =>
      reportMessages.reportViewModal(locale, any({ case: c, visit: v, report, stored: { content }, checklist })),
    reportModal: () =>
      reportModal(
        locale,
        any({
          case: c,
          visit: v,
          round: 1,
          visitsPerCase: 4,
          checklist,
          form: reportForm,
          returnComment: H,
          draftSavedAt: at,
          target: { visitId: 5 },
        }),
      ),
    scheduleModal: () => scheduleModals.scheduleModal(locale, { case: c, round: 1, visitsPerCase: 4 }),
    rescheduleModal: () => scheduleModals.rescheduleModal(locale, c, any(scheduledVisit)),
    cancelVisitModal: () => scheduleModals.cancelVisitModal(locale, c, any(scheduledVisit)),
    heldModal: () => scheduleModals.heldModal(locale, c, any(scheduledVisit), "2019-10-08"),
    announceComposeModal: () => announcementModals.composeModal(locale, any(announcement)),
    announcePreviewModal: () => announcementModals.previewModal(locale, any(announcement), announceCounts, H),
    announceSentModal: () => announcementModals.sentModal(locale, any(announcement), announceCounts, false),
    announceSendingModal: () => announcementModals.sentModal(locale, any(announcement), null, false),
    announcementDm: () => announcementMessages.announcementDm(any(announcement), locale, H),
    proposeFirstVisitModal: () =>
      firstVisitModals.proposeModal(locale, {
        case: any(activeCase),
        programEnd: "2020-01-31",
        initialDate: "2019-10-08",
        state: { kind: "sme_asked_for_others", proposalId: 4, since: "2019-10-02", note: H },
      }),
    recordFirstVisitAnswerModal: () =>
      firstVisitModals.recordAnswerModal(locale, {
        case: c,
        proposalId: 4,
        options: [at, new Date("2019-10-10T05:00:00Z")],
        noteToSme: H,
      }),
    firstVisitProposedExpertDm: () => firstVisitMessages.proposedExpertDm(c, any(fvProposal), locale),
    firstVisitConfirmedDm: () =>
      firstVisitMessages.confirmedMessage(c, any(fvProposal), any(scheduledVisit), fvBy, locale, "expert"),
    firstVisitDeclinedDm: () => firstVisitMessages.declinedMessage(c, any(fvProposal), H, fvBy, locale),
    firstVisitUnfixedHome: () =>
      firstVisitHome.unfixedHomeBlocks(
        locale,
        {
          total: 4,
          items: [
            { caseId: 3, companyName: H, expertName: H, approvedOn: "2019-09-10", state: { kind: "no_proposal" } },
            {
              caseId: 4,
              companyName: H,
              expertName: H,
              approvedOn: "2019-09-11",
              state: { kind: "waiting_for_sme", proposalId: 4, since: "2019-10-01" },
            },
            {
              caseId: 5,
              companyName: H,
              expertName: H,
              approvedOn: "2019-09-12",
              state: { kind: "sme_asked_for_others", proposalId: 5, since: "2019-10-02", note: H },
            },
          ],
        },
        "2019-10-08",
      ),
    caseModalWithMediation: () =>
      caseMessages.caseModal(
        locale,
        any({ case: activeCase, visitsPerCase: 4, visits: [], deliverables: [], honoraria: [], steps: [] }),
        { isSecretariat: true, isExpert: true },
        { state: { kind: "sme_asked_for_others", proposalId: 4, since: "2019-10-02", note: H }, proposal: null },
      ),
    faqSearchHit: () => helpdesk.faqSearchReply(H, [any({ entry: faq, score: 1 })], locale, { apply_until: H }, true),
    faqSearchMiss: () => helpdesk.faqSearchReply(H, [], locale, {}, false),
    faqListReply: () => helpdesk.faqListReply([any(faq)], locale, true),
    faqModal: () => helpdesk.faqModal(locale, any(faq)),
    ticketMessage: () => helpdesk.ticketMessage(any(ticket)),
    ticketMessageOpen: () => helpdesk.ticketMessage(any({ ...ticket, status: "open", answer: null })),
    answerModal: () => helpdesk.answerModal(locale, any(ticket)),
    ticketAnsweredDm: () => helpdesk.ticketAnsweredDm(any(ticket), H, locale),
    openTicketsHome: () => helpdesk.openTicketsHome([any(ticket)], 3, locale),
    secretariatList: () => briefings.secretariatList([any(session)], locale),
    expertList: () =>
      briefings.expertList(
        [any(session)],
        [{ sessionId: 6, status: "waitlisted", waitlistPos: 1 }],
        new Map([[6, 1]]),
        locale,
      ),
    cancelModal: () => briefings.cancelModal(locale, any(session)),
    attendanceModal: () => briefings.attendanceModal(locale, any(session)),
    videoModal: () => briefings.videoModal(locale, any(session)),
    acceptedDm: () => briefings.acceptedDm(any(session), locale, true),
    waitlistedDm: () => briefings.waitlistedDm(any(session), 2, locale),
    sessionCancelledDm: () => briefings.sessionCancelledDm(any(session), H, [any(session)], [H], locale),
    travelModal: () =>
      travelViews.travelModal(locale, any(travelVisit), any({ ...travelClaim, status: "returned", returnReason: H })),
    travelReviewMessage: () => travelViews.travelReviewMessage(any(travelVisit), any(travelClaim)),
    travelReviewDecided: () =>
      travelViews.travelReviewMessage(
        any(travelVisit),
        any({ ...travelClaim, status: "returned", returnReason: H, reviewedBy: "USEC1" }),
      ),
    travelDecidedDm: () =>
      travelViews.travelDecidedDm(
        any(travelVisit),
        any({ ...travelClaim, status: "returned", returnReason: H }),
        locale,
      ),
    travelReturnModal: () => travelViews.travelReturnModal(locale, any(travelVisit), any(travelClaim)),
    ownHonorariaMessage: () =>
      honoraria.ownHonorariaMessage(
        { lines: [any(line)], payableYen: 0, paidYen: 1, travelYen: 0, withheldYen: 0, paidNetYen: 1 },
        locale,
      ),
    honorariaSummaryMessage: () =>
      honoraria.honorariaSummaryMessage(
        {
          totals: { count: 1, amountYen: 1, travelYen: 0, experts: 1 },
          experts: [{ expertId: 7, name: H, count: 1, amountYen: 1, travelYen: 0, estimatedWithheldYen: 0 }],
          estimatedWithheldYen: 0,
          travelInReview: 0,
        },
        locale,
      ),
    batchResultText: () => ({
      text: honoraria.batchResultText(
        {
          batchId: 1,
          lines: [any(line)],
          amountYen: 1,
          travelYen: 0,
          withheldYen: 0,
          netYen: 1,
          experts: 1,
          heldBack: 0,
          duplicate: false,
          notices: { slack: 0, email: 0, unreachable: [H] },
        },
        locale,
      ),
    }),
    surveyModal: () =>
      surveys.surveyModal({
        locale,
        response: { id: 1, audience: "sme", status: "answered" },
        summary: any(surveySummary),
        questions: [
          any({ id: "comments", kind: "text", label: { ja: H, en: H }, options: [], required: false }),
          any({
            id: "outcome",
            kind: "single",
            label: { ja: H, en: H },
            hint: { ja: H, en: H },
            options: [{ value: "a", label: { ja: H, en: H } }],
          }),
        ],
        answers: { comments: H },
        onBehalf: true,
      }),
    inviteDm: () => surveys.inviteDm("expert", any(surveySummary), 1, locale),
    inviteDmSme: () => surveys.inviteDm("sme", any(surveySummary), 1, locale),
    reminderDm: () => surveys.reminderDm("sme", any(surveySummary), 1, 1, 2, locale),
    entryNotice: () => surveys.entryNotice("sme", any(surveySummary), 1, 1),
    entryNoticeExpert: () => surveys.entryNotice("expert", any(surveySummary), 1),
    answeredDm: () => surveys.answeredDm("sme", any(surveySummary), 1, locale, true),
    ownSurveysReply: () =>
      surveys.ownSurveysReply([any({ id: 1, audience: "sme", status: "open", case: surveySummary })], locale),
    expertReminderMessage: () =>
      expertReminderMessage(
        any({
          upcoming: [
            { kind: "upcoming", caseId: 3, companyName: H, visit: { ...scheduledVisit, scheduledOn: "2019-10-09" } },
          ],
          overdue: [
            {
              kind: "overdue",
              caseId: 3,
              companyName: H,
              visit: { ...visit, latestReport: null },
              visitOn: "2019-10-01",
              dueOn: "2019-10-07",
            },
          ],
          unreported: [
            {
              kind: "unreported",
              caseId: 3,
              companyName: H,
              visit: { ...visit, latestReport: null },
              visitOn: "2019-10-01",
              dueOn: "2019-10-09",
            },
          ],
          unscheduled: [
            {
              kind: "unscheduled",
              caseId: 3,
              companyName: H,
              nextRound: 2,
              since: "2019-09-10",
              sinceKind: "approval",
              plannedOn: null,
            },
          ],
          returned: [{ kind: "returned", caseId: 3, companyName: H, visit, reportId: 9, comment: H }],
        }),
        { locale, today: "2019-10-08", horizon: "2019-10-09", tomorrow: "2019-10-09", visitGapDays: 21 },
      ),
    expertSummaryMessage: () =>
      expertSummaryMessage(
        {
          weekStart: "2019-10-07",
          weekEnd: "2019-10-13",
          activeCases: 1,
          held: [{ caseId: 3, companyName: H, round: 1, heldOn: "2019-10-08" }],
          upcoming: [{ caseId: 3, companyName: H, round: 2, on: "2019-10-15" }],
          reportsToWrite: 1,
          returned: 0,
        },
        locale,
      ),
  };
}

/** Builders of the secretariat channel and digests (Japanese only). */
const channelBuilders: Record<string, () => Built> = {
  announcementRecord: () => announcementMessages.announcementRecord(any(announcement), announceCounts, "USEC1"),
  firstVisitProposedPost: () => firstVisitMessages.proposedPost(any(caseRecord), any(fvProposal), "ja"),
  firstVisitConfirmedPost: () =>
    firstVisitMessages.confirmedMessage(
      any(caseRecord),
      any(fvProposal),
      any(scheduledVisit),
      fvBy,
      "ja",
      "secretariat",
    ),
  firstVisitOutcomeConfirmed: () =>
    firstVisitMessages.proposalOutcomeUpdate(
      any(caseRecord),
      any(fvProposal),
      { kind: "confirmed", option: 2, by: fvBy },
      "ja",
    ),
  firstVisitOutcomeDeclined: () =>
    firstVisitMessages.proposalOutcomeUpdate(
      any(caseRecord),
      any(fvProposal),
      { kind: "declined", by: { kind: "sme_web" } },
      "ja",
    ),
  secretariatReminderMessage: () =>
    secretariatReminderMessage(
      any({
        today: "2019-10-08",
        endDate: "2020-01-31",
        proposalStaleDays: 5,
        queues: {
          toScreen: [{ applicationId: 12, companyName: H, receivedOn: "2019-10-01" }],
          staleProposals: [{ applicationId: 12, companyName: H, sentAt: at }],
          toApprove: [{ applicationId: 12, companyName: H, chosenAt: at }],
          toReview: [{ caseId: 3, companyName: H, round: 1, submittedAt: at }],
          payable: { count: 1, totalYen: 1, experts: 1 },
        },
        counts: { toScreen: 1, staleProposals: 1, toApprove: 1, toReview: 1, openTickets: 1 },
        atRisk: [
          {
            caseId: 3,
            companyName: H,
            expertName: H,
            remaining: 2,
            nextScheduledOn: null,
            projectedFinish: "2020-02-10",
          },
        ],
      }),
    ),
  digestRiskMessage: () =>
    digestRiskMessage("2019-10-13", "2020-01-31", [
      {
        caseId: 3,
        companyName: H,
        expertName: H,
        remaining: 2,
        nextScheduledOn: "2019-10-20",
        projectedFinish: "2020-02-10",
      },
    ]),
  digestMessage: () =>
    digestMessage(
      any({
        weekStart: "2019-10-07",
        weekEnd: "2019-10-13",
        endDate: "2020-01-31",
        table: { rounds: 4, weeks: [], totals: [0, 0, 0, 0], total: 0 },
        cases: { active: 1, completed: 0, terminated: 0, total: 1 },
        activity: { received: 1, valid: 1, matched: 1, completed: 0, terminated: 0 },
        forecast: { pacePerWeek: 1, expectedComplete: 1, totalCases: 1, remainingVisits: 3, weeksLeft: 10, atRisk: 0 },
        utilization: { activeExperts: 1, busyExperts: 1, activeCases: 1, capacity: 3 },
        regional: [
          { label: H, matchings: 1, matchingsPct: 50, enterprisesPct: 30 },
          { label: H, matchings: 1, matchingsPct: 50, enterprisesPct: 70 },
          { label: H, matchings: 2, matchingsPct: 100, enterprisesPct: 100 },
        ],
      }),
    ),
};

/** A builder's result as the fake Slack would receive it: a message's text and blocks, or a view. */
function slotsOf(name: string, built: Built) {
  const b = built as { text?: unknown; blocks?: unknown; type?: unknown };
  if (Array.isArray(built)) return textSlots(built, name);
  const top =
    typeof b.text === "string" && b.type === undefined
      ? [{ kind: "mrkdwn" as const, text: b.text, where: `${name}.text` }]
      : [];
  return [...top, ...textSlots(built, name)];
}

/** Builders that show nobody's text in mrkdwn (only in inputs or plain text). */
const NO_MRKDWN_DATA = new Set([
  "announceComposeModal",
  "announceSentModal",
  "expertFormModal",
  "faqModal",
  "scheduleModal",
  "deliverableModal",
]);

describe("every view builder escapes people's text in mrkdwn and leaves plain_text alone", () => {
  const cases = [
    ...(["ja", "en"] as const).flatMap((locale) =>
      Object.entries(builders(locale)).map(([name, build]) => [`${name} (${locale})`, name, build] as const),
    ),
    ...Object.entries(channelBuilders).map(([name, build]) => [name, name, build] as const),
  ];

  it.each(cases)("%s", (label, name, build) => {
    const slots = slotsOf(label, build());
    expect(markupFindings(slots)).toEqual([]);
    if (!NO_MRKDWN_DATA.has(name))
      expect(
        slots.some((s) => s.kind === "mrkdwn" && s.text.includes(ESCAPED_PING)),
        "people's text is shown (escaped) in mrkdwn",
      ).toBe(true);
  });

  it("plain_text keeps the typed text as it is (headers, buttons, options, input values)", () => {
    const plain = [
      slotsOf("proposal", builders("ja").proposalOpen()),
      slotsOf("choice", builders("ja").smeChoiceDm()),
      slotsOf("form", builders("en").expertFormModal()),
      slotsOf("attendance", builders("ja").attendanceModal()),
    ]
      .flat()
      .filter((s) => s.kind === "plain");
    expect(plain.filter((s) => s.text.includes("<!channel>")).length).toBeGreaterThanOrEqual(4);
  });

  it("links built from stored URLs: http(s) only, and nothing can end the link early", () => {
    expect(mrkdwnLink("https://example.jp/a?b=1&c=2", "開く")).toBe("<https://example.jp/a?b=1&amp;c=2|開く>");
    expect(mrkdwnLink("https://evil.example/x|<!channel>", H)).toBe(
      `<https://evil.example/x%7C%3C!channel%3E|${escapeMrkdwn(H)}>`,
    );
    expect(mrkdwnLink("javascript:alert(1)", "開く")).toBe("javascript:alert(1)");
    expect(mrkdwnLink("<!channel>", "開く")).toBe("&lt;!channel&gt;");
  });

  it("the terminal rendering (npm run demo) shows people's text as Slack shows it, plain text as typed", () => {
    const { blocks } = builders("ja").proposalOpen() as { blocks: unknown[] };
    const text = blocksToText(blocks);
    expect(text).toContain(`■ 専門家の候補を提示しました（企業の選択待ち） — #12 ${H}`);
    expect(text).toContain(`1. ${H}（${H}）`);
    expect(text).not.toContain("&lt;");
  });
});
