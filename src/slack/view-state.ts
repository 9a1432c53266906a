import { z } from "zod";
import type { Localized } from "../lib/errors.js";
import { both } from "../lib/i18n.js";
import type { StateValues } from "./blocks.js";
import { slackTexts } from "./slack.texts.js";

/** Slack's own ceiling for a plain_text_input (max_length may be at most 3000). */
export const SLACK_TEXT_MAX = 3000;

/**
 * Per-modal server limits for text fields, by block id. The view passes the same constant as the
 * input's `max_length`, so what the client allows and what the server accepts cannot drift apart.
 * A text field not listed gets Slack's ceiling. Modals whose blocks are built from data (a
 * survey's questions) give a function of the block id.
 */
export type TextLimits = Readonly<Record<string, number>> | ((blockId: string) => number | undefined);

const option = z.looseObject({ value: z.string().max(2000) });

/**
 * One element's submitted state. Only the fields our readers use are typed; a forged payload with
 * a wrong type (a number for a text, a string for a list) is refused here, not deep in a reader.
 */
const ElementState = z.looseObject({
  type: z.string(),
  value: z.string().nullish(),
  selected_option: option.nullish(),
  selected_options: z.array(option).max(200).nullish(),
  selected_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullish(),
  selected_time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullish(),
  selected_user: z.string().max(40).nullish(),
  selected_users: z.array(z.string().max(40)).max(200).nullish(),
});

export const StateValuesSchema = z.record(z.string().max(255), z.record(z.string().max(255), ElementState));

/** Text fields longer than their limit, as inline errors by block id. */
export function overLongFields(values: StateValues, limits: TextLimits): Record<string, Localized> {
  const errors: Record<string, Localized> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    for (const state of Object.values(actions)) {
      const value = (state as { value?: unknown }).value;
      if (typeof value !== "string") continue;
      const limit = typeof limits === "function" ? limits(blockId) : limits[blockId];
      const max = Math.min(limit ?? SLACK_TEXT_MAX, SLACK_TEXT_MAX);
      // Code points, as a person counts them; never stricter than the Slack client's own count.
      const length = Array.from(value).length;
      if (length > max) errors[blockId] = both(slackTexts, (t) => t.tooLong({ max, length }));
    }
  }
  return errors;
}
