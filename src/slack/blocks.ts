/** Small Block Kit builders. Views are pure functions of data and locale built from these. */

export type Block = Record<string, unknown>;
export type Option = {
  text: { type: "plain_text"; text: string };
  value: string;
  description?: { type: "plain_text"; text: string };
};

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

export const plain = (text: string, max = LIMITS.text) => ({
  type: "plain_text" as const,
  text: clip(text || " ", max),
  emoji: true,
});
export const mrkdwn = (text: string, max = LIMITS.text) => ({ type: "mrkdwn" as const, text: clip(text || " ", max) });

export const header = (text: string): Block => ({ type: "header", text: plain(text, LIMITS.header) });
export const section = (text: string, extra: Block = {}): Block => ({ type: "section", text: mrkdwn(text), ...extra });
export const fields = (items: string[]): Block => ({
  type: "section",
  fields: items.slice(0, 10).map((t) => mrkdwn(t, LIMITS.field)),
});
export const context = (texts: string[]): Block => ({
  type: "context",
  elements: texts.slice(0, 10).map((t) => mrkdwn(t)),
});
export const divider = (): Block => ({ type: "divider" });

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
  extra: Block = {},
): Block {
  return {
    type: "button",
    text: plain(text, LIMITS.button),
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
    ...extra,
  };
}

export const actions = (blockId: string | undefined, elements: Block[]): Block => ({
  type: "actions",
  ...(blockId ? { block_id: blockId } : {}),
  elements: elements.slice(0, 25),
});

export function input(
  blockId: string,
  label: string,
  element: Block,
  opts: { optional?: boolean; hint?: string; dispatch?: boolean } = {},
): Block {
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
): Block {
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
): Block {
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
): Block {
  const initial = options.filter((o) => opts.initial?.includes(o.value));
  return {
    type: "multi_static_select",
    action_id: actionId,
    options: options.slice(0, 100),
    ...(initial.length > 0 ? { initial_options: initial } : {}),
    ...(opts.placeholder ? { placeholder: plain(opts.placeholder, LIMITS.placeholder) } : {}),
  };
}

export function radios(actionId: string, options: Option[], initial?: string | null): Block {
  const init = options.find((o) => o.value === initial);
  return {
    type: "radio_buttons",
    action_id: actionId,
    options: options.slice(0, 10),
    ...(init ? { initial_option: init } : {}),
  };
}

export function checkboxes(actionId: string, options: Option[], initial: string[] = []): Block {
  const init = options.filter((o) => initial.includes(o.value));
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
): Block {
  return {
    type: "number_input",
    action_id: actionId,
    is_decimal_allowed: opts.decimal ?? false,
    ...(opts.initial !== undefined && opts.initial !== null ? { initial_value: String(opts.initial) } : {}),
    ...(opts.min !== undefined ? { min_value: String(opts.min) } : {}),
    ...(opts.max !== undefined ? { max_value: String(opts.max) } : {}),
  };
}

export function datePicker(actionId: string, initial?: string | null): Block {
  return { type: "datepicker", action_id: actionId, ...(initial ? { initial_date: initial } : {}) };
}

export function timePicker(actionId: string, initial?: string | null): Block {
  return {
    type: "timepicker",
    action_id: actionId,
    timezone: "Asia/Tokyo",
    ...(initial ? { initial_time: initial } : {}),
  };
}

export function userSelect(actionId: string, initial?: string | null): Block {
  return { type: "users_select", action_id: actionId, ...(initial ? { initial_user: initial } : {}) };
}

export function modal(opts: {
  callbackId: string;
  title: string;
  submit?: string;
  close: string;
  blocks: Block[];
  metadata?: unknown;
}): Block {
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
