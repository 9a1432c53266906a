import { defineMessages } from "../../../lib/i18n.js";

/** The top of App Home (the program and what one can do) and the `/desk settings` command. */
export const deskHomeTexts = defineMessages("program.home", {
  ja: {
    header: "セキュリティ指導デスク",
    program: (p: { name: string; start: string; end: string; from: string; until: string }) =>
      `*${p.name}*\n事業期間: ${p.start}〜${p.end}\n申込受付: ${p.from}〜${p.until}`,
    newcomer:
      "中小企業の皆さまは `/apply` から無料の専門家指導（4回の訪問）に申し込めます。\n情報処理安全確保支援士・ITコーディネータの方は `/expert register` から専門家として登録できます。\nできることの一覧は `/desk help` で表示されます。",
    settingsButton: "事業の設定を変更",
    helpHint: "`/desk help` でコマンドの一覧を表示します。",
    commandSettings: "事業期間・申込期間・謝金などの設定を変更する",
  },
  en: {
    header: "Security Guidance Desk",
    program: (p) => `*${p.name}*\nProgram period: ${p.start}–${p.end}\nApplications: ${p.from}–${p.until}`,
    newcomer:
      "SMEs can apply for free guidance (four expert visits) with `/apply`.\nRISS and IT Coordinators can register as experts with `/expert register`.\n`/desk help` lists everything you can do.",
    settingsButton: "Program settings",
    helpHint: "`/desk help` lists the commands.",
    commandSettings: "Change the program period, application window, honoraria and other settings",
  },
});
