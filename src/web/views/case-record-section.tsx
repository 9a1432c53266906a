import type { VNode } from "preact";
import type { SmeCaseRecord } from "../../features/sme/case-record-repository.js";
import { deliverableDay } from "../../features/sme/sme-case-mails.js";
import { deliverableKindLabel } from "../../features/visits/views/visit-text.js";
import { formatSlashDate } from "../../lib/dates.js";
import type { Locale } from "../../lib/i18n.js";

/** Only links the expert gave as http(s) URLs are shown as links; anything else stays text. */
function publicUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
  } catch {
    return null;
  }
}

/** The SME page's record of the case: the visits held and the deliverables handed over. */
export function CaseRecordSection({ record, locale }: { record: SmeCaseRecord; locale: Locale }): VNode | null {
  const ja = locale === "ja";
  if (record.visits.length === 0 && record.deliverables.length === 0) return null;
  return (
    <section class="section" aria-labelledby="record-title">
      <h2 id="record-title">{ja ? "訪問の記録と成果物" : "Visits and deliverables"}</h2>
      {record.visits.length > 0 ? (
        <table class="facts">
          <caption class="visually-hidden">{ja ? "実施した訪問" : "Visits held"}</caption>
          <tbody>
            {record.visits.map((v) => (
              <tr>
                <th scope="row">{ja ? `第${v.round}回 訪問` : `Visit ${v.round}`}</th>
                <td>{v.heldOn ? formatSlashDate(v.heldOn) : ja ? "実施済み" : "Held"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3>{ja ? "お渡しした成果物" : "Deliverables handed over"}</h3>
      {record.deliverables.length === 0 ? (
        <p>{ja ? "まだありません。" : "None yet."}</p>
      ) : (
        <ul class="deliverables">
          {record.deliverables.map((d) => {
            const url = publicUrl(d.url);
            const kind = deliverableKindLabel(d.kind, locale);
            return (
              <li class="card">
                <strong>{d.title || kind}</strong>
                <br />
                {`${kind}・${formatSlashDate(deliverableDay(d.submittedAt))}`}
                <br />
                {url ? (
                  <a href={url} rel="noreferrer noopener">
                    {ja ? `「${d.title || kind}」を開く` : `Open “${d.title || kind}”`}
                  </a>
                ) : (
                  <span>
                    {ja
                      ? "ファイルはSlackで共有されているため、ここからは開けません。写しが必要な場合は事務局にお問い合わせください。"
                      : "The file was shared on Slack and cannot be opened here; please ask the secretariat for a copy."}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The SME page's survey section: a link to the survey page, or that it has been answered. */
export function SurveySection(p: { locale: Locale; state: "open" | "answered" | "closed"; href: string }): VNode {
  const ja = p.locale === "ja";
  return (
    <section class="section" aria-labelledby="survey-title">
      <h2 id="survey-title">{ja ? "指導についてのアンケート" : "Survey about the guidance"}</h2>
      {p.state === "open" ? (
        <>
          <p>
            {ja
              ? "指導についてのアンケートにご協力ください（5分ほどです）。"
              : "Please answer a short survey about the guidance (about 5 minutes)."}
          </p>
          <p>
            <a class="button" href={p.href}>
              {ja ? "アンケートに回答する" : "Answer the survey"}
            </a>
          </p>
        </>
      ) : p.state === "answered" ? (
        <p>{ja ? "ご回答ありがとうございました。回答は受け付け済みです。" : "Thank you: we have your answers."}</p>
      ) : (
        <p>{ja ? "アンケートは締め切られました。" : "The survey is closed."}</p>
      )}
    </section>
  );
}
