import { isRequired, type Question } from "../../features/surveys/surveys.schemas.js";
import { SURVEY_TEXT_LIMIT } from "../../features/surveys/surveys-ids.js";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import { CSRF_FIELD } from "../csrf.js";
import { Layout } from "./layout.js";
import { surveyPageTexts } from "./survey-page.texts.js";

/** What was typed, per question id (kept on a failed submit). */
export type SurveyValues = Record<string, string | string[]>;

export type SurveyFormProps = {
  locale: Locale;
  siteName: string;
  secretariat: SecretariatContact;
  applicationId: number;
  companyName: string;
  contactName: string;
  expertName: string;
  questions: Question[];
  values: SurveyValues;
  /** A message per question id, next to the question and in the summary. */
  errors: Record<string, string>;
  action: string;
  csrf: string;
  /** Hidden: one key per form, so a double submit is stored once. */
  submission: string;
  backHref: string;
};

/** A question's element id; the summary links to it. */
const QID = (q: Question) => `q-${q.id.replace(/_/g, "-")}`;

/** Radio groups hold up to 10 choices (as in the Slack modal); longer lists become a <select>. */
const RADIO_MAX = 10;

export function SurveyFormPage(p: SurveyFormProps) {
  const t = surveyPageTexts(p.locale);
  const failed = Object.keys(p.errors).length > 0;
  const title = t.title;
  const optionalMark = (q: Question) => (isRequired(q) ? null : <span class="optional">{t.optional}</span>);
  const described = (q: Question) =>
    [
      q.hint ? `${QID(q)}-hint` : "",
      q.kind === "text" ? `${QID(q)}-limit` : "",
      p.errors[q.id] ? `${QID(q)}-error` : "",
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  const extra = (q: Question) => (
    <>
      {q.hint ? (
        <span class="hint" id={`${QID(q)}-hint`}>
          {q.hint[p.locale]}
        </span>
      ) : null}
      {q.kind === "text" ? (
        <span class="hint" id={`${QID(q)}-limit`}>
          {t.upTo(SURVEY_TEXT_LIMIT)}
        </span>
      ) : null}
      {p.errors[q.id] ? (
        <span class="field-error" id={`${QID(q)}-error`}>
          <span class="visually-hidden">{t.errorPrefix}</span>
          {p.errors[q.id]}
        </span>
      ) : null}
    </>
  );
  const picked = (q: Question, value: string) => {
    const v = p.values[q.id];
    return Array.isArray(v) ? v.includes(value) : v === value;
  };
  const invalid = (q: Question) => (p.errors[q.id] ? (true as const) : undefined);

  const question = (q: Question) => {
    const label = q.label[p.locale];
    const wrapClass = p.errors[q.id] ? "field has-error" : "field";
    if (q.kind === "text")
      return (
        <div class={wrapClass}>
          <label for={QID(q)}>
            {label}
            {optionalMark(q)}
          </label>
          {extra(q)}
          <textarea
            id={QID(q)}
            name={q.id}
            rows={5}
            maxLength={SURVEY_TEXT_LIMIT}
            aria-invalid={invalid(q)}
            aria-describedby={described(q)}
          >
            {typeof p.values[q.id] === "string" ? p.values[q.id] : ""}
          </textarea>
        </div>
      );
    if (q.kind === "single" && q.options.length > RADIO_MAX)
      return (
        <div class={wrapClass}>
          <label for={QID(q)}>
            {label}
            {optionalMark(q)}
          </label>
          {extra(q)}
          <select id={QID(q)} name={q.id} aria-invalid={invalid(q)} aria-describedby={described(q)}>
            <option value="">{t.choose}</option>
            {q.options.map((o) => (
              <option value={o.value} selected={picked(q, o.value)}>
                {o.label[p.locale]}
              </option>
            ))}
          </select>
        </div>
      );
    const type = q.kind === "multi" ? "checkbox" : "radio";
    return (
      <div class={wrapClass}>
        <fieldset id={QID(q)} tabIndex={-1} aria-describedby={described(q)}>
          <legend>
            {label}
            {optionalMark(q)}
            {q.kind === "multi" ? <span class="optional">{t.chooseAny}</span> : null}
          </legend>
          {extra(q)}
          {q.options.map((o, i) => (
            <div class="choice">
              <input
                type={type}
                name={q.id}
                id={`${QID(q)}-${i}`}
                value={o.value}
                checked={picked(q, o.value)}
                aria-invalid={invalid(q)}
              />
              <label for={`${QID(q)}-${i}`}>{o.label[p.locale]}</label>
            </div>
          ))}
        </fieldset>
      </div>
    );
  };

  return (
    <Layout
      locale={p.locale}
      title={failed ? `${t.errorPrefix}${title}` : title}
      siteName={p.siteName}
      secretariat={p.secretariat}
      personal
    >
      {failed ? (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title">{t.problem}</h2>
          <ul>
            {p.questions
              .filter((q) => p.errors[q.id])
              .map((q) => (
                <li>
                  <a href={`#${QID(q)}`}>{`${q.label[p.locale]}: ${p.errors[q.id]}`}</a>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <h1>{title}</h1>
      <p>{t.addressee({ company: p.companyName, contact: p.contactName })}</p>
      <p class="lead">{t.lead({ expert: p.expertName, applicationId: p.applicationId })}</p>
      <p>{t.answerAll}</p>
      <form method="post" action={p.action} noValidate>
        <input type="hidden" name={CSRF_FIELD} value={p.csrf} />
        <input type="hidden" name="lang" value={p.locale} />
        <input type="hidden" name="submission" value={p.submission} />
        {p.questions.map(question)}
        <button type="submit" class="button">
          {t.send}
        </button>
      </form>
      <p>
        <a href={p.backHref}>{t.back}</a>
      </p>
    </Layout>
  );
}

export type SurveyNoticeProps = {
  locale: Locale;
  siteName: string;
  secretariat: SecretariatContact;
  /** thanks: just recorded; already: answered before; closed: the survey no longer takes answers; none: no survey yet. */
  kind: "thanks" | "already" | "closed" | "none";
  /** e.g. 2019/12/20 — when the answers were recorded. */
  answeredOn?: string;
  backHref: string;
};

/** The notice's title and text, per kind. */
function noticeText(kind: SurveyNoticeProps["kind"], locale: Locale): { title: string; body: string } {
  const t = surveyPageTexts(locale);
  switch (kind) {
    case "thanks":
      return { title: t.thanksTitle, body: t.thanksBody };
    case "already":
      return { title: t.alreadyTitle, body: t.alreadyBody };
    case "closed":
      return { title: t.closedTitle, body: t.closedBody };
    case "none":
      return { title: t.noneTitle, body: t.noneBody };
  }
}

/** The page after a submission (POST → redirect → GET), or instead of the form when it cannot be answered. */
export function SurveyNoticePage(p: SurveyNoticeProps) {
  const texts = surveyPageTexts(p.locale);
  const t = noticeText(p.kind, p.locale);
  return (
    <Layout locale={p.locale} title={t.title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <div class="panel" role="status">
        <h1 class="panel-title">{t.title}</h1>
        <p>{t.body}</p>
        {p.answeredOn ? <p>{texts.answeredOn(p.answeredOn)}</p> : null}
      </div>
      <p>
        <a href={p.backHref}>{texts.back}</a>
      </p>
    </Layout>
  );
}
