import type { Locale } from "../lib/i18n.js";
import { composeMail, type MailContent, type MailRecipient, type MailSignature } from "./layout.js";

/** What every mail about an application's progress knows: its number, the addressee and the personal page. */
export type ProgressMailData = {
  applicationId: number;
  recipient: MailRecipient;
  /** The personal page `${PUBLIC_BASE_URL}/s/<token>` (the link the SME already has). */
  pageUrl: string;
};

/** An expert as an SME may see them: name and public facts (qualification, area, industries, profile). */
export type PublicExpertProfile = { name: string; facts: [label: string, value: string][] };

const KEEP_PRIVATE: Record<Locale, string> = {
  ja: "このリンクはお申込みいただいた方専用です。他の方に転送しないでください。",
  en: "This link is for you alone; please do not forward it.",
};

function numberFact(d: ProgressMailData, ja: boolean): [string, string] {
  return [ja ? "申込番号" : "Application number", `#${d.applicationId}`];
}

function pageAction(d: ProgressMailData, label: string, locale: Locale) {
  return { label, url: d.pageUrl, note: KEEP_PRIVATE[locale] };
}

function subjectOf(sig: MailSignature, d: ProgressMailData, ja: boolean, jaText: string, enText: string): string {
  return ja
    ? `【${sig.programName}】${jaText}（申込番号 #${d.applicationId}）`
    : `${enText} (No. #${d.applicationId}) — ${sig.programName}`;
}

/** 審査結果（支援の対象）: the application was screened valid; candidates come next. */
export function screenedValidMail(d: ProgressMailData, locale: Locale, sig: MailSignature): MailContent {
  const ja = locale === "ja";
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: subjectOf(
        sig,
        d,
        ja,
        "審査結果のお知らせ（支援の対象となりました）",
        "Your application has been accepted",
      ),
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            "お申込みを受け付けました。審査の結果、本事業の支援の対象となりました。",
            "これから事務局が、指導を担当する専門家の候補を選びます。候補が決まりましたら、このメールアドレスにご案内しますので、その中からお一人をお選びください。",
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            `We have checked your application: your company is eligible for ${sig.programName}.`,
            "The secretariat will now select candidate experts to guide you. We will e-mail you the candidates; you then choose one of them.",
          ],
      facts: [numberFact(d, ja)],
      action: pageAction(d, ja ? "お申込みの状況を確認する" : "See the status of your application", locale),
      after: ja
        ? ["お問い合わせの際は申込番号をお知らせください。"]
        : ["Please quote your application number when you contact us."],
    },
    sig,
  );
}

/** 審査結果（お受けできません）: the application was screened invalid, with the reason in words. */
export function screenedInvalidMail(
  d: ProgressMailData & { reason: string },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const ja = locale === "ja";
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: subjectOf(sig, d, ja, "審査結果のお知らせ", "The result of your application"),
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            `${sig.programName}にお申込みいただき、ありがとうございました。`,
            "申込内容を確認いたしましたが、誠に申し訳ありませんが、今回はお申込みをお受けすることができませんでした。",
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            `Thank you for applying to ${sig.programName}.`,
            "We have checked your application and are sorry to tell you that we cannot accept it.",
          ],
      facts: [numberFact(d, ja), [ja ? "理由" : "Reason", d.reason]],
      action: pageAction(d, ja ? "お申込みの状況を確認する" : "See the status of your application", locale),
      after: ja
        ? ["ご不明な点やお申込み内容に誤りがある場合は、申込番号を添えて事務局までご連絡ください。"]
        : [
            "If anything is unclear or your application contained a mistake, please contact the secretariat quoting your application number.",
          ],
    },
    sig,
  );
}

