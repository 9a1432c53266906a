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
  const ja = locale === "ja";
  const c = ctx.case;
  const intro: string[] = [
    ja
      ? `*${caseTitle(c, "ja")}* の初回訪問の候補日を1〜${MAX_FIRST_VISIT_OPTIONS}件、SMEに提案します。SMEが1つを選ぶと第1回の訪問予定になります。`
      : `Propose one to ${MAX_FIRST_VISIT_OPTIONS} first-visit dates for *${caseTitle(c, "en")}*. The one the SME picks becomes visit 1.`,
  ];
  if (c.firstVisitTarget)
    intro.push(
      ja
        ? `初回訪問の目標日: ${formatSlashDate(c.firstVisitTarget)}`
        : `First-visit target: ${formatSlashDate(c.firstVisitTarget)}`,
    );
  const blocks: Block[] = [section(intro.join("\n"))];
  if (ctx.state.kind === "sme_asked_for_others")
    blocks.push(
      section(
        ja
          ? `*SMEは前回の候補日では都合が合わないとのことです。*\nSMEからのメモ: ${esc(ctx.state.note)}`
          : `*None of the previous dates suited the SME.*\nThe SME's note: ${esc(ctx.state.note)}`,
      ),
    );
  if (ctx.state.kind === "waiting_for_sme")
    blocks.push(
      context([
        ja
          ? "SMEの回答待ちの提案があります。ここで提案すると、前の提案は取り下げられます。"
          : "A proposal is waiting for the SME's answer; proposing now withdraws it.",
      ]),
    );
  for (let n = 1; n <= MAX_FIRST_VISIT_OPTIONS; n++) {
    const first = n === 1;
    blocks.push(
      input(
        FIRST_VISIT_IDS.dateBlock(n),
        ja ? `候補${n}の日付` : `Date ${n}: day`,
        datePicker(V, first ? ctx.initialDate : null),
        { optional: !first },
      ),
      input(
        FIRST_VISIT_IDS.timeBlock(n),
        ja ? `候補${n}の開始時刻（日本時間）` : `Date ${n}: start time (Japan time)`,
        timePicker(V, first ? "10:00" : null),
        { optional: !first },
      ),
    );
  }
  blocks.push(
    context([
      ja
        ? `営業日（土日祝・年末年始を除く）、今日以降、事業終了日 ${formatSlashDate(ctx.programEnd)} までの日時を選んでください。`
        : `Choose business days (no weekends, holidays or year-end closure), from today until the program ends on ${formatSlashDate(ctx.programEnd)}.`,
    ]),
    input(
      B.mode,
      ja ? "訪問の方法" : "How",
      radios(
        V,
        [option(modeLabel("onsite", locale), "onsite"), option(modeLabel("online", locale), "online")],
        "onsite",
      ),
    ),
    input(
      B.place,
      ja ? "場所（住所・事業所名、オンラインの場合は会議ツール）" : "Place (address, or the meeting tool if online)",
      textInput(V, { maxLength: FIRST_VISIT_TEXT_LIMITS.propose[B.place] }),
      { optional: true, hint: ja ? "訪問（対面）の場合は必須です。" : "Required for on-site visits." },
    ),
    input(
      B.note,
      ja ? "SMEへのメモ" : "Note to the SME",
      textInput(V, { multiline: true, maxLength: FIRST_VISIT_TEXT_LIMITS.propose[B.note] }),
      {
        optional: true,
        hint: ja ? "例: 当日は経営者の方にもご同席ください。" : "E.g. please have the owner join the meeting.",
      },
    ),
  );
  return modal({
    callbackId: FIRST_VISIT_IDS.proposeModal,
    title: ja ? "初回訪問の候補日" : "First-visit dates",
    submit: ja ? "提案する" : "Propose",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { caseId: c.id },
    blocks,
  });
}

/** 「SMEの回答を記録する」: which proposed date the SME chose, or none (with the SME's note). */
export function recordAnswerModal(
  locale: Locale,
  ctx: { case: CaseRecord; proposalId: number; options: Date[]; noteToSme: string },
): ModalView {
  const ja = locale === "ja";
  const choices = [
    ...ctx.options.map((d, i) => option(`${i + 1}) ${slotLabel(d, locale)}`, String(i + 1))),
    option(
      ja ? "どの日程も都合が合わない（別の日程を希望）" : "None fits (the SME wants other dates)",
      FIRST_VISIT_IDS.noneFitsValue,
    ),
  ];
  return modal({
    callbackId: FIRST_VISIT_IDS.recordAnswerModal,
    title: ja ? "SMEの回答を記録する" : "Record SME's answer",
    submit: ja ? "記録する" : "Record",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { proposalId: ctx.proposalId },
    blocks: [
      section(
        ja
          ? `*${caseTitle(ctx.case, "ja")}* — 担当 ${esc(ctx.case.expert.nameKanji)} さん\nSMEから受けた回答を、SMEに代わって記録します。選んだ日時が第1回の訪問予定になり、専門家に通知されます。`
          : `*${caseTitle(ctx.case, "en")}* — expert ${esc(ctx.case.expert.nameKanji)}\nRecord the SME's answer on its behalf. The chosen date becomes visit 1 and the expert is told.`,
      ),
      ...(ctx.noteToSme
        ? [context([`${ja ? "SMEへのメモ（提案時）" : "Note sent to the SME"}: ${esc(ctx.noteToSme)}`])]
        : []),
      input(B.answer, ja ? "SMEの回答" : "The SME's answer", radios(V, choices)),
      input(
        B.channel,
        ja ? "回答を受けた方法" : "How the answer came",
        radios(
          V,
          ANSWER_CHANNELS.map((ch) => option(answerChannelLabel(ch, locale), ch)),
        ),
      ),
      input(
        B.answerNote,
        ja ? "SMEからのメモ" : "The SME's note",
        textInput(V, { multiline: true, maxLength: FIRST_VISIT_TEXT_LIMITS.recordAnswer[B.answerNote] }),
        {
          optional: true,
          hint: ja
            ? "「都合が合わない」場合は必須です（都合のよい曜日・時間帯など）。提案した人に伝えます。"
            : "Required when none fits (which days or times suit them); the proposer is told.",
        },
      ),
    ],
  });
}
