import { formatSlashDate } from "../../../lib/dates.js";
import type { Localized } from "../../../lib/errors.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  type Block,
  checkboxes,
  context,
  datePicker,
  input,
  type ModalView,
  modal,
  numberInput,
  type Option,
  option,
  plain,
  type StaticSelect,
  section,
  staticSelect,
  textInput,
  userSelect,
} from "../../../slack/blocks.js";
import { industryOptions, prefectureOptions } from "../../experts/views/expert-form.js";
import { HeardFromSchema, InvalidReasonSchema, ReceivedViaSchema } from "../applications.schemas.js";
import { APPLICATION_IDS, APPLICATION_TEXT_LIMITS, OVERRIDE } from "../applications-ids.js";
import type { ApplicationDetail } from "../applications-repository.js";
import {
  applicationTitle,
  HEARD_FROM_LABELS,
  INVALID_REASON_LABELS,
  SOURCE_LABELS,
  sameNumberNote,
} from "./application-text.js";

const B = APPLICATION_IDS.blocks;
const V = APPLICATION_IDS.value;

/** A required drop-down with the usual prompt. */
function select(locale: Locale, options: Option[]): StaticSelect {
  return staticSelect(V, options, { placeholder: locale === "ja" ? "選択してください" : "Choose" });
}

/** The options of an enum, labelled from its table. */
function enumOptions<K extends string>(keys: readonly K[], labels: Record<K, Localized>, locale: Locale): Option[] {
  return keys.map((k) => option(labels[k][locale], k));
}

/** Who fills the form in: the applicant, or the secretariat entering an application received elsewhere. */
export type ApplyMode = "applicant" | "secretariat";
export type ApplyModalMetadata = { mode: ApplyMode };

export type ApplyModalOptions = {
  mode: ApplyMode;
  /** Today in Japan time (the received-on default). */
  today: string;
  window: { from: string; until: string } | null;
  /** The contact's Slack user pre-selected (the applicant themselves). */
  contactUser: string | null;
};

