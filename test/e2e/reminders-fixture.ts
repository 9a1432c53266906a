import type { DbClient } from "../../src/db/client.js";
import { jstDateTime } from "../../src/lib/dates.js";

/** Rows for reminder and digest tests, written straight to the schema (the visits flows are another feature's). */
export class Fixture {
  private seq = 0;
  constructor(private readonly db: DbClient) {}

  async programId(): Promise<number> {
    return (await this.db.program.findFirstOrThrow({ where: { current: true } })).id;
  }

  async expert(opts: { slackUserId: string | null; name: string; capacity?: number; prefecture?: number }) {
    return this.db.expert.create({
      data: {
        slackUserId: opts.slackUserId,
        nameKanji: opts.name,
        nameKana: "てすと",
        qualification: "RISS",
        prefecture: opts.prefecture ?? 13,
        capacity: opts.capacity ?? 5,
        status: "active",
        registeredOn: "2019-08-01",
      },
    });
  }

  /** A company, its application and (unless `status` is an application status) a case. */
  async application(opts: {
    company: string;
    contact?: { name: string; email: string; phone: string };
    prefecture?: number;
    status?: string;
    receivedOn?: string;
    screenedAt?: Date;
    chosenAt?: Date;
  }) {
    this.seq++;
    const programId = await this.programId();
    const company = await this.db.company.create({
      data: { name: opts.company, industry: "E", prefecture: opts.prefecture ?? 13, employees: 20 },
    });
    return this.db.application.create({
      data: {
        programId,
        companyId: company.id,
        receivedOn: opts.receivedOn ?? "2019-09-01",
        source: "web",
        contactName: opts.contact?.name ?? `担当者${this.seq}`,
        contactEmail: opts.contact?.email ?? `contact${this.seq}@example.co.jp`,
        contactPhone: opts.contact?.phone ?? `03-0000-${String(this.seq).padStart(4, "0")}`,
        status: opts.status ?? "matched",
        screenedAt: opts.screenedAt ?? null,
        chosenAt: opts.chosenAt ?? null,
      },
    });
  }

  async case(opts: {
    expertId: number;
    company: string;
    contact?: { name: string; email: string; phone: string };
    prefecture?: number;
    approvedOn?: string;
    status?: string;
    terminatedOn?: string;
    completedOn?: string;
  }) {
    const app = await this.application({ company: opts.company, contact: opts.contact, prefecture: opts.prefecture });
    const approvedOn = opts.approvedOn ?? "2019-10-01";
    return this.db.case.create({
      data: {
        programId: app.programId,
        applicationId: app.id,
        expertId: opts.expertId,
        status: opts.status ?? "active",
        approvedBy: "USEC1",
        approvedAt: jstDateTime(approvedOn, "10:00"),
        approvedOn,
        terminatedOn: opts.terminatedOn ?? null,
        completedOn: opts.completedOn ?? null,
      },
    });
  }

  /** A held visit (with a report in `report` status unless null) or a planned one (`at` = "YYYY-MM-DDTHH:mm"). */
  async visit(opts: {
    caseId: number;
    expertId: number;
    round: number;
    heldOn?: string;
    at?: string;
    reportDueOn?: string;
    report?: "draft" | "submitted" | "accepted" | "returned" | null;
    comment?: string;
  }) {
    const held = opts.heldOn !== undefined;
    const visit = await this.db.visit.create({
      data: {
        caseId: opts.caseId,
        expertId: opts.expertId,
        round: opts.round,
        status: held ? "held" : "scheduled",
        scheduledAt: opts.at ? jstDateTime(opts.at.slice(0, 10), opts.at.slice(11, 16)) : null,
        heldOn: opts.heldOn ?? null,
        reportDueOn: opts.reportDueOn ?? null,
        mode: "onsite",
        place: "本社会議室",
      },
    });
    const status = opts.report === undefined ? (held ? "accepted" : null) : opts.report;
    const report = status
      ? await this.db.visitReport.create({
          data: {
            visitId: visit.id,
            version: 1,
            status,
            content: "{}",
            submittedAt: status === "draft" ? null : jstDateTime(opts.heldOn ?? "2019-10-01", "18:00"),
            reviewComment: opts.comment ?? null,
          },
        })
      : null;
    return { visit, report };
  }
}
