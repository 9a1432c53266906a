import { defineMessages } from "../../../lib/i18n.js";

/** The survey modal, the invitations and reminders, the secretariat's notices and replies. */
export const surveyTexts = defineMessages("surveys.views", {
  ja: {
    expertSurvey: "専門家アンケート",
    smeSurvey: "指導先企業アンケート",
    caseLabel: (p: { id: number; company: string }) => `案件 #${p.id}（${p.company}）`,
    sourcePaper: "紙の回答用紙",
    sourceWeb: "Webフォーム",
    sourceMail: "メール",
    sourcePhone: "電話での聞き取り",
    choose: "選択してください",
    expert: (name: string) => `担当専門家: ${name}`,
    contact: (name: string) => `ご担当: ${name} 様`,
    onBehalfIntro: (p: { caseLabel: string; survey: string; who: string }) =>
      `*${p.caseLabel}* の${p.survey}を、回答者に代わって入力します。${p.who}`,
    intro: (caseLabel: string) => `*${caseLabel}* の指導についてお聞きします。回答は締切まで何度でも変更できます。`,
    previous: "前回の回答が入っています。変更して送信すると上書きされます。",
    howReceived: "回答の受け取り方法",
    sendAnswers: "回答を送信",
    close: "閉じる",
    changeAnswers: "回答を変更する",
    answerSurvey: "アンケートに回答する",
    inviteExpert: (p: { name: string; caseLabel: string }) =>
      `${p.name} さん、${p.caseLabel} の指導が完了しました。お疲れさまでした。今後の事業改善のため、専門家アンケートへのご回答をお願いします（5分ほどです）。`,
    inviteSme: (name: string) =>
      `${name} 様、専門家による4回の訪問指導が完了しました。ご協力ありがとうございました。指導についてのアンケートにご回答ください（5分ほどです）。`,
    reminder: (p: { round: number; max: number; caseLabel: string; survey: string }) =>
      `【リマインド ${p.round}/${p.max}】${p.caseLabel} の${p.survey}へのご回答がまだのようです。お手すきの際にご回答ください。`,
    respondentSme: (p: { name: string; email: string; phone: string }) =>
      `ご担当 ${p.name} 様（${p.email} / ${p.phone}）`,
    respondentExpert: (name: string) => `専門家 ${name} さん`,
    entryMailed:
      "回答用リンクをメールで送りました。Webで回答があればこのメッセージが更新されます。紙・電話などで受け取った回答は代理入力してください。",
    entryNotOnSlack: "回答者が Slack を使っていないため、紙・Web などで受け取った回答を代理入力してください。",
    entryReminder: (round: number) => `【未回答 ${round}回目の確認】`,
    entry: (p: { caseLabel: string; survey: string; how: string; respondent: string }) =>
      `${p.caseLabel} の${p.survey}: ${p.how}${p.respondent}`,
    enterOnBehalf: "回答を代理入力する",
    bySmeWeb: "SMEがWebで回答",
    bySecretariat: (source: string) => `事務局が代理入力（${source}）`,
    bySlack: "回答者がSlackで回答",
    byImport: "ファイルから取り込み",
    entryDone: (p: { caseLabel: string; survey: string; by: string; respondent: string }) =>
      `${p.caseLabel} の${p.survey}: 回答済み（${p.by}）。${p.respondent}`,
    checkOrCorrect: "回答を確認・修正する",
    answersChanged: (p: { survey: string; caseLabel: string }) => `${p.caseLabel} の${p.survey}の回答を変更しました。`,
    thanks: (p: { survey: string; caseLabel: string }) =>
      `${p.caseLabel} の${p.survey}にご回答いただきありがとうございました。締切までは下のボタンから回答を変更できます。`,
    noneWaiting: "回答をお願いしているアンケートはありません。",
    forYouHead: "*あなたへのアンケート*",
    forYou: "あなたへのアンケート",
    answeredCanChange: "回答済み（変更できます）",
    notAnswered: "未回答",
    statusTitle: "アンケートの状況",
    statusHead: (p: { survey: string; responses: number; invited: number; rate: string; open: number }) =>
      `*${p.survey}* — 回答 ${p.responses} / 依頼 ${p.invited}（回収率 ${p.rate}）・受付中 ${p.open} 件`,
    awaitingEntry: (count: number) => `・代理入力待ち ${count} 件`,
    statusFooter: (day: string) =>
      `${day} 時点。\`/desk survey close\` で締め切り、\`/desk survey enter 案件番号\` で指導先の回答を代理入力します。`,
  },
  en: {
    expertSurvey: "Expert survey",
    smeSurvey: "SME survey",
    caseLabel: (p) => `case #${p.id} (${p.company})`,
    sourcePaper: "Paper form",
    sourceWeb: "Web form",
    sourceMail: "Email",
    sourcePhone: "Phone interview",
    choose: "Choose",
    expert: (name) => `Expert: ${name}`,
    contact: (name) => `Contact: ${name}`,
    onBehalfIntro: (p) =>
      `Entering the ${p.survey.toLowerCase()} for *${p.caseLabel}* on the respondent's behalf. ${p.who}`,
    intro: (caseLabel) => `About the guidance in *${caseLabel}*. You can change your answers until the survey closes.`,
    previous: "Your previous answers are filled in; sending replaces them.",
    howReceived: "How the answer was received",
    sendAnswers: "Send answers",
    close: "Close",
    changeAnswers: "Change my answers",
    answerSurvey: "Answer the survey",
    inviteExpert: (p) =>
      `${p.name}, the guidance in ${p.caseLabel} is complete — thank you. Please answer the short expert survey (about 5 minutes); it helps us improve the program.`,
    inviteSme: (name) =>
      `${name}, the expert guidance visits are complete — thank you. Please answer a short survey about the guidance (about 5 minutes).`,
    reminder: (p) =>
      `[Reminder ${p.round}/${p.max}] We have not received your ${p.survey.toLowerCase()} for ${p.caseLabel} yet. Please answer when you have a moment.`,
    respondentSme: (p) => `Contact ${p.name} (${p.email} / ${p.phone})`,
    respondentExpert: (name) => `Expert ${name}`,
    entryMailed:
      "The survey link was sent by e-mail; this message is updated when an answer comes in on the web. Enter answers received on paper or by phone.",
    entryNotOnSlack: "The respondent is not on Slack: enter the answer received on paper, the web or otherwise.",
    entryReminder: (round) => `[Not answered, check ${round}] `,
    entry: (p) => `${p.caseLabel}, ${p.survey}: ${p.how} ${p.respondent}`,
    enterOnBehalf: "Enter the answer",
    bySmeWeb: "answered by the SME on the web",
    bySecretariat: (source) => `entered by the secretariat (${source})`,
    bySlack: "answered by the respondent in Slack",
    byImport: "imported from a file",
    entryDone: (p) => `${p.caseLabel}, ${p.survey}: answered (${p.by}). ${p.respondent}`,
    checkOrCorrect: "Check or correct the answer",
    answersChanged: (p) => `Your answers to the ${p.survey.toLowerCase()} for ${p.caseLabel} were changed.`,
    thanks: (p) =>
      `Thank you for answering the ${p.survey.toLowerCase()} for ${p.caseLabel}. You can change your answers with the button below until the survey closes.`,
    noneWaiting: "There is no survey waiting for your answer.",
    forYouHead: "*Surveys for you*",
    forYou: "Surveys for you",
    answeredCanChange: "answered (can be changed)",
    notAnswered: "not answered",
    statusTitle: "Survey status",
    statusHead: (p) =>
      `*${p.survey}* — ${p.responses} answered of ${p.invited} asked (response rate ${p.rate}), ${p.open} open`,
    awaitingEntry: (count) => `, ${count} awaiting entry by the secretariat`,
    statusFooter: (day) =>
      `As of ${day}. \`/desk survey close\` closes the surveys; \`/desk survey enter CASE\` enters an SME's answer.`,
  },
});
