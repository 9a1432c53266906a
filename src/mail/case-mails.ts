import { formatSlashDate } from "../lib/dates.js";
import type { Locale } from "../lib/i18n.js";
import { composeMail, type MailContent, type MailRecipient, type MailSignature } from "./layout.js";

/** What the mails at the end of a case need to know (public facts only: no review comments). */
export type CaseMailData = {
  applicationId: number;
  recipient: MailRecipient;
  expertName: string;
  /** YYYY-MM-DD (Japan time). */
  closedOn: string | null;
  /** Visits held, in order. */
  visits: { round: number; heldOn: string | null }[];
  /** Deliverables handed over: the kind in words and the title. */
  deliverables: { kind: string; title: string }[];
  /** The personal page `${PUBLIC_BASE_URL}/s/<token>`. */
  pageUrl: string;
};

const KEEP_PRIVATE: Record<Locale, string> = {
  ja: "このリンクはお申込みいただいた方専用です。他の方に転送しないでください。",
  en: "This link is for you alone; please do not forward it.",
};

function surveyUrl(pageUrl: string): string {
  return `${pageUrl}/survey`;
}

function deliveredLines(d: CaseMailData, locale: Locale): string[] {
  const ja = locale === "ja";
  if (d.deliverables.length === 0) return [];
  return [
    ja ? "お渡しした成果物:" : "What was handed over:",
    ...d.deliverables.map((x) => `・${x.kind}${x.title ? (ja ? `「${x.title}」` : `: ${x.title}`) : ""}`),
  ];
}

/** 指導完了のお知らせ: thanks, what was delivered, the page with the record of the case. */
export function completionMail(d: CaseMailData, locale: Locale, sig: MailSignature): MailContent {
  const ja = locale === "ja";
  const held = d.visits.filter((v) => v.heldOn).length;
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: ja
        ? `【${sig.programName}】訪問指導完了のお知らせ（申込番号 #${d.applicationId}）`
        : `Your guidance is complete (No. #${d.applicationId}) — ${sig.programName}`,
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            `${d.expertName} 様による${held}回の訪問指導がすべて完了しました。ご協力まことにありがとうございました。`,
            ...deliveredLines(d, locale),
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            `All ${held} guidance visit(s) by ${d.expertName} are complete. Thank you very much for taking part.`,
            ...deliveredLines(d, locale),
          ],
      facts: [
        [ja ? "申込番号" : "Application number", `#${d.applicationId}`],
        [ja ? "担当の専門家" : "Your expert", d.expertName],
        ...(d.closedOn ? [[ja ? "完了日" : "Completed on", formatSlashDate(d.closedOn)] as [string, string]] : []),
        ...d.visits
          .filter((v) => v.heldOn)
          .map(
            (v) =>
              [ja ? `第${v.round}回 訪問` : `Visit ${v.round}`, formatSlashDate(v.heldOn as string)] as [
                string,
                string,
              ],
          ),
      ],
      action: {
        label: ja ? "訪問の記録と成果物を確認する" : "See the record of the visits and the deliverables",
        url: d.pageUrl,
        note: KEEP_PRIVATE[locale],
      },
      after: ja
        ? ["指導についてのアンケートのお願いを別のメールでお送りしました。ご協力をお願いいたします。"]
        : ["We have sent you a separate mail asking for a short survey about the guidance."],
    },
    sig,
  );
}

/** アンケートのお願い (the invitation, and with `reminder` its reminders). */
export function surveyMail(
  d: Pick<CaseMailData, "applicationId" | "recipient" | "expertName" | "pageUrl">,
  locale: Locale,
  sig: MailSignature,
  reminder?: { round: number; max: number },
): MailContent {
  const ja = locale === "ja";
  const tag = reminder
    ? ja
      ? `【再送 ${reminder.round}/${reminder.max}】`
      : `[Reminder ${reminder.round}/${reminder.max}] `
    : "";
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: ja
        ? `${tag}【${sig.programName}】指導についてのアンケートのお願い（申込番号 #${d.applicationId}）`
        : `${tag}A short survey about your guidance (No. #${d.applicationId}) — ${sig.programName}`,
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            reminder
              ? `先日お願いした、${d.expertName} 様による訪問指導についてのアンケートへのご回答がまだのようです。お手すきの際にご回答いただけますと幸いです。`
              : `${d.expertName} 様による訪問指導についてのアンケートにご協力ください。今後の事業の改善に役立てます（5分ほどで終わります）。`,
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            reminder
              ? `We have not yet received your answers to the survey about the guidance by ${d.expertName}. We would be grateful if you could answer when you have a moment.`
              : `Please answer a short survey about the guidance by ${d.expertName} (about 5 minutes). It helps us improve the program.`,
          ],
      action: {
        label: ja ? "アンケートに回答する" : "Answer the survey",
        url: surveyUrl(d.pageUrl),
        note: KEEP_PRIVATE[locale],
      },
      after: ja
        ? ["紙の回答用紙をご希望の場合や、すでにご回答済みの場合は、事務局にご連絡ください。"]
        : ["If you would rather answer on paper, or have already answered, please let the secretariat know."],
    },
    sig,
  );
}

/** A short, plain notice that the guidance ended early, with the reason in words (never internal notes). */
export function terminationMail(
  d: Pick<CaseMailData, "applicationId" | "recipient" | "closedOn" | "pageUrl">,
  reason: string,
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const ja = locale === "ja";
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: ja
        ? `【${sig.programName}】訪問指導終了のお知らせ（申込番号 #${d.applicationId}）`
        : `Your guidance has ended (No. #${d.applicationId}) — ${sig.programName}`,
      lead: ja
        ? [`${sig.secretariat.name}です。`, "お申込みいただいた訪問指導は、次の理由により終了となりました。"]
        : [`This is ${sig.secretariat.name}.`, "The guidance you applied for has ended, for the reason below."],
      facts: [
        [ja ? "申込番号" : "Application number", `#${d.applicationId}`],
        [ja ? "理由" : "Reason", reason],
        ...(d.closedOn ? [[ja ? "終了日" : "Ended on", formatSlashDate(d.closedOn)] as [string, string]] : []),
      ],
      action: {
        label: ja ? "お申込み専用ページを開く" : "Open your application page",
        url: d.pageUrl,
        note: KEEP_PRIVATE[locale],
      },
      after: ja
        ? ["ご不明な点は、申込番号を添えて事務局にお問い合わせください。"]
        : ["If you have any questions, please contact the secretariat quoting your application number."],
    },
    sig,
  );
}
