import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * The codebase's shape, checked like the authorization matrix (test/unit/architecture.test.ts):
 * each rule tells whether a source file breaks it.
 */
export type Rule =
  | "prisma-outside-repositories"
  | "repository-imported-by-an-entry-point"
  | "type-cast-escape"
  | "file-over-500-lines"
  | "text-outside-catalogs";

const ROOT = join(import.meta.dirname, "..", "..");
const SRC = join(ROOT, "src");

export const sources = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("generated/"))
  .map((f) => f.replaceAll("\\", "/"))
  .sort();
export const text = new Map(sources.map((f) => [f, readFileSync(join(SRC, f), "utf8")]));

/** Prisma's model accessors (`client.visitReport`), from the one schema. */
const models = [...readFileSync(join(ROOT, "prisma", "schema.prisma"), "utf8").matchAll(/^model (\w+) \{/gm)].map(
  (m) => m[1][0].toLowerCase() + m[1].slice(1),
);
const PRISMA_OPERATIONS =
  "findMany|findFirst|findUnique|findFirstOrThrow|findUniqueOrThrow|create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy";
const prismaCall = new RegExp(`\\.(?:${models.join("|")})\\s*\\.\\s*(?:${PRISMA_OPERATIONS})\\s*\\(`);
const rawCall =
  /\$(?:queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe|transaction)\b|\brawSql\s*\(|\.read\s*\.\s*(?:all|get)\s*</;

const isRepository = (f: string) => f.endsWith("-repository.ts") || f.startsWith("db/");
const isCatalog = (f: string) => f.endsWith(".texts.ts");
/**
 * Reference data, not interface text: Japanese that is data, input grammar or a number format, not
 * words the app says.
 * - config/env.ts: example values in the operator's env errors (事務局 <desk@example.jp>) and the
 *   default program name, the official name of the commissioned work.
 * - domain/industries.ts: the JSIC industry names of the official statistics (also parsed from imports).
 * - domain/japanese-dates.ts: the era names (令和, 平成, 昭和, 元, 年月日) the date parser accepts.
 * - domain/prefectures.ts: the JIS X 0401 prefecture names and the 8 regions (also parsed from imports).
 * - domain/region-defaults.ts: the source note of the default Table 4 data, naming its statistics.
 * - domain/sme-eligibility.ts: yen written as 3億円 / 5千万円, a number format like dates.
 * - features/demo/report-2019.ts: the 2019 program report's figures the demo data reproduces
 *   (the briefing cities, the program's name as the report gives it).
 * - features/final-report/regions.ts, features/imports/import-kinds.ts: the column headers and
 *   values an imported spreadsheet may use (都道府県, 承認済み, 第3回 …): input grammar.
 * - lib/dates.ts: the date and yen formats (11月17日(日), 2019年, 30,000円) and their weekday letters.
 * - lib/kana.ts: kana tables.
 * - lib/fonts.ts: the Japanese font names (游ゴシック) of the workbook and the HTML page.
 * - features/honoraria/zengin/zengin-kana.ts: the Zengin character set and its kana tables.
 * - features/honoraria/bank/zengin-banks.ts: the suffixes (銀行, 支店…) a bank or branch search ignores.
 * - cli/commands/honoraria.ts: the Zengin account types (普通, 当座, 貯蓄) the command accepts.
 */
const REFERENCE_DATA = new Set<string>([
  "config/env.ts",
  "domain/industries.ts",
  "domain/japanese-dates.ts",
  "domain/prefectures.ts",
  "domain/region-defaults.ts",
  "domain/sme-eligibility.ts",
  "features/demo/report-2019.ts",
  "features/final-report/regions.ts",
  "features/imports/import-kinds.ts",
  "lib/dates.ts",
  "lib/kana.ts",
  "lib/fonts.ts",
  "features/honoraria/zengin/zengin-kana.ts",
  "features/honoraria/bank/zengin-banks.ts",
  "cli/commands/honoraria.ts",
]);

/** Every string literal, template piece and JSX text of a file, without comments. */
function literals(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    text.get(file) as string,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    )
      out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

export const RULES: Record<Rule, (file: string, body: string) => boolean> = {
  /** Prisma (its client, raw SQL, generated types) only in `*-repository.ts` and `src/db`. */
  "prisma-outside-repositories": (f, body) =>
    !isRepository(f) && (prismaCall.test(body) || rawCall.test(body) || /generated\/prisma/.test(body)),
  /** Listeners, web routes, jobs and commands go through services, never a repository (its types may be named). */
  "repository-imported-by-an-entry-point": (f, body) =>
    /^(listeners|web|jobs|cli|slack)\//.test(f) &&
    !isRepository(f) &&
    /^import (?!type )[^;]*from "[^"]*-repository\.js"/m.test(body),
  /** tsc checks Block Kit and everything else: no cast that switches it off. */
  "type-cast-escape": (_f, body) => /\bas never\b|\bas unknown as\b/.test(body),
  /** No source file over 500 lines. */
  "file-over-500-lines": (_f, body) => body.split("\n").length > 500,
  /** Text a person reads comes from a catalog (`*.texts.ts`, Japanese and English side by side). */
  "text-outside-catalogs": (f, body) =>
    !isCatalog(f) &&
    !REFERENCE_DATA.has(f) &&
    (/\b(?:ja|isJa|japanese)\s*\?\s*[`"']|locale\s*===\s*"(?:ja|en)"\s*\?|\bL\(\s*[`"']/.test(body) ||
      literals(f).some((s) => JAPANESE.test(s))),
};
