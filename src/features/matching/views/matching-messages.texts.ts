import { defineMessages } from "../../../lib/i18n.js";

/** Names and titles arrive escaped for mrkdwn (`esc()` in the view). */
export const matchingMessageTexts = defineMessages("matching.messages", {
  ja: {
    titleOpen: "専門家の候補を提示しました（企業の選択待ち）",
    titleChosen: "専門家が選ばれました（事務局の承認待ち）",
    titleApproved: "マッチングを承認しました",
    titleRejected: "マッチングを不承認にしました（候補の再提示待ち）",
    titleWithdrawn: "候補の提示を取り下げました（候補の再提示待ち）",
    candidatesHead: "*提示した候補（推薦順）*",
    reachSlack:
      "企業の担当者に Slack で候補を案内しました。電話やメールで選択を受けた場合は下のボタンで記録してください。",
    reachMail: (contact: string) =>
      `企業の担当者に候補をメールで案内しました（専用ページで選択できます）。電話などで選択を受けた場合は下のボタンで記録してください。\n${contact}`,
    reachNone: (contact: string) =>
      `企業の担当者は Slack を使っていません。電話・メールで候補を案内し、選ばれた専門家を下のボタンで記録してください。\n${contact}`,
    recordChoiceButton: "企業に代わって選択を記録",
    withdrawButton: "提示を取り下げる（理由を入力）",
    recordedOnWeb: "SMEがWebで選択（専用ページ）",
    chosenDetails: (p: { expert: string; via: string; note: string | null; recordedBy: string }) =>
      `*選ばれた専門家*: ${p.expert}\n*選択の方法*: ${p.via}${p.note ? `\n*メモ*: ${p.note}` : ""}\n*記録*: ${p.recordedBy}`,
    approveButton: "承認する（確認画面を開く）",
    rejectButton: "不承認にする（理由を入力）",
    approvedDetails: (p: { expert: string; caseId: number; target: string; by: string; override: boolean }) =>
      `*担当専門家*: ${p.expert}\n*案件番号*: #${p.caseId}\n*初回訪問の目標日*: ${p.target}\n*承認*: <@${p.by}>${p.override ? "\n:warning: 担当上限を超えての承認（監査ログに記録済み）" : ""}`,
    expertOffSlack: (p: { name: string; email: string | null; phone: string | null }) =>
      `:warning: ${p.name} さんは Slack を使っていません。案件の内容を直接お知らせください（${p.email ?? "メール未登録"} / ${p.phone ?? "電話未登録"}）。`,
    reassignButton: "担当の専門家を変更（理由を入力）",
    withdrawnDetails: (p: { reason: string; by: string }) => `*取り下げの理由*: ${p.reason}\n*記録*: <@${p.by}>`,
    proposeAgainButton: "候補を提示し直す",
    rejectedDetails: (p: { expert: string; reason: string; by: string }) =>
      `*不承認*: ${p.expert}\n*理由*: ${p.reason}\n*記録*: <@${p.by}>`,
    proposalFooter: (p: { applicationId: number; proposalId: number }) =>
      `申込番号 #${p.applicationId} ・ 提示番号 ${p.proposalId}`,
    chosenNotice: (p: { title: string; expert: string; web: boolean }) =>
      `${p.title}: ${p.expert} さんが選ばれました${p.web ? "（SMEがWebで選択）" : ""}。内容を確認して承認してください。`,
    choiceHeader: "担当専門家の候補のご案内",
    choiceIntro: (company: string) =>
      `${company} 様：指導を担当する専門家の候補をご案内します。ご希望の専門家を1名お選びください。選択は事務局の確認を経て確定します。`,
    chooseButton: (name: string) => `${name} さんを選ぶ`,
    decidedBySme: "ご選択を受け付けました",
    decidedRecorded: (via: string) => `事務局がご連絡（${via}）で伺ったご選択を記録しました`,
    decided: (p: { how: string; expert: string; title: string }) =>
      `${p.how}：${p.expert} さん。事務局が確認のうえ確定し、改めてお知らせします（${p.title}）。`,
    matched: (p: { expert: string; title: string; target: string | null }) =>
      `担当の専門家が決まりました：${p.expert} さん（${p.title}）。初回訪問の日程は事務局から調整のご連絡をします${p.target ? `（目安: ${p.target}ごろ）` : ""}。`,
    reproposal: (title: string) =>
      `事務局で確認した結果、担当専門家を改めてご案内することになりました（${title}）。新しい候補をお送りしますので、お待ちください。`,
    proposalWithdrawn: (p: { company: string; title: string }) =>
      `${p.company} 様：先日ご案内した専門家の候補は、事務局で取り下げました（${p.title}）。改めて候補をご案内しますので、お待ちください。`,
    reassigned: (p: { expert: string; title: string }) =>
      `担当の専門家が ${p.expert} さんに変わりました（${p.title}）。これまでの訪問の記録は引き継がれます。`,
    caseHandover: (p: { expert: string; caseId: number; company: string }) =>
      `${p.expert} さん、案件 #${p.caseId}（${p.company}）の担当を引き継いでいただくことになりました。`,
    caseMatched: (p: { expert: string; caseId: number; company: string }) =>
      `${p.expert} さん、案件 #${p.caseId}（${p.company}）の担当が決まりました。`,
    handoverNext: (p: { heldVisits: number; reason: string }) =>
      `実施済みの訪問: ${p.heldVisits}回（記録はそのまま引き継がれます）\n変更の理由: ${p.reason}`,
    firstVisitNext: (target: string) =>
      `初回訪問の目標日: ${target}\n下のボタンから初回訪問の候補日を1〜3件提案してください。事務局がSMEの回答を取りまとめ、確定したらお知らせします。`,
    contactPrivacy: "企業の連絡先はこの案件のためだけにお使いください。",
    released: (p: { expert: string; caseId: number; company: string; reason: string }) =>
      `${p.expert} さん、案件 #${p.caseId}（${p.company}）の担当は別の専門家に変更になりました。\n理由: ${p.reason}\nこれまでの訪問の記録はそのまま残ります。ご対応ありがとうございました。`,
    reassignedSecretariat: (p: { caseId: number; title: string; from: string; to: string }) =>
      `案件 #${p.caseId}（${p.title}）の担当を変更しました: ${p.from} → ${p.to}`,
    reassignedDetails: (p: { text: string; reason: string; by: string; override: boolean }) =>
      `${p.text}\n*理由*: ${p.reason}\n*変更*: <@${p.by}>${p.override ? "\n:warning: 担当上限を超えての変更（監査ログに記録済み）" : ""}`,
  },
  en: {
    titleOpen: "Experts proposed (waiting for the SME's choice)",
    titleChosen: "Expert chosen (waiting for the secretariat's approval)",
    titleApproved: "Matching approved",
    titleRejected: "Matching rejected (waiting for new candidates)",
    titleWithdrawn: "Proposal withdrawn (waiting for new candidates)",
    candidatesHead: "*Candidates proposed (ranked)*",
    reachSlack:
      "The SME's contact got the candidates in Slack. If the choice reaches you by phone or e-mail, record it with the button below.",
    reachMail: (contact) =>
      `The SME's contact got the candidates by e-mail (they can choose on their page). If the choice reaches you by phone or otherwise, record it with the button below.\n${contact}`,
    reachNone: (contact) =>
      `The SME's contact is not on Slack. Tell them the candidates by phone or e-mail, and record the expert chosen with the button below.\n${contact}`,
    recordChoiceButton: "Record the SME's choice",
    withdrawButton: "Withdraw the proposal (give a reason)",
    recordedOnWeb: "Chosen by the SME on the web (their page)",
    chosenDetails: (p) =>
      `*Expert chosen*: ${p.expert}\n*How*: ${p.via}${p.note ? `\n*Note*: ${p.note}` : ""}\n*Recorded*: ${p.recordedBy}`,
    approveButton: "Approve (open the checks)",
    rejectButton: "Reject (give a reason)",
    approvedDetails: (p) =>
      `*Expert*: ${p.expert}\n*Case*: #${p.caseId}\n*First-visit target*: ${p.target}\n*Approved*: <@${p.by}>${p.override ? "\n:warning: Approved over capacity (recorded in the audit log)" : ""}`,
    expertOffSlack: (p) =>
      `:warning: ${p.name} is not on Slack. Tell them about the case directly (${p.email ?? "no e-mail"} / ${p.phone ?? "no phone"}).`,
    reassignButton: "Reassign the case (give a reason)",
    withdrawnDetails: (p) => `*Reason for withdrawing*: ${p.reason}\n*Recorded*: <@${p.by}>`,
    proposeAgainButton: "Propose candidates again",
    rejectedDetails: (p) => `*Rejected*: ${p.expert}\n*Reason*: ${p.reason}\n*Recorded*: <@${p.by}>`,
    proposalFooter: (p) => `Application #${p.applicationId} · proposal ${p.proposalId}`,
    chosenNotice: (p) =>
      `${p.title}: ${p.expert} was chosen${p.web ? " (chosen by the SME on the web)" : ""}. Check it and approve.`,
    choiceHeader: "Experts proposed to you",
    choiceIntro: (company) =>
      `${company}: here are the experts proposed to guide you. Please choose one; the secretariat confirms the match.`,
    chooseButton: (name) => `Choose ${name}`,
    decidedBySme: "We received your choice",
    decidedRecorded: (via) => `The secretariat recorded the choice you gave them (${via})`,
    decided: (p) => `${p.how}: ${p.expert}. The secretariat will confirm the match and tell you (${p.title}).`,
    matched: (p) =>
      `Your expert is confirmed: ${p.expert} (${p.title}). The secretariat will contact you to arrange the first visit${p.target ? ` (around ${p.target})` : ""}.`,
    reproposal: (title) =>
      `After checking, the secretariat will propose experts to you again (${title}). Please wait for the new candidates.`,
    proposalWithdrawn: (p) =>
      `${p.company}: the secretariat has withdrawn the experts proposed earlier (${p.title}). New candidates will follow; please wait for them.`,
    reassigned: (p) => `Your expert is now ${p.expert} (${p.title}). The visits held so far are kept.`,
    caseHandover: (p) => `${p.expert}, you are taking over case #${p.caseId} (${p.company}).`,
    caseMatched: (p) => `${p.expert}, you have been matched with case #${p.caseId} (${p.company}).`,
    handoverNext: (p) =>
      `Visits held so far: ${p.heldVisits} (their records stay with the case)\nReason for the change: ${p.reason}`,
    firstVisitNext: (target) =>
      `Target date for the first visit: ${target}\nPropose one to three dates for the first visit with the button below; the secretariat gets the SME's answer and you are told once it is fixed.`,
    contactPrivacy: "Please use the SME's contact details for this case only.",
    released: (p) =>
      `${p.expert}, case #${p.caseId} (${p.company}) has been reassigned to another expert.\nReason: ${p.reason}\nThe records of your visits are kept. Thank you for your work.`,
    reassignedSecretariat: (p) => `Case #${p.caseId} (${p.title}) reassigned: ${p.from} → ${p.to}`,
    reassignedDetails: (p) =>
      `${p.text}\n*Reason*: ${p.reason}\n*Changed by*: <@${p.by}>${p.override ? "\n:warning: Reassigned over capacity (recorded in the audit log)" : ""}`,
  },
});
