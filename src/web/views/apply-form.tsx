import { INDUSTRIES } from "../../domain/industries.js";
import { PREFECTURES, prefectureName } from "../../domain/prefectures.js";
import { HeardFromSchema } from "../../features/applications/applications.schemas.js";
import { APPLICATION_TEXT_LIMITS } from "../../features/applications/applications-ids.js";
import { HEARD_FROM_LABELS } from "../../features/applications/views/application-text.js";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import { CSRF_FIELD } from "../csrf.js";
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
  ja: {
    company_name: { label: "会社名", hint: "例: 株式会社サンプル" },
    company_kana: { label: "フリガナ", hint: "会社名の読みをカタカナで。例: カブシキガイシャサンプル" },
    corporate_number: {
      label: "法人番号（13桁）",
      hint: "個人事業主の方は空欄で構いません。",
      optional: true,
    },
    industry: { label: "業種" },
    capital: {
      label: "資本金（円）",
      hint: "半角数字で。例: 10000000。個人事業主の方は空欄で構いません。",
      optional: true,
    },
    employees: { label: "従業員数（人）", hint: "常時使用する従業員の数。" },
    prefecture: { label: "都道府県" },
    address: { label: "所在地", hint: "市区町村以降。例: 千代田区丸の内1-1-1" },
    contact_name: { label: "担当者名", hint: "例: 山田 花子" },
    contact_title: { label: "役職", optional: true },
    contact_email: { label: "メールアドレス", hint: "受付や審査結果のお知らせをお送りします。" },
    contact_phone: { label: "電話番号", hint: "例: 03-1234-5678" },
    schedule_wishes: {
      label: "日程の希望",
      hint: "訪問の曜日・時間帯など、ご希望があればご記入ください。",
      optional: true,
    },
    heard_from: { label: "申込みのきっかけ" },
  },
  en: {
    company_name: { label: "Company name", hint: "e.g. 株式会社サンプル" },
    company_kana: { label: "Furigana", hint: "The company name's reading in katakana, e.g. カブシキガイシャサンプル" },
    corporate_number: {
      label: "Corporate number (13 digits)",
      hint: "Sole proprietors may leave this blank.",
      optional: true,
    },
    industry: { label: "Industry" },
    capital: {
      label: "Capital (yen)",
      hint: "Digits only, e.g. 10000000. Sole proprietors may leave this blank.",
      optional: true,
    },
    employees: { label: "Number of employees", hint: "Regular employees." },
    prefecture: { label: "Prefecture" },
    address: { label: "Address", hint: "City and street, e.g. 千代田区丸の内1-1-1" },
    contact_name: { label: "Contact person's name", hint: "e.g. 山田 花子" },
    contact_title: { label: "Job title", optional: true },
    contact_email: { label: "E-mail address", hint: "We send the receipt and the screening result here." },
    contact_phone: { label: "Phone number", hint: "e.g. 03-1234-5678" },
    schedule_wishes: {
      label: "Scheduling wishes",
      hint: "Preferred days or times for the visits, if any.",
      optional: true,
    },
    heard_from: { label: "How did you hear about the program?" },
  },
};

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
  const ja = p.locale === "ja";
  const L = APPLY_LABELS[p.locale];
  const failed = Object.keys(p.errors).length > 0 || Boolean(p.formError);
  const title = ja ? "専門家指導の申込み" : "Apply for expert guidance";
  const described = (f: ApplyField) =>
    [L[f].hint ? `${ID(f)}-hint` : "", p.errors[f] ? `${ID(f)}-error` : ""].filter(Boolean).join(" ") || undefined;
  const head = (f: ApplyField, as: "label" | "legend") => {
    const text = (
      <>
        {L[f].label}
        {L[f].optional ? <span class="optional">{ja ? "（任意）" : " (optional)"}</span> : null}
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
          <span class="visually-hidden">{ja ? "エラー: " : "Error: "}</span>
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
          <option value="">{ja ? "選択してください" : "Choose"}</option>
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
      title={failed ? `${ja ? "エラー: " : "Error: "}${title}` : title}
      siteName={p.siteName}
      secretariat={p.secretariat}
      otherLanguageHref={failed ? undefined : `/apply?lang=${ja ? "en" : "ja"}`}
    >
      {failed ? (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title">{ja ? "入力内容に問題があります" : "There is a problem"}</h2>
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
      <p class="lead">
        {ja
          ? "中小企業の皆さまに、情報セキュリティの専門家が無料で4回訪問し、リスクの洗い出しから基本方針・関連規程づくりまでをお手伝いします。"
          : "An information-security expert visits your company four times free of charge, from finding your risks to writing your security policy and rules."}
      </p>
      {p.windowText ? <p>{p.windowText}</p> : null}
      <p>
        {ja
          ? "送信後、受付のお知らせをメールでお送りします。（任意）と書かれていない項目はすべて入力してください。"
          : "After you send the form we e-mail you a receipt. Every field not marked (optional) is required."}
      </p>
      <form method="post" action="/apply" noValidate>
        <input type="hidden" name={CSRF_FIELD} value={p.csrf} />
        <input type="hidden" name="lang" value={p.locale} />
        <input type="hidden" name="submission" value={p.submission} />
        <h2>{ja ? "会社について" : "About the company"}</h2>
        {text("company_name", "text", "organization")}
        {text("company_kana")}
        {text("corporate_number")}
        {select(
          "industry",
          INDUSTRIES.map((i) => ({ value: i.code, label: ja ? i.ja : i.en })),
        )}
        {text("capital", "number")}
        {text("employees", "number")}
        {select(
          "prefecture",
          PREFECTURES.map((_, i) => ({ value: String(i + 1), label: prefectureName(i + 1, p.locale) })),
        )}
        {text("address", "text", "street-address")}
        <h2>{ja ? "ご担当者について" : "About the contact person"}</h2>
        {text("contact_name", "text", "name")}
        {text("contact_title", "text", "organization-title")}
        {text("contact_email", "email", "email")}
        {text("contact_phone", "tel", "tel")}
        <h2>{ja ? "そのほか" : "Other"}</h2>
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
          {ja ? "申し込む" : "Apply"}
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
  const ja = p.locale === "ja";
  const title = ja ? "お申込みを受け付けました" : "Application received";
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat}>
      <div class="panel" role="status">
        <h1 class="panel-title">{title}</h1>
        <p class="number">{ja ? `申込番号 #${p.applicationId}` : `Application number #${p.applicationId}`}</p>
      </div>
      <p>
        {ja
          ? "ご入力のメールアドレスに受付のお知らせをお送りしました。メールにはお申込みの状況を確認できる専用ページのリンクがあります。"
          : "We have sent a receipt to the e-mail address you gave. It contains a link to your own page where you can follow your application."}
      </p>
      <p>
        {ja
          ? "事務局で申込内容を確認し、結果をメールでお知らせします。お問い合わせの際は申込番号をお知らせください。"
          : "The secretariat will check your application and tell you the result by e-mail. Please quote your application number when you contact us."}
      </p>
      <p>
        {ja
          ? "メールが届かない場合は、迷惑メールフォルダをご確認のうえ、事務局にお問い合わせください。"
          : "If no mail arrives, please check your spam folder, then contact the secretariat."}
      </p>
    </Layout>
  );
}
