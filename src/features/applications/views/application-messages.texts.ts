import { defineMessages } from "../../../lib/i18n.js";

/** The applications' Slack messages: the review, the applicant's DMs, the queue and App Home. */
export const applicationMessagesTexts = defineMessages("applications.messages", {
  ja: {
    valid: "有効",
    invalidButton: "無効（理由を入力）",
    reviewHeader: "中小企業の申込み（審査待ち）",
    screenedHeader: (status: string) => `中小企業の申込み — ${status}`,
    reviewContext: (p: { id: number; day: string }) => `申込番号 #${p.id} ・ 受付日 ${p.day}`,
    enteredBy: (user: string) => ` ・ 入力者 <@${user}>`,
    reasonLine: (reason: string) => `\n理由: ${reason}`,
    proposeButton: "候補の専門家を提示する",
    screenedText: (p: { title: string; status: string }) => `中小企業の申込み ${p.title}: ${p.status}`,
    reviewText: (title: string) => `中小企業の申込み: ${title}`,
    receipt: (p: { company: string; id: number; day: string }) =>
      `${p.company} 様の専門家指導のお申込みを受け付けました（申込番号 #${p.id}、受付日 ${p.day}）。事務局で内容を確認し、結果をこのアプリのメッセージでお知らせします。`,
    validDm: (title: string) =>
      `お申込み（${title}）を確認し、有効な申込みとして受け付けました。事務局から指導を担当する専門家の候補をご案内しますので、お待ちください。`,
    invalidDm: (p: { title: string; reason: string }) =>
      `申し訳ありませんが、お申込み（${p.title}）は受け付けられませんでした。\n理由: ${p.reason}\nご不明な点は事務局までお問い合わせください。`,
    queueEmpty: "審査待ちの申込みはありません。",
    queueHeader: (total: number) => `審査待ちの申込み（${total}件・古い順）`,
    queueMore: (more: number) => `ほか ${more} 件あります。審査すると次の申込みが表示されます。`,
    queueText: (total: number) => `審査待ちの申込み: ${total}件`,
    homeHeader: "申込みと審査",
    homeApplications: (total: number) => `申込み（計 ${total}件）`,
    homeExperts: "専門家",
    homeQueue: (total: number) => `*審査待ちの申込み*（古い順・${total}件）`,
    homeQueueMore: (more: number) => `ほか ${more} 件: \`/desk queue\` で一覧を表示します。`,
    homePendingExperts: (total: number) => `*承認待ちの専門家登録*（${total}件）`,
    applied: "申請日",
    approve: "承認する",
    reject: "不承認にする（理由を入力）",
    applyPrompt:
      "*専門家指導のお申込み*\n情報セキュリティの専門家による無料の訪問指導（4回）に、このフォームから申し込めます。",
    openForm: "申込みフォームを開く",
  },
  en: {
    valid: "Valid",
    invalidButton: "Invalid (give a reason)",
    reviewHeader: "SME application (waiting for screening)",
    screenedHeader: (status) => `SME application — ${status}`,
    reviewContext: (p) => `Application #${p.id} ・ received ${p.day}`,
    enteredBy: (user) => ` ・ entered by <@${user}>`,
    reasonLine: (reason) => `\nReason: ${reason}`,
    proposeButton: "Propose experts",
    screenedText: (p) => `SME application ${p.title}: ${p.status}`,
    reviewText: (title) => `SME application: ${title}`,
    receipt: (p) =>
      `We received the application of ${p.company} for expert guidance (application #${p.id}, received ${p.day}). The secretariat will check it and tell you the result in this app's messages.`,
    validDm: (title) =>
      `Your application (${title}) has been checked and accepted. The secretariat will propose experts to guide you; please wait for their message.`,
    invalidDm: (p) =>
      `We are sorry: your application (${p.title}) could not be accepted.\nReason: ${p.reason}\nPlease contact the secretariat with any questions.`,
    queueEmpty: "No applications are waiting for screening.",
    queueHeader: (total) => `Waiting for screening (${total}, oldest first)`,
    queueMore: (more) => `${more} more are waiting; screen these to see the next ones.`,
    queueText: (total) => `Applications waiting for screening: ${total}`,
    homeHeader: "Applications and screening",
    homeApplications: (total) => `Applications (${total} in all)`,
    homeExperts: "Experts",
    homeQueue: (total) => `*Waiting for screening* (oldest first, ${total})`,
    homeQueueMore: (more) => `${more} more: \`/desk queue\` lists them.`,
    homePendingExperts: (total) => `*Expert registrations to review* (${total})`,
    applied: "Applied",
    approve: "Approve",
    reject: "Reject (give a reason)",
    applyPrompt:
      "*Apply for expert guidance*\nApply here for free on-site guidance by an information-security expert (four visits).",
    openForm: "Open the application form",
  },
});
