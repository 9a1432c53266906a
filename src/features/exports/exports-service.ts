import type { Database } from "../../db/client.js";
import { industryName } from "../../domain/industries.js";
import { prefectureName } from "../../domain/prefectures.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import type { RenderedReport, Report, ReportCell, ReportColumn } from "../final-report/final-report.schemas.js";
import { renderCsv } from "../final-report/report-render.js";
import { renderXlsx } from "../final-report/report-xlsx.js";
import { bankName, branchName } from "../honoraria/bank/zengin-banks.js";
import { type Program, ProgramService } from "../program/program-service.js";
import type { ExportEntity } from "./exports.schemas.js";
import {
  listApplicationsForExport,
  listAuditForExport,
  listCasesForExport,
  listExpertsForExport,
  listHonorariaForExport,
  listVisitsForExport,
} from "./exports-repository.js";

/**
 * One exported column. `personal` marks personal data — a person's name, contact details, Slack
 * ID or registration number, and anything that identifies an SME (its name, corporate number):
 * files holding these are for the secretariat's own use (never post them in a channel).
 */
export type ExportColumn<T> = {
  key: string;
  personal: boolean;
  kind?: ReportColumn["kind"];
  get: (row: T) => ReportCell;
};

type Rows = {
  experts: Awaited<ReturnType<typeof listExpertsForExport>>[number];
  applications: Awaited<ReturnType<typeof listApplicationsForExport>>[number];
  cases: Awaited<ReturnType<typeof listCasesForExport>>[number];
  visits: Awaited<ReturnType<typeof listVisitsForExport>>[number];
  honoraria: Awaited<ReturnType<typeof listHonorariaForExport>>[number];
  audit: Awaited<ReturnType<typeof listAuditForExport>>[number];
};

const col = <T>(
  key: string,
  get: (row: T) => ReportCell,
  personal = false,
  kind?: ReportColumn["kind"],
): ExportColumn<T> => ({
  key,
  get,
  personal,
  kind,
});
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const pref = (code: number | null) => (code ? prefectureName(code) : null);
const list = <T>(json: string, map: (v: T) => string) => (JSON.parse(json) as T[]).map(map).join(";");

/** The columns of every export, personal-data columns marked. */
export const EXPORT_COLUMNS: { [E in ExportEntity]: ExportColumn<Rows[E]>[] } = {
  experts: [
    col("id", (e) => e.id),
    col("external_id", (e) => e.externalId),
    col("name", (e) => e.nameKanji, true),
    col("name_kana", (e) => e.nameKana, true),
    col("qualification", (e) => (e.qualification === "RISS_ITC" ? "RISS+ITC" : e.qualification)),
    col("riss_number", (e) => e.rissNumber, true),
    col("prefecture", (e) => pref(e.prefecture)),
    col("covered_prefectures", (e) => list(e.coveredPrefectures, (c: number) => prefectureName(c))),
    col("industries", (e) => e.industries && list(e.industries, (c: string) => c)),
    col("capacity", (e) => e.capacity, false, "int"),
    col("email", (e) => e.email, true),
    col("phone", (e) => e.phone, true),
    col("slack_user_id", (e) => e.slackUserId, true),
    col("status", (e) => e.status),
    col("registered_on", (e) => e.registeredOn),
    col("approved_at", (e) => iso(e.approvedAt)),
    // The bank account is the expert's and the secretariat's only: every column is personal data.
    col("bank_code", (e) => e.bankAccount?.bankCode ?? null, true),
    col("bank_name", (e) => (e.bankAccount ? bankName(e.bankAccount.bankCode) : null), true),
    col("branch_code", (e) => e.bankAccount?.branchCode ?? null, true),
    col(
      "branch_name",
      (e) => (e.bankAccount ? branchName(e.bankAccount.bankCode, e.bankAccount.branchCode) : null),
      true,
    ),
    col("account_type", (e) => e.bankAccount?.accountType ?? null, true),
    col("account_number", (e) => e.bankAccount?.accountNumber ?? null, true),
    col("account_holder_kana", (e) => e.bankAccount?.holderKana ?? null, true),
    col("payee_kind", (e) => e.bankAccount?.payeeKind ?? null, true),
    col("invoice_number", (e) => e.bankAccount?.invoiceNumber ?? null, true),
  ],
  applications: [
    col("id", (a) => a.id),
    col("external_id", (a) => a.externalId),
    col("received_on", (a) => a.receivedOn),
    col("company_name", (a) => a.company.name, true),
    col("corporate_number", (a) => a.company.corporateNumber, true),
    col("industry", (a) => a.company.industry),
    col("industry_name", (a) => industryName(a.company.industry)),
    col("capital_yen", (a) => a.company.capitalYen, false, "yen"),
    col("employees", (a) => a.company.employees, false, "int"),
    col("prefecture", (a) => pref(a.company.prefecture)),
    col("contact_name", (a) => a.contactName, true),
    col("contact_email", (a) => a.contactEmail, true),
    col("contact_phone", (a) => a.contactPhone, true),
    col("contact_slack_user_id", (a) => a.contactSlackUserId, true),
    col("source", (a) => a.source),
    col("status", (a) => a.status),
    col("invalid_reason", (a) => a.invalidReason),
    col("case_id", (a) => a.case?.id ?? null),
  ],
  cases: [
    col("id", (c) => c.id),
    col("application_external_id", (c) => c.application.externalId),
    col("company_name", (c) => c.application.company.name, true),
    col("prefecture", (c) => pref(c.application.company.prefecture)),
    col("expert_external_id", (c) => c.expert.externalId),
    col("expert_name", (c) => c.expert.nameKanji, true),
    col("status", (c) => c.status),
    col("approved_on", (c) => c.approvedOn),
    col("approved_by", (c) => c.approvedBy, true),
    col("completed_on", (c) => c.completedOn),
    col("completion_reason", (c) => c.completionReason),
    col("terminated_on", (c) => c.terminatedOn),
    col("termination_reason", (c) => c.terminationReason),
  ],
  visits: [
    col("id", (v) => v.id),
    col("case_id", (v) => v.caseId),
    col("application_external_id", (v) => v.case.application.externalId),
    col("expert_external_id", (v) => v.case.expert.externalId),
    col("expert_name", (v) => v.case.expert.nameKanji, true),
    col("round", (v) => v.round, false, "int"),
    col("status", (v) => v.status),
    col("scheduled_at", (v) => iso(v.scheduledAt)),
    col("held_on", (v) => v.heldOn),
    col("mode", (v) => v.mode),
    col("place", (v) => v.place, true),
    col("report_status", (v) => v.reports[0]?.status ?? null),
    col("report_due_on", (v) => v.reportDueOn),
  ],
  honoraria: [
    col("id", (h) => h.id),
    col("visit_id", (h) => h.visitId),
    col("application_external_id", (h) => h.visit.case.application.externalId),
    col("round", (h) => h.visit.round, false, "int"),
    col("held_on", (h) => h.visit.heldOn),
    col("expert_external_id", (h) => h.expert.externalId),
    col("expert_name", (h) => h.expert.nameKanji, true),
    col("qualification", (h) => h.expert.qualification),
    col("amount_yen", (h) => h.amountYen, false, "yen"),
    col("status", (h) => h.status),
    col("batch_id", (h) => h.batchId),
    col("paid_on", (h) => h.batch?.paidOn ?? null),
  ],
  audit: [
    col("id", (a) => a.id),
    col("at", (a) => a.at.toISOString()),
    col("actor", (a) => a.actor, true),
    col("action", (a) => a.action),
    col("entity_type", (a) => a.entityType),
    col("entity_id", (a) => a.entityId),
    col("before", (a) => a.before, true),
    col("after", (a) => a.after, true),
  ],
};

