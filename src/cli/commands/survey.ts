import type { Command } from "commander";
import { decodeCsv } from "../../features/imports/csv-file.js";
import { importQuestionFile, importSurveyAnswers } from "../../features/surveys/survey-admin.js";
import { loadQuestions } from "../../features/surveys/survey-questions.js";
import { AUDIENCES } from "../../features/surveys/survey-report.js";
import { AudienceSchema } from "../../features/surveys/surveys.schemas.js";
import { closeSurveys } from "../../features/surveys/surveys-service.js";
import { print, withDatabase } from "../cli-context.js";
import { readCsvInput, readInputFile } from "../input-file.js";

const BY = "cli";

export function registerSurvey(program: Command): void {
  const cmd = program
    .command("survey")
    .description("survey question sets, closing and the daily invitations/reminders");
  cmd
    .command("show")
    .description("print the question sets as JSON (the format import-questions reads)")
    .option("--audience <audience>", "expert or sme (default: both)")
    .action((o: { audience?: string }) =>
      withDatabase(async ({ db }) => {
        const audiences = o.audience ? [AudienceSchema.parse(o.audience)] : AUDIENCES;
        const out: Record<string, unknown> = {};
        for (const a of audiences) out[a] = await loadQuestions(db.client, a);
        print(JSON.stringify(out, null, 2));
      }),
    );
  cmd
    .command("import-questions")
    .description(
      'replace question sets from a JSON file: {"expert": [...], "sme": [...]} or {"audience": "sme", "questions": [...]}',
    )
    .argument("<file>", "JSON file")
    .action((file: string) =>
      withDatabase(async ({ db, clock }) => {
        const done = await importQuestionFile(db, clock, BY, JSON.parse(readInputFile(file).toString("utf8")));
        for (const d of done) print(`${d.audience}: ${d.count} questions saved.`);
      }),
    );
  cmd
    .command("close")
    .description("close open surveys: no answers or changes are accepted afterwards")
    .option("--audience <audience>", "expert or sme (default: both)")
    .option("--case <id>", "only this case", Number)
    .action((o: { audience?: string; case?: number }) =>
      withDatabase(async ({ db, clock }) => {
        const audience = o.audience ? AudienceSchema.parse(o.audience) : undefined;
        const { answered, unanswered } = await closeSurveys(db, clock, BY, { audience, caseId: o.case });
        print(`Closed: ${answered} answered, ${unanswered} without an answer.`);
      }),
    );
  cmd
    .command("run")
    .description("invite completed cases that have no survey yet and queue due reminders (what the daily job does)")
    .action(() =>
      // The CLI has no Slack connection: the invitations and reminders it queues stay in the outbox
      // and the running app sends them on its next poll.
      withDatabase(async ({ services }) => {
        const { invited, reminded } = await services.surveys.runDaily();
        print(`Queued ${invited} invitations and ${reminded} reminders; the running app sends them.`);
      }),
    );
}

/** Adds `survey-answers` to `desk import` (creating the group when no other import is registered yet). */
export function registerSurveyAnswerImport(program: Command): void {
  const group =
    program.commands.find((c) => c.name() === "import") ??
    program.command("import").description("import data from files");
  group
    .command("survey-answers")
    .description(
      "import survey answers received on paper or the web (CSV: case_id, audience?, one column per question id)",
    )
    .argument("<file>", "CSV file (UTF-8 or Shift_JIS)")
    .action((file: string) =>
      withDatabase(async ({ db, clock }) => {
        const { text } = decodeCsv(readCsvInput(file));
        const result = await importSurveyAnswers(db, clock, BY, text);
        if (result.errors.length > 0) {
          for (const e of result.errors) process.stderr.write(`${e}\n`);
          process.stderr.write("Nothing was imported. Fix the rows above and import the file again.\n");
          process.exitCode = 2;
          return;
        }
        print(`Imported: ${result.created} new answers, ${result.changed} changed.`);
      }),
    );
}
