import type { MediationState } from "../../../domain/first-visit-rules.js";
import { MAX_FIRST_VISIT_OPTIONS } from "../../../domain/first-visit-rules.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  type Block,
  context,
  datePicker,
  input,
  type ModalView,
  modal,
  option,
  radios,
  section,
  textInput,
  timePicker,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { CaseRecord } from "../../cases/cases-repository.js";
import { caseTitle } from "../../visits/views/visit-messages.js";
import { modeLabel } from "../../visits/views/visit-text.js";
import { ANSWER_CHANNELS } from "../first-visits.schemas.js";
import { FIRST_VISIT_IDS, FIRST_VISIT_TEXT_LIMITS } from "../first-visits-ids.js";
import { firstVisitTexts } from "./first-visit.texts.js";
import { answerChannelLabel, slotLabel } from "./first-visit-text.js";

const B = FIRST_VISIT_IDS.blocks;
const V = FIRST_VISIT_IDS.value;

export type ProposeModalContext = {
  case: CaseRecord;
  programEnd: string;
  /** The first option's initial day: the approval's first-visit target when still ahead. */
  initialDate: string | null;
  state: MediationState;
};

/** Propose one to three first-visit dates to the SME (the case's expert, or the secretariat). */
export function proposeModal(locale: Locale, ctx: ProposeModalContext): ModalView {
  const t = firstVisitTexts(locale);
  const c = ctx.case;
  const intro: string[] = [t.proposeIntro({ title: caseTitle(c, locale), max: MAX_FIRST_VISIT_OPTIONS })];
  if (c.firstVisitTarget) intro.push(t.target(formatSlashDate(c.firstVisitTarget)));
  const blocks: Block[] = [section(intro.join("\n"))];
  if (ctx.state.kind === "sme_asked_for_others") blocks.push(section(t.previousDeclined(esc(ctx.state.note))));
  if (ctx.state.kind === "waiting_for_sme") blocks.push(context([t.waitingNotice]));
  for (let n = 1; n <= MAX_FIRST_VISIT_OPTIONS; n++) {
    const first = n === 1;
    blocks.push(
      input(FIRST_VISIT_IDS.dateBlock(n), t.dateLabel(n), datePicker(V, first ? ctx.initialDate : null), {
        optional: !first,
      }),
      input(FIRST_VISIT_IDS.timeBlock(n), t.timeLabel(n), timePicker(V, first ? "10:00" : null), {
        optional: !first,
      }),
    );
  }
  blocks.push(
    context([t.businessDays(formatSlashDate(ctx.programEnd))]),
    input(
      B.mode,
      t.modeLabel,
      radios(
        V,
        [option(modeLabel("onsite", locale), "onsite"), option(modeLabel("online", locale), "online")],
        "onsite",
      ),
    ),
    input(B.place, t.placeLabel, textInput(V, { maxLength: FIRST_VISIT_TEXT_LIMITS.propose[B.place] }), {
      optional: true,
      hint: t.placeHint,
    }),
    input(B.note, t.noteToSme, textInput(V, { multiline: true, maxLength: FIRST_VISIT_TEXT_LIMITS.propose[B.note] }), {
      optional: true,
      hint: t.noteHint,
    }),
  );
  return modal({
    callbackId: FIRST_VISIT_IDS.proposeModal,
    title: t.proposeTitle,
    submit: t.proposeSubmit,
    close: t.cancel,
    metadata: { caseId: c.id },
    blocks,
  });
}

/** 「SMEの回答を記録する」: which proposed date the SME chose, or none (with the SME's note). */
export function recordAnswerModal(
  locale: Locale,
  ctx: { case: CaseRecord; proposalId: number; options: Date[]; noteToSme: string },
): ModalView {
  const t = firstVisitTexts(locale);
  const choices = [
    ...ctx.options.map((d, i) => option(`${i + 1}) ${slotLabel(d, locale)}`, String(i + 1))),
    option(t.noneFits, FIRST_VISIT_IDS.noneFitsValue),
  ];
  return modal({
    callbackId: FIRST_VISIT_IDS.recordAnswerModal,
    title: t.recordTitle,
    submit: t.recordSubmit,
    close: t.cancel,
    metadata: { proposalId: ctx.proposalId },
    blocks: [
      section(t.recordIntro({ title: caseTitle(ctx.case, locale), expert: esc(ctx.case.expert.nameKanji) })),
      ...(ctx.noteToSme ? [context([`${t.noteSent}: ${esc(ctx.noteToSme)}`])] : []),
      input(B.answer, t.answerLabel, radios(V, choices)),
      input(
        B.channel,
        t.channelLabel,
        radios(
          V,
          ANSWER_CHANNELS.map((ch) => option(answerChannelLabel(ch, locale), ch)),
        ),
      ),
      input(
        B.answerNote,
        t.smeNote,
        textInput(V, { multiline: true, maxLength: FIRST_VISIT_TEXT_LIMITS.recordAnswer[B.answerNote] }),
        { optional: true, hint: t.answerNoteHint },
      ),
    ],
  });
}
