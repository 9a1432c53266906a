import { defineMessages } from "../../lib/i18n.js";

/**
 * What imports tell people. Row problems ("line N, column X: …") are for the operator and in
 * English; what an application imported as invalid stores is read by the secretariat in Slack.
 */
export const importsTexts = defineMessages("imports", {
  ja: {
    /** An open application in the database that a row duplicates. */
    application: (p: { id: number; externalId: string | null }) => `申込 #${p.id}`,
    /** A row earlier in the same file that a row duplicates. */
    fileLine: (p: { line: number; externalId: string }) => `取込ファイルの${p.line}行目（${p.externalId}）`,
    /** An Excel workbook given where a CSV file was expected (`ext`: ".xlsx" or ".xls"). */
    spreadsheetFile: (ext: string) =>
      `Excel ファイル (${ext}) は読み込めません。Excel で「CSV UTF-8」形式で保存してから取り込んでください。`,
  },
  en: {
    application: (p) => `application #${p.id}${p.externalId ? ` (external_id ${p.externalId})` : ""}`,
    fileLine: (p) => `line ${p.line} (external_id ${p.externalId})`,
    spreadsheetFile: (ext) =>
      `This is an Excel file (${ext}), which cannot be read. In Excel, save it as “CSV UTF-8” and import that file.`,
  },
});
