import { defineMessages } from "../../../lib/i18n.js";

/** The experts' Slack messages: the secretariat's review, the expert's DMs and replies. */
export const expertMessagesTexts = defineMessages("experts.messages", {
  ja: {
    reviewHeader: "専門家登録の申請",
    decidedHeader: (status: string) => `専門家登録 — ${status}`,
    profileHead: "自己紹介",
    reviewContext: (p: { id: number; day: string; user: string | null }) =>
      `専門家ID ${p.id} ・ 申請日 ${p.day} ・ 申請者 <@${p.user}>`,
    reasonLine: (reason: string) => `\n理由: ${reason}`,
    approveButton: "承認する",
    rejectButton: "不承認にする（理由を入力）",
    decidedText: (p: { name: string; status: string }) => `専門家登録 ${p.name}: ${p.status}`,
    reviewText: (p: { name: string; kana: string }) => `専門家登録の申請: ${p.name}（${p.kana}）`,
    received: (name: string) =>
      `${name} さん、専門家登録の申請を受け付けました。事務局の確認後、結果をお知らせします。`,
    approved: (name: string) =>
      `${name} さん、専門家登録が承認されました。指導先の候補として事務局から紹介されるようになります。\`/expert profile\` で登録内容を確認・変更できます。\`/desk help\` でできることを確認できます。`,
    rejected: (p: { name: string; reason: string }) =>
      `${p.name} さん、申し訳ありませんが専門家登録は承認されませんでした。\n理由: ${p.reason}\n内容を修正して \`/expert register\` から再申請できます。ご不明な点は事務局までお問い合わせください。`,
    yourRecord: (status: string) => `*あなたの専門家登録* — ${status}`,
    contact: "連絡先",
    openCases: "担当中の案件",
    profile: "自己紹介",
    rejectionReason: "不承認の理由",
    editProfile: "登録内容を変更",
    yourRecordText: (status: string) => `あなたの専門家登録: ${status}`,
    approvedReply: (name: string) => `${name} さんの専門家登録を承認しました。本人に通知します。`,
    updatedReply: "専門家の登録内容を更新しました。",
    alreadyRegistered: (status: string) =>
      `すでに登録があります（${status}）。内容の確認・変更は \`/expert profile\` から行えます。`,
    notRegistered: "専門家としての登録がまだありません。`/expert register` から登録を申請できます。",
    homeHeader: "専門家としての状況",
    homeStatus: (p: { status: string; open: number; capacity: number }) =>
      `登録状況: *${p.status}*\n担当中の案件: *${p.open}* / 上限 ${p.capacity} 件`,
    commandRegister: "専門家として登録を申請する",
    commandProfile: "自分の登録内容を表示・変更する",
  },
  en: {
    reviewHeader: "Expert registration",
    decidedHeader: (status) => `Expert registration — ${status}`,
    profileHead: "Profile",
    reviewContext: (p) => `Expert ID ${p.id} ・ applied ${p.day} ・ by <@${p.user}>`,
    reasonLine: (reason) => `\nReason: ${reason}`,
    approveButton: "Approve",
    rejectButton: "Reject (give a reason)",
    decidedText: (p) => `Expert registration ${p.name}: ${p.status}`,
    reviewText: (p) => `Expert registration: ${p.name} (${p.kana})`,
    received: (name) =>
      `${name}, we received your expert registration. The secretariat will review it and tell you the result.`,
    approved: (name) =>
      `${name}, your expert registration was approved. The secretariat can now propose you to SMEs. See or edit your record with \`/expert profile\`; \`/desk help\` lists what you can do.`,
    rejected: (p) =>
      `${p.name}, your expert registration was not approved.\nReason: ${p.reason}\nYou can correct it and apply again with \`/expert register\`. Contact the secretariat with any questions.`,
    yourRecord: (status) => `*Your expert record* — ${status}`,
    contact: "Contact",
    openCases: "Open cases",
    profile: "Profile",
    rejectionReason: "Reason for rejection",
    editProfile: "Edit my profile",
    yourRecordText: (status) => `Your expert record: ${status}`,
    approvedReply: (name) => `Approved ${name}; they are being notified.`,
    updatedReply: "Your expert record was updated.",
    alreadyRegistered: (status) => `You are already registered (${status}). See or edit it with \`/expert profile\`.`,
    notRegistered: "You are not registered as an expert yet. Apply with `/expert register`.",
    homeHeader: "You as an expert",
    homeStatus: (p) => `Registration: *${p.status}*\nOpen cases: *${p.open}* of ${p.capacity}`,
    commandRegister: "Apply to register as an expert",
    commandProfile: "Show and edit your expert record",
  },
});
