/**
 * Block Kit validator used by the fake Slack, so tests fail where real Slack would answer
 * `invalid_blocks` / `invalid_arguments` / `view_too_large`. Limits come from shared/SLACK.md.
 *
 * Lengths count Unicode code points: an app that truncates with `.slice()` stays within them
 * either way, and Japanese text (BMP) counts the same in both measures.
 */

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  text: 3000,
  sectionFields: 10,
  sectionField: 2000,
  header: 150,
  contextElements: 10,
  actionsElements: 25,
  id: 255,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  placeholder: 150,
  viewTitle: 24,
  privateMetadata: 3000,
  // "250 KB" read as the stricter 250,000 bytes of JSON.
  viewBytes: 250_000,
  selectOptions: 100,
  optionGroups: 100,
  optionsPerGroup: 100,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  overflowMin: 2,
  overflowMax: 5,
  choiceOptions: 10,
  label: 2000,
  inputLength: 3000,
} as const;

export type ViewError = "invalid_blocks" | "view_too_large" | "invalid_arguments";

type Out = string[];
type Rule =
  | { key: string; kind: "text"; max: number; plain?: boolean; required?: boolean }
  | { key: string; kind: "string"; max: number; required?: boolean }
  | { key: string; kind: "int"; min: number; max: number }
  | { key: string; kind: "pattern"; re: RegExp; hint: string }
  | { key: string; kind: "fields"; maxItems: number; maxEach: number }
  | { key: string; kind: "element"; allowed: ReadonlySet<string>; required?: boolean }
  | { key: string; kind: "elements"; allowed: ReadonlySet<string>; minItems: number; maxItems: number }
  | { key: string; kind: "options"; min: number; max: number; plain: boolean; required?: boolean }
  | { key: string; kind: "option"; plain: boolean }
  | { key: string; kind: "optionList"; plain: boolean }
  | { key: string; kind: "confirm" }
  | { kind: "check"; fn: (node: any, path: string, out: Out) => void };

const isObj = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);
const len = (s: string) => Array.from(s).length;
const at = (path: string, key: string | number) =>
  typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function checkText(node: unknown, path: string, out: Out, max: number, plain = false): void {
  if (!isObj(node)) {
    out.push(`${path}: must be a text object {type, text}`);
    return;
  }
  if (node.type !== "plain_text" && node.type !== "mrkdwn") {
    out.push(`${path}.type: must be plain_text or mrkdwn (got ${JSON.stringify(node.type)})`);
  } else if (plain && node.type !== "plain_text") {
    out.push(`${path}.type: must be plain_text (got mrkdwn)`);
  }
  if (typeof node.text !== "string") {
    out.push(`${path}.text: must be a string`);
    return;
  }
  const n = len(node.text);
  const limit = Math.min(max, LIMITS.text);
  if (n < 1) out.push(`${path}.text: must not be empty`);
  else if (n > limit) out.push(`${path}.text: must be at most ${limit} characters (got ${n})`);
}

function checkOption(node: unknown, path: string, out: Out, plain: boolean): void {
  if (!isObj(node)) {
    out.push(`${path}: must be an option object {text, value}`);
    return;
  }
  checkText(node.text, at(path, "text"), out, LIMITS.optionText, plain);
  if (typeof node.value !== "string") out.push(`${path}.value: must be a string`);
  else if (len(node.value) > LIMITS.optionValue)
    out.push(`${path}.value: must be at most ${LIMITS.optionValue} characters (got ${len(node.value)})`);
  if (node.description !== undefined)
    checkText(node.description, at(path, "description"), out, LIMITS.optionDescription, plain);
  if (typeof node.url === "string" && len(node.url) > LIMITS.url)
    out.push(`${path}.url: must be at most ${LIMITS.url} characters`);
}

function checkOptionArray(
  list: unknown,
  path: string,
  out: Out,
  { min, max, plain }: { min: number; max: number; plain: boolean },
): void {
  if (!Array.isArray(list)) {
    out.push(`${path}: must be an array`);
    return;
  }
  if (list.length < min || list.length > max) out.push(`${path}: must have ${min}–${max} options (got ${list.length})`);
  for (const [i, o] of list.entries()) checkOption(o, at(path, i), out, plain);
}

