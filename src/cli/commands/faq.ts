import type { Command } from "commander";
import { importFaq, parseFaqFile } from "../../features/helpdesk/faq-admin.js";
import { decodeCsv } from "../../features/imports/csv-file.js";
import { print, withDatabase } from "../cli-context.js";
import { readCsvInput } from "../input-file.js";

export function registerFaq(program: Command): void {
  const cmd = program.command("faq").description("the help desk's FAQ (Japanese and English)");
  cmd
    .command("import")
    .description(
      "add or update FAQ entries from JSON or CSV (question_ja, answer_ja, question_en, answer_en, keywords, id)",
    )
    .argument("<file>", "FILE.json or FILE.csv")
    .option("--replace", "delete entries that are not in the file")
    .action((file: string, o: { replace?: boolean }) =>
      withDatabase(async ({ db, clock }) => {
        const { text } = decodeCsv(readCsvInput(file));
        const { entries, errors } = parseFaqFile(text, file);
        if (errors.length > 0) {
          for (const e of errors) process.stderr.write(`${e}\n`);
          process.stderr.write("Nothing was imported.\n");
          process.exitCode = 2;
          return;
        }
        const r = await importFaq(db, clock, "cli", entries, { replace: o.replace });
        print(`FAQ: ${r.created} added, ${r.updated} updated, ${r.deleted} deleted.`);
      }),
    );
  cmd
    .command("export")
    .description("print the FAQ as JSON (the format import reads)")
    .action(() =>
      withDatabase(async ({ services }) => {
        const rows = await services.helpdesk.listFaq();
        print(
          JSON.stringify(
            rows.map(({ id, questionJa, answerJa, questionEn, answerEn, keywords }) => ({
              id,
              questionJa,
              answerJa,
              questionEn,
              answerEn,
              keywords,
            })),
            null,
            2,
          ),
        );
      }),
    );
}
