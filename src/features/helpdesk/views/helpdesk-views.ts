import { formatInstant } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  type Button,
  button,
  checkboxes,
  clip,
  context,
  header,
  input,
  type ModalView,
  modal,
  option,
  section,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { type FaqPlaceholders, fillPlaceholders } from "../default-faq.js";
import type { FaqHit } from "../faq-matcher.js";
import { HELPDESK_IDS, HELPDESK_TEXT_LIMITS, MAX_QUESTION } from "../helpdesk-ids.js";
import type { FaqEntry, Ticket } from "../helpdesk-repository.js";
import { helpdeskViewTexts } from "./helpdesk-views.texts.js";

const B = HELPDESK_IDS.blocks;
const V = HELPDESK_IDS.value;

/** The entry in the reader's language (English when it has one), unescaped: wrap in `esc()` inside mrkdwn. */
export function faqText(e: FaqEntry, locale: Locale, values: FaqPlaceholders) {
  const en = locale === "en" && e.questionEn !== "" && e.answerEn !== "";
  return {
    question: en ? e.questionEn : e.questionJa,
    answer: fillPlaceholders(en ? e.answerEn : e.answerJa, values),
  };
}

function askButton(locale: Locale, question: string, primary: boolean): Button {
  return button(
    helpdeskViewTexts(locale).askButton,
    HELPDESK_IDS.askButton,
    clip(question, MAX_QUESTION),
    primary ? "primary" : undefined,
  );
}

/** `/desk faq words`: the best answers, and the way to the secretariat if they do not help. */
export function faqSearchReply(
  query: string,
  hits: FaqHit<FaqEntry>[],
  locale: Locale,
  values: FaqPlaceholders,
  canEdit: boolean,
) {
  const m = helpdeskViewTexts(locale);
  if (hits.length === 0) {
    const text = m.miss(esc(clip(query, 200)));
    return { text, blocks: [section(text), actions("helpdesk_miss", [askButton(locale, query, true)])] };
  }
  const blocks: Block[] = [section(m.hitsHead(esc(clip(query, 200))))];
  for (const hit of hits) {
    const t = faqText(hit.entry, locale, values);
    blocks.push(
      section(`*Q. ${esc(t.question)}*\n${esc(t.answer)}`),
      ...(canEdit
        ? [
            actions(`helpdesk_faq_${hit.entry.id}`, [
              button(m.editFaq(hit.entry.id), HELPDESK_IDS.faqEditButton, String(hit.entry.id)),
            ]),
          ]
        : []),
    );
  }
  blocks.push(context([m.notAnswered]), actions("helpdesk_hit", [askButton(locale, query, false)]));
  return { text: m.results, blocks };
}

/** `/desk faq` without words: the questions the FAQ answers. */
export function faqListReply(entries: FaqEntry[], locale: Locale, canEdit: boolean) {
  const m = helpdeskViewTexts(locale);
  const lines = entries.map((e) => {
    const q = locale === "en" && e.questionEn ? e.questionEn : e.questionJa;
    return canEdit ? `• #${e.id} ${esc(q)}` : `• ${esc(q)}`;
  });
  const chunks: string[] = [];
  for (const line of lines) {
    if (chunks.length === 0 || chunks[chunks.length - 1].length + line.length > 2800) chunks.push(line);
    else chunks[chunks.length - 1] += `\n${line}`;
  }
  const blocks: Block[] = [section(m.listHead), ...chunks.slice(0, 10).map((c) => section(c))];
  const buttons = [button(m.ask, HELPDESK_IDS.askOpenButton, "open")];
  if (canEdit) buttons.push(button(m.addFaq, HELPDESK_IDS.faqEditButton, "new"));
  blocks.push(actions("helpdesk_list", buttons));
  return { text: m.faqTitle, blocks };
}

export function askModal(locale: Locale): ModalView {
  const m = helpdeskViewTexts(locale);
  return modal({
    callbackId: HELPDESK_IDS.askModal,
    title: m.askTitle,
    submit: m.send,
    close: m.cancel,
    blocks: [
      input(
        B.question,
        m.yourQuestion,
        textInput(V, { multiline: true, maxLength: MAX_QUESTION, placeholder: m.questionExample }),
      ),
    ],
  });
}

