import { defineMessages } from "../lib/i18n.js";

/** The mails at the end of a case: completion, the survey (and its reminders), an early end. */
export const caseMailTexts = defineMessages("mail.case", {
  ja: {
    keepPrivate: "このリンクはお申込みいただいた方専用です。他の方に転送しないでください。",
    handedOver: "お渡しした成果物:",
    deliverable: (p: { kind: string; title: string }) => `・${p.kind}${p.title ? `「${p.title}」` : ""}`,
    thisIs: (secretariat: string) => `${secretariat}です。`,
    completionSubject: (p: { program: string; applicationId: number }) =>
      `【${p.program}】訪問指導完了のお知らせ（申込番号 #${p.applicationId}）`,
    completionLead: (p: { expert: string; held: number }) =>
      `${p.expert} 様による${p.held}回の訪問指導がすべて完了しました。ご協力まことにありがとうございました。`,
    applicationNumber: "申込番号",
    yourExpert: "担当の専門家",
    completedOn: "完了日",
    visitRound: (round: number) => `第${round}回 訪問`,
    completionAction: "訪問の記録と成果物を確認する",
    completionAfter: "指導についてのアンケートのお願いを別のメールでお送りしました。ご協力をお願いいたします。",
    reminderTag: (p: { round: number; max: number }) => `【再送 ${p.round}/${p.max}】`,
    surveySubject: (p: { tag: string; program: string; applicationId: number }) =>
      `${p.tag}【${p.program}】指導についてのアンケートのお願い（申込番号 #${p.applicationId}）`,
    surveyReminderLead: (expert: string) =>
      `先日お願いした、${expert} 様による訪問指導についてのアンケートへのご回答がまだのようです。お手すきの際にご回答いただけますと幸いです。`,
    surveyLead: (expert: string) =>
      `${expert} 様による訪問指導についてのアンケートにご協力ください。今後の事業の改善に役立てます（5分ほどで終わります）。`,
    surveyAction: "アンケートに回答する",
    surveyAfter: "紙の回答用紙をご希望の場合や、すでにご回答済みの場合は、事務局にご連絡ください。",
    terminationSubject: (p: { program: string; applicationId: number }) =>
      `【${p.program}】訪問指導終了のお知らせ（申込番号 #${p.applicationId}）`,
    terminationLead: "お申込みいただいた訪問指導は、次の理由により終了となりました。",
    reason: "理由",
    endedOn: "終了日",
    terminationAction: "お申込み専用ページを開く",
    terminationAfter: "ご不明な点は、申込番号を添えて事務局にお問い合わせください。",
  },
  en: {
    keepPrivate: "This link is for you alone; please do not forward it.",
    handedOver: "What was handed over:",
    deliverable: (p) => `・${p.kind}${p.title ? `: ${p.title}` : ""}`,
    thisIs: (secretariat) => `This is ${secretariat}.`,
    completionSubject: (p) => `Your guidance is complete (No. #${p.applicationId}) — ${p.program}`,
    completionLead: (p) =>
      `All ${p.held} guidance visit(s) by ${p.expert} are complete. Thank you very much for taking part.`,
    applicationNumber: "Application number",
    yourExpert: "Your expert",
    completedOn: "Completed on",
    visitRound: (round) => `Visit ${round}`,
    completionAction: "See the record of the visits and the deliverables",
    completionAfter: "We have sent you a separate mail asking for a short survey about the guidance.",
    reminderTag: (p) => `[Reminder ${p.round}/${p.max}] `,
    surveySubject: (p) => `${p.tag}A short survey about your guidance (No. #${p.applicationId}) — ${p.program}`,
    surveyReminderLead: (expert) =>
      `We have not yet received your answers to the survey about the guidance by ${expert}. We would be grateful if you could answer when you have a moment.`,
    surveyLead: (expert) =>
      `Please answer a short survey about the guidance by ${expert} (about 5 minutes). It helps us improve the program.`,
    surveyAction: "Answer the survey",
    surveyAfter: "If you would rather answer on paper, or have already answered, please let the secretariat know.",
    terminationSubject: (p) => `Your guidance has ended (No. #${p.applicationId}) — ${p.program}`,
    terminationLead: "The guidance you applied for has ended, for the reason below.",
    reason: "Reason",
    endedOn: "Ended on",
    terminationAction: "Open your application page",
    terminationAfter: "If you have any questions, please contact the secretariat quoting your application number.",
  },
});
