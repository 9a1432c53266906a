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
  const ja = locale === "ja";
  return button(
    ja ? "事務局に質問する（この内容で送信）" : "Ask the secretariat (send this question)",
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
  const ja = locale === "ja";
  if (hits.length === 0) {
    const text = ja
      ? `「${esc(clip(query, 200))}」に当てはまるFAQは見つかりませんでした。下のボタンを押すと、この質問を事務局に送ります。回答はこのアプリのメッセージでお届けします。`
      : `No FAQ entry answers “${esc(clip(query, 200))}”. Press the button to send this question to the secretariat; the answer will arrive in this app's messages.`;
    return { text, blocks: [section(text), actions("helpdesk_miss", [askButton(locale, query, true)])] };
  }
  const blocks: Block[] = [
    section(ja ? `*「${esc(clip(query, 200))}」に関するFAQ*` : `*FAQ for “${esc(clip(query, 200))}”*`),
  ];
  for (const hit of hits) {
    const t = faqText(hit.entry, locale, values);
    blocks.push(
      section(`*Q. ${esc(t.question)}*\n${esc(t.answer)}`),
      ...(canEdit
        ? [
            actions(`helpdesk_faq_${hit.entry.id}`, [
              button(
                ja ? `FAQ #${hit.entry.id} を編集` : `Edit FAQ #${hit.entry.id}`,
                HELPDESK_IDS.faqEditButton,
                String(hit.entry.id),
              ),
            ]),
          ]
        : []),
    );
  }
  blocks.push(
    context([
      ja
        ? "解決しない場合は、下のボタンで事務局に質問できます。"
        : "Not answered? Send the question to the secretariat.",
    ]),
    actions("helpdesk_hit", [askButton(locale, query, false)]),
  );
  return { text: ja ? "FAQの検索結果" : "FAQ results", blocks };
}

/** `/desk faq` without words: the questions the FAQ answers. */
export function faqListReply(entries: FaqEntry[], locale: Locale, canEdit: boolean) {
  const ja = locale === "ja";
  const lines = entries.map((e) => {
    const q = locale === "en" && e.questionEn ? e.questionEn : e.questionJa;
    return canEdit ? `• #${e.id} ${esc(q)}` : `• ${esc(q)}`;
  });
  const chunks: string[] = [];
  for (const line of lines) {
    if (chunks.length === 0 || chunks[chunks.length - 1].length + line.length > 2800) chunks.push(line);
    else chunks[chunks.length - 1] += `\n${line}`;
  }
  const blocks: Block[] = [
    section(
      ja
        ? "*よくある質問*\n`/desk faq 知りたいこと`（例: `/desk faq 謝金 振込`）で回答を表示します。"
        : "*Frequently asked questions*\nType `/desk faq your question` (e.g. `/desk faq honorarium payment`) to see an answer.",
    ),
    ...chunks.slice(0, 10).map((c) => section(c)),
  ];
  const buttons = [button(ja ? "事務局に質問する" : "Ask the secretariat", HELPDESK_IDS.askOpenButton, "open")];
  if (canEdit) buttons.push(button(ja ? "FAQを追加" : "Add an FAQ entry", HELPDESK_IDS.faqEditButton, "new"));
  blocks.push(actions("helpdesk_list", buttons));
  return { text: ja ? "よくある質問" : "Frequently asked questions", blocks };
}

export function askModal(locale: Locale): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: HELPDESK_IDS.askModal,
    title: ja ? "事務局への質問" : "Ask the secretariat",
    submit: ja ? "送信" : "Send",
    close: ja ? "キャンセル" : "Cancel",
    blocks: [
      input(
        B.question,
        ja ? "質問の内容" : "Your question",
        textInput(V, {
          multiline: true,
          maxLength: MAX_QUESTION,
          placeholder: ja ? "例: 交通費は支給されますか" : "e.g. Are travel costs covered?",
        }),
      ),
    ],
  });
}

export function faqModal(locale: Locale, entry: FaqEntry | null): ModalView {
  const ja = locale === "ja";
  const blocks: Block[] = [
    input(
      B.questionJa,
      ja ? "質問（日本語）" : "Question (Japanese)",
      textInput(V, { initial: entry?.questionJa, maxLength: HELPDESK_TEXT_LIMITS.faq[B.questionJa] }),
    ),
    input(
      B.answerJa,
      ja ? "回答（日本語）" : "Answer (Japanese)",
      textInput(V, { initial: entry?.answerJa, multiline: true, maxLength: HELPDESK_TEXT_LIMITS.faq[B.answerJa] }),
    ),
    input(
      B.questionEn,
      ja ? "質問（英語）" : "Question (English)",
      textInput(V, { initial: entry?.questionEn, maxLength: HELPDESK_TEXT_LIMITS.faq[B.questionEn] }),
      {
        optional: true,
      },
    ),
    input(
      B.answerEn,
      ja ? "回答（英語）" : "Answer (English)",
      textInput(V, { initial: entry?.answerEn, multiline: true, maxLength: HELPDESK_TEXT_LIMITS.faq[B.answerEn] }),
      { optional: true },
    ),
    input(
      B.keywords,
      ja ? "検索キーワード（カンマ区切り）" : "Search keywords (comma separated)",
      textInput(V, { initial: entry?.keywords, maxLength: HELPDESK_TEXT_LIMITS.faq[B.keywords] }),
      {
        optional: true,
        hint: ja
          ? "言い換え・略語・英語など、質問に出てきそうな言葉（例: 謝金,報酬,振込,honorarium）。回答には {apply_until} {program_end} {report_due_days} {honorarium_riss} などの設定値を書けます。"
          : "Other words people may use (e.g. honorarium, fee, payment). Answers may contain settings such as {apply_until} {program_end} {report_due_days} {honorarium_riss}.",
      },
    ),
  ];
  if (entry)
    blocks.push(
      input(
        B.remove,
        ja ? "削除" : "Delete",
        checkboxes(V, [option(ja ? "このFAQを削除する" : "Delete this entry", HELPDESK_IDS.removeValue)]),
        {
          optional: true,
        },
      ),
    );
  return modal({
    callbackId: HELPDESK_IDS.faqModal,
    title: entry ? (ja ? `FAQ #${entry.id} の編集` : `Edit FAQ #${entry.id}`) : ja ? "FAQの追加" : "New FAQ entry",
    submit: ja ? "保存" : "Save",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { entryId: entry?.id ?? null },
    blocks,
  });
}

