/**
 * Plays Slack's side towards the app: sends signed slash commands, interactions and events to
 * the app's HTTP receiver, with payloads shaped like Slack's and ids taken from the FakeSlack
 * (trigger ids, response URLs, stored views and messages), and tells the fake what Slack does
 * with the app's answers (e.g. closing a modal after an empty view_submission ack).
 */
import { createHmac, randomBytes } from "node:crypto";
import { validateOptions } from "./block-kit-limits.js";
import { BOT_ID, BOT_USER_ID, type FakeSlack, type StoredView } from "./fake-slack.js";

export interface DriverResponse {
  status: number;
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  body: any;
  text: string;
  /** How long the app took to answer; Slack gives up after 3000 ms. */
  ms: number;
}

export interface InteractionResponse extends DriverResponse {
  triggerId: string;
  responseUrl?: string;
}

/** A FakeSlack view record, or a view object carrying id/callback_id/blocks. */
export type StoredViewLike = StoredView | { id: string; view?: any } | any;

export type FillValue =
  | string
  | number
  | string[]
  | { value: string; text?: string }
  | Array<{ value: string; text?: string }>
  | null;

export type StateValues = Record<string, Record<string, any>>;

export interface SlackDriverOptions {
  /** Full URL of the app's POST /slack/events; several instances' URLs are sent to in turn. */
  appUrl: string | string[];
  signingSecret: string;
  fake: FakeSlack;
  teamId?: string;
  apiAppId?: string;
}

type MessageRef = { channel: string; ts: string };
type ElementType =
  | "static_select"
  | "external_select"
  | "overflow"
  | "radio_buttons"
  | "checkboxes"
  | "users_select"
  | "datepicker";

const isObj = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);
const nowTs = () => (Date.now() / 1000).toFixed(6);

/** Element types whose value appears in `state.values` (buttons and overflow menus do not). */
const STATEFUL = new Set([
  "plain_text_input",
  "email_text_input",
  "url_text_input",
  "number_input",
  "static_select",
  "external_select",
  "users_select",
  "conversations_select",
  "channels_select",
  "multi_static_select",
  "multi_external_select",
  "multi_users_select",
  "multi_conversations_select",
  "multi_channels_select",
  "radio_buttons",
  "checkboxes",
  "datepicker",
  "timepicker",
  "datetimepicker",
  "rich_text_input",
  "file_input",
]);

/** The state key and the "nothing chosen" value per element type, as Slack sends them. */
const STATE_FIELD: Record<string, [field: string, initialKey: string, empty: null | []]> = {
  plain_text_input: ["value", "initial_value", null],
  email_text_input: ["value", "initial_value", null],
  url_text_input: ["value", "initial_value", null],
  number_input: ["value", "initial_value", null],
  static_select: ["selected_option", "initial_option", null],
  external_select: ["selected_option", "initial_option", null],
  radio_buttons: ["selected_option", "initial_option", null],
  users_select: ["selected_user", "initial_user", null],
  conversations_select: ["selected_conversation", "initial_conversation", null],
  channels_select: ["selected_channel", "initial_channel", null],
  multi_static_select: ["selected_options", "initial_options", []],
  multi_external_select: ["selected_options", "initial_options", []],
  checkboxes: ["selected_options", "initial_options", []],
  multi_users_select: ["selected_users", "initial_users", []],
  multi_conversations_select: ["selected_conversations", "initial_conversations", []],
  multi_channels_select: ["selected_channels", "initial_channels", []],
  datepicker: ["selected_date", "initial_date", null],
  timepicker: ["selected_time", "initial_time", null],
  datetimepicker: ["selected_date_time", "initial_date_time", null],
  rich_text_input: ["rich_text_value", "initial_value", null],
  file_input: ["files", "initial_files", []],
};

function initialState(el: any): Record<string, any> {
  const spec = STATE_FIELD[el.type];
  if (!spec) return { type: el.type };
  const [field, initialKey, empty] = spec;
  const initial = el[initialKey];
  return {
    type: el.type,
    [field]: initial === undefined ? (Array.isArray(empty) ? [] : null) : structuredClone(initial),
  };
}

function allOptions(el: any): any[] {
  return [
    ...(Array.isArray(el.options) ? el.options : []),
    ...(Array.isArray(el.option_groups) ? el.option_groups.flatMap((g: any) => g?.options ?? []) : []),
  ];
}

