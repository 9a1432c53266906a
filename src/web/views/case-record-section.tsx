import type { VNode } from "preact";
import type { SmeCaseRecord } from "../../features/sme/case-record-repository.js";
import { deliverableDay } from "../../features/sme/sme-case-mails.js";
import { deliverableKindLabel } from "../../features/visits/views/visit-text.js";
import { formatSlashDate } from "../../lib/dates.js";
import type { Locale } from "../../lib/i18n.js";
import { caseRecordTexts } from "./case-record-section.texts.js";

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
  const t = caseRecordTexts(locale);
  if (record.visits.length === 0 && record.deliverables.length === 0) return null;
  return (
    <section class="section" aria-labelledby="record-title">
      <h2 id="record-title">{t.recordTitle}</h2>
      {record.visits.length > 0 ? (
        <table class="facts">
          <caption class="visually-hidden">{t.visitsHeld}</caption>
          <tbody>
            {record.visits.map((v) => (
              <tr>
                <th scope="row">{t.visit(v.round)}</th>
                <td>{v.heldOn ? formatSlashDate(v.heldOn) : t.held}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3>{t.deliverables}</h3>
      {record.deliverables.length === 0 ? (
        <p>{t.noneYet}</p>
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
                    {t.open(d.title || kind)}
                  </a>
                ) : (
                  <span>{t.onSlack}</span>
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
  const t = caseRecordTexts(p.locale);
  return (
    <section class="section" aria-labelledby="survey-title">
      <h2 id="survey-title">{t.surveyTitle}</h2>
      {p.state === "open" ? (
        <>
          <p>{t.surveyInvite}</p>
          <p>
            <a class="button" href={p.href}>
              {t.surveyAnswer}
            </a>
          </p>
        </>
      ) : p.state === "answered" ? (
        <p>{t.surveyThanks}</p>
      ) : (
        <p>{t.surveyClosed}</p>
      )}
    </section>
  );
}
