import type { DbClient } from "../../../../src/db/client.js";
import type { CaseRecord } from "../../../../src/features/cases/cases-repository.js";
import type { Program } from "../../../../src/features/program/program-service.js";
import type { ReportData, ReportDeps } from "../../../../src/features/visit-reports/report-context.js";
import type { VisitReport } from "../../../../src/features/visit-reports/visit-reports-repository.js";
import type { Visit } from "../../../../src/features/visits/visits-repository.js";
import { ManualClock } from "../../../../src/lib/clock.js";
import { AppError } from "../../../../src/lib/errors.js";
import { programRecord } from "../../../support/program-record.js";

/** Stands for a transaction: the fakes keep their state in memory and ignore it. */
export const tx = {} as DbClient;

const stamp = new Date("2019-08-01T00:00:00Z");

export const program: Program = programRecord({
  startDate: "2019-08-01",
  endDate: "2020-02-28",
  applyFrom: "2019-07-01",
  applyUntil: "2019-12-27",
  secretariatChannelId: "CSEC",
  createdAt: stamp,
});

export const theCase: CaseRecord = {
  id: 3,
  programId: 1,
  applicationId: 9,
  status: "active",
  approvedOn: "2019-08-20",
  firstVisitTarget: null,
  completedOn: null,
  completionReason: null,
  terminatedOn: null,
  terminationReason: null,
  companyName: "Sample Co",
  contactName: "Tanaka",
  expert: { id: 7, nameKanji: "山田 太郎", slackUserId: "UEXP", qualification: "RISS" },
};

export const expertActor = {
  userId: "UEXP",
  locale: "ja" as const,
  isSecretariat: false,
  expert: { id: 7, status: "active" },
};
export const secretariat = { userId: "USEC", locale: "ja" as const, isSecretariat: true, expert: null };
export const stranger = {
  userId: "UOTHER",
  locale: "ja" as const,
  isSecretariat: false,
  expert: { id: 8, status: "active" },
};

/** An in-memory ReportData: cases, visits and report versions as rows, audit entries and closed mediations as lists. */
export class FakeReportData implements ReportData {
  cases = new Map<number, CaseRecord>([[theCase.id, { ...theCase }]]);
  visits: Visit[] = [];
  reports: VisitReport[] = [];
  audits: string[] = [];
  mediationsClosed: number[] = [];
  private nextId = 100;

  /** A visit held on `heldOn` whose latest report has `status`. */
  seedHeldVisit(round: number, heldOn: string, status: string): Visit {
    const visit = this.addVisit({
      caseId: theCase.id,
      round,
      expertId: 7,
      status: "held",
      scheduledAt: null,
      mode: "onsite",
      place: "",
      heldOn,
    });
    this.addReport({ visitId: visit.id, version: 1, status, content: JSON.stringify({ form: {} }) });
    return visit;
  }

  findCase = async (_db: DbClient, id: number) => this.cases.get(id) ?? null;
  programOf = async () => program;
  localeOf = async () => "ja" as const;
  findExpert = async (_db: DbClient, id: number) => (id === 7 ? { qualification: "RISS", slackUserId: "UEXP" } : null);
  closeCase: ReportData["closeCase"] = async (_db, caseId, data) => {
    const c = this.cases.get(caseId);
    if (c?.status !== "active") return false;
    this.cases.set(caseId, { ...c, status: data.status, completedOn: data.completedOn ?? null });
    return true;
  };
  listVisitsOfCase: ReportData["listVisitsOfCase"] = async (_db, caseId) =>
    this.visits
      .filter((v) => v.caseId === caseId)
      .sort((a, b) => a.round - b.round || a.id - b.id)
      .map((v) => ({
        ...v,
        reports: this.reports
          .filter((r) => r.visitId === v.id)
          .sort((a, b) => a.version - b.version)
          .map(({ id, version, status }) => ({ id, version, status })),
      }));
  findVisit = async (_db: DbClient, id: number) => this.visits.find((v) => v.id === id) ?? null;
  createVisit: ReportData["createVisit"] = async (_db, data) => this.addVisit(data);
  transitionVisit: ReportData["transitionVisit"] = async (_db, id, from, data) => {
    const v = this.visits.find((x) => x.id === id);
    if (!v || !from.includes(v.status)) return false;
    Object.assign(v, data);
    return true;
  };
  findReport = async (_db: DbClient, id: number) => this.reports.find((r) => r.id === id) ?? null;
  findReportBySubmissionKey = async (_db: DbClient, key: string) =>
    this.reports.find((r) => r.submissionKey === key) ?? null;
  findLatestReport = async (_db: DbClient, visitId: number) =>
    this.reports.filter((r) => r.visitId === visitId).sort((a, b) => b.version - a.version)[0] ?? null;
  createReport: ReportData["createReport"] = async (_db, data) => this.addReport(data);
  updateReport: ReportData["updateReport"] = async (_db, id, from, data) => {
    const r = this.reports.find((x) => x.id === id);
    if (!r || r.status !== from) return false;
    Object.assign(r, data);
    return true;
  };
  listReportsAwaitingReview: ReportData["listReportsAwaitingReview"] = async () => ({ total: 0, items: [] });
  writeAudit: ReportData["writeAudit"] = async (_db, entry) => {
    this.audits.push(`${entry.action} ${entry.entityType}:${entry.entityId}`);
  };
  closeMediation: ReportData["closeMediation"] = async (_db, _c, visitId) => {
    this.mediationsClosed.push(visitId);
  };

