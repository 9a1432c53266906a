import type { DbClient } from "../../db/client.js";
import type { CaseRow } from "./import-kinds.js";
import { applicationsOf, byExternalId, dayInstant, noApplication, type Plan, type PlanInput } from "./import-plan.js";
import type { ImportIssue } from "./imports.schemas.js";
import {
  type CaseCreate,
  createCaseAssignments,
  createCases,
  findExpertsByExternalIds,
  updateApplicationRow,
  updateCaseRow,
} from "./imports-repository.js";

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
  const creates: { caseRow: CaseCreate; applicationId: number }[] = [];
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
