import { formatPercent, type SurveyStats } from "../../../domain/survey-stats.js";
import { formatDayLabel } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  checkboxes,
  context,
  header,
  input,
  type ModalView,
  modal,
  option,
  radios,
  section,
  staticSelect,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import {
  ANSWER_SOURCES,
  type AnswerSource,
  type Answers,
  type Audience,
  isRequired,
  type Question,
} from "../surveys.schemas.js";
import { questionBlockId, SURVEY_IDS, SURVEY_TEXT_LIMIT } from "../surveys-ids.js";
import type { CaseSummary, SurveyResponse } from "../surveys-repository.js";

const V = SURVEY_IDS.value;

export function audienceLabel(audience: Audience, locale: Locale): string {
  if (audience === "expert") return locale === "ja" ? "専門家アンケート" : "Expert survey";
  return locale === "ja" ? "指導先企業アンケート" : "SME survey";
}

/** "案件 #12（株式会社A）" as mrkdwn (the name escaped): only for people allowed to see the SME (its expert, the SME, the secretariat). */
export function caseLabel(c: Pick<CaseSummary, "id" | "application">, locale: Locale): string {
  return locale === "ja"
    ? `案件 #${c.id}（${esc(c.application.company.name)}）`
    : `case #${c.id} (${esc(c.application.company.name)})`;
}

const SOURCE_LABELS: Record<(typeof ANSWER_SOURCES)[number], { ja: string; en: string }> = {
  paper: { ja: "紙の回答用紙", en: "Paper form" },
  web: { ja: "Webフォーム", en: "Web form" },
  mail: { ja: "メール", en: "Email" },
  phone: { ja: "電話での聞き取り", en: "Phone interview" },
};

function questionInput(q: Question, locale: Locale, current: Answers[string] | undefined): Block {
  const label = q.label[locale];
  const hint = q.hint?.[locale];
  const optional = !isRequired(q);
  const opts = q.options.map((o) => option(o.label[locale], o.value));
  const single = typeof current === "string" ? current : null;
  if (q.kind === "text") {
    return input(
      questionBlockId(q.id),
      label,
      textInput(V, { initial: single, multiline: true, maxLength: SURVEY_TEXT_LIMIT }),
      {
        optional,
        hint,
      },
    );
  }
  if (q.kind === "multi") {
    return input(questionBlockId(q.id), label, checkboxes(V, opts, Array.isArray(current) ? current : []), {
      optional,
      hint,
    });
  }
  // Radio buttons hold at most 10 options; longer lists (industries) become a menu.
  const element =
    opts.length <= 10
      ? radios(V, opts, single)
      : staticSelect(V, opts, { initial: single, placeholder: locale === "ja" ? "選択してください" : "Choose" });
  return input(questionBlockId(q.id), label, element, { optional, hint });
}

/** The answer modal: the questions pre-filled with the current answers (answers can be changed). */
export function surveyModal(opts: {
  locale: Locale;
  response: Pick<SurveyResponse, "id" | "audience" | "status">;
  summary: CaseSummary;
  questions: Question[];
  answers: Answers;
  onBehalf: boolean;
}): ModalView {
  const { locale, response, summary, questions, answers, onBehalf } = opts;
  const ja = locale === "ja";
  const audience = response.audience as Audience;
  const who =
    audience === "expert"
      ? ja
        ? `担当専門家: ${esc(summary.expert.nameKanji)}`
        : `Expert: ${esc(summary.expert.nameKanji)}`
      : ja
        ? `ご担当: ${esc(summary.application.contactName)} 様`
        : `Contact: ${esc(summary.application.contactName)}`;
  const intro = onBehalf
    ? ja
      ? `*${caseLabel(summary, locale)}* の${audienceLabel(audience, locale)}を、回答者に代わって入力します。${who}`
      : `Entering the ${audienceLabel(audience, locale).toLowerCase()} for *${caseLabel(summary, locale)}* on the respondent's behalf. ${who}`
    : ja
      ? `*${caseLabel(summary, locale)}* の指導についてお聞きします。回答は締切まで何度でも変更できます。`
      : `About the guidance in *${caseLabel(summary, locale)}*. You can change your answers until the survey closes.`;
  const blocks: Block[] = [section(intro)];
  if (response.status === "answered")
    blocks.push(
      context([
        ja
          ? "前回の回答が入っています。変更して送信すると上書きされます。"
          : "Your previous answers are filled in; sending replaces them.",
      ]),
    );
  if (onBehalf) {
    blocks.push(
      input(
        SURVEY_IDS.blocks.source,
        ja ? "回答の受け取り方法" : "How the answer was received",
        radios(
          V,
          ANSWER_SOURCES.map((s) => option(SOURCE_LABELS[s][locale], s)),
          "paper",
        ),
      ),
    );
  }
  for (const q of questions) blocks.push(questionInput(q, locale, answers[q.id]));
  return modal({
    callbackId: SURVEY_IDS.answerModal,
    title: audienceLabel(audience, locale),
    submit: ja ? "回答を送信" : "Send answers",
    close: ja ? "閉じる" : "Close",
    metadata: { responseId: response.id, onBehalf },
    blocks,
  });
}