/** The ticket in the secretariat channel (Japanese); without the button once answered. */
export function ticketMessage(t: Ticket) {
  const blocks: Block[] = [
    header(t.status === "answered" ? `問い合わせ #${t.id} — 回答済み` : `問い合わせ #${t.id}`),
    section(`*<@${t.askerSlackId}> さんからの質問*\n${esc(t.question)}`),
    context([
      `受付 ${formatInstant(t.createdAt, "ja")}・FAQで解決しなかった質問です${t.status === "open" ? "・このスレッドに「回答:」で始めて返信しても回答できます" : ""}`,
    ]),
  ];
  if (t.status === "answered")
    blocks.push(
      section(
        `*回答*（<@${t.answeredBy}>）\n${esc(t.answer ?? "")}${t.faqEntryId ? `\n_FAQ #${t.faqEntryId} に追加しました_` : ""}`,
      ),
    );
  else
    blocks.push(
      actions(`helpdesk_ticket_${t.id}`, [button("回答する", HELPDESK_IDS.answerButton, String(t.id), "primary")]),
    );
  const text =
    t.status === "answered" ? `問い合わせ #${t.id}: 回答済み` : `問い合わせ #${t.id}: ${esc(clip(t.question, 200))}`;
  return { text, blocks };
}

export function answerModal(locale: Locale, t: Ticket): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: HELPDESK_IDS.answerModal,
    title: ja ? `問い合わせ #${t.id}` : `Question #${t.id}`,
    submit: ja ? "回答を送る" : "Send answer",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { ticketId: t.id },
    blocks: [
      section(`*${ja ? "質問" : "Question"}*（<@${t.askerSlackId}>）\n${esc(t.question)}`),
      input(
        B.answer,
        ja ? "回答（質問者にDMで届きます）" : "Answer (sent to the asker by DM)",
        textInput(V, { multiline: true, maxLength: HELPDESK_TEXT_LIMITS.answer[B.answer] }),
      ),
      input(
        B.addToFaq,
        ja ? "FAQ" : "FAQ",
        checkboxes(V, [
          option(ja ? "この回答をFAQに追加する" : "Add this answer to the FAQ", HELPDESK_IDS.addToFaqValue),
        ]),
        { optional: true },
      ),
      input(
        B.faqQuestion,
        ja ? "FAQに載せる質問文" : "Question as shown in the FAQ",
        textInput(V, {
          initial: clip(t.question, HELPDESK_TEXT_LIMITS.answer[B.faqQuestion]),
          maxLength: HELPDESK_TEXT_LIMITS.answer[B.faqQuestion],
        }),
        { optional: true, hint: ja ? "FAQに追加する場合だけ使います。" : "Used only when adding to the FAQ." },
      ),
    ],
  });
}

export function ticketAnsweredDm(t: Ticket, answer: string, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `お問い合わせ（#${t.id}）への事務局からの回答です。\n\n*質問*\n${esc(t.question)}\n\n*回答*\n${esc(answer)}`
    : `The secretariat answered your question (#${t.id}).\n\n*Question*\n${esc(t.question)}\n\n*Answer*\n${esc(answer)}`;
  return { text: clip(text, 3000), blocks: [section(text)] };
}

export function ticketReceivedReply(t: Ticket, locale: Locale, repeated: boolean) {
  const ja = locale === "ja";
  return {
    text: repeated
      ? ja
        ? `この質問はすでに事務局に送っています（問い合わせ #${t.id}）。回答をお待ちください。`
        : `This question was already sent to the secretariat (#${t.id}). Please wait for the answer.`
      : ja
        ? `質問を事務局に送りました（問い合わせ #${t.id}）。回答はこのアプリのメッセージでお届けします。`
        : `Your question was sent to the secretariat (#${t.id}). The answer will arrive in this app's messages.`,
  };
}

/** App Home for the secretariat: questions waiting for an answer. */
export function openTicketsHome(tickets: Ticket[], total: number, locale: Locale): Block[] {
  const ja = locale === "ja";
  const blocks: Block[] = [header(ja ? `未回答の問い合わせ（${total}件）` : `Open questions (${total})`)];
  if (tickets.length === 0) {
    blocks.push(section(ja ? "未回答の問い合わせはありません。" : "No question is waiting for an answer."));
    return blocks;
  }
  for (const t of tickets) {
    blocks.push(
      section(
        `*#${t.id}* <@${t.askerSlackId}>（${formatInstant(t.createdAt, locale)}）\n${esc(clip(t.question, 300))}`,
        {
          accessory: button(ja ? "回答する" : "Answer", HELPDESK_IDS.answerButton, String(t.id)),
        },
      ),
    );
  }
  if (total > tickets.length)
    blocks.push(
      context([
        ja
          ? `ほか ${total - tickets.length} 件は事務局チャンネルで確認できます。`
          : `${total - tickets.length} more in the secretariat channel.`,
      ]),
    );
  return blocks;
}
