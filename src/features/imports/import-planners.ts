import type { DbClient } from "../../db/client.js";
import type { Prisma, Program } from "../../generated/prisma/client.js";
import { jstDateTime } from "../../lib/dates.js";
import { CLOSED_STATUSES } from "../applications/applications.schemas.js";
import { writeAudit } from "../audit/audit-repository.js";
import { DuplicateIndex, eligibilityProblem } from "./application-screening.js";
import type { ApplicationRow, CaseRow, ExpertRow, VisitRow } from "./import-kinds.js";
import type { ImportIssue, ImportKind, IneligibleAction } from "./imports.schemas.js";
import {
  createApplications,
  createCaseAssignments,
  createCases,
  createCompanies,
  createExperts,
  createHonorariumLines,
  createVisitReports,
  createVisits,
  findApplicationsByExternalIds,
  findApplicationsOfProgram,
  findCasesWithVisits,
  findExpertsByExternalIds,
  findExpertsBySlackUsers,
  updateApplicationRow,
  updateCaseRow,
  updateCompanyRow,
  updateExpertRow,
  updateVisitReportRow,
  updateVisitRow,
} from "./imports-repository.js";

/** A checked row: its file line and, per column key, the header as written in the file. */
export type Located<R> = { line: number; row: R };
export type PlanInput<R> = {
  rows: Located<R>[];
  /** Header as written for a column key (for messages), and whether the file has that column. */
  header: (key: string) => string;
  has: (key: string) => boolean;
  program: Program;
  actor: string;
  /** When the import happens (audit entries, screening time of rows it marks invalid). */
  now: Date;
  /** Applications: what a row the form would refuse (not an SME, a duplicate) becomes. */
  ineligible: IneligibleAction;
};

/** What an import will do; `write` runs inside the caller's transaction and reports rows written. */
export type Plan = {
  created: number;
  updated: number;
  unchanged: number;
  issues: ImportIssue[];
  /** Rows stored as invalid applications (with `ineligible: "invalid"`), and why. */
  invalidated?: ImportIssue[];
  write: (tx: DbClient, tick: (rows: number) => void) => Promise<void>;
};

/** The instant recorded for something that happened on a Japan-time day (imports know only the day). */
const dayInstant = (date: string) => jstDateTime(date, "09:00");

/** The fields of `next` (undefined = leave alone) whose value differs from `current`. */
function changed<N extends Record<string, unknown>>(current: object, next: N): Partial<N> {
  const have = current as Record<string, unknown>;
  const diff: Partial<N> = {};
  for (const [k, v] of Object.entries(next)) {
    if (v === undefined) continue;
    if (have[k] !== v) (diff as Record<string, unknown>)[k] = v;
  }
  return diff;
}

const isEmpty = (o: object) => Object.keys(o).length === 0;

/** Records found by external_id, keyed by it. */
function byExternalId<T extends { externalId: string | null }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.externalId as string, i]));
}

/** Applications referred to by a file, by external_id. */
async function applicationsOf(db: DbClient, externalIds: string[]) {
  return byExternalId(await findApplicationsByExternalIds(db, externalIds));
}

function noApplication(line: number, column: string, externalId: string): ImportIssue {
  return { line, column, message: `no application has external_id ${externalId} (import applications first)` };
}

