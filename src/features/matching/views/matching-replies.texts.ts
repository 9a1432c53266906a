import { defineMessages } from "../../../lib/i18n.js";

/** The matching commands' help and replies, the App Home section and the expert search's options. */
export const matchingReplyTexts = defineMessages("matching.replies", {
  ja: {
    /** The help shows one usage line, whatever the reader's language. */
    matchUsage: "match <申込番号>",
    matchSummary: "申込みの次のマッチング手続き（候補の提示・承認）を開く",
    reassignUsage: "reassign <案件番号>",
    reassignSummary: "案件の担当専門家を変更する",
    rankingSummary: "候補の並び順を決める点数（重み）を変更する",
    matchNeedsNumber: "申込番号を指定してください（例: `/desk match 12`）。",
    waiting: (applicationId: number) =>
      `申込み #${applicationId} は候補を案内済みで、企業の選択を待っています。電話やメールで選択を受けた場合は記録してください。`,
    recordChoiceButton: "企業に代わって選択を記録",
    reassignNeedsNumber: "案件番号を指定してください（例: `/desk reassign 12`）。",
    /** `name` escaped for mrkdwn. */
    youChose: (name: string) => `${name} さんを選びました。事務局が確認のうえ確定し、改めてお知らせします。`,
    suggestionLoad: (p: { where: string; open: number; capacity: number }) =>
      `${p.where}・担当 ${p.open}/${p.capacity}件`,
    homeHeader: "マッチング",
    homeCounts: (p: { valid: number; proposed: number; chosen: number }) =>
      `候補の提示待ち: *${p.valid}*件 ・ 企業の選択待ち: *${p.proposed}*件 ・ 承認待ち: *${p.chosen}*件`,
    homeValid: (p: { id: number; company: string; where: string; received: string }) =>
      `*#${p.id} ${p.company}*（${p.where}・受付 ${p.received}）— 候補の提示待ち`,
    proposeButton: "候補を提示する",
    homeMore: (more: number) => `ほか ${more} 件は \`/desk match 申込番号\` で開けます。`,
    reviewApproval: "承認の確認",
  },
  en: {
    matchUsage: "match <申込番号>",
    matchSummary: "Open the next matching step for an application (propose candidates, approve)",
    reassignUsage: "reassign <案件番号>",
    reassignSummary: "Reassign a case to another expert",
    rankingSummary: "Change the weights that rank candidate experts",
    matchNeedsNumber: "Give the application number (e.g. `/desk match 12`).",
    waiting: (applicationId) =>
      `Application #${applicationId} has candidates waiting for the SME's choice. If the SME told you by phone or mail, record it.`,
    recordChoiceButton: "Record the SME's choice",
    reassignNeedsNumber: "Give the case number (e.g. `/desk reassign 12`).",
    youChose: (name) => `You chose ${name}. The secretariat will confirm the match and tell you.`,
    suggestionLoad: (p) => `${p.where}・load ${p.open}/${p.capacity}`,
    homeHeader: "Matching",
    homeCounts: (p) =>
      `Waiting for candidates: *${p.valid}* · waiting for the SME's choice: *${p.proposed}* · waiting for approval: *${p.chosen}*`,
    homeValid: (p) => `*#${p.id} ${p.company}* (${p.where}, received ${p.received}) — waiting for candidates`,
    proposeButton: "Propose candidates",
    homeMore: (more) => `${more} more: open one with \`/desk match <application number>\`.`,
    reviewApproval: "Review approval",
  },
});
