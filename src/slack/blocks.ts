/**
 * Small Block Kit builders, typed with @slack/types so that `tsc` checks every view's structure.
 * Views are pure functions of data and locale built from these.
 */
import type {
  ActionsBlock,
  ActionsBlockElement,
  Button,
  Checkboxes,
  ContextBlock,
  Datepicker,
  DividerBlock,
  ExternalSelect,
  HeaderBlock,
  HomeView,
  InputBlock,
  InputBlockElement,
  KnownBlock,
  ModalView,
  MrkdwnElement,
  MultiStaticSelect,
  NumberInput,
  PlainTextElement,
  PlainTextInput,
  PlainTextOption,
  RadioButtons,
  SectionBlock,
  StaticSelect,
  Timepicker,
  UsersSelect,
} from "@slack/types";

/** Any block of a message, modal or Home tab. */
export type Block = KnownBlock;
export type Option = PlainTextOption;
export type {
  ActionsBlockElement,
  Button,
  ExternalSelect,
  HomeView,
  InputBlock,
  InputBlockElement,
  KnownBlock,
  ModalView,
  SectionBlock,
  StaticSelect,
};

/** A message: the notification text (also what screen readers and e-mail fallbacks read) and its blocks. */
export type SlackMessage = { text: string; blocks: KnownBlock[] };

/** Slack limits (see SLACK.md): trimmed here so that long user data never breaks a view. */
export const LIMITS = {
  text: 3000,
  field: 2000,
  header: 150,
  button: 75,
  optionText: 75,
  optionValue: 150,
  title: 24,
  placeholder: 150,
};

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export const plain = (text: string, max = LIMITS.text): PlainTextElement => ({
  type: "plain_text",
  text: clip(text || " ", max),
  emoji: true,
});
export const mrkdwn = (text: string, max = LIMITS.text): MrkdwnElement => ({
  type: "mrkdwn",
  text: clip(text || " ", max),
});

export const header = (text: string): HeaderBlock => ({ type: "header", text: plain(text, LIMITS.header) });
export const section = (text: string, extra: Partial<Omit<SectionBlock, "type" | "text">> = {}): SectionBlock => ({
  type: "section",
  text: mrkdwn(text),
  ...extra,
});
export const fields = (items: string[]): SectionBlock => ({
  type: "section",
  fields: items.slice(0, 10).map((t) => mrkdwn(t, LIMITS.field)),
});
export const context = (texts: string[]): ContextBlock => ({
  type: "context",
  elements: texts.slice(0, 10).map((t) => mrkdwn(t)),
});
export const divider = (): DividerBlock => ({ type: "divider" });

export function option(text: string, value: string, description?: string): Option {
  return {
    text: plain(text, LIMITS.optionText),
    value: clip(value, LIMITS.optionValue),
    ...(description ? { description: plain(description, LIMITS.optionText) } : {}),
  };
}

export function button(
  text: string,
  actionId: string,
  value: string,
  style?: "primary" | "danger",
  extra: Partial<Omit<Button, "type" | "text" | "action_id" | "value" | "style">> = {},
): Button {
  return {
    type: "button",
    text: plain(text, LIMITS.button),
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
    ...extra,
  };
}

export const actions = (blockId: string | undefined, elements: ActionsBlockElement[]): ActionsBlock => ({
  type: "actions",
  ...(blockId ? { block_id: blockId } : {}),
  elements: elements.slice(0, 25),
});

export function input(
  blockId: string,
  label: string,
  element: InputBlockElement,
  opts: { optional?: boolean; hint?: string; dispatch?: boolean } = {},
): InputBlock {
  return {
    type: "input",
    block_id: blockId,
    label: plain(label, 2000),
    element,
    optional: opts.optional ?? false,
    ...(opts.hint ? { hint: plain(opts.hint, 2000) } : {}),
    ...(opts.dispatch ? { dispatch_action: true } : {}),
  };
}

export function textInput(
  actionId: string,
  opts: {
    initial?: string | null;
    multiline?: boolean;
    placeholder?: string;
    maxLength?: number;
    minLength?: number;
  } = {},
): PlainTextInput {
  return {
    type: "plain_text_input",
    action_id: actionId,
    multiline: opts.multiline ?? false,
    ...(opts.initial ? { initial_value: opts.initial } : {}),
    ...(opts.placeholder ? { placeholder: plain(opts.placeholder, LIMITS.placeholder) } : {}),
    ...(opts.maxLength ? { max_length: opts.maxLength } : {}),
    ...(opts.minLength ? { min_length: opts.minLength } : {}),
  };
}

export function staticSelect(
  actionId: string,
  options: Option[],
  opts: { initial?: string | null; placeholder?: string } = {},
): StaticSelect {
  const initial = options.find((o) => o.value === opts.initial);
  return {
    type: "static_select",
    action_id: actionId,
    options: options.slice(0, 100),
    ...(initial ? { initial_option: initial } : {}),
    ...(opts.placeholder ? { placeholder: plain(opts.placeholder, LIMITS.placeholder) } : {}),
  };
}