function checkOptionGroups(groups: unknown, path: string, out: Out): void {
  if (!Array.isArray(groups)) {
    out.push(`${path}: must be an array`);
    return;
  }
  if (groups.length < 1 || groups.length > LIMITS.optionGroups)
    out.push(`${path}: must have 1–${LIMITS.optionGroups} groups (got ${groups.length})`);
  groups.forEach((g, i) => {
    const p = at(path, i);
    if (!isObj(g)) {
      out.push(`${p}: must be an option group {label, options}`);
      return;
    }
    checkText(g.label, at(p, "label"), out, LIMITS.optionText, true);
    checkOptionArray(g.options, at(p, "options"), out, { min: 1, max: LIMITS.optionsPerGroup, plain: true });
  });
}

/** Options of a static select come either flat or grouped, never both. */
function checkStaticSource(node: any, path: string, out: Out): void {
  const flat = node.options !== undefined;
  const grouped = node.option_groups !== undefined;
  if (flat === grouped) out.push(`${path}: exactly one of options or option_groups is required`);
  if (flat)
    checkOptionArray(node.options, at(path, "options"), out, { min: 1, max: LIMITS.selectOptions, plain: true });
  if (grouped) checkOptionGroups(node.option_groups, at(path, "option_groups"), out);
}

/** Slack refuses an initial option that is not among the element's options (compared by value). */
function checkInitialInOptions(node: any, path: string, out: Out): void {
  const all: any[] = [
    ...(Array.isArray(node.options) ? node.options : []),
    ...(Array.isArray(node.option_groups) ? node.option_groups.flatMap((g: any) => g?.options ?? []) : []),
  ];
  const values = new Set(all.map((o) => o?.value));
  const initial: any[] = [
    ...(isObj(node.initial_option) ? [node.initial_option] : []),
    ...(Array.isArray(node.initial_options) ? node.initial_options : []),
  ];
  for (const o of initial) {
    if (!values.has(o?.value))
      out.push(`${path}: initial option ${JSON.stringify(o?.value)} is not one of the element's options`);
  }
}

function checkMinMaxLength(node: any, path: string, out: Out): void {
  if (typeof node.min_length === "number" && typeof node.max_length === "number" && node.min_length > node.max_length)
    out.push(`${path}: min_length (${node.min_length}) must not exceed max_length (${node.max_length})`);
}

function checkConfirm(node: unknown, path: string, out: Out): void {
  if (!isObj(node)) {
    out.push(`${path}: must be a confirmation dialog object`);
    return;
  }
  checkText(node.title, at(path, "title"), out, 100, true);
  checkText(node.text, at(path, "text"), out, 300);
  checkText(node.confirm, at(path, "confirm"), out, 30, true);
  checkText(node.deny, at(path, "deny"), out, 30, true);
}

const ACTION_ID = { key: "action_id", kind: "string", max: LIMITS.id } as const;
const PLACEHOLDER = { key: "placeholder", kind: "text", max: LIMITS.placeholder, plain: true } as const;
const CONFIRM = { key: "confirm", kind: "confirm" } as const;
const BLOCK_ID = { key: "block_id", kind: "string", max: LIMITS.id } as const;
const PICKER: Rule[] = [ACTION_ID, PLACEHOLDER, CONFIRM];

