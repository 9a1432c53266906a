import type { Program } from "../program/program-service.js";
import {
  bad,
  type Cell,
  date,
  externalId,
  industryList,
  integer,
  ok,
  oneOf,
  optionalCorporateNumber,
  optionalEmail,
  optionalPhone,
  optionalPrefecture,
  optionalSlackUserId,
  optionalText,
  prefectureList,
  type Reader,
  reader,
  requiredIndustry,
  requiredPrefecture,
  requiredText,
  yen,
} from "./import-values.js";
import type { ImportIssue, ImportKind } from "./imports.schemas.js";
import { importsTexts } from "./imports.texts.js";

/*
 * The Japanese in this file is input grammar, not words the app says: the headers and the value
 * spellings (承認済み, 実施済 …) an import file may use. What the app tells people about a column
 * (its format in `desk import <kind> --help`) is in imports.texts.ts.
 */

/** One column of an import file: its key, the headers people write for it, and how to read a cell. */
export type ColumnSpec = {
  key: string;
  /**
   * Header texts accepted besides the key (compared after NFKC, ignoring case, spaces and _ -).
   * The first is the Japanese header `desk import template` writes.
   */
  aliases: string[];
  /** The column must be in the header row (its cells may still be blank when `read` allows it). */
  required: boolean;
  read: Reader<unknown>;
};

export type ExpertRow = {
  external_id: string;
  name: string;
  name_kana: string | null;
  qualification: "RISS" | "ITC" | "RISS_ITC";
  riss_number: string | null;
  prefecture: number | null;
  covered_prefectures: number[];
  industries: string[];
  capacity: number | null;
  email: string | null;
  phone: string | null;
  slack_user_id: string | null;
  status: "pending" | "active" | "rejected" | "suspended" | "withdrawn";
  registered_on: string;
};

export type ApplicationRow = {
  external_id: string;
  received_on: string;
  company_name: string;
  corporate_number: string | null;
  industry: string;
  capital_yen: number | null;
  employees: number | null;
  prefecture: number;
  contact_name: string;
  contact_email: string | null;
  contact_phone: string | null;
  source: string;
  status: "received" | "valid" | "invalid";
  invalid_reason: string | null;
};

export type CaseRow = { application_external_id: string; expert_external_id: string; approved_on: string };

export type VisitRow = {
  application_external_id: string;
  round: number;
  held_on: string;
  status: "held" | "reported" | "accepted";
};

export type RowOf<K extends ImportKind> = K extends "experts"
  ? ExpertRow
  : K extends "applications"
    ? ApplicationRow
    : K extends "cases"
      ? CaseRow
      : VisitRow;

const col = (key: string, aliases: string[], read: Reader<unknown>, required = true): ColumnSpec => ({
  key,
  aliases,
  read,
  required,
});

export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-・]/g, "");
}

const rissNumber = reader(importsTexts.en.formatRissNumber, (raw: string) => {
  const t = raw
    .normalize("NFKC")
    .trim()
    .replace(/^第|号$/g, "");
  if (t === "") return ok(null);
  return /^\d{6}$/.test(t) ? ok(t) : bad(`"${raw.trim()}" is not a 6-digit RISS registration number`);
});

function round(visitsPerCase: number) {
  const read = integer({ min: -1e9, max: 1e9 });
  return reader(importsTexts.en.formatRound, (raw: string): Cell<number> => {
    const n = read(raw.replace(/^第|回目?$/g, ""));
    if (!n.ok) return n;
    if (n.value === null || n.value < 1 || n.value > visitsPerCase)
      return bad(`round ${n.value} does not exist (a case has rounds 1 to ${visitsPerCase})`);
    return ok(n.value);
  });
}

type ColumnLimits = Pick<Program, "startDate" | "endDate" | "visitsPerCase">;

