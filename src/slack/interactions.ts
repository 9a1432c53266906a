import type { App, BlockAction, RespondFn, ViewResponseAction, ViewSubmitAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { z } from "zod";
import { type Actor, type Role, requireRole } from "../features/roles/actor.js";
import { AppError, isAppError } from "../lib/errors.js";
import type { StateValues } from "./blocks.js";
import type { AppContext } from "./context.js";
import { MalformedPayload, parsePayload } from "./payload.js";
import { errorText, logUnexpected, type Reply, replyPrivately } from "./reply.js";
import { overLongFields, StateValuesSchema, type TextLimits } from "./view-state.js";

export type ActionArgs<V = string> = {
  actor: Actor;
  body: BlockAction;
  action: BlockAction["actions"][number];
  /** The clicked element's value (buttons) or selected option's value (selects), parsed. */
  value: V;
  client: WebClient;
  respond?: RespondFn;
  ctx: AppContext;
};

/**
 * Registers a block action: acks at once, resolves the actor, checks the role on the server,
 * parses the value with `valueSchema` (a value our views never write reaches no handler), runs the
 * handler and turns errors into a private message.
 */
export function onAction<V>(
  app: App,
  ctx: AppContext,
  actionId: string | RegExp,
  role: Role,
  valueSchema: z.ZodType<V>,
  handler: (args: ActionArgs<V>) => Promise<Reply | undefined>,
): void {
  routesOf(app, ctx).actions.add(actionId, async ({ body, action, client, respond }) => {
    let actor: Actor | undefined;
    const hasResponseUrl = typeof (body as { response_url?: string }).response_url === "string";
    const reply = { respond: hasResponseUrl ? respond : undefined, client, userId: body.user.id, logger: ctx.logger };
    try {
      actor = await ctx.services.roles.resolveActor(body.user.id);
      // A value our views never write is refused whoever sends it, before any rule is applied.
      const a = action as { value?: unknown; selected_option?: { value?: unknown } | null };
      const value = parsePayload(valueSchema, a.value ?? a.selected_option?.value ?? "", "value");
      requireRole(actor, role);
      const result = await handler({
        actor,
        body,
        action,
        value,
        client,
        respond: reply.respond,
        ctx,
      });
      if (result) await replyPrivately(reply, result);
    } catch (error) {
      const where = `action ${String(actionId)}`;
      logUnexpected(ctx.logger, error, where);
      await replyPrivately(reply, { text: errorText(error, actor?.locale ?? "ja") });
    }
  });
}

/** What a view submission answers Slack: nothing (close), errors next to fields, or a view to update or push. */
export type ViewResult = ViewResponseAction | undefined;

export type ViewArgs<M = unknown> = {
  actor: Actor;
  body: ViewSubmitAction;
  view: ViewSubmitAction["view"];
  /** The submitted state, its shape checked (a reader finds a missing block empty, never a TypeError). */
  values: StateValues;
  /** private_metadata, parsed with the registration's schema. */
  metadata: M;
  client: WebClient;
  ctx: AppContext;
};

export type ViewOptions<M> = {
  /** Where an error that belongs to no field is shown. */
  generalBlockId: string;
  /** The modal's private_metadata, as its view writes it (NoMetadata when it writes none). */
  metadata: z.ZodType<M>;
  /** The text fields' limits, the same constants the view gives the inputs as max_length. */
  textLimits?: TextLimits;
};

/**
 * Registers a modal submission. Field errors go back inline (`response_action: "errors"`); an
 * AppError without a field is shown on `generalBlockId` so the person sees it next to their input,
 * and nothing they typed is lost. The state's shape, the metadata and every text field's length
 * are checked here, before the handler. Work that calls Slack happens after the ack, in `after`.
 */
export function onViewSubmit<M>(
  app: App,
  ctx: AppContext,
  callbackId: string | RegExp,
  role: Role,
  opts: ViewOptions<M>,
  handler: (args: ViewArgs<M>) => Promise<{ result?: ViewResult; after?: () => Promise<void> } | undefined>,
): void {
  routesOf(app, ctx).views.add(callbackId, async ({ ack, body, view, client }) => {
    let actor: Actor | undefined;
    try {
      actor = await ctx.services.roles.resolveActor(body.user.id);
      const values = parsePayload(StateValuesSchema, view.state?.values, "state") as StateValues;
      const metadata = parsePayload(opts.metadata, view.private_metadata ?? "", "private_metadata");
      requireRole(actor, role);
      const tooLong = overLongFields(values, opts.textLimits ?? {});
      const first = Object.values(tooLong)[0];
      if (first) throw new AppError("invalid_input", first, { fields: tooLong, log: "text over its limit" });
      const outcome = await handler({ actor, body, view, values, metadata, client, ctx });
      await ack(outcome?.result);
      if (outcome?.after) {
        try {
          await outcome.after();
        } catch (error) {
          logUnexpected(ctx.logger, error, `view ${String(callbackId)} after`);
        }
      }
    } catch (error) {
      const where = `view ${String(callbackId)}`;
      const locale = actor?.locale ?? "ja";
      const errors: Record<string, string> = {};
      logUnexpected(ctx.logger, error, where);
      if (isAppError(error) && error.options.fields) {
        for (const [block, msg] of Object.entries(error.options.fields)) errors[block] = msg[locale];
      } else if (isAppError(error) && error.options.field) {
        errors[error.options.field] = error.userMessage[locale];
      } else {
        errors[opts.generalBlockId] = errorText(error, locale);
      }
      await ack({ response_action: "errors", errors });
    }
  });
}

type ActionListener = (args: {
  body: BlockAction;
  action: BlockAction["actions"][number];
  client: WebClient;
  respond: RespondFn;
}) => Promise<void>;
type ViewListener = (args: {
  ack: (response?: ViewResponseAction) => Promise<void>;
  body: ViewSubmitAction;
  view: ViewSubmitAction["view"];
  client: WebClient;
}) => Promise<void>;

/** Listeners by exact id, then by pattern in the order they were added. */
class Routes<L> {
  private readonly exact = new Map<string, L>();
  private readonly patterns: [RegExp, L][] = [];

  add(id: string | RegExp, listener: L): void {
    if (typeof id !== "string") {
      this.patterns.push([id, listener]);
      return;
    }
    if (this.exact.has(id)) throw new Error(`two listeners for ${id}`);
    this.exact.set(id, listener);
  }

  find(id: string): L | undefined {
    return this.exact.get(id) ?? this.patterns.find(([p]) => p.test(id))?.[1];
  }

  ids(): string[] {
    return [...this.exact.keys(), ...this.patterns.map(([p]) => String(p))];
  }
}

const routes = new WeakMap<App, { actions: Routes<ActionListener>; views: Routes<ViewListener> }>();

/**
 * One Bolt listener for all block actions and one for all modal submissions, each looking its
 * handler up by id. Bolt runs every incoming request through the middleware of every registered
 * listener; with some ninety of them that was most of Bolt's time per request.
 */
function routesOf(app: App, ctx: AppContext) {
  let table = routes.get(app);
  if (table) return table;
  const created = { actions: new Routes<ActionListener>(), views: new Routes<ViewListener>() };
  routes.set(app, created);
  app.action<BlockAction>(/.*/, async ({ ack, body, action, client, respond }) => {
    // Acked at once, known or not: a click Slack gets no answer for shows the person an error.
    await ack();
    const listener = created.actions.find(action.action_id);
    if (listener) await listener({ body, action, client, respond });
    else ctx.logger.debug("no listener for this action", { actionId: action.action_id });
  });
  app.view<ViewSubmitAction>(/.*/, async ({ ack, body, view, client }) => {
    const listener = created.views.find(view.callback_id);
    if (listener) await listener({ ack, body, view, client });
    else {
      ctx.logger.warn("no listener for this modal", { callbackId: view.callback_id });
      await ack();
    }
  });
  table = created;
  return table;
}

/** The action and callback ids routed for an app, for the authorization matrix's completeness check. */
export function routedIds(app: App): { kind: "action" | "view"; key: string }[] {
  const table = routes.get(app);
  if (!table) return [];
  return [
    ...table.actions.ids().map((key) => ({ kind: "action" as const, key })),
    ...table.views.ids().map((key) => ({ kind: "view" as const, key })),
  ];
}

/**
 * The metadata of the modal a block action was clicked in (e.g. "save draft"), parsed like a
 * submission's; an action from outside that modal is malformed.
 */
export function actionViewMetadata<M>(body: BlockAction, schema: z.ZodType<M>): M {
  if (!body.view) throw new MalformedPayload("view", "the action did not come from a modal");
  return parsePayload(schema, body.view.private_metadata ?? "", "private_metadata");
}