const ELEMENT_RULES: Record<string, Rule[]> = {
  button: [
    ACTION_ID,
    { key: "text", kind: "text", max: LIMITS.buttonText, plain: true, required: true },
    { key: "value", kind: "string", max: LIMITS.buttonValue },
    { key: "url", kind: "string", max: LIMITS.url },
    CONFIRM,
  ],
  static_select: [
    ...PICKER,
    { kind: "check", fn: checkStaticSource },
    { key: "initial_option", kind: "option", plain: true },
    { kind: "check", fn: checkInitialInOptions },
  ],
  multi_static_select: [
    ...PICKER,
    { kind: "check", fn: checkStaticSource },
    { key: "initial_options", kind: "optionList", plain: true },
    { kind: "check", fn: checkInitialInOptions },
    { key: "max_selected_items", kind: "int", min: 1, max: 100 },
  ],
  external_select: [
    ...PICKER,
    { key: "initial_option", kind: "option", plain: true },
    { key: "min_query_length", kind: "int", min: 0, max: 100 },
  ],
  multi_external_select: [
    ...PICKER,
    { key: "initial_options", kind: "optionList", plain: true },
    { key: "min_query_length", kind: "int", min: 0, max: 100 },
    { key: "max_selected_items", kind: "int", min: 1, max: 100 },
  ],
  users_select: PICKER,
  multi_users_select: PICKER,
  conversations_select: PICKER,
  multi_conversations_select: PICKER,
  channels_select: PICKER,
  multi_channels_select: PICKER,
  overflow: [
    ACTION_ID,
    {
      key: "options",
      kind: "options",
      min: LIMITS.overflowMin,
      max: LIMITS.overflowMax,
      plain: true,
      required: true,
    },
    CONFIRM,
  ],
  radio_buttons: [
    ACTION_ID,
    { key: "options", kind: "options", min: 1, max: LIMITS.choiceOptions, plain: false, required: true },
    { key: "initial_option", kind: "option", plain: false },
    { kind: "check", fn: checkInitialInOptions },
    CONFIRM,
  ],
  checkboxes: [
    ACTION_ID,
    { key: "options", kind: "options", min: 1, max: LIMITS.choiceOptions, plain: false, required: true },
    { key: "initial_options", kind: "optionList", plain: false },
    { kind: "check", fn: checkInitialInOptions },
    CONFIRM,
  ],
  datepicker: [...PICKER, { key: "initial_date", kind: "pattern", re: /^\d{4}-\d{2}-\d{2}$/, hint: "YYYY-MM-DD" }],
  timepicker: [...PICKER, { key: "initial_time", kind: "pattern", re: /^\d{2}:\d{2}$/, hint: "HH:mm" }],
  datetimepicker: [ACTION_ID, CONFIRM],
  plain_text_input: [
    ACTION_ID,
    PLACEHOLDER,
    { key: "initial_value", kind: "string", max: LIMITS.inputLength },
    { key: "min_length", kind: "int", min: 0, max: LIMITS.inputLength },
    { key: "max_length", kind: "int", min: 1, max: LIMITS.inputLength },
    { kind: "check", fn: checkMinMaxLength },
  ],
  email_text_input: [ACTION_ID, PLACEHOLDER, { key: "initial_value", kind: "string", max: 320 }],
  url_text_input: [ACTION_ID, PLACEHOLDER, { key: "initial_value", kind: "string", max: LIMITS.url }],
  number_input: [ACTION_ID, PLACEHOLDER, { key: "initial_value", kind: "string", max: 100 }],
  rich_text_input: [ACTION_ID, PLACEHOLDER],
  file_input: [ACTION_ID, { key: "max_files", kind: "int", min: 1, max: 10 }],
  workflow_button: [ACTION_ID, { key: "text", kind: "text", max: LIMITS.buttonText, plain: true, required: true }],
  image: [
    { key: "image_url", kind: "string", max: LIMITS.url },
    { key: "alt_text", kind: "string", max: 2000, required: true },
  ],
};

const SELECTS = [
  "static_select",
  "multi_static_select",
  "external_select",
  "multi_external_select",
  "users_select",
  "multi_users_select",
  "conversations_select",
  "multi_conversations_select",
  "channels_select",
  "multi_channels_select",
];
const ACCESSORY = new Set([
  "button",
  "overflow",
  "datepicker",
  "timepicker",
  "image",
  "radio_buttons",
  "checkboxes",
  ...SELECTS,
]);
const ACTION_ELEMENTS = new Set([
  "button",
  "overflow",
  "datepicker",
  "timepicker",
  "datetimepicker",
  "radio_buttons",
  "checkboxes",
  "rich_text_input",
  "workflow_button",
  ...SELECTS,
]);
const INPUT_ELEMENTS = new Set([
  "plain_text_input",
  "email_text_input",
  "url_text_input",
  "number_input",
  "datepicker",
  "timepicker",
  "datetimepicker",
  "radio_buttons",
  "checkboxes",
  "rich_text_input",
  "file_input",
  ...SELECTS,
]);
const CONTEXT_ELEMENTS = new Set(["image", "plain_text", "mrkdwn"]);

function checkSectionHasContent(node: any, path: string, out: Out): void {
  if (node.text === undefined && node.fields === undefined) out.push(`${path}: a section needs text or fields`);
}

function checkUniqueActionIds(node: any, path: string, out: Out): void {
  if (!Array.isArray(node.elements)) return;
  const seen = new Map<string, number>();
  node.elements.forEach((el: any, i: number) => {
    if (typeof el?.action_id !== "string") return;
    const first = seen.get(el.action_id);
    if (first !== undefined)
      out.push(
        `${at(at(path, "elements"), i)}.action_id: duplicate action_id ${JSON.stringify(el.action_id)} (also elements[${first}])`,
      );
    else seen.set(el.action_id, i);
  });
}

