import { defineMessages } from "../../lib/i18n.js";

/** The SME's choice of expert on its page, and why a choice was refused. */
export const chooseTexts = defineMessages("web.choose", {
  ja: {
    refusedClosed:
      "この候補のご案内はすでに締め切られています（選択済み、または事務局が取り下げました）。変更はありません。最新の状況は下をご覧ください。",
    refusedNotCandidate:
      "選ばれた専門家は、ご案内中の候補に含まれていません。変更はありません。下の候補からお選びください。",
    refusedUnreadable:
      "選択の内容を読み取れませんでした。変更はありません。下の候補のボタンからもう一度お選びください。",
    sectionTitle: "担当の専門家を選ぶ",
    sectionIntro: "指導を担当してほしい専門家をお一人お選びください。ご選択は事務局の承認を経て確定します。",
    chooseButton: "この専門家を選ぶ",
    noticeTitle: "選択は記録されませんでした",
    chosenTitle: (expert: string) => `${expert}さんを選びました`,
    chosenBody: (expert: string) => `${expert}さんを選びました。事務局の承認後にご連絡します。`,
    applicationNumber: (id: number) => `申込番号 #${id}`,
    back: "お申込みの状況に戻る",
  },
  en: {
    refusedClosed:
      "These candidates are closed (a choice was made already, or the secretariat withdrew them). Nothing was changed; the current status is below.",
    refusedNotCandidate:
      "That expert is not among the candidates proposed to you. Nothing was changed; please choose from the candidates below.",
    refusedUnreadable: "Your choice could not be read. Nothing was changed; please choose again with a button below.",
    sectionTitle: "Choose your expert",
    sectionIntro:
      "Please choose the expert you would like to guide you. The secretariat confirms the match afterwards.",
    chooseButton: "Choose this expert",
    noticeTitle: "Your choice was not recorded",
    chosenTitle: (expert) => `You chose ${expert}`,
    chosenBody: (expert) => `You chose ${expert}. We will contact you once the secretariat has approved the match.`,
    applicationNumber: (id) => `Application number #${id}`,
    back: "Back to your application",
  },
});
