import type { VNode } from "preact";
import { parseInvalidReason } from "../../features/applications/applications.schemas.js";
import { INVALID_REASON_LABELS } from "../../features/applications/views/application-text.js";
import { qualificationLabel } from "../../features/experts/views/expert-text.js";
import type { SmePageData } from "../../features/sme/sme-links-repository.js";
import { formatInstant, formatSlashDate } from "../../lib/dates.js";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import type { SmeSectionInput } from "../sme-sections.js";
import { Layout } from "./layout.js";

export type SmePageProps = {
  locale: Locale;
  siteName: string;
  secretariat: SecretariatContact;
  page: SmePageData;
  /** The sections in order (status first), built by the registry. */
  sections: VNode[];
};

/** The SME's own page: whose application it is, then its sections. Personal: no-store, noindex. */
export function SmePage(p: SmePageProps) {
  const ja = p.locale === "ja";
  const title = ja ? `お申込み #${p.page.id} の状況` : `Your application #${p.page.id}`;
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <h1>{title}</h1>
      <p>{ja ? `${p.page.company.name} ${p.page.contactName} 様` : `${p.page.contactName}, ${p.page.company.name}`}</p>
      {p.sections}
    </Layout>
  );
}

type Step = { status: string; next: string[] };

/** The status in plain words and what happens next, for each stage of the application. */
function stepOf(page: SmePageData, locale: Locale): Step {
  const ja = locale === "ja";
  const c = page.case;
  if (c) {
    const expert = c.expert.nameKanji;
    const held = c.visits.filter((v) => v.status === "held").length;
    if (c.status === "completed")
      return {
        status: ja ? "指導が完了しました" : "The guidance is complete",
        next: [
          ja
            ? `${expert} 様による${held}回の訪問指導が完了しました${c.completedOn ? `（${formatSlashDate(c.completedOn)}）` : ""}。ご協力ありがとうございました。`
            : `${expert} completed ${held} visit(s)${c.completedOn ? ` (${formatSlashDate(c.completedOn)})` : ""}. Thank you for taking part.`,
        ],
      };
    if (c.status !== "active")
      return {
        status: ja ? "指導は終了しました" : "The guidance has ended",
        next: [
          ja ? "ご不明な点は事務局にお問い合わせください。" : "Please contact the secretariat with any questions.",
        ],
      };
    // The next visit already planned, if any: the SME's page says when it is.
    const planned = c.visits.find((v) => v.status === "scheduled" && v.scheduledAt);
    const plannedText = planned?.scheduledAt
      ? ja
        ? `第${planned.round}回の訪問は ${formatInstant(planned.scheduledAt, "ja")} の予定です。`
        : `Visit ${planned.round} is planned for ${formatInstant(planned.scheduledAt, "en")}.`
      : null;
    if (held === 0)
      return {
        status: ja ? "専門家が決まりました" : "Your expert has been assigned",
        next: [
          ja ? `担当の専門家は ${expert} 様です。` : `Your expert is ${expert}.`,
          plannedText ??
            (ja
              ? "初回訪問の日程について、事務局または専門家からご連絡します。"
              : "The secretariat or the expert will get in touch about the date of the first visit."),
        ],
      };
    return {
      status: ja ? `訪問指導中（${held}回目まで完了）` : `Visits in progress (${held} done)`,
      next: [
        ja ? `担当の専門家は ${expert} 様です。` : `Your expert is ${expert}.`,
        plannedText ?? (ja ? "次回の訪問日は専門家とご相談ください。" : "Agree the next visit's date with them."),
      ],
    };
  }
  switch (page.status) {
    case "received":
      return {
        status: ja ? "受付済み・審査中" : "Received — being screened",
        next: [
          ja
            ? "事務局で申込内容を確認しています。結果はメールでお知らせします。"
            : "The secretariat is checking your application and will tell you the result by e-mail.",
        ],
      };
    case "invalid": {
      const reason = page.invalidReason ? parseInvalidReason(page.invalidReason) : null;
      const label = reason?.code ? INVALID_REASON_LABELS[reason.code][locale] : null;
      const detail = reason?.detail ? reason.detail : null;
      return {
        status: ja ? "お申込みをお受けできませんでした" : "We could not accept your application",
        next: [
          ...(label || detail
            ? [
                `${ja ? "理由: " : "Reason: "}${[label, detail].filter(Boolean).join(ja ? "（" : " (")}${label && detail ? (ja ? "）" : ")") : ""}`,
              ]
            : []),
          ja ? "ご不明な点は事務局にお問い合わせください。" : "Please contact the secretariat with any questions.",
        ],
      };
    }
    case "valid":
      return {
        status: ja ? "審査が完了しました" : "Your application has been accepted",
        next: [
          ja
            ? "事務局がお近くの専門家の候補を選んでいます。候補が決まりましたらメールでお知らせします。"
            : "The secretariat is selecting candidate experts near you and will e-mail you when they are ready.",
        ],
      };
    case "proposed":
      return {
        status: ja ? "専門家の候補をご提示しています" : "Candidate experts have been proposed",
        next: [
          ja
            ? "ご提示した候補の中から、指導を受けたい専門家をお選びください。"
            : "Please choose the expert you would like from the candidates proposed.",
        ],
      };
    case "chosen":
      return {
        status: ja ? "専門家のご選択を受け付けました" : "We have your choice of expert",
        next: [
          ja
            ? `${page.chosenExpert ? `${page.chosenExpert.nameKanji} 様を` : ""}事務局で確認しています。決まりましたらお知らせします。`
            : `The secretariat is confirming ${page.chosenExpert ? page.chosenExpert.nameKanji : "your choice"} and will let you know.`,
        ],
      };
    case "withdrawn":
      return {
        status: ja ? "お申込みは取り下げられました" : "The application was withdrawn",
        next: [
          ja ? "ご不明な点は事務局にお問い合わせください。" : "Please contact the secretariat with any questions.",
        ],
      };
    default:
      return {
        status: ja ? "手続き中" : "In progress",
        next: [
          ja ? "ご不明な点は事務局にお問い合わせください。" : "Please contact the secretariat with any questions.",
        ],
      };
  }
}

/** Section 0 of the SME page: the status, the next step, and the facts of the case. */
export async function statusSection({ page, locale }: SmeSectionInput): Promise<VNode> {
  const ja = locale === "ja";
  const step = stepOf(page, locale);
  const expert = page.case?.expert ?? null;
  const upcoming = page.case?.visits.filter((v) => v.status === "scheduled" && v.scheduledAt) ?? [];
  return (
    <section class="section" aria-labelledby="status-title">
      <div class="panel">
        <h2 class="panel-title" id="status-title">
          {step.status}
        </h2>
        {step.next.map((line) => (
          <p>{line}</p>
        ))}
      </div>
      <table class="facts">
        <tbody>
          <tr>
            <th scope="row">{ja ? "申込番号" : "Application number"}</th>
            <td>#{page.id}</td>
          </tr>
          <tr>
            <th scope="row">{ja ? "受付日" : "Received on"}</th>
            <td>{formatSlashDate(page.receivedOn)}</td>
          </tr>
          {expert ? (
            <tr>
              <th scope="row">{ja ? "担当の専門家" : "Your expert"}</th>
              <td>{`${expert.nameKanji}（${qualificationLabel(expert.qualification, locale)}）`}</td>
            </tr>
          ) : null}
          {upcoming.map((v) => (
            <tr>
              <th scope="row">{ja ? `第${v.round}回 訪問予定` : `Visit ${v.round} planned`}</th>
              <td>{formatInstant(v.scheduledAt as Date, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