function answerButton(locale: Locale, responseId: number, changing = false): Block {
  const ja = locale === "ja";
  return actions(`survey_actions_${responseId}`, [
    button(
      changing ? (ja ? "回答を変更する" : "Change my answers") : ja ? "アンケートに回答する" : "Answer the survey",
      SURVEY_IDS.answerButton,
      String(responseId),
      changing ? undefined : "primary",
    ),
  ]);
}

/** The DM sent when a case completes. */
export function inviteDm(audience: Audience, summary: CaseSummary, responseId: number, locale: Locale) {
  const ja = locale === "ja";
  const text =
    audience === "expert"
      ? ja
        ? `${esc(summary.expert.nameKanji)} さん、${caseLabel(summary, locale)} の指導が完了しました。お疲れさまでした。今後の事業改善のため、専門家アンケートへのご回答をお願いします（5分ほどです）。`
        : `${esc(summary.expert.nameKanji)}, the guidance in ${caseLabel(summary, locale)} is complete — thank you. Please answer the short expert survey (about 5 minutes); it helps us improve the program.`
      : ja
        ? `${esc(summary.application.contactName)} 様、専門家による4回の訪問指導が完了しました。ご協力ありがとうございました。指導についてのアンケートにご回答ください（5分ほどです）。`
        : `${esc(summary.application.contactName)}, the expert guidance visits are complete — thank you. Please answer a short survey about the guidance (about 5 minutes).`;
  return { text, blocks: [section(text), answerButton(locale, responseId)] };
}

export function reminderDm(
  audience: Audience,
  summary: CaseSummary,
  responseId: number,
  round: number,
  max: number,
  locale: Locale,
) {
  const ja = locale === "ja";
  const text = ja
    ? `【リマインド ${round}/${max}】${caseLabel(summary, locale)} の${audienceLabel(audience, locale)}へのご回答がまだのようです。お手すきの際にご回答ください。`
    : `[Reminder ${round}/${max}] We have not received your ${audienceLabel(audience, locale).toLowerCase()} for ${caseLabel(summary, locale)} yet. Please answer when you have a moment.`;
  return { text, blocks: [section(text), answerButton(locale, responseId)] };
}

function respondentLine(audience: Audience, summary: CaseSummary): string {
  const contact = summary.application;
  return audience === "sme"
    ? `ご担当 ${esc(contact.contactName)} 様（${esc(contact.contactEmail)} / ${esc(contact.contactPhone)}）`
    : `専門家 ${esc(summary.expert.nameKanji)} さん`;
}

/**
 * Secretariat channel (SME data allowed here): the respondent is not on Slack, enter their answer.
 * `mailed`: the SME was sent the survey link by e-mail, so an answer may also arrive on the web.
 */
export function entryNotice(
  audience: Audience,
  summary: CaseSummary,
  responseId: number,
  reminder?: number,
  mailed = false,
) {
  const how = mailed
    ? "回答用リンクをメールで送りました。Webで回答があればこのメッセージが更新されます。紙・電話などで受け取った回答は代理入力してください。"
    : "回答者が Slack を使っていないため、紙・Web などで受け取った回答を代理入力してください。";
  const text = `${reminder ? `【未回答 ${reminder}回目の確認】` : ""}${caseLabel(summary, "ja")} の${audienceLabel(audience, "ja")}: ${how}${respondentLine(audience, summary)}`;
  return {
    text,
    blocks: [
      section(text),
      actions(`survey_entry_${responseId}`, [
        button("回答を代理入力する", SURVEY_IDS.answerButton, String(responseId), "primary"),
      ]),
    ],
  };
}

const ENTERED_BY: Record<AnswerSource | "sme_web", string> = {
  sme_web: "SMEがWebで回答",
  paper: `事務局が代理入力（${SOURCE_LABELS.paper.ja}）`,
  web: `事務局が代理入力（${SOURCE_LABELS.web.ja}）`,
  mail: `事務局が代理入力（${SOURCE_LABELS.mail.ja}）`,
  phone: `事務局が代理入力（${SOURCE_LABELS.phone.ja}）`,
  slack: "回答者がSlackで回答",
  import: "ファイルから取り込み",
};

