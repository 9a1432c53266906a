import { defineMessages } from "../../lib/i18n.js";

/** The SME's survey form on the web and the page after it. */
export const surveyPageTexts = defineMessages("web.surveyPage", {
  ja: {
    title: "指導についてのアンケート",
    optional: "（任意）",
    upTo: (limit: number) => `${limit}文字以内`,
    errorPrefix: "エラー: ",
    choose: "選択してください",
    chooseAny: "（複数選択可）",
    problem: "入力内容に問題があります",
    addressee: (p: { company: string; contact: string }) => `${p.company} ${p.contact} 様`,
    lead: (p: { expert: string; applicationId: number }) =>
      `${p.expert} 様による訪問指導（申込番号 #${p.applicationId}）について、ご意見をお聞かせください。5分ほどで終わります。`,
    answerAll: "（任意）と書かれていない質問にはすべてお答えください。送信後の変更は事務局にご連絡ください。",
    send: "回答を送信する",
    back: "お申込みのページに戻る",
    thanksTitle: "ご回答ありがとうございました",
    thanksBody: "アンケートの回答を受け付けました。いただいたご意見は事業の改善に役立てます。",
    alreadyTitle: "このアンケートには回答済みです",
    alreadyBody: "ご回答はすでに受け付けています。内容を変更したい場合は事務局にご連絡ください。",
    closedTitle: "このアンケートは締め切られました",
    closedBody: "回答の受付は終了しました。ご協力ありがとうございました。",
    noneTitle: "アンケートはまだありません",
    noneBody: "指導が完了しましたら、アンケートのお願いをメールでお送りします。",
    answeredOn: (day: string) => `回答日: ${day}`,
  },
  en: {
    title: "Survey about the guidance",
    optional: " (optional)",
    upTo: (limit) => `Up to ${limit} characters`,
    errorPrefix: "Error: ",
    choose: "Choose",
    chooseAny: " (choose any)",
    problem: "There is a problem",
    addressee: (p) => `${p.contact}, ${p.company}`,
    lead: (p) =>
      `Please tell us about the guidance by ${p.expert} (application #${p.applicationId}). It takes about 5 minutes.`,
    answerAll:
      "Please answer every question not marked (optional). To change your answers after sending, contact the secretariat.",
    send: "Send my answers",
    back: "Back to your application page",
    thanksTitle: "Thank you for your answers",
    thanksBody: "We have recorded your answers. They help us improve the program.",
    alreadyTitle: "You have already answered this survey",
    alreadyBody: "We already have your answers. To change them, please contact the secretariat.",
    closedTitle: "This survey is closed",
    closedBody: "Answers are no longer accepted. Thank you.",
    noneTitle: "There is no survey yet",
    noneBody: "When the guidance is complete we will e-mail you a short survey.",
    answeredOn: (day) => `Answered on ${day}`,
  },
});