/** 担当専門家の候補のご案内: the candidates' public profiles and the link to choose one. */
export function candidatesMail(
  d: ProgressMailData & { candidates: PublicExpertProfile[] },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const ja = locale === "ja";
  const facts: [string, string][] = [numberFact(d, ja)];
  d.candidates.forEach((c, i) => {
    facts.push([ja ? `候補${i + 1}` : `Candidate ${i + 1}`, c.name]);
    for (const [k, v] of c.facts) facts.push([`　${k}`, v]);
  });
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: subjectOf(sig, d, ja, "担当専門家の候補のご案内", "Experts proposed to guide you"),
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            `指導を担当する専門家の候補を${d.candidates.length}名ご案内します。`,
            "下のリンクから専用ページを開き、ご希望の専門家をお一人お選びください。ご選択は事務局の確認を経て確定します。",
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            `Here are ${d.candidates.length} expert(s) proposed to guide you.`,
            "Please open your page with the link below and choose one. The secretariat confirms the match afterwards.",
          ],
      facts,
      action: pageAction(d, ja ? "専門家を選ぶ" : "Choose your expert", locale),
      after: ja
        ? ["候補の中にご希望に合う方がいない場合は、申込番号を添えて事務局までご連絡ください。"]
        : ["If none of them suits you, please contact the secretariat quoting your application number."],
    },
    sig,
  );
}

/**
 * New candidates will follow: the proposal was withdrawn, or the SME's choice could not be approved.
 * Says why in one sentence, apologises, and points to the page (no internal reason).
 */
function newCandidatesMail(
  d: ProgressMailData,
  locale: Locale,
  sig: MailSignature,
  why: { subject: { ja: string; en: string }; sentence: { ja: string; en: string } },
): MailContent {
  const ja = locale === "ja";
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: subjectOf(sig, d, ja, why.subject.ja, why.subject.en),
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            why.sentence.ja,
            "改めて候補を選び、このメールアドレスにご案内しますので、お待ちください。",
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            why.sentence.en,
            "We will select new candidates and e-mail them to you; please wait for them.",
          ],
      facts: [numberFact(d, ja)],
      action: pageAction(d, ja ? "お申込みの状況を確認する" : "See the status of your application", locale),
    },
    sig,
  );
}

/** 候補の取り下げ: the secretariat withdrew the proposal; new candidates follow. */
export function candidatesWithdrawnMail(d: ProgressMailData, locale: Locale, sig: MailSignature): MailContent {
  return newCandidatesMail(d, locale, sig, {
    subject: { ja: "ご案内した専門家の候補の取り下げについて", en: "The experts proposed earlier were withdrawn" },
    sentence: {
      ja: "先日ご案内した専門家の候補は、事務局の都合により取り下げさせていただきました。お手数をおかけして申し訳ありません。",
      en: "We have withdrawn the experts we proposed to you earlier; we are sorry for the trouble.",
    },
  });
}

/** The SME's choice could not be approved (e.g. the expert cannot take the case): new candidates follow. */
export function choiceNotApprovedMail(d: ProgressMailData, locale: Locale, sig: MailSignature): MailContent {
  return newCandidatesMail(d, locale, sig, {
    subject: { ja: "担当専門家の再度のご案内について", en: "We will propose experts to you again" },
    sentence: {
      ja: "お選びいただいた専門家について事務局で確認した結果、今回はご担当いただけないことになりました。ご希望に沿えず申し訳ありません。",
      en: "After checking, the expert you chose cannot take on your guidance this time; we are sorry.",
    },
  });
}

/** 担当専門家の決定: the secretariat approved the match; the expert will propose first-visit dates. */
export function matchedMail(
  d: ProgressMailData & { expert: PublicExpertProfile },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const ja = locale === "ja";
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: subjectOf(sig, d, ja, "担当の専門家が決まりました", "Your expert is confirmed"),
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            `指導を担当する専門家が ${d.expert.name} 様に決まりました。`,
            "初回訪問の日程は、専門家から事務局を通じて候補日をご提案します。候補日のご案内が届きましたら、専用ページからご都合のよい日をお選びください。",
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            `Your expert is confirmed: ${d.expert.name}.`,
            "The expert will propose dates for the first visit through the secretariat. When the dates arrive, please choose one on your page.",
          ],
      facts: [
        numberFact(d, ja),
        [ja ? "担当の専門家" : "Your expert", d.expert.name],
        ...d.expert.facts.map(([k, v]): [string, string] => [`　${k}`, v]),
      ],
      action: pageAction(d, ja ? "お申込みの状況を確認する" : "See the status of your application", locale),
    },
    sig,
  );
}
