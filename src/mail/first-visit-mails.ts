import { slotLabel } from "../features/first-visits/views/first-visit-text.js";
import { modeLabel } from "../features/visits/views/visit-text.js";
import type { Locale } from "../lib/i18n.js";
import { composeMail, type MailContent, type MailRecipient, type MailSignature } from "./layout.js";

/** What every visit mail to the SME knows. */
export type VisitMailBase = {
  applicationId: number;
  recipient: MailRecipient;
  /** The expert's name (public profile only). */
  expertName: string;
  /** The SME's personal page. */
  pageUrl: string;
};

export type ProposalMailData = VisitMailBase & {
  options: Date[];
  mode: string;
  place: string;
  /** The proposer's note to the SME ("" when none). */
  note: string;
  /** An earlier proposal was still waiting: these dates replace it. */
  replaces: boolean;
};

export type VisitMailData = VisitMailBase & {
  round: number;
  start: Date;
  mode: string;
  place: string;
};

const KEEP_PRIVATE: Record<Locale, string> = {
  ja: "このリンクはお申込みいただいた方専用です。他の方に転送しないでください。",
  en: "This link is for you alone; please do not forward it.",
};

function howText(mode: string, place: string, locale: Locale): string {
  return place ? `${modeLabel(mode, locale)}（${place}）` : modeLabel(mode, locale);
}

function title(sig: MailSignature, locale: Locale, ja: string, en: string, applicationId: number): string {
  return locale === "ja"
    ? `【${sig.programName}】${ja}（申込番号 #${applicationId}）`
    : `${en} (No. #${applicationId}) — ${sig.programName}`;
}

function pageAction(d: VisitMailBase, locale: Locale, label: { ja: string; en: string }) {
  return { label: label[locale], url: d.pageUrl, note: KEEP_PRIVATE[locale] };
}

/** 初回訪問の候補日のご案内: the 1–3 dates, how and where, the proposer's note, the link to answer. */
export function proposalMail(d: ProposalMailData, locale: Locale, sig: MailSignature): MailContent {
  const ja = locale === "ja";
  const replaced = d.replaces
    ? ja
      ? ["先にご案内した候補日は取り消し、新しい候補日に差し替えました。以前の候補日ではご回答いただけません。"]
      : ["These dates replace the ones we sent earlier; the earlier dates can no longer be chosen."]
    : [];
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: title(sig, locale, "初回訪問の候補日のご案内", "Dates proposed for your first visit", d.applicationId),
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            `担当の専門家 ${d.expertName} 様との初回訪問について、候補日をご案内します。`,
            ...replaced,
            "下のリンクから、ご都合のよい日時をお選びください。どの日程も都合が合わない場合は、ご希望をお書きいただければ別の日程をご提案します。",
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            `Here are the proposed dates for your first visit with your expert, ${d.expertName}.`,
            ...replaced,
            "Please choose the date that suits you on your page (link below). If none suits you, tell us what would, and we will propose other dates.",
          ],
      facts: [
        ...d.options.map((at, i): [string, string] => [ja ? `候補${i + 1}` : `Date ${i + 1}`, slotLabel(at, locale)]),
        [ja ? "方法" : "How", howText(d.mode, d.place, locale)],
        ...(d.note ? [[ja ? "専門家からのメモ" : "Note from the expert", d.note] as [string, string]] : []),
      ],
      action: pageAction(d, locale, { ja: "日程を選ぶ・別の日程を依頼する", en: "Choose a date or ask for others" }),
      after: ja
        ? ["お電話・メールでご回答いただくこともできます。その際は申込番号をお知らせください。"]
        : ["You may also answer by phone or e-mail; please quote your application number."],
    },
    sig,
  );
}

/** 初回訪問の日程確定: the date, how and where; the calendar entry is attached by the caller. */
export function visitConfirmedMail(
  d: VisitMailData & { by: "sme_web" | "secretariat" },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const ja = locale === "ja";
  const when = slotLabel(d.start, locale);
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: title(
        sig,
        locale,
        `第${d.round}回訪問の日程確定（${when}）`,
        `Visit ${d.round} confirmed: ${when}`,
        d.applicationId,
      ),
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            d.by === "sme_web"
              ? `専用ページでのご回答ありがとうございます。第${d.round}回の訪問を ${when} に確定しました。`
              : `ご連絡いただいた日程で、第${d.round}回の訪問を ${when} に確定しました。`,
            `担当の専門家 ${d.expertName} 様にもお伝えしました。当日はよろしくお願いいたします。`,
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            d.by === "sme_web"
              ? `Thank you for answering on your page: visit ${d.round} is confirmed for ${when}.`
              : `As you told us, visit ${d.round} is confirmed for ${when}.`,
            `Your expert, ${d.expertName}, has been told. We look forward to the visit.`,
          ],
      facts: visitFacts(d, locale),
      action: pageAction(d, locale, { ja: "お申込みの状況を確認する", en: "See the status of your application" }),
      after: ja
        ? [
            "カレンダーに登録できるファイル（.ics）を添付しています。",
            "ご都合が悪くなった場合は、お早めに事務局または専門家にご連絡ください。",
          ]
        : [
            "A calendar file (.ics) is attached.",
            "If the date no longer suits you, please tell the secretariat or the expert as soon as possible.",
          ],
    },
    sig,
  );
}