/** The `/apply` modal. The secretariat gets how and when it arrived, and override checkboxes. */
export function applyModal(locale: Locale, o: ApplyModalOptions): ModalView {
  const ja = locale === "ja";
  const secretariat = o.mode === "secretariat";
  const window = o.window
    ? ja
      ? `申込受付期間: ${formatSlashDate(o.window.from)}〜${formatSlashDate(o.window.until)}`
      : `Applications are accepted from ${formatSlashDate(o.window.from)} to ${formatSlashDate(o.window.until)}.`
    : "";
  const intro = secretariat
    ? ja
      ? "郵送・FAX・Web・電話で届いた申込みを事務局が代理で登録します。"
      : "Enter an application that reached the secretariat by mail, fax, web or phone."
    : ja
      ? "中小企業向けの無料の情報セキュリティ専門家指導（専門家が4回訪問します）に申し込みます。事務局が内容を確認し、結果をこのアプリのメッセージでお知らせします。"
      : "Apply for free information-security guidance for SMEs (an expert visits you four times). The secretariat checks your application and tells you the result in this app's messages.";
  const blocks: Block[] = [section([intro, window].filter(Boolean).join("\n"))];
  if (secretariat) {
    blocks.push(
      input(
        B.receivedVia,
        ja ? "受付方法" : "Received via",
        select(locale, enumOptions(ReceivedViaSchema.options, SOURCE_LABELS, locale)),
      ),
      input(B.receivedOn, ja ? "受付日" : "Received on", datePicker(V, o.today), {
        hint: ja
          ? "申込受付期間内に届いた日付を指定してください。"
          : "The day it arrived; it must lie inside the application window.",
      }),
    );
  }
  blocks.push(
    input(
      B.companyName,
      ja ? "企業名" : "Company name",
      textInput(V, {
        placeholder: ja ? "例: 株式会社サンプル" : "e.g. 株式会社サンプル",
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.companyName],
      }),
    ),
    input(
      B.companyKana,
      ja ? "企業名（フリガナ）" : "Company name (kana)",
      textInput(V, {
        placeholder: ja ? "例: カブシキガイシャサンプル" : "e.g. カブシキガイシャサンプル",
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.companyKana],
      }),
    ),
    input(
      B.corporateNumber,
      ja ? "法人番号（13桁）" : "Corporate number (13 digits)",
      textInput(V, { placeholder: "1234567890123", maxLength: APPLICATION_TEXT_LIMITS.apply[B.corporateNumber] }),
      {
        optional: true,
        hint: ja ? "個人事業主の方は空欄で構いません。" : "Sole proprietors may leave this blank.",
      },
    ),
    input(B.industry, ja ? "業種" : "Industry", select(locale, industryOptions(locale))),
    input(B.capital, ja ? "資本金（円）" : "Capital (yen)", numberInput(V, { min: 0 }), {
      optional: true,
      hint: ja ? "個人事業主の方は空欄で構いません。" : "Sole proprietors may leave this blank.",
    }),
    input(B.employees, ja ? "常時使用する従業員数（人）" : "Regular employees", numberInput(V, { min: 0 })),
    input(B.prefecture, ja ? "所在地（都道府県）" : "Prefecture", select(locale, prefectureOptions(locale, false))),
    input(
      B.address,
      ja ? "所在地（市区町村以降）" : "Address",
      textInput(V, {
        placeholder: ja ? "例: 千代田区丸の内1-1-1" : "e.g. 千代田区丸の内1-1-1",
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.address],
      }),
    ),
    input(
      B.contactName,
      ja ? "ご担当者 氏名" : "Contact person",
      textInput(V, {
        placeholder: ja ? "例: 山田 花子" : "e.g. 山田 花子",
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.contactName],
      }),
    ),
    input(
      B.contactTitle,
      ja ? "ご担当者 役職" : "Contact's title",
      textInput(V, {
        placeholder: ja ? "例: 総務部長" : "e.g. 総務部長",
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.contactTitle],
      }),
      { optional: true },
    ),
    input(B.contactEmail, ja ? "ご担当者 メールアドレス" : "Contact's email", {
      type: "email_text_input",
      action_id: V,
    }),
    input(
      B.contactPhone,
      ja ? "ご担当者 電話番号" : "Contact's phone",
      textInput(V, { placeholder: "03-1234-5678", maxLength: APPLICATION_TEXT_LIMITS.apply[B.contactPhone] }),
    ),
    input(B.contactUser, ja ? "ご担当者の Slack アカウント" : "Contact's Slack account", userSelect(V, o.contactUser), {
      optional: true,
      hint: ja
        ? "選ぶと、審査結果などをこのアカウントにお知らせします。"
        : "If chosen, results are sent to this account.",
    }),
    input(
      B.heardFrom,
      ja ? "この事業を知ったきっかけ" : "How did you hear of the program?",
      select(locale, enumOptions(HeardFromSchema.options, HEARD_FROM_LABELS, locale)),
    ),
    input(
      B.recruiter,
      ja ? "希望する専門家（紹介を受けた専門家など）" : "Preferred expert (e.g. the one who introduced you)",
      {
        type: "external_select",
        action_id: APPLICATION_IDS.recruiterSelect,
        min_query_length: 1,
        placeholder: plain(ja ? "氏名の一部を入力して検索" : "Type part of the name to search", 150),
      },
      { optional: true },
    ),
    input(
      B.scheduleWishes,
      ja ? "訪問日程のご希望" : "Wishes for the visit schedule",
      textInput(V, {
        multiline: true,
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.scheduleWishes],
        placeholder: ja
          ? "例: 11月中の平日午後を希望、12月は繁忙期のため避けたい"
          : "e.g. weekday afternoons in November; not December",
      }),
      { optional: true },
    ),
  );
  if (secretariat) {
    blocks.push(
      input(
        B.overrides,
        ja ? "確認の上書き（事務局の判断）" : "Overrides (secretariat's decision)",
        checkboxes(V, [
          option(ja ? "対象外に見えても登録する" : "Register even though it looks ineligible", OVERRIDE.eligibility),
          option(ja ? "重複に見えても登録する" : "Register even though it looks like a duplicate", OVERRIDE.duplicate),
        ]),
        { optional: true },
      ),
    );
  }
  return modal({
    callbackId: APPLICATION_IDS.applyModal,
    title: secretariat
      ? ja
        ? "申込みの代理登録"
        : "Enter an application"
      : ja
        ? "専門家指導の申込み"
        : "Apply for guidance",
    submit: secretariat ? (ja ? "登録する" : "Register") : ja ? "申し込む" : "Apply",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { mode: o.mode } satisfies ApplyModalMetadata,
    blocks,
  });
}

/** Where the Invalid button was clicked, so that the view there can be refreshed afterwards. */
export type InvalidModalMetadata = { applicationId: number; fromHome: boolean };

/** Modal asking why an application is invalid (a common reason, and details). */
export function invalidReasonModal(locale: Locale, a: ApplicationDetail, fromHome: boolean): ModalView {
  const ja = locale === "ja";
  const same = sameNumberNote(a, locale);
  return modal({
    callbackId: APPLICATION_IDS.invalidModal,
    title: ja ? "申込みを無効にする" : "Mark as invalid",
    submit: ja ? "無効にする" : "Mark invalid",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { applicationId: a.id, fromHome } satisfies InvalidModalMetadata,
    blocks: [
      section(
        ja
          ? `*${applicationTitle(a)}* を無効にします。理由は申込者に通知されます。`
          : `Mark *${applicationTitle(a)}* as invalid. The reason is sent to the applicant.`,
      ),
      ...(same ? [context([`:warning: ${same}`])] : []),
      input(
        B.reason,
        ja ? "理由" : "Reason",
        select(locale, enumOptions(InvalidReasonSchema.options, INVALID_REASON_LABELS, locale)),
      ),
      input(
        B.reasonDetail,
        ja ? "詳細" : "Details",
        textInput(V, {
          multiline: true,
          maxLength: APPLICATION_TEXT_LIMITS.invalid[B.reasonDetail],
          placeholder: ja
            ? "例: 資本金・従業員数とも基準を超えています"
            : "e.g. Both capital and employees exceed the thresholds",
        }),
        { optional: true, hint: ja ? "「その他」の場合は必須です。" : "Required for “Other”." },
      ),
    ],
  });
}
