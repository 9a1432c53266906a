import { defineMessages } from "../../lib/i18n.js";

/** The SME page's record of the case (visits, deliverables) and its survey section. */
export const caseRecordTexts = defineMessages("web.caseRecord", {
  ja: {
    recordTitle: "訪問の記録と成果物",
    visitsHeld: "実施した訪問",
    held: "実施済み",
    deliverables: "お渡しした成果物",
    noneYet: "まだありません。",
    onSlack:
      "ファイルはSlackで共有されているため、ここからは開けません。写しが必要な場合は事務局にお問い合わせください。",
    surveyTitle: "指導についてのアンケート",
    surveyInvite: "指導についてのアンケートにご協力ください（5分ほどです）。",
    surveyAnswer: "アンケートに回答する",
    surveyThanks: "ご回答ありがとうございました。回答は受け付け済みです。",
    surveyClosed: "アンケートは締め切られました。",
    visit: (round: number) => `第${round}回 訪問`,
    open: (title: string) => `「${title}」を開く`,
  },
  en: {
    recordTitle: "Visits and deliverables",
    visitsHeld: "Visits held",
    held: "Held",
    deliverables: "Deliverables handed over",
    noneYet: "None yet.",
    onSlack: "The file was shared on Slack and cannot be opened here; please ask the secretariat for a copy.",
    surveyTitle: "Survey about the guidance",
    surveyInvite: "Please answer a short survey about the guidance (about 5 minutes).",
    surveyAnswer: "Answer the survey",
    surveyThanks: "Thank you: we have your answers.",
    surveyClosed: "The survey is closed.",
    visit: (round) => `Visit ${round}`,
    open: (title) => `Open “${title}”`,
  },
});