/** Applications, cases, visits and honoraria are one program's; experts and the audit log are the desk's. */
const LOADERS: { [E in ExportEntity]: (db: Database["client"], programId?: number) => Promise<Rows[E][]> } = {
  experts: listExpertsForExport,
  applications: listApplicationsForExport,
  cases: listCasesForExport,
  visits: listVisitsForExport,
  honoraria: listHonorariaForExport,
  audit: listAuditForExport,
};

export type ExportFormat = "csv" | "xlsx";

/** Whole tables as files (CSV or xlsx) for the secretariat; `personal: false` leaves personal data out. */
export class ExportsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly program: ProgramService = new ProgramService(db, clock),
  ) {}

  async export<E extends ExportEntity>(
    entity: E,
    format: ExportFormat,
    opts: { personal?: boolean; bom?: boolean; program?: Program } = {},
  ): Promise<RenderedReport & { rows: number; personalColumns: string[] }> {
    const columns = (EXPORT_COLUMNS[entity] as ExportColumn<Rows[E]>[]).filter(
      (c) => opts.personal !== false || !c.personal,
    );
    // Without any program yet (a fresh install) there is nothing to separate: every row.
    const program = opts.program ?? (await this.program.currentOrNull());
    const rows = await LOADERS[entity](this.db.client, program?.id);
    const asOf = todayJst(this.clock);
    const report: Pick<Report, "title" | "tables"> = {
      title: { ja: entity, en: entity },
      tables: [
        {
          id: entity,
          sheet: entity,
          title: { ja: entity, en: entity },
          columns: columns.map((c) => ({ key: c.key, ja: c.key, en: c.key, kind: c.kind ?? "text" })),
          rows: rows.map((r) => columns.map((c) => c.get(r))),
          totalRows: [],
          highlights: [],
          notes: [],
        },
      ],
    };
    const content =
      format === "xlsx" ? await renderXlsx(report) : Buffer.from(renderCsv(report, { bom: opts.bom }), "utf8");
    return {
      filename: `${entity}-${asOf}.${format}`,
      mimeType:
        format === "xlsx"
          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          : "text/csv; charset=utf-8",
      content,
      rows: rows.length,
      personalColumns: columns.filter((c) => c.personal).map((c) => c.key),
    };
  }
}
