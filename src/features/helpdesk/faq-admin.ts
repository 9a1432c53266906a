import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { writeAudit } from "../audit/audit-repository.js";
import { parseCsv } from "../imports/csv-file.js";
import { DEFAULT_FAQ } from "./default-faq.js";
import { FaqFileSchema, type FaqInput, FaqInputSchema } from "./helpdesk.schemas.js";
import {
  createFaq,
  deleteFaq,
  FAQ_SEED_ACTION,
  faqDefaultsSeeded,
  findFaq,
  findFaqByQuestion,
  listFaq,
  updateFaq,
} from "./helpdesk-repository.js";

/** Loads the shipped FAQ into an empty database, once. */
export async function ensureFaqDefaults(db: Database, clock: Clock): Promise<void> {
  if (await faqDefaultsSeeded(db.client)) return;
  await db.transaction(async (tx) => {
    if (await faqDefaultsSeeded(tx)) return;
    for (const seed of DEFAULT_FAQ) await createFaq(tx, { ...seed, createdBy: "system" });
    await writeAudit(
      tx,
      {
        actor: "system",
        action: FAQ_SEED_ACTION,
        entityType: "faq",
        entityId: "defaults",
        after: { count: DEFAULT_FAQ.length },
      },
      clock.now(),
    );
  });
}

const CSV_COLUMNS: Record<string, keyof FaqInput> = {
  id: "id",
  question_ja: "questionJa",
  answer_ja: "answerJa",
  question_en: "questionEn",
  answer_en: "answerEn",
  keywords: "keywords",
};

/**
 * Reads an FAQ file: JSON (a list of {questionJa, answerJa, questionEn?, answerEn?, keywords?, id?})
 * or CSV with the columns question_ja, answer_ja, question_en, answer_en, keywords (id optional).
 */
export function parseFaqFile(text: string, filename: string): { entries: FaqInput[]; errors: string[] } {
  if (/\.json$/i.test(filename)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { entries: [], errors: [`not valid JSON: ${String(error)}`] };
    }
    const parsed = FaqFileSchema.safeParse(json);
    if (!parsed.success)
      return { entries: [], errors: parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`) };
    return { entries: Array.isArray(parsed.data) ? parsed.data : parsed.data.entries, errors: [] };
  }
  const records = parseCsv(text);
  if (records.length === 0) return { entries: [], errors: ["the file is empty"] };
  const headers = records[0].cells.map((h) => h.trim().toLowerCase());
  const errors: string[] = [];
  for (const h of headers) if (!CSV_COLUMNS[h]) errors.push(`line 1: unknown column ${JSON.stringify(h)}`);
  for (const need of ["question_ja", "answer_ja"])
    if (!headers.includes(need)) errors.push(`line 1: the ${need} column is required`);
  if (errors.length > 0) return { entries: [], errors };
  const entries: FaqInput[] = [];
  for (const record of records.slice(1)) {
    const raw: Record<string, unknown> = {};
    headers.forEach((h, i) => {
      const cell = (record.cells[i] ?? "").trim();
      if (h === "id") {
        if (cell !== "") raw.id = Number(cell);
      } else raw[CSV_COLUMNS[h]] = cell;
    });
    const parsed = FaqInputSchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else errors.push(...parsed.error.issues.map((i) => `line ${record.line}: ${String(i.path[0])} ${i.message}`));
  }
  return { entries, errors };
}

/**
 * Adds or updates entries (matched by id, else by the Japanese question); with `replace`, entries
 * not in the file are deleted. One transaction: a failure changes nothing.
 */
export async function importFaq(
  db: Database,
  clock: Clock,
  by: string,
  entries: FaqInput[],
  opts: { replace?: boolean } = {},
): Promise<{ created: number; updated: number; deleted: number }> {
  await ensureFaqDefaults(db, clock);
  return db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    let deleted = 0;
    const kept = new Set<number>();
    for (const e of entries) {
      const existing = (e.id ? await findFaq(tx, e.id) : null) ?? (await findFaqByQuestion(tx, e.questionJa));
      const columns = {
        questionJa: e.questionJa,
        answerJa: e.answerJa,
        questionEn: e.questionEn,
        answerEn: e.answerEn,
        keywords: e.keywords,
      };
      if (existing) {
        await updateFaq(tx, existing.id, columns);
        kept.add(existing.id);
        updated++;
      } else {
        const row = await createFaq(tx, { ...columns, createdBy: by });
        kept.add(row.id);
        created++;
      }
    }
    if (opts.replace)
      for (const row of await listFaq(tx))
        if (!kept.has(row.id)) {
          await deleteFaq(tx, row.id);
          deleted++;
        }
    await writeAudit(
      tx,
      { actor: by, action: "faq.import", entityType: "faq", entityId: "file", after: { created, updated, deleted } },
      clock.now(),
    );
    return { created, updated, deleted };
  });
}