export function faqModal(locale: Locale, entry: FaqEntry | null): ModalView {
  const m = helpdeskViewTexts(locale);
  const limit = HELPDESK_TEXT_LIMITS.faq;
  const blocks: Block[] = [
    input(B.questionJa, m.questionJa, textInput(V, { initial: entry?.questionJa, maxLength: limit[B.questionJa] })),
    input(
      B.answerJa,
      m.answerJa,
      textInput(V, { initial: entry?.answerJa, multiline: true, maxLength: limit[B.answerJa] }),
    ),
    input(B.questionEn, m.questionEn, textInput(V, { initial: entry?.questionEn, maxLength: limit[B.questionEn] }), {
      optional: true,
    }),
    input(
      B.answerEn,
      m.answerEn,
      textInput(V, { initial: entry?.answerEn, multiline: true, maxLength: limit[B.answerEn] }),
      { optional: true },
    ),
    input(B.keywords, m.keywords, textInput(V, { initial: entry?.keywords, maxLength: limit[B.keywords] }), {
      optional: true,
      hint: m.keywordsHint,
    }),
  ];
  if (entry)
    blocks.push(
      input(B.remove, m.delete, checkboxes(V, [option(m.deleteEntry, HELPDESK_IDS.removeValue)]), { optional: true }),
    );
  return modal({
    callbackId: HELPDESK_IDS.faqModal,
    title: entry ? m.editTitle(entry.id) : m.newTitle,
    submit: m.save,
    close: m.cancel,
    metadata: { entryId: entry?.id ?? null },
    blocks,
  });
}

/** The ticket in the secretariat channel (Japanese); without the button once answered. */
export function ticketMessage(t: Ticket) {
  const m = helpdeskViewTexts("ja");
  const blocks: Block[] = [
    header(t.status === "answered" ? m.ticketAnsweredHead(t.id) : m.ticketHead(t.id)),
    section(m.askedBy({ asker: t.askerSlackId, question: esc(t.question) })),
    context([`${m.received(formatInstant(t.createdAt, "ja"))}${t.status === "open" ? m.replyInThread : ""}`]),
  ];
  if (t.status === "answered")
    blocks.push(
      section(
        `${m.answerBy({ by: t.answeredBy, answer: esc(t.answer ?? "") })}${t.faqEntryId ? m.addedToFaq(t.faqEntryId) : ""}`,
      ),
    );
  else
    blocks.push(
      actions(`helpdesk_ticket_${t.id}`, [button(m.answer, HELPDESK_IDS.answerButton, String(t.id), "primary")]),
    );
  const text =
    t.status === "answered"
      ? m.ticketAnsweredText(t.id)
      : m.ticketText({ id: t.id, question: esc(clip(t.question, 200)) });
  return { text, blocks };
}

export function answerModal(locale: Locale, t: Ticket): ModalView {
  const m = helpdeskViewTexts(locale);
  const limit = HELPDESK_TEXT_LIMITS.answer;
  return modal({
    callbackId: HELPDESK_IDS.answerModal,
    title: m.answerTitle(t.id),
    submit: m.sendAnswer,
    close: m.cancel,
    metadata: { ticketId: t.id },
    blocks: [
      section(`*${m.question}*（<@${t.askerSlackId}>）\n${esc(t.question)}`),
      input(B.answer, m.answerLabel, textInput(V, { multiline: true, maxLength: limit[B.answer] })),
      input(B.addToFaq, m.faq, checkboxes(V, [option(m.addToFaq, HELPDESK_IDS.addToFaqValue)]), { optional: true }),
      input(
        B.faqQuestion,
        m.faqQuestion,
        textInput(V, { initial: clip(t.question, limit[B.faqQuestion]), maxLength: limit[B.faqQuestion] }),
        { optional: true, hint: m.faqQuestionHint },
      ),
    ],
  });
}

export function ticketAnsweredDm(t: Ticket, answer: string, locale: Locale) {
  const text = helpdeskViewTexts(locale).answeredDm({ id: t.id, question: esc(t.question), answer: esc(answer) });
  return { text: clip(text, 3000), blocks: [section(text)] };
}

export function ticketReceivedReply(t: Ticket, locale: Locale, repeated: boolean) {
  const m = helpdeskViewTexts(locale);
  return { text: repeated ? m.alreadySent(t.id) : m.sent(t.id) };
}

/** App Home for the secretariat: questions waiting for an answer. */
export function openTicketsHome(tickets: Ticket[], total: number, locale: Locale): Block[] {
  const m = helpdeskViewTexts(locale);
  const blocks: Block[] = [header(m.openHead(total))];
  if (tickets.length === 0) {
    blocks.push(section(m.noneOpen));
    return blocks;
  }
  for (const t of tickets) {
    blocks.push(
      section(
        `*#${t.id}* <@${t.askerSlackId}>（${formatInstant(t.createdAt, locale)}）\n${esc(clip(t.question, 300))}`,
        { accessory: button(m.answer, HELPDESK_IDS.answerButton, String(t.id)) },
      ),
    );
  }
  if (total > tickets.length) blocks.push(context([m.more(total - tickets.length)]));
  return blocks;
}