/** The columns of each import kind, with the program's dates as the allowed ranges. */
export function columnsOf(kind: ImportKind, program: ColumnLimits, today: string): ColumnSpec[] {
  const period = { min: program.startDate, max: program.endDate, what: "program period" };
  const heldRange = {
    min: program.startDate,
    max: today < program.endDate ? today : program.endDate,
    what: "program period up to today",
  };
  switch (kind) {
    case "experts":
      return [
        col("external_id", ["外部ID", "専門家ID", "専門家番号", "管理番号", "ID"], externalId),
        col("name", ["氏名", "名前", "専門家名", "氏名(漢字)"], requiredText(60)),
        col("name_kana", ["氏名(かな)", "ふりがな", "フリガナ", "かな"], optionalText(60), false),
        col(
          "qualification",
          ["資格"],
          oneOf(["RISS", "ITC", "RISS_ITC"] as const, {
            "RISS+ITC": "RISS_ITC",
            "RISS・ITC": "RISS_ITC",
            "RISS/ITC": "RISS_ITC",
            両方: "RISS_ITC",
            情報処理安全確保支援士: "RISS",
            支援士: "RISS",
            登録セキスペ: "RISS",
            ITコーディネータ: "ITC",
          }),
        ),
        col("riss_number", ["登録番号", "支援士登録番号", "RISS登録番号"], rissNumber),
        col("prefecture", ["都道府県", "居住都道府県", "所在地"], optionalPrefecture),
        col("covered_prefectures", ["対応可能都道府県", "対応地域", "訪問可能地域"], prefectureList),
        col("industries", ["得意業種", "対応業種", "業種"], industryList),
        col("capacity", ["受入可能件数", "上限件数", "同時担当上限"], integer({ min: 1, max: 20, optional: true })),
        col("email", ["メールアドレス", "メール", "e-mail"], optionalEmail),
        col("phone", ["電話番号", "電話"], optionalPhone, false),
        col("slack_user_id", ["SlackユーザーID", "SlackID", "Slack"], optionalSlackUserId),
        col(
          "status",
          ["状態", "ステータス"],
          oneOf(
            ["pending", "active", "rejected", "suspended", "withdrawn"] as const,
            {
              承認済み: "active",
              承認済: "active",
              承認: "active",
              登録済み: "active",
              有効: "active",
              審査中: "pending",
              申請中: "pending",
              却下: "rejected",
              停止: "suspended",
              休止: "suspended",
              辞退: "withdrawn",
              退会: "withdrawn",
            },
            "active",
          ),
        ),
        col(
          "registered_on",
          ["登録日", "申請日"],
          date({ min: "2000-01-01", max: program.endDate, what: "dates up to the program end" }),
        ),
      ];
    case "applications":
      return [
        col("external_id", ["外部ID", "申込番号", "受付番号", "管理番号", "ID"], externalId),
        col("received_on", ["受付日", "申込日"], date(period)),
        col("company_name", ["企業名", "会社名", "事業者名"], requiredText(200)),
        col("corporate_number", ["法人番号"], optionalCorporateNumber),
        col("industry", ["業種"], requiredIndustry),
        col("capital_yen", ["資本金", "資本金(円)"], yen),
        col(
          "employees",
          ["従業員数", "常時使用する従業員数", "従業員数(人)"],
          integer({ min: 0, max: 1e6, optional: true }),
        ),
        col("prefecture", ["都道府県", "所在地"], requiredPrefecture),
        col("contact_name", ["担当者名", "担当者", "ご担当者名"], requiredText(100)),
        col("contact_email", ["担当者メール", "メールアドレス", "メール"], optionalEmail),
        col("contact_phone", ["電話番号", "担当者電話", "電話"], optionalPhone),
        col(
          "source",
          ["受付経路", "申込方法", "申込経路"],
          oneOf(
            ["slack", "mail", "fax", "web", "phone", "import"] as const,
            {
              メール: "mail",
              email: "mail",
              ファックス: "fax",
              ファクス: "fax",
              ウェブ: "web",
              webフォーム: "web",
              電話: "phone",
            },
            "import",
          ),
        ),
        col(
          "status",
          ["状態", "ステータス", "審査結果"],
          oneOf(["received", "valid", "invalid"] as const, {
            受付: "received",
            受付済: "received",
            受付済み: "received",
            有効: "valid",
            無効: "invalid",
          }),
        ),
        col("invalid_reason", ["無効理由", "理由"], optionalText(500)),
      ];
    case "cases":
      return [
        col("application_external_id", ["申込番号", "受付番号", "申込外部ID"], externalId),
        col("expert_external_id", ["専門家番号", "専門家ID", "専門家外部ID"], externalId),
        col("approved_on", ["承認日", "マッチング日", "マッチング承認日"], date(period)),
      ];
    case "visits":
      return [
        col("application_external_id", ["申込番号", "受付番号", "申込外部ID"], externalId),
        col("round", ["回", "訪問回", "回数", "訪問回数"], round(program.visitsPerCase)),
        col("held_on", ["実施日", "訪問日", "訪問実施日"], date(heldRange)),
        col(
          "status",
          ["状態", "ステータス"],
          oneOf(["held", "reported", "accepted"] as const, {
            実施済: "held",
            実施済み: "held",
            報告済: "reported",
            報告済み: "reported",
            受理: "accepted",
            受理済: "accepted",
            承認: "accepted",
          }),
        ),
      ];
  }
}