export async function planExperts(db: DbClient, input: PlanInput<ExpertRow>): Promise<Plan> {
  const { rows, header, has } = input;
  const issues: ImportIssue[] = [];
  const existing = byExternalId(
    await findExpertsByExternalIds(
      db,
      rows.map((r) => r.row.external_id),
    ),
  );
  const slackIds = rows.flatMap((r) => (r.row.slack_user_id ? [r.row.slack_user_id] : []));
  const slackHolders = new Map(
    (await findExpertsBySlackUsers(db, slackIds)).map((e) => [e.slackUserId as string, e.externalId]),
  );
  const slackSeen = new Map<string, number>();
  const creates: Prisma.ExpertCreateManyInput[] = [];
  const updates: { id: number; data: Prisma.ExpertUpdateInput }[] = [];
  let unchanged = 0;
  for (const { line, row } of rows) {
    if (row.qualification !== "ITC" && !row.riss_number)
      issues.push({ line, column: header("riss_number"), message: "is required for RISS holders" });
    if (row.slack_user_id) {
      const seen = slackSeen.get(row.slack_user_id);
      if (seen !== undefined)
        issues.push({
          line,
          column: header("slack_user_id"),
          message: `Slack user ${row.slack_user_id} is already given on line ${seen}`,
        });
      slackSeen.set(row.slack_user_id, line);
      const holder = slackHolders.get(row.slack_user_id);
      if (holder !== undefined && holder !== row.external_id)
        issues.push({
          line,
          column: header("slack_user_id"),
          message: `Slack user ${row.slack_user_id} is already registered as another expert${holder ? ` (external_id ${holder})` : ""}`,
        });
    }
    const covered = row.covered_prefectures.length === 0 && row.prefecture ? [row.prefecture] : row.covered_prefectures;
    const current = existing.get(row.external_id);
    const next = {
      nameKanji: row.name,
      nameKana: has("name_kana") ? (row.name_kana ?? "") : undefined,
      qualification: row.qualification,
      rissNumber: row.riss_number,
      prefecture: row.prefecture,
      coveredPrefectures: JSON.stringify(covered),
      industries: JSON.stringify(row.industries),
      capacity: row.capacity ?? (current ? undefined : 3),
      email: row.email,
      phone: has("phone") ? row.phone : undefined,
      slackUserId: row.slack_user_id ?? (current ? undefined : null),
      status: row.status,
      registeredOn: row.registered_on,
    };
    const approval =
      row.status === "active" && current?.status !== "active"
        ? { approvedAt: dayInstant(row.registered_on), approvedBy: input.actor }
        : {};
    if (!current) {
      creates.push({ ...next, externalId: row.external_id, nameKana: next.nameKana ?? "", ...approval });
      continue;
    }
    const diff = changed(current, next);
    if (isEmpty(diff)) unchanged++;
    else updates.push({ id: current.id, data: { ...diff, ...approval } });
  }
  return {
    created: creates.length,
    updated: updates.length,
    unchanged,
    issues,
    async write(tx, tick) {
      await createExperts(tx, creates);
      tick(creates.length);
      for (const u of updates) {
        await updateExpertRow(tx, u.id, u.data);
        tick(1);
      }
    },
  };
}

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
      label: `application #${a.id}${a.externalId ? ` (external_id ${a.externalId})` : ""}`,
      labelJa: `申込 #${a.id}`,
      corporateNumber: a.company.corporateNumber,
      prefecture: a.company.prefecture,
      name: a.company.name,
    });
  }
  /** Every new application gets its own company row (see the Company model). */
  const creates: {
    app: Omit<Prisma.ApplicationCreateManyInput, "companyId">;
    company: Prisma.CompanyCreateManyInput;
  }[] = [];
  const updates: {
    appId: number;
    app: Prisma.ApplicationUncheckedUpdateInput;
    companyId: number;
    company: Prisma.CompanyUpdateInput;
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
    const app: Omit<Prisma.ApplicationUncheckedUpdateInput, "status"> & { status: string } = {
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
        label: `line ${line} (external_id ${row.external_id})`,
        labelJa: `取込ファイルの${line}行目（${row.external_id}）`,
        corporateNumber: row.corporate_number,
        prefecture: row.prefecture,
        name: row.company_name,
      });
    if (!current) {
      if (marked !== null)
        screenedOut.push({ target: { create: creates.length }, before: marked, reason: problem?.reason as string });
      creates.push({
        app: {
          ...(app as Omit<Prisma.ApplicationCreateManyInput, "companyId">),
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

export async function planCases(db: DbClient, input: PlanInput<CaseRow>): Promise<Plan> {
  const { rows, header } = input;
  const issues: ImportIssue[] = [];
  const apps = await applicationsOf(
    db,
    rows.map((r) => r.row.application_external_id),
  );
  const experts = byExternalId(
    await findExpertsByExternalIds(
      db,
      rows.map((r) => r.row.expert_external_id),
    ),
  );
  const creates: { caseRow: Prisma.CaseCreateManyInput; applicationId: number }[] = [];
  const updates: { id: number; approvedOn: string }[] = [];
  let unchanged = 0;
  for (const { line, row } of rows) {
    const app = apps.get(row.application_external_id);
    const expert = experts.get(row.expert_external_id);
    if (!app) {
      issues.push(noApplication(line, header("application_external_id"), row.application_external_id));
    } else if (app.status === "invalid" || app.status === "withdrawn" || app.status === "received") {
      issues.push({
        line,
        column: header("application_external_id"),
        message: `application ${row.application_external_id} is ${app.status}; only a valid application can be matched`,
      });
    }
    if (!expert) {
      issues.push({
        line,
        column: header("expert_external_id"),
        message: `no expert has external_id ${row.expert_external_id} (import experts first)`,
      });
    } else if (expert.status !== "active") {
      issues.push({
        line,
        column: header("expert_external_id"),
        message: `expert ${row.expert_external_id} is ${expert.status}, not active`,
      });
    }
    if (!app || !expert) continue;
    if (row.approved_on < app.receivedOn) {
      issues.push({
        line,
        column: header("approved_on"),
        message: `${row.approved_on} is before the application was received (${app.receivedOn})`,
      });
      continue;
    }
    if (app.case) {
      if (app.case.expertId !== expert.id) {
        issues.push({
          line,
          column: header("expert_external_id"),
          message: `application ${row.application_external_id} is already matched to another expert; reassign the case in Slack instead`,
        });
      } else if (app.case.approvedOn !== row.approved_on)
        updates.push({ id: app.case.id, approvedOn: row.approved_on });
      else unchanged++;
      continue;
    }
    creates.push({
      applicationId: app.id,
      caseRow: {
        programId: app.programId,
        applicationId: app.id,
        expertId: expert.id,
        status: "active",
        approvedBy: input.actor,
        approvedAt: dayInstant(row.approved_on),
        approvedOn: row.approved_on,
      },
    });
  }
  return {
    created: creates.length,
    updated: updates.length,
    unchanged,
    issues,
    async write(tx, tick) {
      const ids = await createCases(
        tx,
        creates.map((c) => c.caseRow),
      );
      await createCaseAssignments(
        tx,
        creates.map((c, i) => ({
          caseId: ids[i],
          expertId: c.caseRow.expertId,
          fromAt: c.caseRow.approvedAt,
          by: input.actor,
          reason: "import",
        })),
      );
      for (const c of creates) {
        await updateApplicationRow(tx, c.applicationId, {
          status: "matched",
          chosenExpertId: c.caseRow.expertId,
          chosenVia: "import",
          chosenAt: c.caseRow.approvedAt,
        });
        tick(1);
      }
      for (const u of updates) {
        await updateCaseRow(tx, u.id, { approvedOn: u.approvedOn, approvedAt: dayInstant(u.approvedOn) });
        tick(1);
      }
    },
  };
}

const STAGE = { held: 0, reported: 1, accepted: 2 } as const;

/** How far a visit got: held (no report yet), reported (submitted or returned), accepted. */
function stageOf(latestReport: { status: string } | undefined): number {
  if (!latestReport || latestReport.status === "draft") return STAGE.held;
  return latestReport.status === "accepted" ? STAGE.accepted : STAGE.reported;
}

export async function planVisits(db: DbClient, input: PlanInput<VisitRow>): Promise<Plan> {
  const { rows, header, program, actor } = input;
  const issues: ImportIssue[] = [];
  const apps = await applicationsOf(
    db,
    rows.map((r) => r.row.application_external_id),
  );
  const cases = new Map(
    (
      await findCasesWithVisits(
        db,
        [...apps.values()].map((a) => a.id),
      )
    ).map((c) => [c.applicationId, c]),
  );
  type Work = { line: number; row: VisitRow; caseId: number };
  const work: Work[] = [];
  /** Per case and round, the day it was held once this file is applied. */
  const heldDays = new Map<number, Map<number, string>>();
  for (const c of cases.values()) {
    heldDays.set(
      c.id,
      new Map(c.visits.filter((v) => v.heldOn && v.status === "held").map((v) => [v.round, v.heldOn as string])),
    );
  }
  for (const { line, row } of rows) {
    const app = apps.get(row.application_external_id);
    const c = app ? cases.get(app.id) : undefined;
    if (!app) {
      issues.push(noApplication(line, header("application_external_id"), row.application_external_id));
      continue;
    }
    if (!c) {
      issues.push({
        line,
        column: header("application_external_id"),
        message: `application ${row.application_external_id} has no case yet (import cases first)`,
      });
      continue;
    }
    if (row.held_on < c.approvedOn) {
      issues.push({
        line,
        column: header("held_on"),
        message: `${row.held_on} is before the matching was approved (${c.approvedOn})`,
      });
      continue;
    }
    heldDays.get(c.id)?.set(row.round, row.held_on);
    work.push({ line, row, caseId: c.id });
  }
  for (const { line, row, caseId } of work) {
    const days = heldDays.get(caseId) as Map<number, string>;
    for (let r = row.round - 1; r >= 1; r--) {
      const earlier = days.get(r);
      if (earlier === undefined) {
        issues.push({
          line,
          column: header("round"),
          message: `round ${row.round} cannot be held before round ${r} (application ${row.application_external_id} has no round ${r})`,
        });
        break;
      }
      if (earlier > row.held_on) {
        issues.push({
          line,
          column: header("held_on"),
          message: `round ${row.round} on ${row.held_on} is before round ${r} on ${earlier}`,
        });
        break;
      }
    }
  }
  const byId = new Map([...cases.values()].map((c) => [c.id, c]));
  const newVisits: { visit: Prisma.VisitCreateManyInput; stage: number; qualification: string }[] = [];
  const visitUpdates: { id: number; data: Prisma.VisitUncheckedUpdateInput }[] = [];
  const reportCreates: Prisma.VisitReportCreateManyInput[] = [];
  const reportUpdates: { id: number; data: Prisma.VisitReportUncheckedUpdateInput }[] = [];
  const honoraria: Prisma.HonorariumLineCreateManyInput[] = [];
  const completions: { id: number; on: string }[] = [];
  let updated = 0;
  let unchanged = 0;
  const yenFor = (qualification: string) =>
    qualification === "ITC" ? program.honorariumItcYen : program.honorariumRissYen;
  const report = (
    visitId: number,
    version: number,
    stage: number,
    heldOn: string,
  ): Prisma.VisitReportCreateManyInput => ({
    visitId,
    version,
    status: stage === STAGE.accepted ? "accepted" : "submitted",
    content: JSON.stringify({ imported: true }),
    submittedAt: dayInstant(heldOn),
    submittedBy: actor,
    ...(stage === STAGE.accepted ? { reviewedAt: dayInstant(heldOn), reviewedBy: actor } : {}),
  });
  for (const { row, caseId } of work) {
    const c = byId.get(caseId) as NonNullable<ReturnType<typeof byId.get>>;
    const want = STAGE[row.status];
    if (row.round === program.visitsPerCase && want === STAGE.accepted && c.status === "active")
      completions.push({ id: c.id, on: row.held_on });
    const current = c.visits.find((v) => v.round === row.round);
    if (!current) {
      newVisits.push({
        visit: { caseId, round: row.round, expertId: c.expertId, status: "held", heldOn: row.held_on },
        stage: want,
        qualification: c.expert.qualification,
      });
      continue;
    }
    let touched = false;
    if (current.status !== "held" || current.heldOn !== row.held_on) {
      visitUpdates.push({ id: current.id, data: { status: "held", heldOn: row.held_on } });
      touched = true;
    }
    const latest = current.reports[0];
    const have = stageOf(latest);
    if (want > have) {
      touched = true;
      if (latest && latest.status !== "draft" && want === STAGE.accepted)
        reportUpdates.push({
          id: latest.id,
          data: { status: "accepted", reviewedAt: dayInstant(row.held_on), reviewedBy: actor },
        });
      else if (latest?.status === "draft")
        reportUpdates.push({ id: latest.id, data: report(current.id, latest.version, want, row.held_on) });
      else reportCreates.push(report(current.id, (latest?.version ?? 0) + 1, want, row.held_on));
    }
    if (Math.max(want, have) === STAGE.accepted && !current.honorarium) {
      touched = true;
      honoraria.push({ visitId: current.id, expertId: c.expertId, amountYen: yenFor(c.expert.qualification) });
    }
    if (touched) updated++;
    else unchanged++;
  }
  return {
    created: newVisits.length,
    updated,
    unchanged,
    issues,
    async write(tx, tick) {
      const ids = await createVisits(
        tx,
        newVisits.map((v) => v.visit),
      );
      newVisits.forEach((v, i) => {
        if (v.stage > STAGE.held) reportCreates.push(report(ids[i], 1, v.stage, v.visit.heldOn as string));
        if (v.stage === STAGE.accepted)
          honoraria.push({ visitId: ids[i], expertId: v.visit.expertId, amountYen: yenFor(v.qualification) });
      });
      tick(newVisits.length);
      for (const u of visitUpdates) await updateVisitRow(tx, u.id, u.data);
      for (const u of reportUpdates) await updateVisitReportRow(tx, u.id, u.data);
      await createVisitReports(tx, reportCreates);
      await createHonorariumLines(tx, honoraria);
      for (const done of completions) await updateCaseRow(tx, done.id, { status: "completed", completedOn: done.on });
      tick(updated);
    },
  };
}

export const PLANNERS: Record<ImportKind, (db: DbClient, input: PlanInput<any>) => Promise<Plan>> = {
  experts: planExperts,
  applications: planApplications,
  cases: planCases,
  visits: planVisits,
};
