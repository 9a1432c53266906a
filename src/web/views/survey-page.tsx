import { isRequired, type Question } from "../../features/surveys/surveys.schemas.js";
import { SURVEY_TEXT_LIMIT } from "../../features/surveys/surveys-ids.js";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import { CSRF_FIELD } from "../csrf.js";
import { Layout } from "./layout.js";

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
  const ja = p.locale === "ja";
  const failed = Object.keys(p.errors).length > 0;
  const title = ja ? "指導についてのアンケート" : "Survey about the guidance";
  const optionalMark = (q: Question) =>
    isRequired(q) ? null : <span class="optional">{ja ? "（任意）" : " (optional)"}</span>;
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
          {ja ? `${SURVEY_TEXT_LIMIT}文字以内` : `Up to ${SURVEY_TEXT_LIMIT} characters`}
        </span>
      ) : null}
      {p.errors[q.id] ? (
        <span class="field-error" id={`${QID(q)}-error`}>
          <span class="visually-hidden">{ja ? "エラー: " : "Error: "}</span>
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
            <option value="">{ja ? "選択してください" : "Choose"}</option>
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
            {q.kind === "multi" ? <span class="optional">{ja ? "（複数選択可）" : " (choose any)"}</span> : null}
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
      title={failed ? `${ja ? "エラー: " : "Error: "}${title}` : title}
      siteName={p.siteName}
      secretariat={p.secretariat}
      personal
    >
      {failed ? (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title">{ja ? "入力内容に問題があります" : "There is a problem"}</h2>
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
      <p>{ja ? `${p.companyName} ${p.contactName} 様` : `${p.contactName}, ${p.companyName}`}</p>
      <p class="lead">
        {ja
          ? `${p.expertName} 様による訪問指導（申込番号 #${p.applicationId}）について、ご意見をお聞かせください。5分ほどで終わります。`
          : `Please tell us about the guidance by ${p.expertName} (application #${p.applicationId}). It takes about 5 minutes.`}
      </p>
      <p>
        {ja
          ? "（任意）と書かれていない質問にはすべてお答えください。送信後の変更は事務局にご連絡ください。"
          : "Please answer every question not marked (optional). To change your answers after sending, contact the secretariat."}
      </p>
      <form method="post" action={p.action} noValidate>
        <input type="hidden" name={CSRF_FIELD} value={p.csrf} />
        <input type="hidden" name="lang" value={p.locale} />
        <input type="hidden" name="submission" value={p.submission} />
        {p.questions.map(question)}
        <button type="submit" class="button">
          {ja ? "回答を送信する" : "Send my answers"}
        </button>
      </form>
      <p>
        <a href={p.backHref}>{ja ? "お申込みのページに戻る" : "Back to your application page"}</a>
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

const NOTICE: Record<SurveyNoticeProps["kind"], Record<Locale, { title: string; body: string }>> = {
  thanks: {
    ja: {
      title: "ご回答ありがとうございました",
      body: "アンケートの回答を受け付けました。いただいたご意見は事業の改善に役立てます。",
    },
    en: {
      title: "Thank you for your answers",
      body: "We have recorded your answers. They help us improve the program.",
    },
  },
  already: {
    ja: {
      title: "このアンケートには回答済みです",
      body: "ご回答はすでに受け付けています。内容を変更したい場合は事務局にご連絡ください。",
    },
    en: {
      title: "You have already answered this survey",
      body: "We already have your answers. To change them, please contact the secretariat.",
    },
  },
  closed: {
    ja: { title: "このアンケートは締め切られました", body: "回答の受付は終了しました。ご協力ありがとうございました。" },
    en: { title: "This survey is closed", body: "Answers are no longer accepted. Thank you." },
  },
  none: {
    ja: {
      title: "アンケートはまだありません",
      body: "指導が完了しましたら、アンケートのお願いをメールでお送りします。",
    },
    en: { title: "There is no survey yet", body: "When the guidance is complete we will e-mail you a short survey." },
  },
};

/** The page after a submission (POST → redirect → GET), or instead of the form when it cannot be answered. */
export function SurveyNoticePage(p: SurveyNoticeProps) {
  const ja = p.locale === "ja";
  const t = NOTICE[p.kind][p.locale];
  return (
    <Layout locale={p.locale} title={t.title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <div class="panel" role="status">
        <h1 class="panel-title">{t.title}</h1>
        <p>{t.body}</p>
        {p.answeredOn ? <p>{ja ? `回答日: ${p.answeredOn}` : `Answered on ${p.answeredOn}`}</p> : null}
      </div>
      <p>
        <a href={p.backHref}>{ja ? "お申込みのページに戻る" : "Back to your application page"}</a>
      </p>
    </Layout>
  );
}