/** The entry notice once the answer is in: who entered it and how; the button stays to correct it. */
export function entryDoneNotice(
  audience: Audience,
  summary: CaseSummary,
  responseId: number,
  by: AnswerSource | "sme_web",
) {
  const text = `${caseLabel(summary, "ja")} の${audienceLabel(audience, "ja")}: 回答済み（${ENTERED_BY[by]}）。${respondentLine(audience, summary)}`;
  return {
    text,
    blocks: [
      section(`:white_check_mark: ${text}`),
      actions(`survey_entry_${responseId}`, [
        button("回答を確認・修正する", SURVEY_IDS.answerButton, String(responseId)),
      ]),
    ],
  };
}

export function answeredDm(
  audience: Audience,
  summary: CaseSummary,
  responseId: number,
  locale: Locale,
  changed: boolean,
) {
  const ja = locale === "ja";
  const text = changed
    ? ja
      ? `${caseLabel(summary, locale)} の${audienceLabel(audience, locale)}の回答を変更しました。`
      : `Your answers to the ${audienceLabel(audience, locale).toLowerCase()} for ${caseLabel(summary, locale)} were changed.`
    : ja
      ? `${caseLabel(summary, locale)} の${audienceLabel(audience, locale)}にご回答いただきありがとうございました。締切までは下のボタンから回答を変更できます。`
      : `Thank you for answering the ${audienceLabel(audience, locale).toLowerCase()} for ${caseLabel(summary, locale)}. You can change your answers with the button below until the survey closes.`;
  return { text, blocks: [section(text), answerButton(locale, responseId, true)] };
}

/** `/desk survey` for a respondent: their own open surveys. */
export function ownSurveysReply(items: (SurveyResponse & { case: CaseSummary })[], locale: Locale) {
  const ja = locale === "ja";
  if (items.length === 0) {
    const text = ja ? "回答をお願いしているアンケートはありません。" : "There is no survey waiting for your answer.";
    return { text, blocks: [section(text)] };
  }
  const blocks: Block[] = [section(ja ? "*あなたへのアンケート*" : "*Surveys for you*")];
  for (const r of items.slice(0, 10)) {
    const state =
      r.status === "answered"
        ? ja
          ? "回答済み（変更できます）"
          : "answered (can be changed)"
        : ja
          ? "未回答"
          : "not answered";
    blocks.push(
      section(`${audienceLabel(r.audience as Audience, locale)} — ${caseLabel(r.case, locale)}: *${state}*`),
      answerButton(locale, r.id, r.status === "answered"),
    );
  }
  return { text: ja ? "あなたへのアンケート" : "Surveys for you", blocks };
}

function statsLines(stats: SurveyStats, locale: Locale): string[] {
  return stats.questions
    .filter((q) => q.positive)
    .map((q) => `• ${esc(q.positive!.label[locale])}: *${formatPercent(q.positive!.percent)}* (n=${q.n})`);
}

/** `/desk survey status` for the secretariat: response rates and headline shares. */
export function statusReply(
  summary: { audience: Audience; stats: SurveyStats; open: number; awaitingEntry: number }[],
  locale: Locale,
  today: string,
) {
  const ja = locale === "ja";
  const blocks: Block[] = [header(ja ? "アンケートの状況" : "Survey status")];
  for (const s of summary) {
    const head = ja
      ? `*${audienceLabel(s.audience, locale)}* — 回答 ${s.stats.responses} / 依頼 ${s.stats.invited}（回収率 ${formatPercent(s.stats.responseRate)}）・受付中 ${s.open} 件${s.audience === "sme" ? `・代理入力待ち ${s.awaitingEntry} 件` : ""}`
      : `*${audienceLabel(s.audience, locale)}* — ${s.stats.responses} answered of ${s.stats.invited} asked (response rate ${formatPercent(s.stats.responseRate)}), ${s.open} open${s.audience === "sme" ? `, ${s.awaitingEntry} awaiting entry by the secretariat` : ""}`;
    blocks.push(section([head, ...statsLines(s.stats, locale)].join("\n")));
  }
  blocks.push(
    context([
      ja
        ? `${formatDayLabel(today, locale)} 時点。\`/desk survey close\` で締め切り、\`/desk survey enter 案件番号\` で指導先の回答を代理入力します。`
        : `As of ${formatDayLabel(today, locale)}. \`/desk survey close\` closes the surveys; \`/desk survey enter CASE\` enters an SME's answer.`,
    ]),
  );
  return { text: ja ? "アンケートの状況" : "Survey status", blocks };
}
