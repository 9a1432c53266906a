import { z } from "zod";
import type { RawAnswers } from "../../features/surveys/survey-questions.js";
import { ANSWER_SOURCES, type AnswerSource } from "../../features/surveys/surveys.schemas.js";
import { surveyServiceTexts } from "../../features/surveys/surveys.texts.js";
import { SURVEY_IDS } from "../../features/surveys/surveys-ids.js";
import { AppError, isAppError } from "../../lib/errors.js";
import { readSelected, type StateValues } from "../../slack/blocks.js";
import type { ViewArgs } from "../../slack/interactions.js";
import { IdNumber, metadataSchema } from "../../slack/payload.js";
import { errorText, logUnexpected } from "../../slack/reply.js";

/** Every question block holds one element; read whatever kind it is. */
function readAnswers(values: StateValues): RawAnswers {
  const raw: RawAnswers = {};
  for (const [blockId, elements] of Object.entries(values)) {
    if (!blockId.startsWith(SURVEY_IDS.questionPrefix)) continue;
    const el = elements[SURVEY_IDS.value] as {
      value?: string | null;
      selected_option?: { value: string } | null;
      selected_options?: { value: string }[];
    };
    const id = blockId.slice(SURVEY_IDS.questionPrefix.length);
    raw[id] = el?.selected_options
      ? el.selected_options.map((o) => o.value)
      : (el?.selected_option?.value ?? el?.value ?? null);
  }
  return raw;
}

/** The answer modal's metadata: the response being answered, and whether the secretariat enters it. */
export const SurveyMetadata = metadataSchema(z.object({ responseId: IdNumber, onBehalf: z.boolean().optional() }));

export async function submitSurvey({
  actor,
  view,
  values,
  metadata,
  ctx,
  client,
}: ViewArgs<z.infer<typeof SurveyMetadata>>) {
  const { responseId, onBehalf } = metadata;
  const v = values as StateValues;
  const picked = readSelected(v, SURVEY_IDS.blocks.source, SURVEY_IDS.value);
  const source = (ANSWER_SOURCES as readonly string[]).includes(picked ?? "") ? (picked as AnswerSource) : undefined;
  let outcome: { changed: boolean; repeated: boolean };
  try {
    outcome = await ctx.services.surveys.answer(actor, responseId, readAnswers(v), {
      requestKey: view.id,
      source,
    });
  } catch (error) {
    // Question sets vary, so a message without a field (the survey closed meanwhile, a failure)
    // is shown on the modal's first input rather than a fixed block.
    const first = ((view.blocks ?? []) as { type: string; block_id?: string }[]).find((b) => b.type === "input");
    if (!first?.block_id || (isAppError(error) && (error.options.field || error.options.fields))) throw error;
    if (isAppError(error)) throw new AppError(error.code, error.userMessage, { field: first.block_id });
    logUnexpected(ctx.logger, error, "survey answer");
    throw new AppError(
      "invalid_state",
      { ja: errorText(error, "ja"), en: errorText(error, "en") },
      { field: first.block_id },
    );
  }
  if (!onBehalf || outcome.repeated) return { result: undefined };
  // The respondent gets a DM from the service; the member who typed in a paper answer gets this.
  const t = surveyServiceTexts(actor.locale);
  const text = outcome.changed ? t.enteredChanged : t.enteredNew;
  return {
    after: async () => {
      await client.chat.postMessage({ channel: actor.userId, text });
    },
  };
}
