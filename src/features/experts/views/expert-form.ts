import { INDUSTRIES } from "../../../domain/industries.js";
import { PREFECTURES, prefectureName } from "../../../domain/prefectures.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  type Block,
  input,
  type ModalView,
  modal,
  multiSelect,
  numberInput,
  option,
  radios,
  section,
  staticSelect,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { EXPERT_IDS, EXPERT_TEXT_LIMITS } from "../experts-ids.js";
import type { Expert } from "../experts-repository.js";

const B = EXPERT_IDS.blocks;
const V = EXPERT_IDS.value;
export const NO_PREFECTURE = "none";

export function prefectureOptions(locale: Locale, withNone: boolean) {
  const opts = PREFECTURES.map((_, i) => option(prefectureName(i + 1, locale), String(i + 1)));
  return withNone ? [...opts, option(locale === "ja" ? "記載なし" : "Not given", NO_PREFECTURE)] : opts;
}

export function industryOptions(locale: Locale) {
  return INDUSTRIES.map((i) => option(i[locale], i.code));
}

/** Registration and profile modal: the same fields; `existing` pre-fills them. */
export function expertFormModal(locale: Locale, mode: "register" | "edit", existing?: Expert | null): ModalView {
  const ja = locale === "ja";
  const q = [
    option(ja ? "情報処理安全確保支援士（RISS）" : "Registered Information Security Specialist (RISS)", "RISS"),
    option(ja ? "ITコーディネータ（ITC）" : "IT Coordinator (ITC)", "ITC"),
    option(ja ? "RISS と ITC の両方" : "Both RISS and ITC", "RISS_ITC"),
  ];
  const blocks: Block[] = [
    section(
      ja
        ? mode === "register"
          ? "専門家として登録します。事務局が内容を確認し、結果をこのアプリのメッセージでお知らせします。"
          : "登録内容を変更します。変更はすぐに反映されます。"
        : mode === "register"
          ? "Register as an expert. The secretariat reviews your entry and tells you the result in this app's messages."
          : "Edit your registration. Changes apply at once.",
    ),
    input(
      B.nameKanji,
      ja ? "氏名（漢字）" : "Name (kanji)",
      textInput(V, {
        initial: existing?.nameKanji,
        placeholder: ja ? "例: 山田 太郎" : "e.g. 山田 太郎",
        maxLength: EXPERT_TEXT_LIMITS.form[B.nameKanji],
      }),
    ),
    input(
      B.nameKana,
      ja ? "氏名（かな）" : "Name (kana)",
      textInput(V, {
        initial: existing?.nameKana,
        placeholder: ja ? "例: やまだ たろう" : "e.g. やまだ たろう",
        maxLength: EXPERT_TEXT_LIMITS.form[B.nameKana],
      }),
    ),
    input(B.qualification, ja ? "資格" : "Qualification", radios(V, q, existing?.qualification ?? null)),
    input(
      B.rissNumber,
      ja ? "情報処理安全確保支援士 登録番号" : "RISS registration number",
      textInput(V, {
        initial: existing?.rissNumber,
        placeholder: ja ? "6桁の数字（例: 012345）" : "6 digits (e.g. 012345)",
        maxLength: EXPERT_TEXT_LIMITS.form[B.rissNumber],
      }),
      { optional: true, hint: ja ? "RISS の方は必須です。" : "Required for RISS holders." },
    ),
    input(
      B.prefecture,
      ja ? "居住都道府県" : "Prefecture of residence",
      staticSelect(V, prefectureOptions(locale, true), {
        initial: existing ? (existing.prefecture ? String(existing.prefecture) : NO_PREFECTURE) : null,
        placeholder: ja ? "選択してください" : "Choose",
      }),
    ),
    input(
      B.covered,
      ja ? "訪問できる都道府県" : "Prefectures you can visit",
      multiSelect(V, prefectureOptions(locale, false), {
        initial: existing ? (JSON.parse(existing.coveredPrefectures) as number[]).map(String) : [],
        placeholder: ja ? "複数選択できます" : "Choose one or more",
      }),
      {
        optional: true,
        hint: ja
          ? "選ばない場合は居住都道府県のみとして扱います。"
          : "If none is chosen, only your prefecture of residence is used.",
      },
    ),
    input(
      B.industries,
      ja ? "支援経験のある業種" : "Industries you know",
      multiSelect(V, industryOptions(locale), {
        initial: existing ? (JSON.parse(existing.industries) as string[]) : [],
        placeholder: ja ? "複数選択できます" : "Choose one or more",
      }),
      { optional: true },
    ),
    input(
      B.capacity,
      ja ? "同時に担当できる最大件数" : "Maximum concurrent cases",
      numberInput(V, { initial: existing?.capacity ?? 3, min: 1, max: 20 }),
      {
        hint: ja ? "1〜20件" : "1 to 20",
      },
    ),
    input(
      B.email,
      ja ? "メールアドレス（事務局からの連絡用）" : "Email (for the secretariat)",
      { type: "email_text_input", action_id: V, ...(existing?.email ? { initial_value: existing.email } : {}) },
      { optional: true },
    ),
    input(
      B.phone,
      ja ? "電話番号（事務局からの連絡用）" : "Phone (for the secretariat)",
      textInput(V, {
        initial: existing?.phone,
        placeholder: "03-1234-5678",
        maxLength: EXPERT_TEXT_LIMITS.form[B.phone],
      }),
      { optional: true },
    ),
    input(
      B.profile,
      ja ? "自己紹介・得意分野" : "Short profile",
      textInput(V, {
        initial: existing?.profile,
        multiline: true,
        maxLength: EXPERT_TEXT_LIMITS.form[B.profile],
        placeholder: ja ? "中小企業の方に表示されます（1000字以内）" : "Shown to the SMEs (up to 1000 characters)",
      }),
      { optional: true },
    ),
  ];
  return modal({
    callbackId: mode === "register" ? EXPERT_IDS.registerModal : EXPERT_IDS.profileModal,
    title:
      mode === "register" ? (ja ? "専門家登録" : "Expert registration") : ja ? "登録内容の変更" : "Edit my profile",
    submit: mode === "register" ? (ja ? "登録を申請" : "Submit") : ja ? "保存" : "Save",
    close: ja ? "キャンセル" : "Cancel",
    blocks,
  });
}

/** Modal asking the reason for rejecting an expert. */
export function rejectReasonModal(locale: Locale, expert: Expert): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: EXPERT_IDS.rejectModal,
    title: ja ? "専門家登録の不承認" : "Reject registration",
    submit: ja ? "不承認にする" : "Reject",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { expertId: expert.id },
    blocks: [
      section(
        ja
          ? `*${esc(expert.nameKanji)}* さんの登録を不承認にします。理由は本人に通知されます。`
          : `Reject *${esc(expert.nameKanji)}*. The reason is sent to them.`,
      ),
      input(
        B.reason,
        ja ? "不承認の理由" : "Reason",
        textInput(V, {
          multiline: true,
          maxLength: EXPERT_TEXT_LIMITS.reject[B.reason],
          placeholder: ja ? "例: 登録番号を確認できませんでした" : "e.g. The registration number could not be verified",
        }),
      ),
    ],
  });
}
