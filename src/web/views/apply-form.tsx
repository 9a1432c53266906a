import { INDUSTRIES } from "../../domain/industries.js";
import { PREFECTURES, prefectureName } from "../../domain/prefectures.js";
import { HeardFromSchema } from "../../features/applications/applications.schemas.js";
import { APPLICATION_TEXT_LIMITS } from "../../features/applications/applications-ids.js";
import { HEARD_FROM_LABELS } from "../../features/applications/views/application-text.js";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import { CSRF_FIELD } from "../csrf.js";
import { OTHER_LOCALE } from "../language.js";
import { applyFormTexts } from "./apply-form.texts.js";
import { Layout } from "./layout.js";

/** The form's fields in page order; names are the application schema's keys. */
export const APPLY_FIELDS = [
  "company_name",
  "company_kana",
  "corporate_number",
  "industry",
  "capital",
  "employees",
  "prefecture",
  "address",
  "contact_name",
  "contact_title",
  "contact_email",
  "contact_phone",
  "schedule_wishes",
  "heard_from",
] as const;
export type ApplyField = (typeof APPLY_FIELDS)[number];

type FieldText = { label: string; hint?: string; optional?: boolean };

/** Labels as the issue lists them; units in the label; English says the same. */
export const APPLY_LABELS: Record<Locale, Record<ApplyField, FieldText>> = {
  ja: fieldTexts("ja"),
  en: fieldTexts("en"),
};

function fieldTexts(locale: Locale): Record<ApplyField, FieldText> {
  const t = applyFormTexts(locale);
  return {
    company_name: { label: t.companyNameLabel, hint: t.companyNameHint },
    company_kana: { label: t.companyKanaLabel, hint: t.companyKanaHint },
    corporate_number: { label: t.corporateNumberLabel, hint: t.corporateNumberHint, optional: true },
    industry: { label: t.industryLabel },
    capital: { label: t.capitalLabel, hint: t.capitalHint, optional: true },
    employees: { label: t.employeesLabel, hint: t.employeesHint },
    prefecture: { label: t.prefectureLabel },
    address: { label: t.addressLabel, hint: t.addressHint },
    contact_name: { label: t.contactNameLabel, hint: t.contactNameHint },
    contact_title: { label: t.contactTitleLabel, optional: true },
    contact_email: { label: t.contactEmailLabel, hint: t.contactEmailHint },
    contact_phone: { label: t.contactPhoneLabel, hint: t.contactPhoneHint },
    schedule_wishes: { label: t.scheduleWishesLabel, hint: t.scheduleWishesHint, optional: true },
    heard_from: { label: t.heardFromLabel },
  };
}

const LIMIT = APPLICATION_TEXT_LIMITS.apply;
const MAX: Partial<Record<ApplyField, number>> = {
  company_name: LIMIT.company_name,
  company_kana: LIMIT.company_kana,
  corporate_number: LIMIT.corporate_number,
  address: LIMIT.address,
  contact_name: LIMIT.contact_name,
  contact_title: LIMIT.contact_title,
  contact_phone: LIMIT.contact_phone,
  schedule_wishes: LIMIT.schedule_wishes,
};

export type ApplyFormProps = {
  locale: Locale;
  siteName: string;
  secretariat: SecretariatContact;
  /** What was typed (kept on a failed submit). */
  values: Partial<Record<ApplyField, string>>;
  /** A message per field, shown next to it and in the summary. */
  errors: Partial<Record<ApplyField, string>>;
  /** A problem with the whole form (e.g. outside the application window). */
  formError?: string;
  /** e.g. 申込受付期間: 2019/08/14〜2019/11/21 */
  windowText?: string;
  csrf: string;
  /** Hidden: one submission key per form, so a double submit creates one application. */
  submission: string;
};

const ID = (f: ApplyField) => `f-${f.replace(/_/g, "-")}`;