function findOption(el: any, wanted: unknown, label: string): any {
  const key = isObj(wanted) ? wanted.value : String(wanted);
  const options = allOptions(el);
  const hit =
    options.find((o) => o?.value === key) ?? (isObj(wanted) ? undefined : options.find((o) => o?.text?.text === key));
  if (!hit) {
    const shown = options.map((o) => `${JSON.stringify(o?.text?.text)} (${JSON.stringify(o?.value)})`).join(", ");
    throw new Error(`fill: "${label}" has no option ${JSON.stringify(key)}. Options: ${shown}`);
  }
  return structuredClone(hit);
}

function externalOption(v: unknown): any {
  const o = isObj(v) ? v : { value: String(v) };
  return { text: { type: "plain_text", text: o.text ?? o.value }, value: o.value };
}

/** What a person's entry in an input looks like in `state.values`. */
function stateFor(el: any, v: FillValue, label: string): Record<string, any> {
  if (v === null) return initialState({ type: el.type });
  const list = Array.isArray(v) ? v : [v];
  const scalar = isObj(v) ? String((v as { value: string }).value) : String(v);
  switch (el.type) {
    case "plain_text_input":
    case "email_text_input":
    case "url_text_input":
    case "number_input":
      return { type: el.type, value: scalar };
    case "static_select":
    case "radio_buttons":
      return { type: el.type, selected_option: findOption(el, v, label) };
    case "multi_static_select":
    case "checkboxes":
      return { type: el.type, selected_options: list.map((x) => findOption(el, x, label)) };
    case "external_select":
      return { type: el.type, selected_option: externalOption(v) };
    case "multi_external_select":
      return { type: el.type, selected_options: list.map(externalOption) };
    case "datepicker":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(scalar)) throw new Error(`fill: "${label}" wants YYYY-MM-DD, got ${scalar}`);
      return { type: el.type, selected_date: scalar };
    case "timepicker":
      if (!/^\d{2}:\d{2}$/.test(scalar)) throw new Error(`fill: "${label}" wants HH:mm, got ${scalar}`);
      return { type: el.type, selected_time: scalar };
    case "datetimepicker":
      return { type: el.type, selected_date_time: Number(scalar) };
    case "users_select":
      return { type: el.type, selected_user: scalar };
    case "multi_users_select":
      return { type: el.type, selected_users: list.map(String) };
    case "conversations_select":
      return { type: el.type, selected_conversation: scalar };
    case "multi_conversations_select":
      return { type: el.type, selected_conversations: list.map(String) };
    case "channels_select":
      return { type: el.type, selected_channel: scalar };
    case "multi_channels_select":
      return { type: el.type, selected_channels: list.map(String) };
    case "rich_text_input":
      return {
        type: el.type,
        rich_text_value: {
          type: "rich_text",
          elements: [{ type: "rich_text_section", elements: [{ type: "text", text: scalar }] }],
        },
      };
    default:
      throw new Error(`fill: "${label}" uses ${el.type}, which fill() cannot enter`);
  }
}

/** Every stateful element of a view or message with its block. */
function statefulElements(blocks: any[]): Array<{ block: any; el: any }> {
  const out: Array<{ block: any; el: any }> = [];
  for (const block of blocks ?? []) {
    const els =
      block?.type === "input"
        ? [block.element]
        : block?.type === "actions"
          ? (block.elements ?? [])
          : block?.type === "section"
            ? [block.accessory]
            : [];
    for (const el of els) if (isObj(el) && STATEFUL.has(el.type)) out.push({ block, el });
  }
  return out;
}

/**
 * `state.values` for a view as Slack would send it: inputs named (by exact label text) in
 * `byLabel` get those entries, every other stateful element keeps what the person sees pre-filled.
 */
