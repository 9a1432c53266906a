import { defineMessages } from "../lib/i18n.js";

/** The SME's mails about its application's progress: screening, candidates, the match. */
export const matchingMailTexts = defineMessages("mail.matching", {
  ja: {
    keepPrivate: "このリンクはお申込みいただいた方専用です。他の方に転送しないでください。",
    subject: (p: { program: string; subject: string; applicationId: number }) =>
      `【${p.program}】${p.subject}（申込番号 #${p.applicationId}）`,
    thisIs: (secretariat: string) => `${secretariat}です。`,
    applicationNumber: "申込番号",
    statusAction: "お申込みの状況を確認する",
    validSubject: "審査結果のお知らせ（支援の対象となりました）",
    /** The English side names the program; the Japanese says 本事業. */
    validAccepted: (_program: string) => "お申込みを受け付けました。審査の結果、本事業の支援の対象となりました。",
    validNext:
      "これから事務局が、指導を担当する専門家の候補を選びます。候補が決まりましたら、このメールアドレスにご案内しますので、その中からお一人をお選びください。",
    quoteNumber: "お問い合わせの際は申込番号をお知らせください。",
    invalidSubject: "審査結果のお知らせ",
    thanksForApplying: (program: string) => `${program}にお申込みいただき、ありがとうございました。`,
    invalidSorry:
      "申込内容を確認いたしましたが、誠に申し訳ありませんが、今回はお申込みをお受けすることができませんでした。",
    reason: "理由",
    invalidAfter: "ご不明な点やお申込み内容に誤りがある場合は、申込番号を添えて事務局までご連絡ください。",
    candidate: (n: number) => `候補${n}`,
    candidatesSubject: "担当専門家の候補のご案内",
    candidatesCount: (n: number) => `指導を担当する専門家の候補を${n}名ご案内します。`,
    candidatesChoose:
      "下のリンクから専用ページを開き、ご希望の専門家をお一人お選びください。ご選択は事務局の確認を経て確定します。",
    chooseAction: "専門家を選ぶ",
    candidatesAfter: "候補の中にご希望に合う方がいない場合は、申込番号を添えて事務局までご連絡ください。",
    newCandidatesNext: "改めて候補を選び、このメールアドレスにご案内しますので、お待ちください。",
    withdrawnSubject: "ご案内した専門家の候補の取り下げについて",
    withdrawnSentence:
      "先日ご案内した専門家の候補は、事務局の都合により取り下げさせていただきました。お手数をおかけして申し訳ありません。",
    notApprovedSubject: "担当専門家の再度のご案内について",
    notApprovedSentence:
      "お選びいただいた専門家について事務局で確認した結果、今回はご担当いただけないことになりました。ご希望に沿えず申し訳ありません。",
    matchedSubject: "担当の専門家が決まりました",
    matchedLead: (expert: string) => `指導を担当する専門家が ${expert} 様に決まりました。`,
    matchedNext:
      "初回訪問の日程は、専門家から事務局を通じて候補日をご提案します。候補日のご案内が届きましたら、専用ページからご都合のよい日をお選びください。",
    yourExpert: "担当の専門家",
  },
  en: {
    keepPrivate: "This link is for you alone; please do not forward it.",
    subject: (p) => `${p.subject} (No. #${p.applicationId}) — ${p.program}`,
    thisIs: (secretariat) => `This is ${secretariat}.`,
    applicationNumber: "Application number",
    statusAction: "See the status of your application",
    validSubject: "Your application has been accepted",
    validAccepted: (program) => `We have checked your application: your company is eligible for ${program}.`,
    validNext:
      "The secretariat will now select candidate experts to guide you. We will e-mail you the candidates; you then choose one of them.",
    quoteNumber: "Please quote your application number when you contact us.",
    invalidSubject: "The result of your application",
    thanksForApplying: (program) => `Thank you for applying to ${program}.`,
    invalidSorry: "We have checked your application and are sorry to tell you that we cannot accept it.",
    reason: "Reason",
    invalidAfter:
      "If anything is unclear or your application contained a mistake, please contact the secretariat quoting your application number.",
    candidate: (n) => `Candidate ${n}`,
    candidatesSubject: "Experts proposed to guide you",
    candidatesCount: (n) => `Here are ${n} expert(s) proposed to guide you.`,
    candidatesChoose:
      "Please open your page with the link below and choose one. The secretariat confirms the match afterwards.",
    chooseAction: "Choose your expert",
    candidatesAfter: "If none of them suits you, please contact the secretariat quoting your application number.",
    newCandidatesNext: "We will select new candidates and e-mail them to you; please wait for them.",
    withdrawnSubject: "The experts proposed earlier were withdrawn",
    withdrawnSentence: "We have withdrawn the experts we proposed to you earlier; we are sorry for the trouble.",
    notApprovedSubject: "We will propose experts to you again",
    notApprovedSentence: "After checking, the expert you chose cannot take on your guidance this time; we are sorry.",
    matchedSubject: "Your expert is confirmed",
    matchedLead: (expert) => `Your expert is confirmed: ${expert}.`,
    matchedNext:
      "The expert will propose dates for the first visit through the secretariat. When the dates arrive, please choose one on your page.",
    yourExpert: "Your expert",
  },
});
