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
import { expertFormTexts } from "./expert-form.texts.js";

const B = EXPERT_IDS.blocks;
const V = EXPERT_IDS.value;
export const NO_PREFECTURE = "none";

export function prefectureOptions(locale: Locale, withNone: boolean) {
  const opts = PREFECTURES.map((_, i) => option(prefectureName(i + 1, locale), String(i + 1)));
  return withNone ? [...opts, option(expertFormTexts(locale).notGiven, NO_PREFECTURE)] : opts;
}

export function industryOptions(locale: Locale) {
  return INDUSTRIES.map((i) => option(i[locale], i.code));
}

/** Registration and profile modal: the same fields; `existing` pre-fills them. */
export function expertFormModal(locale: Locale, mode: "register" | "edit", existing?: Expert | null): ModalView {
  const t = expertFormTexts(locale);
  const q = [option(t.qualRiss, "RISS"), option(t.qualItc, "ITC"), option(t.qualBoth, "RISS_ITC")];
  const blocks: Block[] = [
    section(mode === "register" ? t.introRegister : t.introEdit),
    input(
      B.nameKanji,
      t.nameKanji,
      textInput(V, {
        initial: existing?.nameKanji,
        placeholder: t.nameKanjiPlaceholder,
        maxLength: EXPERT_TEXT_LIMITS.form[B.nameKanji],
      }),
    ),
    input(
      B.nameKana,
      t.nameKana,
      textInput(V, {
        initial: existing?.nameKana,
        placeholder: t.nameKanaPlaceholder,
        maxLength: EXPERT_TEXT_LIMITS.form[B.nameKana],
      }),
    ),
    input(B.qualification, t.qualification, radios(V, q, existing?.qualification ?? null)),
    input(
      B.rissNumber,
      t.rissNumber,
      textInput(V, {
        initial: existing?.rissNumber,
        placeholder: t.rissNumberPlaceholder,
        maxLength: EXPERT_TEXT_LIMITS.form[B.rissNumber],
      }),
      { optional: true, hint: t.rissNumberHint },
    ),
    input(
      B.prefecture,
      t.prefecture,
      staticSelect(V, prefectureOptions(locale, true), {
        initial: existing ? (existing.prefecture ? String(existing.prefecture) : NO_PREFECTURE) : null,
        placeholder: t.choose,
      }),
    ),
    input(
      B.covered,
      t.covered,
      multiSelect(V, prefectureOptions(locale, false), {
        initial: existing ? (JSON.parse(existing.coveredPrefectures) as number[]).map(String) : [],
        placeholder: t.chooseSeveral,
      }),
      {
        optional: true,
        hint: t.coveredHint,
      },
    ),
    input(
      B.industries,
      t.industries,
      multiSelect(V, industryOptions(locale), {
        initial: existing ? (JSON.parse(existing.industries) as string[]) : [],
        placeholder: t.chooseSeveral,
      }),
      { optional: true },
    ),
    input(B.capacity, t.capacity, numberInput(V, { initial: existing?.capacity ?? 3, min: 1, max: 20 }), {
      hint: t.capacityHint,
    }),
    input(
      B.email,
      t.email,
      { type: "email_text_input", action_id: V, ...(existing?.email ? { initial_value: existing.email } : {}) },
      { optional: true },
    ),
    input(
      B.phone,
      t.phone,
      textInput(V, {
        initial: existing?.phone,
        placeholder: "03-1234-5678",
        maxLength: EXPERT_TEXT_LIMITS.form[B.phone],
      }),
      { optional: true },
    ),
    input(
      B.profile,
      t.profile,
      textInput(V, {
        initial: existing?.profile,
        multiline: true,
        maxLength: EXPERT_TEXT_LIMITS.form[B.profile],
        placeholder: t.profilePlaceholder,
      }),
      { optional: true },
    ),
  ];
  return modal({
    callbackId: mode === "register" ? EXPERT_IDS.registerModal : EXPERT_IDS.profileModal,
    title: mode === "register" ? t.titleRegister : t.titleEdit,
    submit: mode === "register" ? t.submitRegister : t.submitEdit,
    close: t.cancel,
    blocks,
  });
}

/** Modal asking the reason for rejecting an expert. */
export function rejectReasonModal(locale: Locale, expert: Expert): ModalView {
  const t = expertFormTexts(locale);
  return modal({
    callbackId: EXPERT_IDS.rejectModal,
    title: t.rejectTitle,
    submit: t.rejectSubmit,
    close: t.cancel,
    metadata: { expertId: expert.id },
    blocks: [
      section(t.rejectIntro(esc(expert.nameKanji))),
      input(
        B.reason,
        t.rejectReason,
        textInput(V, {
          multiline: true,
          maxLength: EXPERT_TEXT_LIMITS.reject[B.reason],
          placeholder: t.rejectPlaceholder,
        }),
      ),
    ],
  });
}