export type HeaderMapping = {
  indexOf: Map<string, number>;
  header: (key: string) => string;
  ignored: string[];
  issues: ImportIssue[];
};

/** Matches header cells to columns by key or alias; reports missing and repeated columns. */
export function mapHeader(cells: string[], columns: ColumnSpec[]): HeaderMapping {
  const indexOf = new Map<string, number>();
  const issues: ImportIssue[] = [];
  const ignored: string[] = [];
  const lookup = new Map<string, string>();
  for (const c of columns) for (const name of [c.key, ...c.aliases]) lookup.set(normaliseHeader(name), c.key);
  cells.forEach((cell, i) => {
    const key = lookup.get(normaliseHeader(cell));
    if (!key) {
      if (cell.trim() !== "") ignored.push(cell.trim());
      return;
    }
    if (indexOf.has(key)) {
      issues.push({
        line: 1,
        column: cell.trim(),
        message: `repeats the column ${key} (already column ${(indexOf.get(key) as number) + 1})`,
      });
      return;
    }
    indexOf.set(key, i);
  });
  for (const c of columns) {
    if (c.required && !indexOf.has(c.key))
      issues.push({
        line: 1,
        column: c.key,
        message: `missing column (header ${[c.key, ...c.aliases.slice(0, 2)].join(" or ")})`,
      });
  }
  const header = (key: string) => {
    const i = indexOf.get(key);
    return i === undefined ? key : cells[i].trim();
  };
  return { indexOf, header, ignored, issues };
}

/** Describing columns needs no program: its dates only bound the values, which `format` names in words. */
const ANY_PROGRAM: ColumnLimits = { startDate: "0000-01-01", endDate: "9999-12-31", visitsPerCase: 4 };

/** The Japanese header of each column, in order: the header row `desk import template <kind>` writes. */
export function templateHeader(kind: ImportKind): string[] {
  return columnsOf(kind, ANY_PROGRAM, ANY_PROGRAM.endDate).map((c) => c.aliases[0] ?? c.key);
}

/**
 * Every accepted column of a kind for `desk import <kind> --help`: key, Japanese header, the other
 * headers read as it, whether the header row must have it, and what its cells may hold.
 */
export function describeColumns(kind: ImportKind): string {
  const lines = columnsOf(kind, ANY_PROGRAM, ANY_PROGRAM.endDate).map((c) => {
    const [ja, ...others] = c.aliases;
    return [
      `  ${c.key}  ${ja ?? ""}  (${c.required ? "the header row must have it" : "may be left out"})`,
      ...(others.length > 0 ? [`      also read as: ${others.join(", ")}`] : []),
      `      ${c.read.format}`,
    ].join("\n");
  });
  return [
    "Columns (the header row may use the key, the Japanese header or any other name shown; order does not matter; other columns are ignored):",
    ...lines,
  ].join("\n");
}
