import type { DbClient } from "../../db/client.js";
import type { ExpertRow } from "./import-kinds.js";
import { byExternalId, changed, dayInstant, isEmpty, type Plan, type PlanInput } from "./import-plan.js";
import type { ImportIssue } from "./imports.schemas.js";
import {
  createExperts,
  type ExpertChange,
  type ExpertCreate,
  findExpertsByExternalIds,
  findExpertsBySlackUsers,
  updateExpertRow,
} from "./imports-repository.js";

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
  const creates: ExpertCreate[] = [];
  const updates: { id: number; data: ExpertChange }[] = [];
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
