import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { writeAudit } from "../audit/audit-repository.js";
import { parseCsv } from "../imports/csv-file.js";
import { loadQuestions, parseStoredAnswers, readAnswerCell } from "./survey-questions.js";
import { type Answers, type Audience, AudienceSchema, type Question, QuestionFileSchema } from "./surveys.schemas.js";
import { createResponse, findCaseSummary, findResponse, saveAnswers, saveForm } from "./surveys-repository.js";

/**
 * Operator tasks that send nothing to Slack (the `desk` CLI runs them without a Slack token):
 * replacing question sets and importing answers collected on paper or the web.
 */

/** Validates a question file and stores its set(s); returns what was replaced. */
export async function importQuestionFile(
  db: Database,
  clock: Clock,
  by: string,
  json: unknown,
): Promise<{ audience: Audience; count: number }[]> {
  const parsed = QuestionFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`);
    throw new Error(`The question file is not valid:\n${problems.join("\n")}`);
  }
  const sets: [Audience, Question[]][] =
    "audience" in parsed.data
      ? [[parsed.data.audience, parsed.data.questions]]
      : (Object.entries(parsed.data).filter(([, qs]) => qs) as [Audience, Question[]][]);
  return db.transaction(async (tx) => {
    const done: { audience: Audience; count: number }[] = [];
    for (const [audience, questions] of sets) {
      const before = await loadQuestions(tx, audience);
      await saveForm(tx, audience, JSON.stringify(questions));
      await writeAudit(
        tx,
        {
          actor: by,
          action: "survey.questions_import",
          entityType: "survey_form",
          entityId: audience,
          before: before.map((q) => q.id),
          after: questions.map((q) => q.id),
        },
        clock.now(),
      );
      done.push({ audience, count: questions.length });
    }
    return done;
  });
}

export type AnswerImportResult = { created: number; changed: number; errors: string[] };

/**
 * Imports answers the secretariat collected outside Slack. Columns: `case_id`, optional
 * `audience` (default sme), then one column per question id; a cell may hold an option's value
 * or its label. Nothing is written when any row has a problem (all rows are checked first).
 */
export async function importSurveyAnswers(
  db: Database,
  clock: Clock,
  by: string,
  csvText: string,
): Promise<AnswerImportResult> {
  const records = parseCsv(csvText);
  if (records.length === 0) return { created: 0, changed: 0, errors: ["the file is empty"] };
  const headers = records[0].cells.map((h) => h.trim());
  const caseCol = headers.indexOf("case_id");
  const audienceCol = headers.indexOf("audience");
  if (caseCol < 0) return { created: 0, changed: 0, errors: ["line 1: a case_id column is required"] };
  const questionsBy: Record<Audience, Question[]> = {
    expert: await loadQuestions(db.client, "expert"),
    sme: await loadQuestions(db.client, "sme"),
  };
  const errors: string[] = [];
  const rows: { line: number; caseId: number; audience: Audience; answers: Answers }[] = [];
  const seen = new Set<string>();
  for (const record of records.slice(1)) {
    const cell = (i: number) => (record.cells[i] ?? "").trim();
    const caseId = Number(cell(caseCol));
    const audienceRaw = audienceCol >= 0 && cell(audienceCol) !== "" ? cell(audienceCol) : "sme";
    const audience = AudienceSchema.safeParse(audienceRaw);
    if (!Number.isInteger(caseId) || caseId <= 0) {
      errors.push(`line ${record.line}: case_id ${JSON.stringify(cell(caseCol))} is not a case number`);
      continue;
    }
    if (!audience.success) {
      errors.push(`line ${record.line}: audience must be expert or sme`);
      continue;
    }
    const key = `${caseId}:${audience.data}`;
    if (seen.has(key)) {
      errors.push(`line ${record.line}: case ${caseId} (${audience.data}) appears twice in the file`);
      continue;
    }
    seen.add(key);
    const answers: Answers = {};
    for (const q of questionsBy[audience.data]) {
      const col = headers.indexOf(q.id);
      if (col < 0) continue;
      const read = readAnswerCell(q, cell(col));
      if ("error" in read) errors.push(`line ${record.line}: ${read.error}`);
      else if (read.values.length > 0) answers[q.id] = q.kind === "multi" ? read.values : read.values[0];
    }
    rows.push({ line: record.line, caseId, audience: audience.data, answers });
  }
  const unknownColumns = headers.filter(
    (h, i) =>
      i !== caseCol &&
      i !== audienceCol &&
      !questionsBy.expert.some((q) => q.id === h) &&
      !questionsBy.sme.some((q) => q.id === h),
  );
  for (const h of unknownColumns) errors.push(`line 1: column ${JSON.stringify(h)} is not a question id`);
  if (errors.length > 0) return { created: 0, changed: 0, errors };

  try {
    return await writeAnswers(db, clock, by, rows);
  } catch (error) {
    if (error instanceof AnswerImportError) return { created: 0, changed: 0, errors: error.problems };
    throw error;
  }
}

async function writeAnswers(
  db: Database,
  clock: Clock,
  by: string,
  rows: { line: number; caseId: number; audience: Audience; answers: Answers }[],
): Promise<AnswerImportResult> {
  return db.transaction(async (tx) => {
    let created = 0;
    let changed = 0;
    const problems: string[] = [];
    const now = clock.now();
    for (const row of rows) {
      const summary = await findCaseSummary(tx, row.caseId);
      if (summary?.status !== "completed") {
        problems.push(`line ${row.line}: case ${row.caseId} ${summary ? "is not completed" : "does not exist"}`);
        continue;
      }
      let response = await findResponse(tx, row.caseId, row.audience);
      if (response?.closedAt) {
        problems.push(`line ${row.line}: the ${row.audience} survey of case ${row.caseId} is closed`);
        continue;
      }
      if (!response) {
        response = await createResponse(tx, {
          caseId: row.caseId,
          audience: row.audience,
          respondentSlackId:
            row.audience === "expert" ? summary.expert.slackUserId : summary.application.contactSlackUserId,
          invitedAt: now,
        });
      }
      const before = response.status === "answered" ? parseStoredAnswers(response.answers) : null;
      await saveAnswers(tx, response.id, { answers: JSON.stringify(row.answers), enteredBy: by, answeredAt: now });
      await writeAudit(
        tx,
        {
          actor: by,
          action: before ? "survey.change" : "survey.answer",
          entityType: "survey_response",
          entityId: response.id,
          before,
          after: { answers: row.answers, source: "import" },
        },
        now,
      );
      if (before) changed++;
      else created++;
    }
    // All or nothing: a file with a bad row is fixed and imported again as a whole.
    if (problems.length > 0) throw new AnswerImportError(problems);
    return { created, changed, errors: [] };
  });
}

class AnswerImportError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}
