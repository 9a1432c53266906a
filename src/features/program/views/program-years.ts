import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  checkboxes,
  datePicker,
  input,
  type ModalView,
  modal,
  option,
  section,
  staticSelect,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { PROGRAM_IDS, PROGRAM_TEXT_LIMITS } from "../program-ids.js";
import { programYearsTexts } from "./program-years.texts.js";

const B = PROGRAM_IDS.blocks;
const V = PROGRAM_IDS.value;

export type ProgramYear = { id: number; name: string; current: boolean };

/** The top of `/desk settings`: which year is current, a button for a new one, a switch among them. */
export function programYearsBlocks(locale: Locale, programs: ProgramYear[]): Block[] {
  const t = programYearsTexts(locale);
  const current = programs.find((p) => p.current);
  const elements = [button(t.newButton, PROGRAM_IDS.newProgramButton, "new")];
  const switchable = programs.length > 1;
  return [
    section(t.yearsLine({ current: esc(current?.name ?? "-"), count: programs.length })),
    actions(PROGRAM_IDS.yearsBlocks.years, [
      ...elements,
      ...(switchable
        ? [
            staticSelect(
              PROGRAM_IDS.switchProgramSelect,
              programs.map((p) => option(t.switchOption(p), String(p.id))),
              { initial: current ? String(current.id) : null, placeholder: t.switchPlaceholder },
            ),
          ]
        : []),
    ]),
  ];
}

/** The new program modal: name and dates (labelled), and whether it becomes current (default yes). */
export function newProgramModal(locale: Locale): ModalView {
  const t = programYearsTexts(locale);
  return modal({
    callbackId: PROGRAM_IDS.newProgramModal,
    title: t.title,
    submit: t.create,
    close: t.cancel,
    blocks: [
      section(t.intro),
      input(B.name, t.name, textInput(V, { maxLength: PROGRAM_TEXT_LIMITS.settings[B.name] }), { hint: t.nameHint }),
      input(B.startDate, t.startDate, datePicker(V, null)),
      input(B.endDate, t.endDate, datePicker(V, null)),
      input(B.applyFrom, t.applyFrom, datePicker(V, null)),
      input(B.applyUntil, t.applyUntil, datePicker(V, null)),
      input(
        PROGRAM_IDS.yearsBlocks.makeCurrent,
        t.makeCurrent,
        checkboxes(V, [option(t.makeCurrent, "yes")], ["yes"]),
        {
          optional: true,
          hint: t.makeCurrentHint,
        },
      ),
    ],
  });
}