export function ApplyFormPage(p: ApplyFormProps) {
  const t = applyFormTexts(p.locale);
  const L = APPLY_LABELS[p.locale];
  const failed = Object.keys(p.errors).length > 0 || Boolean(p.formError);
  const title = t.title;
  const described = (f: ApplyField) =>
    [L[f].hint ? `${ID(f)}-hint` : "", p.errors[f] ? `${ID(f)}-error` : ""].filter(Boolean).join(" ") || undefined;
  const head = (f: ApplyField, as: "label" | "legend") => {
    const text = (
      <>
        {L[f].label}
        {L[f].optional ? <span class="optional">{t.optional}</span> : null}
      </>
    );
    return as === "label" ? <label for={ID(f)}>{text}</label> : <legend>{text}</legend>;
  };
  const extra = (f: ApplyField) => (
    <>
      {L[f].hint ? (
        <span class="hint" id={`${ID(f)}-hint`}>
          {L[f].hint}
        </span>
      ) : null}
      {p.errors[f] ? (
        <span class="field-error" id={`${ID(f)}-error`}>
          <span class="visually-hidden">{t.errorPrefix}</span>
          {p.errors[f]}
        </span>
      ) : null}
    </>
  );
  const wrap = (f: ApplyField, body: preact.ComponentChildren) => (
    <div class={p.errors[f] ? "field has-error" : "field"}>{body}</div>
  );
  const aria = (f: ApplyField) => ({
    id: ID(f),
    name: f,
    "aria-invalid": p.errors[f] ? (true as const) : undefined,
    "aria-describedby": described(f),
  });
  const text = (f: ApplyField, type: "text" | "email" | "tel" | "number" = "text", autocomplete?: string) =>
    wrap(
      f,
      <>
        {head(f, "label")}
        {extra(f)}
        <input
          {...aria(f)}
          type={(type === "number" ? "text" : type) as "text"}
          inputMode={type === "number" ? "numeric" : undefined}
          class={type === "number" || f === "corporate_number" ? "short" : undefined}
          value={p.values[f] ?? ""}
          maxLength={MAX[f]}
          autoComplete={autocomplete}
          required={!L[f].optional}
        />
      </>,
    );
  const select = (f: ApplyField, options: { value: string; label: string }[]) =>
    wrap(
      f,
      <>
        {head(f, "label")}
        {extra(f)}
        <select {...aria(f)} required>
          <option value="">{t.choose}</option>
          {options.map((o) => (
            <option value={o.value} selected={p.values[f] === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </>,
    );

  return (
    <Layout
      locale={p.locale}
      title={failed ? `${t.errorPrefix}${title}` : title}
      siteName={p.siteName}
      secretariat={p.secretariat}
      otherLanguageHref={failed ? undefined : `/apply?lang=${OTHER_LOCALE[p.locale]}`}
    >
      {failed ? (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title">{t.problem}</h2>
          <ul>
            {p.formError ? <li>{p.formError}</li> : null}
            {APPLY_FIELDS.filter((f) => p.errors[f]).map((f) => (
              <li>
                <a href={`#${ID(f)}`}>{`${L[f].label}: ${p.errors[f]}`}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h1>{title}</h1>
      <p class="lead">{t.lead}</p>
      {p.windowText ? <p>{p.windowText}</p> : null}
      <p>{t.howTo}</p>
      <form method="post" action="/apply" noValidate>
        <input type="hidden" name={CSRF_FIELD} value={p.csrf} />
        <input type="hidden" name="lang" value={p.locale} />
        <input type="hidden" name="submission" value={p.submission} />
        <h2>{t.aboutCompany}</h2>
        {text("company_name", "text", "organization")}
        {text("company_kana")}
        {text("corporate_number")}
        {select(
          "industry",
          INDUSTRIES.map((i) => ({ value: i.code, label: i[p.locale] })),
        )}
        {text("capital", "number")}
        {text("employees", "number")}
        {select(
          "prefecture",
          PREFECTURES.map((_, i) => ({ value: String(i + 1), label: prefectureName(i + 1, p.locale) })),
        )}
        {text("address", "text", "street-address")}
        <h2>{t.aboutContact}</h2>
        {text("contact_name", "text", "name")}
        {text("contact_title", "text", "organization-title")}
        {text("contact_email", "email", "email")}
        {text("contact_phone", "tel", "tel")}
        <h2>{t.other}</h2>
        {wrap(
          "schedule_wishes",
          <>
            {head("schedule_wishes", "label")}
            {extra("schedule_wishes")}
            <textarea {...aria("schedule_wishes")} maxLength={MAX.schedule_wishes} rows={4}>
              {p.values.schedule_wishes ?? ""}
            </textarea>
          </>,
        )}
        {wrap(
          "heard_from",
          <fieldset aria-describedby={described("heard_from")} id={ID("heard_from")} tabIndex={-1}>
            {head("heard_from", "legend")}
            {extra("heard_from")}
            {HeardFromSchema.options.map((o, i) => (
              <div class="choice">
                <input
                  type="radio"
                  name="heard_from"
                  id={`${ID("heard_from")}-${i}`}
                  value={o}
                  checked={p.values.heard_from === o}
                  aria-invalid={p.errors.heard_from ? true : undefined}
                />
                <label for={`${ID("heard_from")}-${i}`}>{HEARD_FROM_LABELS[o][p.locale]}</label>
              </div>
            ))}
          </fieldset>,
        )}
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
    </Layout>
  );
}

export type ApplyDoneProps = {
  locale: Locale;
  siteName: string;
  secretariat: SecretariatContact;
  applicationId: number;
};

export function ApplyDonePage(p: ApplyDoneProps) {
  const t = applyFormTexts(p.locale);
  const title = t.doneTitle;
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat}>
      <div class="panel" role="status">
        <h1 class="panel-title">{title}</h1>
        <p class="number">{t.applicationNumber(p.applicationId)}</p>
      </div>
      <p>{t.doneMailed}</p>
      <p>{t.doneNext}</p>
      <p>{t.doneNoMail}</p>
    </Layout>
  );
}