export function multiSelect(
  actionId: string,
  options: Option[],
  opts: { initial?: string[]; placeholder?: string } = {},
): MultiStaticSelect {
  const initial = options.filter((o) => opts.initial?.includes(o.value as string));
  return {
    type: "multi_static_select",
    action_id: actionId,
    options: options.slice(0, 100),
    ...(initial.length > 0 ? { initial_options: initial } : {}),
    ...(opts.placeholder ? { placeholder: plain(opts.placeholder, LIMITS.placeholder) } : {}),
  };
}

export function radios(actionId: string, options: Option[], initial?: string | null): RadioButtons {
  const init = options.find((o) => o.value === initial);
  return {
    type: "radio_buttons",
    action_id: actionId,
    options: options.slice(0, 10),
    ...(init ? { initial_option: init } : {}),
  };
}

export function checkboxes(actionId: string, options: Option[], initial: string[] = []): Checkboxes {
  const init = options.filter((o) => initial.includes(o.value as string));
  return {
    type: "checkboxes",
    action_id: actionId,
    options: options.slice(0, 10),
    ...(init.length > 0 ? { initial_options: init } : {}),
  };
}

export function numberInput(
  actionId: string,
  opts: { initial?: number | null; min?: number; max?: number; decimal?: boolean } = {},
): NumberInput {
  return {
    type: "number_input",
    action_id: actionId,
    is_decimal_allowed: opts.decimal ?? false,
    ...(opts.initial !== undefined && opts.initial !== null ? { initial_value: String(opts.initial) } : {}),
    ...(opts.min !== undefined ? { min_value: String(opts.min) } : {}),
    ...(opts.max !== undefined ? { max_value: String(opts.max) } : {}),
  };
}

export function datePicker(actionId: string, initial?: string | null): Datepicker {
  return { type: "datepicker", action_id: actionId, ...(initial ? { initial_date: initial } : {}) };
}

export function timePicker(actionId: string, initial?: string | null): Timepicker {
  return {
    type: "timepicker",
    action_id: actionId,
    timezone: "Asia/Tokyo",
    ...(initial ? { initial_time: initial } : {}),
  };
}

/** A select whose options Slack loads from the app as the person types (block_suggestion). */
export function externalSelect(actionId: string, placeholder: string, minQueryLength = 1): ExternalSelect {
  return {
    type: "external_select",
    action_id: actionId,
    min_query_length: minQueryLength,
    placeholder: plain(placeholder, LIMITS.placeholder),
  };
}

export function userSelect(actionId: string, initial?: string | null): UsersSelect {
  return { type: "users_select", action_id: actionId, ...(initial ? { initial_user: initial } : {}) };
}

export function modal(opts: {
  callbackId: string;
  title: string;
  submit?: string;
  close: string;
  blocks: KnownBlock[];
  metadata?: unknown;
}): ModalView {
  return {
    type: "modal",
    callback_id: opts.callbackId,
    title: plain(opts.title, LIMITS.title),
    ...(opts.submit ? { submit: plain(opts.submit, LIMITS.title) } : {}),
    close: plain(opts.close, LIMITS.title),
    blocks: opts.blocks.slice(0, 100),
    ...(opts.metadata !== undefined ? { private_metadata: JSON.stringify(opts.metadata) } : {}),
  };
}

/** An App Home tab. */
export function homeView(blocks: KnownBlock[]): HomeView {
  return { type: "home", blocks: blocks.slice(0, 100) };
}

/**
 * Reading submitted values (state.values[block][action]). A missing block or a value of the wrong
 * type reads as empty, never as a TypeError: the service then says what is missing.
 */
type StateValues = Record<string, Record<string, Record<string, unknown> & { type: string }>>;

export function readText(values: StateValues, blockId: string, actionId: string): string {
  const v = values[blockId]?.[actionId] as { value?: unknown } | undefined;
  return typeof v?.value === "string" ? v.value.trim() : "";
}

export function readSelected(values: StateValues, blockId: string, actionId: string): string | null {
  const v = values[blockId]?.[actionId] as { selected_option?: { value?: unknown } | null } | undefined;
  const picked = v?.selected_option?.value;
  return typeof picked === "string" ? picked : null;
}

export function readMulti(values: StateValues, blockId: string, actionId: string): string[] {
  const v = values[blockId]?.[actionId] as { selected_options?: unknown } | undefined;
  if (!Array.isArray(v?.selected_options)) return [];
  return v.selected_options.flatMap((o: { value?: unknown } | null) => (typeof o?.value === "string" ? [o.value] : []));
}

export function readDate(values: StateValues, blockId: string, actionId: string): string | null {
  const v = values[blockId]?.[actionId] as { selected_date?: string | null } | undefined;
  return v?.selected_date ?? null;
}

export function readTime(values: StateValues, blockId: string, actionId: string): string | null {
  const v = values[blockId]?.[actionId] as { selected_time?: string | null } | undefined;
  return v?.selected_time ?? null;
}

export function readUser(values: StateValues, blockId: string, actionId: string): string | null {
  const v = values[blockId]?.[actionId] as { selected_user?: string | null } | undefined;
  return v?.selected_user ?? null;
}

export type { StateValues };