const BLOCK_RULES: Record<string, Rule[]> = {
  section: [
    BLOCK_ID,
    { key: "text", kind: "text", max: LIMITS.text },
    { key: "fields", kind: "fields", maxItems: LIMITS.sectionFields, maxEach: LIMITS.sectionField },
    { key: "accessory", kind: "element", allowed: ACCESSORY },
    { kind: "check", fn: checkSectionHasContent },
  ],
  header: [BLOCK_ID, { key: "text", kind: "text", max: LIMITS.header, plain: true, required: true }],
  context: [
    BLOCK_ID,
    { key: "elements", kind: "elements", allowed: CONTEXT_ELEMENTS, minItems: 1, maxItems: LIMITS.contextElements },
  ],
  actions: [
    BLOCK_ID,
    { key: "elements", kind: "elements", allowed: ACTION_ELEMENTS, minItems: 1, maxItems: LIMITS.actionsElements },
    { kind: "check", fn: checkUniqueActionIds },
  ],
  input: [
    BLOCK_ID,
    { key: "label", kind: "text", max: LIMITS.label, plain: true, required: true },
    { key: "hint", kind: "text", max: LIMITS.label, plain: true },
    { key: "element", kind: "element", allowed: INPUT_ELEMENTS, required: true },
  ],
  divider: [BLOCK_ID],
  image: [
    BLOCK_ID,
    { key: "image_url", kind: "string", max: LIMITS.url },
    { key: "alt_text", kind: "string", max: 2000, required: true },
    { key: "title", kind: "text", max: 2000, plain: true },
  ],
  rich_text: [BLOCK_ID],
  video: [BLOCK_ID, { key: "title", kind: "text", max: 200, plain: true, required: true }],
  file: [BLOCK_ID],
  markdown: [BLOCK_ID, { key: "text", kind: "string", max: 12000, required: true }],
};

function checkElement(node: unknown, path: string, out: Out, allowed: ReadonlySet<string>): void {
  if (!isObj(node) || typeof node.type !== "string") {
    out.push(`${path}: must be an element with a type`);
    return;
  }
  if (!allowed.has(node.type)) {
    out.push(`${path}.type: ${JSON.stringify(node.type)} is not allowed here`);
    return;
  }
  if (node.type === "plain_text" || node.type === "mrkdwn") {
    checkText(node, path, out, LIMITS.text);
    return;
  }
  applyRules(node, path, ELEMENT_RULES[node.type] ?? [], out);
}

function applyRules(node: Record<string, any>, path: string, rules: readonly Rule[], out: Out): void {
  for (const rule of rules) {
    if (rule.kind === "check") {
      rule.fn(node, path, out);
      continue;
    }
    const value = node[rule.key];
    const p = at(path, rule.key);
    if (value === undefined || value === null) {
      if ("required" in rule && rule.required) out.push(`${p}: is required`);
      continue;
    }
    switch (rule.kind) {
      case "text":
        checkText(value, p, out, rule.max, rule.plain);
        break;
      case "string":
        if (typeof value !== "string") out.push(`${p}: must be a string`);
        else if (len(value) > rule.max) out.push(`${p}: must be at most ${rule.max} characters (got ${len(value)})`);
        break;
      case "int":
        if (!Number.isInteger(value) || value < rule.min || value > rule.max)
          out.push(`${p}: must be an integer in ${rule.min}–${rule.max} (got ${JSON.stringify(value)})`);
        break;
      case "pattern":
        if (typeof value !== "string" || !rule.re.test(value)) out.push(`${p}: must look like ${rule.hint}`);
        break;
      case "fields":
        if (!Array.isArray(value)) out.push(`${p}: must be an array`);
        else {
          if (value.length > rule.maxItems) out.push(`${p}: at most ${rule.maxItems} fields (got ${value.length})`);
          for (const [i, f] of value.entries()) checkText(f, at(p, i), out, rule.maxEach);
        }
        break;
      case "element":
        checkElement(value, p, out, rule.allowed);
        break;
      case "elements":
        if (!Array.isArray(value)) out.push(`${p}: must be an array`);
        else {
          if (value.length < rule.minItems || value.length > rule.maxItems)
            out.push(`${p}: must have ${rule.minItems}–${rule.maxItems} elements (got ${value.length})`);
          for (const [i, el] of value.entries()) checkElement(el, at(p, i), out, rule.allowed);
        }
        break;
      case "options":
        checkOptionArray(value, p, out, rule);
        break;
      case "option":
        checkOption(value, p, out, rule.plain);
        break;
      case "optionList":
        if (!Array.isArray(value)) out.push(`${p}: must be an array`);
        else for (const [i, o] of value.entries()) checkOption(o, at(p, i), out, rule.plain);
        break;
      case "confirm":
        checkConfirm(value, p, out);
        break;
    }
  }
}

