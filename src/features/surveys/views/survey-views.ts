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
import { surveyTexts } from "./survey-views.texts.js";

const V = SURVEY_IDS.value;

export function audienceLabel(audience: Audience, locale: Locale): string {
  const t = surveyTexts(locale);
  return audience === "expert" ? t.expertSurvey : t.smeSurvey;
}

/** "案件 #12（株式会社A）" as mrkdwn (the name escaped): only for people allowed to see the SME (its expert, the SME, the secretariat). */
export function caseLabel(c: Pick<CaseSummary, "id" | "application">, locale: Locale): string {
  return surveyTexts(locale).caseLabel({ id: c.id, company: esc(c.application.company.name) });
}

function sourceLabel(source: (typeof ANSWER_SOURCES)[number], locale: Locale): string {
  const t = surveyTexts(locale);
  return { paper: t.sourcePaper, web: t.sourceWeb, mail: t.sourceMail, phone: t.sourcePhone }[source];
}

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
      : staticSelect(V, opts, { initial: single, placeholder: surveyTexts(locale).choose });
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
  const t = surveyTexts(locale);
  const audience = response.audience as Audience;
  const who =
    audience === "expert" ? t.expert(esc(summary.expert.nameKanji)) : t.contact(esc(summary.application.contactName));
  const label = caseLabel(summary, locale);
  const intro = onBehalf
    ? t.onBehalfIntro({ caseLabel: label, survey: audienceLabel(audience, locale), who })
    : t.intro(label);
  const blocks: Block[] = [section(intro)];
  if (response.status === "answered") blocks.push(context([t.previous]));
  if (onBehalf) {
    blocks.push(
      input(
        SURVEY_IDS.blocks.source,
        t.howReceived,
        radios(
          V,
          ANSWER_SOURCES.map((s) => option(sourceLabel(s, locale), s)),
          "paper",
        ),
      ),
    );
  }
  for (const q of questions) blocks.push(questionInput(q, locale, answers[q.id]));
  return modal({
    callbackId: SURVEY_IDS.answerModal,
    title: audienceLabel(audience, locale),
    submit: t.sendAnswers,
    close: t.close,
    metadata: { responseId: response.id, onBehalf },
    blocks,
  });
}

function answerButton(locale: Locale, responseId: number, changing = false): Block {
  const t = surveyTexts(locale);
  return actions(`survey_actions_${responseId}`, [
    button(
      changing ? t.changeAnswers : t.answerSurvey,
      SURVEY_IDS.answerButton,
      String(responseId),
      changing ? undefined : "primary",
    ),
  ]);
}

/** The DM sent when a case completes. */
export function inviteDm(audience: Audience, summary: CaseSummary, responseId: number, locale: Locale) {
  const t = surveyTexts(locale);
  const text =
    audience === "expert"
      ? t.inviteExpert({ name: esc(summary.expert.nameKanji), caseLabel: caseLabel(summary, locale) })
      : t.inviteSme(esc(summary.application.contactName));
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
  const text = surveyTexts(locale).reminder({
    round,
    max,
    caseLabel: caseLabel(summary, locale),
    survey: audienceLabel(audience, locale),
  });
  return { text, blocks: [section(text), answerButton(locale, responseId)] };
}

/** Who the secretariat's notices name (Japanese, like the channel's other records). */
function respondentLine(audience: Audience, summary: CaseSummary): string {
  const t = surveyTexts("ja");
  const contact = summary.application;
  return audience === "sme"
    ? t.respondentSme({
        name: esc(contact.contactName),
        email: esc(contact.contactEmail),
        phone: esc(contact.contactPhone),
      })
    : t.respondentExpert(esc(summary.expert.nameKanji));
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
  const t = surveyTexts("ja");
  const entry = t.entry({
    caseLabel: caseLabel(summary, "ja"),
    survey: audienceLabel(audience, "ja"),
    how: mailed ? t.entryMailed : t.entryNotOnSlack,
    respondent: respondentLine(audience, summary),
  });
  const text = `${reminder ? t.entryReminder(reminder) : ""}${entry}`;
  return {
    text,
    blocks: [
      section(text),
      actions(`survey_entry_${responseId}`, [
        button(t.enterOnBehalf, SURVEY_IDS.answerButton, String(responseId), "primary"),
      ]),
    ],
  };
}

/** Who entered an answer and how, as the entry notice says it. */
function enteredBy(by: AnswerSource | "sme_web"): string {
  const t = surveyTexts("ja");
  switch (by) {
    case "sme_web":
      return t.bySmeWeb;
    case "slack":
      return t.bySlack;
    case "import":
      return t.byImport;
    default:
      return t.bySecretariat(sourceLabel(by, "ja"));
  }
}

/** The entry notice once the answer is in: who entered it and how; the button stays to correct it. */
export function entryDoneNotice(
  audience: Audience,
  summary: CaseSummary,
  responseId: number,
  by: AnswerSource | "sme_web",
) {
  const t = surveyTexts("ja");
  const text = t.entryDone({
    caseLabel: caseLabel(summary, "ja"),
    survey: audienceLabel(audience, "ja"),
    by: enteredBy(by),
    respondent: respondentLine(audience, summary),
  });
  return {
    text,
    blocks: [
      section(`:white_check_mark: ${text}`),
      actions(`survey_entry_${responseId}`, [button(t.checkOrCorrect, SURVEY_IDS.answerButton, String(responseId))]),
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
  const t = surveyTexts(locale);
  const p = { survey: audienceLabel(audience, locale), caseLabel: caseLabel(summary, locale) };
  const text = changed ? t.answersChanged(p) : t.thanks(p);
  return { text, blocks: [section(text), answerButton(locale, responseId, true)] };
}

/** `/desk survey` for a respondent: their own open surveys. */
export function ownSurveysReply(items: (SurveyResponse & { case: CaseSummary })[], locale: Locale) {
  const t = surveyTexts(locale);
  if (items.length === 0) return { text: t.noneWaiting, blocks: [section(t.noneWaiting)] };
  const blocks: Block[] = [section(t.forYouHead)];
  for (const r of items.slice(0, 10)) {
    const state = r.status === "answered" ? t.answeredCanChange : t.notAnswered;
    blocks.push(
      section(`${audienceLabel(r.audience as Audience, locale)} — ${caseLabel(r.case, locale)}: *${state}*`),
      answerButton(locale, r.id, r.status === "answered"),
    );
  }
  return { text: t.forYou, blocks };
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
  const t = surveyTexts(locale);
  const blocks: Block[] = [header(t.statusTitle)];
  for (const s of summary) {
    const head = t.statusHead({
      survey: audienceLabel(s.audience, locale),
      responses: s.stats.responses,
      invited: s.stats.invited,
      rate: formatPercent(s.stats.responseRate),
      open: s.open,
    });
    const awaiting = s.audience === "sme" ? t.awaitingEntry(s.awaitingEntry) : "";
    blocks.push(section([`${head}${awaiting}`, ...statsLines(s.stats, locale)].join("\n")));
  }
  blocks.push(context([t.statusFooter(formatDayLabel(today, locale))]));
  return { text: t.statusTitle, blocks };
}