function visitFacts(d: VisitMailData, locale: Locale): [string, string][] {
  const ja = locale === "ja";
  return [
    [ja ? "日時" : "When", slotLabel(d.start, locale)],
    [ja ? "方法" : "How", howText(d.mode, d.place, locale)],
    [ja ? "担当の専門家" : "Your expert", d.expertName],
  ];
}

/** A visit planned directly (not through the dates on the page), moved, or cancelled. */
export function visitChangedMail(
  d: VisitMailData & { kind: "planned" | "rescheduled" | "cancelled"; reason: string },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const ja = locale === "ja";
  const when = slotLabel(d.start, locale);
  const subject = {
    planned: title(
      sig,
      locale,
      `第${d.round}回訪問の日程（${when}）`,
      `Visit ${d.round} planned: ${when}`,
      d.applicationId,
    ),
    rescheduled: title(
      sig,
      locale,
      `第${d.round}回訪問の日程変更（${when}）`,
      `Visit ${d.round} moved to ${when}`,
      d.applicationId,
    ),
    cancelled: title(sig, locale, `第${d.round}回訪問の取消し`, `Visit ${d.round} cancelled`, d.applicationId),
  }[d.kind];
  const what = {
    planned: ja
      ? `担当の専門家 ${d.expertName} 様との第${d.round}回の訪問を ${when} に予定しました。`
      : `Visit ${d.round} with your expert, ${d.expertName}, is planned for ${when}.`,
    rescheduled: ja
      ? `第${d.round}回の訪問の日程を ${when} に変更しました。`
      : `Visit ${d.round} has been moved to ${when}.`,
    cancelled: ja
      ? `${when} に予定していた第${d.round}回の訪問を取り消しました。`
      : `Visit ${d.round}, planned for ${when}, has been cancelled.`,
  }[d.kind];
  const reason: [string, string][] = d.reason && d.kind !== "planned" ? [[ja ? "理由" : "Reason", d.reason]] : [];
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject,
      lead: [ja ? `${sig.secretariat.name}です。` : `This is ${sig.secretariat.name}.`, what],
      facts:
        d.kind === "cancelled"
          ? [...reason, [ja ? "担当の専門家" : "Your expert", d.expertName]]
          : [...visitFacts(d, locale), ...reason],
      action: pageAction(d, locale, { ja: "お申込みの状況を確認する", en: "See the status of your application" }),
      after: ja
        ? [
            d.kind === "cancelled"
              ? "カレンダーから予定を削除するファイル（.ics）を添付しています。改めての日程は、事務局または専門家からご連絡します。"
              : "カレンダーに登録できるファイル（.ics）を添付しています（以前の予定は置き換わります）。",
            "ご不明な点は事務局にお問い合わせください。",
          ]
        : [
            d.kind === "cancelled"
              ? "The attached calendar file (.ics) removes the entry. The secretariat or the expert will get in touch about a new date."
              : "A calendar file (.ics) is attached (it replaces the earlier entry).",
            "Please contact the secretariat with any questions.",
          ],
    },
    sig,
  );
}

/** "None fits" recorded by the secretariat on the SME's behalf: we heard you, new dates will come. */
export function otherDatesRequestedMail(
  d: VisitMailBase & { note: string },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const ja = locale === "ja";
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: title(
        sig,
        locale,
        "初回訪問の日程のご希望を承りました",
        "We have your wishes for the first visit's date",
        d.applicationId,
      ),
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            "ご案内した候補日がいずれもご都合に合わないとのご連絡をいただきました。ありがとうございます。",
            `ご希望を担当の専門家 ${d.expertName} 様にお伝えしました。新しい候補日が決まりましたら、改めてメールでご案内します。`,
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            "Thank you for letting us know that none of the proposed dates suits you.",
            `We have passed your wishes to your expert, ${d.expertName}. We will e-mail you the new dates.`,
          ],
      facts: [[ja ? "承ったご希望" : "Your wishes", d.note]],
      action: pageAction(d, locale, { ja: "お申込みの状況を確認する", en: "See the status of your application" }),
    },
    sig,
  );
}