function checkBlocks(blocks: unknown, maxBlocks: number, path: string): string[] {
  const out: Out = [];
  if (!Array.isArray(blocks)) return [`${path}: must be an array`];
  if (blocks.length > maxBlocks) out.push(`${path}: at most ${maxBlocks} blocks (got ${blocks.length})`);
  const seen = new Map<string, number>();
  blocks.forEach((block, i) => {
    const p = at(path, i);
    if (!isObj(block) || typeof block.type !== "string") {
      out.push(`${p}: must be a block with a type`);
      return;
    }
    const rules = BLOCK_RULES[block.type];
    if (!rules) {
      out.push(`${p}.type: unknown block type ${JSON.stringify(block.type)}`);
      return;
    }
    if (typeof block.block_id === "string") {
      const first = seen.get(block.block_id);
      if (first !== undefined)
        out.push(`${p}.block_id: duplicate block_id ${JSON.stringify(block.block_id)} (also ${at(path, first)})`);
      else seen.set(block.block_id, i);
    }
    applyRules(block, p, rules, out);
  });
  return out;
}

/** Problems real Slack would report as `invalid_blocks` for a message's `blocks`. */
export function validateMessageBlocks(blocks: unknown): string[] {
  return checkBlocks(blocks, LIMITS.messageBlocks, "blocks");
}

function checkSubmitWhenInputs(view: any, path: string, out: Out): void {
  const hasInput = Array.isArray(view.blocks) && view.blocks.some((b: any) => b?.type === "input");
  if (hasInput && view.submit === undefined)
    out.push(`${at(path, "submit")}: is required when the modal has an input block`);
}

const VIEW_COMMON: Rule[] = [
  { key: "callback_id", kind: "string", max: LIMITS.id },
  { key: "external_id", kind: "string", max: LIMITS.id },
  { key: "private_metadata", kind: "string", max: LIMITS.privateMetadata },
];
const VIEW_RULES: Record<string, Rule[]> = {
  modal: [
    { key: "title", kind: "text", max: LIMITS.viewTitle, plain: true, required: true },
    { key: "submit", kind: "text", max: LIMITS.viewTitle, plain: true },
    { key: "close", kind: "text", max: LIMITS.viewTitle, plain: true },
    ...VIEW_COMMON,
    { kind: "check", fn: checkSubmitWhenInputs },
  ],
  home: VIEW_COMMON,
};

/**
 * Checks a modal or Home tab view. The most serious problem class decides `error`:
 * size first, then the view's own fields, then its blocks.
 */
export function validateView(view: unknown): { error: ViewError | null; problems: string[] } {
  if (!isObj(view)) return { error: "invalid_arguments", problems: ["view: must be an object"] };
  const bytes = Buffer.byteLength(JSON.stringify(view), "utf8");
  if (bytes > LIMITS.viewBytes)
    return { error: "view_too_large", problems: [`view: ${bytes} bytes of JSON exceeds ${LIMITS.viewBytes}`] };
  const rules = VIEW_RULES[view.type as string];
  if (!rules)
    return { error: "invalid_arguments", problems: [`type: must be modal or home (got ${JSON.stringify(view.type)})`] };
  const own: Out = [];
  applyRules(view, "", rules, own);
  const blockProblems =
    view.blocks === undefined ? ["blocks: is required"] : checkBlocks(view.blocks, LIMITS.viewBlocks, "blocks");
  if (own.length > 0) return { error: "invalid_arguments", problems: [...own, ...blockProblems] };
  if (blockProblems.length > 0) return { error: "invalid_blocks", problems: blockProblems };
  return { error: null, problems: [] };
}

/** Checks an answer to a block_suggestion request (external_select options). */
export function validateOptions(payload: unknown): string[] {
  if (!isObj(payload)) return ["options response: must be a JSON object"];
  const out: Out = [];
  const flat = payload.options !== undefined;
  const grouped = payload.option_groups !== undefined;
  if (flat === grouped) out.push("options response: exactly one of options or option_groups is required");
  if (flat) checkOptionArray(payload.options, "options", out, { min: 0, max: LIMITS.selectOptions, plain: true });
  if (grouped) {
    if (Array.isArray(payload.option_groups) && payload.option_groups.length === 0) return out;
    checkOptionGroups(payload.option_groups, "option_groups", out);
  }
  return out;
}
