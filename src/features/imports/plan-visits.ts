import type { DbClient } from "../../db/client.js";
import type { VisitRow } from "./import-kinds.js";
import { applicationsOf, dayInstant, noApplication, type Plan, type PlanInput } from "./import-plan.js";
import type { ImportIssue } from "./imports.schemas.js";
import {
  createHonorariumLines,
  createVisitReports,
  createVisits,
  findCasesWithVisits,
  type HonorariumLineCreate,
  updateCaseRow,
  updateVisitReportRow,
  updateVisitRow,
  type VisitChange,
  type VisitCreate,
  type VisitReportChange,
  type VisitReportCreate,
} from "./imports-repository.js";

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
  const newVisits: { visit: VisitCreate; stage: number; qualification: string }[] = [];
  const visitUpdates: { id: number; data: VisitChange }[] = [];
  const reportCreates: VisitReportCreate[] = [];
  const reportUpdates: { id: number; data: VisitReportChange }[] = [];
  const honoraria: HonorariumLineCreate[] = [];
  const completions: { id: number; on: string }[] = [];
  let updated = 0;
  let unchanged = 0;
  const yenFor = (qualification: string) =>
    qualification === "ITC" ? program.honorariumItcYen : program.honorariumRissYen;
  const report = (visitId: number, version: number, stage: number, heldOn: string): VisitReportCreate => ({
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
