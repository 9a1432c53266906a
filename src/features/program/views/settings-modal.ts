import type { Locale } from "../../../lib/i18n.js";
import {
  datePicker,
  input,
  type ModalView,
  modal,
  numberInput,
  option,
  section,
  staticSelect,
  textInput,
  timePicker,
} from "../../../slack/blocks.js";
import type { ProgramSettings } from "../program.schemas.js";
import { PROGRAM_IDS, PROGRAM_TEXT_LIMITS } from "../program-ids.js";

const B = PROGRAM_IDS.blocks;
const V = PROGRAM_IDS.value;

const WEEKDAYS = {
  ja: ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

/** `/desk settings`: every program setting, pre-filled. Channel IDs are typed (C…) so that the bot need not list channels. */
export function settingsModal(locale: Locale, s: ProgramSettings): ModalView {
  const ja = locale === "ja";
  const num = (block: string, label: string, value: number, min: number, max: number, hint?: string) =>
    input(block, label, numberInput(V, { initial: value, min, max }), hint ? { hint } : {});
  return modal({
    callbackId: PROGRAM_IDS.settingsModal,
    title: ja ? "事業の設定" : "Program settings",
    submit: ja ? "保存" : "Save",
    close: ja ? "キャンセル" : "Cancel",
    blocks: [
      section(
        ja
          ? "変更は保存した時点から反映され、監査ログに記録されます。"
          : "Changes apply when saved and are recorded in the audit log.",
      ),
      input(
        B.name,
        ja ? "事業名" : "Program name",
        textInput(V, { initial: s.name, maxLength: PROGRAM_TEXT_LIMITS.settings[B.name] }),
      ),
      input(B.startDate, ja ? "事業開始日" : "Program start", datePicker(V, s.startDate)),
      input(
        B.endDate,
        ja ? "事業終了日（訪問の最終日）" : "Program end (last day for visits)",
        datePicker(V, s.endDate),
      ),
      input(B.applyFrom, ja ? "申込受付開始日" : "Applications open", datePicker(V, s.applyFrom)),
      input(B.applyUntil, ja ? "申込受付締切日" : "Applications close", datePicker(V, s.applyUntil)),
      num(B.visitsPerCase, ja ? "1社あたりの訪問回数" : "Visits per case", s.visitsPerCase, 1, 10),
      num(
        B.reportDueBusinessDays,
        ja ? "報告書の提出期限（訪問後の営業日数）" : "Report due (business days after a visit)",
        s.reportDueBusinessDays,
        1,
        60,
      ),
      num(
        B.honorariumRissYen,
        ja ? "謝金（RISS・1回あたり・円）" : "Honorarium per visit, RISS (yen)",
        s.honorariumRissYen,
        0,
        10_000_000,
      ),
      num(
        B.honorariumItcYen,
        ja ? "謝金（ITC・1回あたり・円）" : "Honorarium per visit, ITC (yen)",
        s.honorariumItcYen,
        0,
        10_000_000,
      ),
      input(
        B.reminderTime,
        ja ? "毎日のリマインド時刻（日本時間）" : "Daily reminder time (Japan time)",
        timePicker(V, s.reminderTime),
      ),
      input(
        B.digestWeekday,
        ja ? "週次ダイジェストの曜日" : "Weekly digest day",
        staticSelect(
          V,
          WEEKDAYS[locale].map((d, i) => option(d, String(i + 1))),
          { initial: String(s.digestWeekday) },
        ),
      ),
      input(
        B.digestTime,
        ja ? "週次ダイジェストの時刻（日本時間）" : "Weekly digest time (Japan time)",
        timePicker(V, s.digestTime),
      ),
      input(
        B.secretariatChannelId,
        ja ? "事務局チャンネルID" : "Secretariat channel ID",
        textInput(V, {
          initial: s.secretariatChannelId,
          placeholder: "C012ABCDEF",
          maxLength: PROGRAM_TEXT_LIMITS.settings[B.secretariatChannelId],
        }),
        {
          optional: true,
          hint: ja
            ? "非公開チャンネルのID（チャンネル詳細の一番下、C で始まる）。ボットを招待しておいてください"
            : "The ID of a private channel (bottom of the channel details, starts with C); invite the bot first",
        },
      ),
      input(
        B.digestChannelId,
        ja ? "ダイジェスト投稿チャンネルID" : "Digest channel ID",
        textInput(V, {
          initial: s.digestChannelId,
          placeholder: "C012ABCDEF",
          maxLength: PROGRAM_TEXT_LIMITS.settings[B.digestChannelId],
        }),
        { optional: true },
      ),
      input(
        B.yearEndClosureFrom,
        ja ? "年末年始休業の開始（MM-DD）" : "Year-end closure from (MM-DD)",
        textInput(V, {
          initial: s.yearEndClosureFrom,
          placeholder: "12-29",
          maxLength: PROGRAM_TEXT_LIMITS.settings[B.yearEndClosureFrom],
        }),
      ),
      input(
        B.yearEndClosureUntil,
        ja ? "年末年始休業の終了（MM-DD）" : "Year-end closure until (MM-DD)",
        textInput(V, {
          initial: s.yearEndClosureUntil,
          placeholder: "01-03",
          maxLength: PROGRAM_TEXT_LIMITS.settings[B.yearEndClosureUntil],
        }),
      ),
      num(
        B.proposalStaleDays,
        ja ? "候補提示への回答待ちを知らせる日数" : "Days before a proposal waiting for a choice is flagged",
        s.proposalStaleDays,
        1,
        90,
      ),
      num(
        B.visitGapDays,
        ja ? "次回訪問が未定のとき知らせる日数" : "Days without a next visit before a reminder",
        s.visitGapDays,
        1,
        180,
      ),
      num(
        B.surveyReminderDays,
        ja ? "アンケート再依頼までの営業日数" : "Business days before a survey reminder",
        s.surveyReminderDays,
        1,
        60,
      ),
      num(
        B.defaultCandidateCount,
        ja ? "提示する候補専門家の人数（既定）" : "Candidates to present (default)",
        s.defaultCandidateCount,
        1,
        10,
      ),
    ],
  });
}