export function fillView(view: any, byLabel: Record<string, FillValue> = {}): StateValues {
  const blocks: any[] = view?.blocks ?? [];
  const labels = blocks.filter((b) => b?.type === "input").map((b) => String(b.label?.text));
  for (const label of Object.keys(byLabel)) {
    const n = labels.filter((l) => l === label).length;
    if (n === 0)
      throw new Error(
        `fill: no input labelled ${JSON.stringify(label)}. Labels in this view: ${labels.map((l) => JSON.stringify(l)).join(", ")}`,
      );
    if (n > 1)
      throw new Error(`fill: ${n} inputs are labelled ${JSON.stringify(label)}; set state.values by block_id instead`);
  }
  const values: StateValues = {};
  for (const { block, el } of statefulElements(blocks)) {
    const label = block.type === "input" ? String(block.label?.text) : undefined;
    const entry =
      label !== undefined && Object.hasOwn(byLabel, label)
        ? stateFor(el, byLabel[label] as FillValue, label)
        : initialState(el);
    values[block.block_id] = { ...values[block.block_id], [el.action_id]: entry };
  }
  return values;
}

function isEmptyState(s: Record<string, any> | undefined): boolean {
  if (!s) return true;
  const spec = STATE_FIELD[s.type];
  const v = spec ? s[spec[0]] : undefined;
  return v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
}

/** What the Slack client refuses to submit: empty required inputs and text outside min/max_length. */
function clientSideProblems(view: any, values: StateValues): string[] {
  const problems: string[] = [];
  for (const block of view.blocks ?? []) {
    if (block?.type !== "input" || !isObj(block.element)) continue;
    const label = String(block.label?.text);
    const state = values[block.block_id]?.[block.element.action_id];
    if (isEmptyState(state)) {
      if (!block.optional) problems.push(`"${label}" is required`);
      continue;
    }
    if (block.element.type === "plain_text_input" && typeof state?.value === "string") {
      const n = Array.from(state.value).length;
      if (typeof block.element.min_length === "number" && n < block.element.min_length)
        problems.push(`"${label}" needs at least ${block.element.min_length} characters`);
      if (typeof block.element.max_length === "number" && n > block.element.max_length)
        problems.push(`"${label}" allows at most ${block.element.max_length} characters`);
    }
  }
  return problems;
}

function findElement(
  blocks: any[] | undefined,
  actionId: string,
  blockId?: string,
): { block: any; el: any } | undefined {
  for (const block of blocks ?? []) {
    if (blockId !== undefined && block?.block_id !== blockId) continue;
    const els = [block?.accessory, block?.element, ...(Array.isArray(block?.elements) ? block.elements : [])];
    const el = els.find((e) => isObj(e) && e.action_id === actionId);
    if (el) return { block, el };
  }
  return undefined;
}

function describeActions(blocks: any[] | undefined): string {
  const ids: string[] = [];
  for (const block of blocks ?? []) {
    const els = [block?.accessory, block?.element, ...(Array.isArray(block?.elements) ? block.elements : [])];
    for (const e of els) if (isObj(e) && e.action_id) ids.push(`${block.block_id}/${e.action_id}`);
  }
  return ids.join(", ") || "(none)";
}

export class SlackDriver {
  readonly appUrls: readonly string[];
  readonly fake: FakeSlack;
  readonly teamId: string;
  readonly apiAppId: string;
  private readonly signingSecret: string;
  private eventSeq = 0;
  private turn = 0;

  constructor(opts: SlackDriverOptions) {
    this.appUrls = typeof opts.appUrl === "string" ? [opts.appUrl] : opts.appUrl;
    this.signingSecret = opts.signingSecret;
    this.fake = opts.fake;
    this.teamId = opts.teamId ?? "T0TEST";
    this.apiAppId = opts.apiAppId ?? "A0TEST";
  }

  /** Slack's signature headers for `body`; pass an old `timestamp` to test replay refusal. */
  sign(body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
    const digest = createHmac("sha256", this.signingSecret).update(`v0:${timestamp}:${body}`).digest("hex");
    return { "X-Slack-Request-Timestamp": String(timestamp), "X-Slack-Signature": `v0=${digest}` };
  }