  private addVisit(data: Parameters<ReportData["createVisit"]>[1]): Visit {
    const visit: Visit = {
      id: this.nextId++,
      heldOn: null,
      durationMinutes: null,
      reportDueOn: null,
      changeReason: null,
      createdAt: stamp,
      updatedAt: stamp,
      ...data,
    };
    this.visits.push(visit);
    return visit;
  }

  private addReport(
    data:
      | Parameters<ReportData["createReport"]>[1]
      | { visitId: number; version: number; status: string; content: string },
  ): VisitReport {
    const report: VisitReport = {
      id: this.nextId++,
      submittedAt: null,
      submittedBy: null,
      submissionKey: null,
      reviewedAt: null,
      reviewedBy: null,
      reviewComment: null,
      createdAt: stamp,
      updatedAt: stamp,
      ...data,
    };
    this.reports.push(report);
    return report;
  }
}

/** A notifier that remembers what it would have queued, by key. */
export class FakeNotifier {
  sent: { kind: "post" | "dm" | "update"; key: string; to: string; text: string }[] = [];
  kicks = 0;
  post = async (_tx: DbClient, key: string, channel: string, content: { text: string }) => {
    this.sent.push({ kind: "post", key, to: channel, text: content.text });
    return true;
  };
  dm = async (_tx: DbClient, key: string, userId: string, content: { text: string }) => {
    this.sent.push({ kind: "dm", key, to: userId, text: content.text });
    return true;
  };
  update = async (_tx: DbClient, key: string, refKey: string, content: { text: string }) => {
    this.sent.push({ kind: "update", key, to: refKey, text: content.text });
    return true;
  };
  kick = () => {
    this.kicks++;
  };
}

/** Everything the visit-report use cases need, in memory, with the clock on 2019-10-15 10:00 (Japan). */
export function fakeDeps() {
  const data = new FakeReportData();
  const notifier = new FakeNotifier();
  const invited: number[] = [];
  const lines: number[] = [];
  const deps: ReportDeps = {
    db: { client: tx, transaction: (fn) => fn(tx) },
    clock: new ManualClock("2019-10-15T10:00:00"),
    notifier,
    channels: { secretariat: async () => "CSEC" },
    checklist: { items: async () => [] },
    honoraria: {
      createLineForVisit: async (_tx, visit) => {
        lines.push(visit.id);
        return { id: 1, visitId: visit.id, expertId: 7, amountYen: 30000 } as Awaited<
          ReturnType<ReportDeps["honoraria"]["createLineForVisit"]>
        >;
      },
    },
    surveys: {
      inviteForCase: async (_tx, caseId) => {
        invited.push(caseId);
        return { invited: [] };
      },
    },
    data,
  };
  return { deps, data, notifier, invited, lines };
}

/** The AppError a call refuses with. */
export async function refusal(call: Promise<unknown>): Promise<AppError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}
