import type { VNode } from "preact";
import { parseInvalidReason } from "../../features/applications/applications.schemas.js";
import { INVALID_REASON_LABELS } from "../../features/applications/views/application-text.js";
import { qualificationLabel } from "../../features/experts/views/expert-text.js";
import type { SmePageData } from "../../features/sme/sme-service.js";
import { formatInstant, formatSlashDate } from "../../lib/dates.js";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import type { SmeSectionInput } from "../sme-sections.js";
import { Layout } from "./layout.js";
import { smePageTexts } from "./sme-page.texts.js";

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
  const t = smePageTexts(p.locale);
  const title = t.title(p.page.id);
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <h1>{title}</h1>
      <p>{t.addressee({ company: p.page.company.name, name: p.page.contactName })}</p>
      {p.sections}
    </Layout>
  );
}

type Step = { status: string; next: string[] };

/** The status in plain words and what happens next, for each stage of the application. */
function stepOf(page: SmePageData, locale: Locale): Step {
  const t = smePageTexts(locale);
  const c = page.case;
  if (c) {
    const expert = c.expert.nameKanji;
    const held = c.visits.filter((v) => v.status === "held").length;
    if (c.status === "completed")
      return {
        status: t.completed,
        next: [t.completedNext({ expert, held, on: c.completedOn ? formatSlashDate(c.completedOn) : null })],
      };
    if (c.status !== "active")
      return {
        status: t.ended,
        next: [t.askSecretariat],
      };
    // The next visit already planned, if any: the SME's page says when it is.
    const planned = c.visits.find((v) => v.status === "scheduled" && v.scheduledAt);
    const plannedText = planned?.scheduledAt
      ? t.planned({ round: planned.round, at: formatInstant(planned.scheduledAt, locale) })
      : null;
    if (held === 0)
      return {
        status: t.assigned,
        next: [t.yourExpertIs(expert), plannedText ?? t.firstVisitSoon],
      };
    return {
      status: t.inProgress(held),
      next: [t.yourExpertIs(expert), plannedText ?? t.agreeNext],
    };
  }
  switch (page.status) {
    case "received":
      return {
        status: t.received,
        next: [t.receivedNext],
      };
    case "invalid": {
      const reason = page.invalidReason ? parseInvalidReason(page.invalidReason) : null;
      const label = reason?.code ? INVALID_REASON_LABELS[reason.code][locale] : null;
      const detail = reason?.detail ? reason.detail : null;
      return {
        status: t.notAccepted,
        next: [
          ...(label || detail ? [t.reason([label, detail].filter((part): part is string => Boolean(part)))] : []),
          t.askSecretariat,
        ],
      };
    }
    case "valid":
      return {
        status: t.accepted,
        next: [t.acceptedNext],
      };
    case "proposed":
      return {
        status: t.proposed,
        next: [t.proposedNext],
      };
    case "chosen":
      return {
        status: t.chosen,
        next: [t.chosenNext(page.chosenExpert ? page.chosenExpert.nameKanji : null)],
      };
    case "withdrawn":
      return {
        status: t.withdrawn,
        next: [t.askSecretariat],
      };
    default:
      return {
        status: t.inProcess,
        next: [t.askSecretariat],
      };
  }
}

/** Section 0 of the SME page: the status, the next step, and the facts of the case. */
export async function statusSection({ page, locale }: SmeSectionInput): Promise<VNode> {
  const t = smePageTexts(locale);
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
            <th scope="row">{t.applicationNumber}</th>
            <td>#{page.id}</td>
          </tr>
          <tr>
            <th scope="row">{t.receivedOn}</th>
            <td>{formatSlashDate(page.receivedOn)}</td>
          </tr>
          {expert ? (
            <tr>
              <th scope="row">{t.yourExpert}</th>
              <td>{`${expert.nameKanji}（${qualificationLabel(expert.qualification, locale)}）`}</td>
            </tr>
          ) : null}
          {upcoming.map((v) => (
            <tr>
              <th scope="row">{t.visitPlanned(v.round)}</th>
              <td>{formatInstant(v.scheduledAt as Date, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
