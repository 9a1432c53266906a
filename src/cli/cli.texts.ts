import { defineMessages } from "../lib/i18n.js";

/**
 * What the `desk` command says in Japanese. Operator output is English; these are the desk's name
 * and the few messages a secretariat member may read in either language.
 */
export const cliTexts = defineMessages("cli", {
  ja: {
    deskName: "セキュリティ指導デスク",
    /** The company registration number, as import files and forms name it. */
    corporateNumber: "法人番号",
    fileNotFound: (path: string) => `ファイルが見つかりません: ${path}`,
    isFolder: (path: string) => `フォルダーではなくファイルを指定してください: ${path}`,
    noPermission: (path: string) => `ファイルを読む権限がありません: ${path}`,
    unknownImportKind: (p: { kind: string; kinds: string }) =>
      `取込の種類「${p.kind}」はありません。${p.kinds} のいずれかを指定してください。`,
    cannotReachSlack: "Slack に接続できません（ネットワーク / SLACK_API_URL を確認）",
  },
  en: {
    deskName: "Security Guidance Desk",
    corporateNumber: "corporate number",
    fileNotFound: (path) => `File not found: ${path}`,
    isFolder: (path) => `This is a folder, not a file: ${path}`,
    noPermission: (path) => `No permission to read the file: ${path}`,
    unknownImportKind: (p) => `Unknown kind "${p.kind}": use one of ${p.kinds}.`,
    cannotReachSlack: "cannot reach Slack (check the network / SLACK_API_URL)",
  },
});
