import { defineMessages } from "../lib/i18n.js";

/** What every Slack request may answer, whatever the feature: errors, field limits, help. */
export const slackTexts = defineMessages("slack.common", {
  ja: {
    unexpected:
      "処理中に問題が発生しました。入力済みの内容は保存されていません。時間をおいてもう一度お試しください。続く場合は事務局にご連絡ください。",
    malformed:
      "この操作の内容を読み取れなかったため、何も変更していません。最新のメッセージまたは画面からもう一度お試しください。",
    tooLong: (p: { max: number; length: number }) => `${p.max}文字以内で入力してください（現在 ${p.length}文字）。`,
    titleDesk: "事務局・全般",
    titleApply: "指導の申込み",
    titleExpert: "専門家",
    titleVisit: "訪問指導",
    thisHelp: "このヘルプ",
    roleSecretariat: "事務局",
    roleExpert: "専門家",
    roleGeneral: "一般（申込み・ヘルプ）",
    helpHead: (role: string) => `*セキュリティ指導デスク — できること*（あなたの役割: ${role}）`,
    unknownCommand: (command: string) => `\`${command}\` というコマンドはありません。\n`,
  },
  en: {
    unexpected:
      "Something went wrong while processing this; nothing was changed. Please try again shortly, and tell the secretariat if it keeps happening.",
    malformed:
      "This request could not be read, so nothing was changed. Please try again from the latest message or screen.",
    tooLong: (p) => `Enter at most ${p.max} characters (now ${p.length}).`,
    titleDesk: "Secretariat and general",
    titleApply: "Applying for guidance",
    titleExpert: "Experts",
    titleVisit: "Visits",
    thisHelp: "this help",
    roleSecretariat: "secretariat",
    roleExpert: "expert",
    roleGeneral: "general (apply, help)",
    helpHead: (role) => `*Security Guidance Desk — what you can do* (your role: ${role})`,
    unknownCommand: (command) => `There is no \`${command}\` command.\n`,
  },
});