  async raw(body: string, headers: Record<string, string>): Promise<DriverResponse> {
    const started = Date.now();
    const url = this.appUrls[this.turn++ % this.appUrls.length];
    const res = await fetch(url, { method: "POST", headers, body });
    const text = await res.text();
    let parsed: any;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text, ms: Date.now() - started };
  }

  private form(fields: Record<string, string>, extraHeaders: Record<string, string> = {}): Promise<DriverResponse> {
    const body = new URLSearchParams(fields).toString();
    // Bolt compares the content type exactly: no "; charset=…".
    return this.raw(body, {
      ...this.sign(body),
      "Content-Type": "application/x-www-form-urlencoded",
      ...extraHeaders,
    });
  }

  private interactive(payload: Record<string, unknown>): Promise<DriverResponse> {
    return this.form({ payload: JSON.stringify(payload) });
  }

  private userObj(userId: string) {
    const name = this.fake.user(userId)?.name ?? userId.toLowerCase();
    return { id: userId, username: name, name, team_id: this.teamId };
  }

  private team() {
    return { id: this.teamId, domain: "fake-workspace" };
  }

  /** The latest version of a view as the fake stores it (Slack always sends the current one). */
  private resolveView(v: StoredViewLike): any {
    const id: unknown = v?.id ?? v?.view?.id;
    const stored = typeof id === "string" ? this.fake.view(id) : undefined;
    if (stored) return stored.view;
    if (isObj(v?.view) && Array.isArray(v.view.blocks)) return { ...v.view, id: v.view.id ?? v.id };
    if (isObj(v) && Array.isArray(v.blocks)) return v;
    throw new Error("SlackDriver: expected a stored view record or a view object with blocks");
  }

  private resolveMessage(ref: MessageRef): any {
    const msg = this.fake.messages(ref.channel).find((m) => m.ts === ref.ts);
    if (!msg) throw new Error(`SlackDriver: no stored message ${ref.ts} in ${ref.channel}`);
    return {
      type: "message",
      user: BOT_USER_ID,
      bot_id: BOT_ID,
      team: this.teamId,
      ts: msg.ts,
      text: msg.text,
      ...(msg.blocks ? { blocks: msg.blocks } : {}),
      ...(msg.thread_ts ? { thread_ts: msg.thread_ts } : {}),
    };
  }

  fill(view: StoredViewLike, byLabel: Record<string, FillValue> = {}): StateValues {
    return fillView(this.resolveView(view), byLabel);
  }

  async command(
    userId: string,
    command: string,
    text = "",
    opts: { channelId?: string; userName?: string } = {},
  ): Promise<InteractionResponse> {
    const channelId = opts.channelId ?? "C0GENERAL";
    const triggerId = this.fake.issueTriggerId(userId);
    const responseUrl = this.fake.newResponseUrl({ channel: channelId, userId });
    const res = await this.form({
      token: "fake-verification-token",
      team_id: this.teamId,
      team_domain: "fake-workspace",
      channel_id: channelId,
      channel_name: channelId.startsWith("D") ? "directmessage" : channelId.toLowerCase(),
      user_id: userId,
      user_name: opts.userName ?? this.userObj(userId).name,
      command,
      text,
      api_app_id: this.apiAppId,
      is_enterprise_install: "false",
      response_url: responseUrl,
      trigger_id: triggerId,
    });
    return { ...res, triggerId, responseUrl };
  }

  /** Common parts of a block_actions payload; `view` or `message` decides the container. */
  private async blockActions(
    userId: string,
    opts: { view?: StoredViewLike; message?: MessageRef; channelId?: string; values?: StateValues },
    action: (blocks: any[] | undefined) => Record<string, any>,
  ): Promise<InteractionResponse> {
    const triggerId = this.fake.issueTriggerId(userId);
    const payload: Record<string, any> = {
      type: "block_actions",
      user: this.userObj(userId),
      api_app_id: this.apiAppId,
      token: "fake-verification-token",
      trigger_id: triggerId,
      team: this.team(),
      enterprise: null,
      is_enterprise_install: false,
    };
    let responseUrl: string | undefined;
    if (opts.view !== undefined) {
      const view = this.resolveView(opts.view);
      const values = opts.values ?? fillView(view);
      payload.container = { type: "view", view_id: view.id };
      payload.view = { ...view, state: { values } };
      payload.state = { values };
      payload.actions = [action(view.blocks)];
    } else {
      const message = opts.message ? this.resolveMessage(opts.message) : undefined;
      const channel = opts.message?.channel ?? opts.channelId ?? "C0GENERAL";
      responseUrl = this.fake.newResponseUrl({ channel, messageTs: opts.message?.ts, userId });
      payload.container = message
        ? { type: "message", message_ts: message.ts, channel_id: channel, is_ephemeral: false }
        : { type: "message", message_ts: nowTs(), channel_id: channel, is_ephemeral: true };
      payload.channel = { id: channel, name: channel.toLowerCase() };
      if (message) payload.message = message;
      payload.state = { values: opts.values ?? (message ? fillView(message) : {}) };
      payload.response_url = responseUrl;
      // A message without blocks has no buttons; only a bare ephemeral context is unchecked.
      payload.actions = [action(message ? (message.blocks ?? []) : undefined)];
    }
    const res = await this.interactive(payload);
    return { ...res, triggerId, ...(responseUrl ? { responseUrl } : {}) };
  }

  /** Locates the element the person clicks; when blocks are known, it must be there. */
  private locate(blocks: any[] | undefined, actionId: string, blockId?: string): { blockId: string; el?: any } {
    if (blocks === undefined) return { blockId: blockId ?? "actions" };
    const hit = findElement(blocks, actionId, blockId);
    if (!hit)
      throw new Error(
        `SlackDriver: no element with action_id ${JSON.stringify(actionId)}${blockId ? ` in block ${blockId}` : ""}. Present: ${describeActions(blocks)}`,
      );
    return { blockId: hit.block.block_id, el: hit.el };
  }

  clickButton(
    userId: string,
    opts: {
      actionId: string;
      value?: string;
      blockId?: string;
      view?: StoredViewLike;
      message?: MessageRef;
      channelId?: string;
      values?: StateValues;
      type?: "button";
    },
  ): Promise<InteractionResponse> {
    return this.blockActions(userId, opts, (blocks) => {
      const { blockId, el } = this.locate(blocks, opts.actionId, opts.blockId);
      const value = opts.value ?? el?.value;
      return {
        type: "button",
        action_id: opts.actionId,
        block_id: blockId,
        text: el?.text ?? { type: "plain_text", text: opts.actionId },
        ...(value !== undefined ? { value } : {}),
        ...(el?.style ? { style: el.style } : {}),
        action_ts: nowTs(),
      };
    });
  }

  selectOption(
    userId: string,
    opts: {
      actionId: string;
      blockId?: string;
      selected: { value: string; text?: string };
      view?: StoredViewLike;
      message?: MessageRef;
      channelId?: string;
      values?: StateValues;
      elementType?: ElementType;
    },
  ): Promise<InteractionResponse> {
    return this.blockActions(userId, opts, (blocks) => {
      const { blockId, el } = this.locate(blocks, opts.actionId, opts.blockId);
      const type: string = opts.elementType ?? el?.type ?? "static_select";
      const defined = el ? allOptions(el).find((o) => o?.value === opts.selected.value) : undefined;
      if (el && allOptions(el).length > 0 && !defined)
        throw new Error(
          `SlackDriver: ${opts.actionId} has no option with value ${JSON.stringify(opts.selected.value)}`,
        );
      const option = defined ?? {
        text: { type: "plain_text", text: opts.selected.text ?? opts.selected.value },
        value: opts.selected.value,
      };
      const base = { type, action_id: opts.actionId, block_id: blockId, action_ts: nowTs() };
      switch (type) {
        case "checkboxes":
          return { ...base, selected_options: [option] };
        case "users_select":
          return { ...base, selected_user: opts.selected.value };
        case "datepicker":
          return { ...base, selected_date: opts.selected.value };
        default:
          return { ...base, selected_option: option };
      }
    });
  }

  /**
   * Submits a modal. Input blocks missing from `values` keep their pre-filled state. Throws when
   * the Slack client would refuse to submit, or when Slack would reject the app's answer.
   */
  async submitView(
    userId: string,
    view: StoredViewLike,
    values: StateValues = {},
    opts: { skipClientChecks?: boolean } = {},
  ): Promise<InteractionResponse> {
    const v = this.resolveView(view);
    const state = { ...fillView(v), ...values };
    if (!opts.skipClientChecks) {
      const problems = clientSideProblems(v, state);
      if (problems.length > 0)
        throw new Error(`SlackDriver: the Slack client would not submit: ${problems.join("; ")}`);
    }
    const triggerId = this.fake.issueTriggerId(userId);
    const res = await this.interactive({
      type: "view_submission",
      team: this.team(),
      user: this.userObj(userId),
      api_app_id: this.apiAppId,
      token: "fake-verification-token",
      trigger_id: triggerId,
      view: { ...v, state: { values: state } },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
    if (this.fake.view(v.id)) {
      const problems = this.fake.applySubmissionResponse(v.id, res.status, res.body);
      if (problems.length > 0 && res.status === 200)
        throw new Error(`SlackDriver: Slack would reject the view_submission answer: ${problems.join("; ")}`);
    }
    return { ...res, triggerId };
  }

  /**
   * The person closes the modal. Slack sends view_closed only when the view asked for it
   * (`notify_on_close`); otherwise nothing reaches the app and `status` is 0.
   */
  async closeView(userId: string, view: StoredViewLike): Promise<DriverResponse & { sent: boolean }> {
    const v = this.resolveView(view);
    if (this.fake.view(v.id)) this.fake.closeViewByUser(v.id);
    if (!v.notify_on_close) return { status: 0, body: undefined, text: "", ms: 0, sent: false };
    const res = await this.interactive({
      type: "view_closed",
      team: this.team(),
      user: this.userObj(userId),
      api_app_id: this.apiAppId,
      token: "fake-verification-token",
      view: { ...v, state: { values: fillView(v) } },
      is_cleared: Boolean(v.clear_on_close),
      is_enterprise_install: false,
      enterprise: null,
    });
    return { ...res, sent: true };
  }

  /**
   * A block_suggestion for an external_select; returns the app's options JSON after checking it
   * against Slack's limits. Throws if Slack would not have asked (query below min_query_length).
   */
  async suggest(
    userId: string,
    opts: {
      actionId: string;
      blockId: string;
      value: string;
      view?: StoredViewLike;
      /** What the person has chosen in the modal so far (default: what it shows pre-filled). */
      values?: StateValues;
    },
  ): Promise<any> {
    const view = opts.view !== undefined ? this.resolveView(opts.view) : undefined;
    if (view) {
      const el = this.locate(view.blocks, opts.actionId, opts.blockId).el;
      const min = typeof el?.min_query_length === "number" ? el.min_query_length : 3;
      if (Array.from(opts.value).length < min)
        throw new Error(
          `SlackDriver: Slack sends no block_suggestion for ${JSON.stringify(opts.value)}: min_query_length is ${min}`,
        );
    }
    const res = await this.interactive({
      type: "block_suggestion",
      user: this.userObj(userId),
      container: view ? { type: "view", view_id: view.id } : { type: "message" },
      api_app_id: this.apiAppId,
      token: "fake-verification-token",
      action_id: opts.actionId,
      block_id: opts.blockId,
      value: opts.value,
      team: this.team(),
      ...(view ? { view: { ...view, state: { values: { ...fillView(view), ...opts.values } } } } : {}),
      is_enterprise_install: false,
      enterprise: null,
    });
    if (res.status !== 200) throw new Error(`SlackDriver: block_suggestion answered HTTP ${res.status}: ${res.text}`);
    const problems = validateOptions(res.body);
    if (problems.length > 0)
      throw new Error(`SlackDriver: options answer breaks Slack's limits: ${problems.join("; ")}`);
    return res.body;
  }

  async event(
    event: Record<string, unknown>,
    opts: { retryNum?: number; retryReason?: string; eventId?: string } = {},
  ): Promise<DriverResponse & { eventId: string }> {
    const eventId =
      opts.eventId ??
      `Ev${Date.now().toString(36).toUpperCase()}${++this.eventSeq}${randomBytes(3).toString("hex").toUpperCase()}`;
    const body = JSON.stringify({
      token: "fake-verification-token",
      team_id: this.teamId,
      api_app_id: this.apiAppId,
      event: { event_ts: nowTs(), ...event },
      type: "event_callback",
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: this.teamId, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    });
    const headers: Record<string, string> = { ...this.sign(body), "Content-Type": "application/json" };
    if (opts.retryNum !== undefined) headers["X-Slack-Retry-Num"] = String(opts.retryNum);
    if (opts.retryReason !== undefined) headers["X-Slack-Retry-Reason"] = opts.retryReason;
    return { ...(await this.raw(body, headers)), eventId };
  }

  appHomeOpened(userId: string): Promise<DriverResponse & { eventId: string }> {
    const home = this.fake.homeView(userId);
    return this.event({
      type: "app_home_opened",
      user: userId,
      channel: `D${userId}`,
      tab: "home",
      ...(home ? { view: home.view } : {}),
    });
  }
}
