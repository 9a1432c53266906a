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
import { type ProgramYear, programYearsBlocks } from "./program-years.js";
import { settingsModalTexts } from "./settings-modal.texts.js";

const B = PROGRAM_IDS.blocks;
const V = PROGRAM_IDS.value;

/** `/desk settings`: every program setting, pre-filled. Channel IDs are typed (C…) so that the bot need not list channels. */
export function settingsModal(locale: Locale, s: ProgramSettings, programs: ProgramYear[] = []): ModalView {
  const t = settingsModalTexts(locale);
  const num = (block: string, label: string, value: number, min: number, max: number, hint?: string) =>
    input(block, label, numberInput(V, { initial: value, min, max }), hint ? { hint } : {});
  return modal({
    callbackId: PROGRAM_IDS.settingsModal,
    title: t.title,
    submit: t.save,
    close: t.cancel,
    blocks: [
      ...(programs.length > 0 ? programYearsBlocks(locale, programs) : []),
      section(t.intro),
      input(B.name, t.name, textInput(V, { initial: s.name, maxLength: PROGRAM_TEXT_LIMITS.settings[B.name] })),
      input(B.startDate, t.startDate, datePicker(V, s.startDate)),
      input(B.endDate, t.endDate, datePicker(V, s.endDate)),
      input(B.applyFrom, t.applyFrom, datePicker(V, s.applyFrom)),
      input(B.applyUntil, t.applyUntil, datePicker(V, s.applyUntil)),
      num(B.visitsPerCase, t.visitsPerCase, s.visitsPerCase, 1, 10),
      num(B.reportDueBusinessDays, t.reportDueBusinessDays, s.reportDueBusinessDays, 1, 60),
      num(B.honorariumRissYen, t.honorariumRissYen, s.honorariumRissYen, 0, 10_000_000),
      num(B.honorariumItcYen, t.honorariumItcYen, s.honorariumItcYen, 0, 10_000_000),
      input(B.reminderTime, t.reminderTime, timePicker(V, s.reminderTime)),
      input(
        B.digestWeekday,
        t.digestWeekday,
        staticSelect(
          V,
          [0, 1, 2, 3, 4, 5, 6].map((i) => option(t.weekday(i), String(i + 1))),
          { initial: String(s.digestWeekday) },
        ),
      ),
      input(B.digestTime, t.digestTime, timePicker(V, s.digestTime)),
      input(
        B.secretariatChannelId,
        t.secretariatChannelId,
        textInput(V, {
          initial: s.secretariatChannelId,
          placeholder: "C012ABCDEF",
          maxLength: PROGRAM_TEXT_LIMITS.settings[B.secretariatChannelId],
        }),
        {
          optional: true,
          hint: t.secretariatChannelHint,
        },
      ),
      input(
        B.digestChannelId,
        t.digestChannelId,
        textInput(V, {
          initial: s.digestChannelId,
          placeholder: "C012ABCDEF",
          maxLength: PROGRAM_TEXT_LIMITS.settings[B.digestChannelId],
        }),
        { optional: true },
      ),
      input(
        B.yearEndClosureFrom,
        t.yearEndClosureFrom,
        textInput(V, {
          initial: s.yearEndClosureFrom,
          placeholder: "12-29",
          maxLength: PROGRAM_TEXT_LIMITS.settings[B.yearEndClosureFrom],
        }),
      ),
      input(
        B.yearEndClosureUntil,
        t.yearEndClosureUntil,
        textInput(V, {
          initial: s.yearEndClosureUntil,
          placeholder: "01-03",
          maxLength: PROGRAM_TEXT_LIMITS.settings[B.yearEndClosureUntil],
        }),
      ),
      num(B.proposalStaleDays, t.proposalStaleDays, s.proposalStaleDays, 1, 90),
      num(B.visitGapDays, t.visitGapDays, s.visitGapDays, 1, 180),
      num(B.surveyReminderDays, t.surveyReminderDays, s.surveyReminderDays, 1, 60),
      num(B.defaultCandidateCount, t.defaultCandidateCount, s.defaultCandidateCount, 1, 10),
    ],
  });
}
