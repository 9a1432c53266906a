import type { CaseRecord } from "../../../../../src/features/cases/cases-repository.js";
import type { ReportForm } from "../../../../../src/features/visit-reports/visit-reports.schemas.js";
import type { VisitReport } from "../../../../../src/features/visit-reports/visit-reports-repository.js";
import type { Visit } from "../../../../../src/features/visits/visits-repository.js";

export const at = new Date("2019-10-08T01:00:00Z");

export const aCase: CaseRecord = {
  id: 3,
  programId: 1,
  applicationId: 9,
  status: "active",
  approvedOn: "2019-09-01",
  firstVisitTarget: null,
  completedOn: null,
  completionReason: null,
  terminatedOn: null,
  terminationReason: null,
  companyName: "Sample <Co>",
  contactName: "Tanaka",
  expert: { id: 7, nameKanji: "山田 太郎", slackUserId: "UEXP", qualification: "RISS" },
};

export const heldVisit: Visit = {
  id: 11,
  caseId: 3,
  round: 2,
  expertId: 7,
  status: "held",
  scheduledAt: null,
  mode: "onsite",
  place: "",
  heldOn: "2019-10-08",
  durationMinutes: 90,
  reportDueOn: "2019-10-18",
  changeReason: null,
  createdAt: at,
  updatedAt: at,
};

export const submittedReport: VisitReport = {
  id: 5,
  visitId: 11,
  version: 2,
  status: "submitted",
  content: "{}",
  submittedAt: at,
  submittedBy: "UEXP",
  submissionKey: "V1",
  reviewedAt: null,
  reviewedBy: null,
  reviewComment: null,
  createdAt: at,
  updatedAt: at,
};

export const draftForm: ReportForm = {
  heldOn: "2019-10-08",
  durationMinutes: "90",
  attendees: "CEO",
  coveredItems: ["r2_policy"],
  findings: "Weak *passwords*",
  agreedActions: "",
  deliverablesHanded: [],
  nextVisitOn: null,
  answers: {},
  totalScore: "",
  wrapUp: "",
  finalScore: "",
  securityAction: null,
};
