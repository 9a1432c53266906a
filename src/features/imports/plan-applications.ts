import type { DbClient } from "../../db/client.js";
import { CLOSED_STATUSES } from "../applications/applications.schemas.js";
import { writeAudit } from "../audit/audit-repository.js";
import { DuplicateIndex, eligibilityProblem } from "./application-screening.js";
import type { ApplicationRow } from "./import-kinds.js";
import { applicationsOf, changed, isEmpty, type Plan, type PlanInput } from "./import-plan.js";
import type { ImportIssue } from "./imports.schemas.js";
import { importsTexts } from "./imports.texts.js";
import {
  type ApplicationChange,
  type ApplicationCreate,
  type CompanyChange,
  type CompanyCreate,
  createApplications,
  createCompanies,
  findApplicationsOfProgram,
  updateApplicationRow,
  updateCompanyRow,
} from "./imports-repository.js";

const ADVANCED_APPLICATION = ["proposed", "chosen", "matched", "withdrawn"];

export async function planApplications(db: DbClient, input: PlanInput<ApplicationRow>): Promise<Plan> {
  const { rows, header, has, program } = input;
  const issues: ImportIssue[] = [];
  const invalidated: ImportIssue[] = [];
  const existing = await applicationsOf(
    db,
    rows.map((r) => r.row.external_id),
  );
  // Rows are compared with the database's open applications (those of this file are compared as
  // the file gives them, below) and with the open rows above them.
  const inFile = new Set(rows.map((r) => r.row.external_id));
  const duplicates = new DuplicateIndex();
  for (const a of await findApplicationsOfProgram(db, program.id, CLOSED_STATUSES)) {
    if (a.externalId !== null && inFile.has(a.externalId)) continue;
    duplicates.add({
      label: importsTexts.en.application(a),
      labelJa: importsTexts.ja.application(a),
      corporateNumber: a.company.corporateNumber,
      prefecture: a.company.prefecture,
      name: a.company.name,
    });
  }
  /** Every new application gets its own company row (see the Company model). */
  const creates: {
    app: Omit<ApplicationCreate, "companyId">;
    company: CompanyCreate;
  }[] = [];
  const updates: {
    appId: number;
    app: ApplicationChange;
    companyId: number;
    company: CompanyChange;
  }[] = [];
  /** Applications the import stores as invalid because of a problem the form refuses. */
  const screenedOut: { target: { create: number } | { id: number }; before: string; reason: string }[] = [];
  let unchanged = 0;
  for (const { line, row } of rows) {
    if (row.status === "invalid" && !row.invalid_reason)
      issues.push({ line, column: header("invalid_reason"), message: "is required when the status is invalid" });
    if (row.status !== "invalid" && (row.received_on < program.applyFrom || row.received_on > program.applyUntil))
      issues.push({
        line,
        column: header("received_on"),
        message: `${row.received_on} is outside the application window (${program.applyFrom} to ${program.applyUntil}); mark the row invalid with a reason`,
      });
    const company = {
      name: row.company_name,
      corporateNumber: row.corporate_number,
      industry: row.industry,
      capitalYen: row.capital_yen,
      employees: row.employees,
      prefecture: row.prefecture,
    };
    const app: Omit<ApplicationChange, "status"> & { status: string } = {
      receivedOn: row.received_on,
      source: row.source,
      contactName: row.contact_name,
      contactEmail: row.contact_email ?? "",
      contactPhone: row.contact_phone ?? "",
      status: row.status as string,
      invalidReason: has("invalid_reason") ? row.invalid_reason : undefined,
    };
    const current = existing.get(row.external_id);
    if (current && ADVANCED_APPLICATION.includes(current.status)) {
      if (row.status === "valid") app.status = current.status;
      else {
        issues.push({
          line,
          column: header("status"),
          message: `application ${row.external_id} is already ${current.status}; its status cannot be changed to ${row.status} by an import`,
        });
        continue;
      }
    }
    // The form's checks, for rows that would be (or stay) open applications that are not yet matched.
    const open = app.status !== "invalid";
    const problem =
      app.status === "received" || app.status === "valid" ? (eligibilityProblem(row) ?? duplicates.problem(row)) : null;
    let marked: string | null = null;
    if (problem && input.ineligible === "invalid") {
      invalidated.push({ line, column: header(problem.column), message: problem.message });
      marked = app.status;
      app.status = "invalid";
      app.invalidReason = problem.reason;
      if (current?.status !== "invalid") Object.assign(app, { screenedBy: input.actor, screenedAt: input.now });
    } else if (problem) issues.push({ line, column: header(problem.column), message: problem.message });
    if (open && !problem)
      duplicates.add({
        label: importsTexts.en.fileLine({ line, externalId: row.external_id }),
        labelJa: importsTexts.ja.fileLine({ line, externalId: row.external_id }),
        corporateNumber: row.corporate_number,
        prefecture: row.prefecture,
        name: row.company_name,
      });
    if (!current) {
      if (marked !== null)
        screenedOut.push({ target: { create: creates.length }, before: marked, reason: problem?.reason as string });
      creates.push({
        app: {
          ...(app as Omit<ApplicationCreate, "companyId">),
          externalId: row.external_id,
          programId: program.id,
          submittedBy: input.actor,
        },
        company,
      });
      continue;
    }
    const appDiff = changed(current, app);
    const companyDiff = changed(current.company, company);
    if (isEmpty(appDiff) && isEmpty(companyDiff)) unchanged++;
    else {
      if (marked !== null && appDiff.status === "invalid")
        screenedOut.push({ target: { id: current.id }, before: current.status, reason: problem?.reason as string });
      updates.push({ appId: current.id, app: appDiff, companyId: current.company.id, company: companyDiff });
    }
  }
  return {
    created: creates.length,
    updated: updates.length,
    unchanged,
    issues,
    invalidated,
    async write(tx, tick) {
      const companyIds = await createCompanies(
        tx,
        creates.map((c) => c.company),
      );
      const ids = await createApplications(
        tx,
        creates.map((c, i) => ({ ...c.app, companyId: companyIds[i] })),
      );
      tick(creates.length);
      for (const u of updates) {
        if (!isEmpty(u.company)) await updateCompanyRow(tx, u.companyId, u.company);
        if (!isEmpty(u.app)) await updateApplicationRow(tx, u.appId, u.app);
        tick(1);
      }
      for (const s of screenedOut)
        await writeAudit(
          tx,
          {
            actor: input.actor,
            action: "application.invalid",
            entityType: "application",
            entityId: "id" in s.target ? s.target.id : ids[s.target.create],
            before: { status: s.before },
            after: { status: "invalid", invalidReason: s.reason, via: "import" },
          },
          input.now,
        );
    },
  };
}
