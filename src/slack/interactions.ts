import type { App, BlockAction, RespondFn, ViewSubmitAction } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { type Actor, type Role, requireRole } from "../features/roles/actor.js";
import { isAppError } from "../lib/errors.js";
import type { AppContext } from "./context.js";
import { errorText, logUnexpected, type Reply, replyPrivately } from "./reply.js";

export type ActionArgs = {
  actor: Actor;
  body: BlockAction;
  action: BlockAction["actions"][number];
  /** The clicked element's value (buttons) or selected option's value (selects). */
  value: string;
  client: WebClient;
  respond?: RespondFn;
  ctx: AppContext;
};

/**
 * Registers a block action: acks at once, resolves the actor, checks the role on the server,
 * runs the handler and turns errors into a private message.
 */
export function onAction(
  app: App,
  ctx: AppContext,
  actionId: string | RegExp,
  role: Role,
  handler: (args: ActionArgs) => Promise<Reply | undefined>,
): void {
  routesOf(app, ctx).actions.add(actionId, async ({ body, action, client, respond }) => {
    let actor: Actor | undefined;
    const hasResponseUrl = typeof (body as { response_url?: string }).response_url === "string";
    const reply = { respond: hasResponseUrl ? respond : undefined, client, userId: body.user.id, logger: ctx.logger };
    try {
      actor = await ctx.services.roles.resolveActor(body.user.id);
      requireRole(actor, role);
      const a = action as { value?: string; selected_option?: { value: string } };
      const result = await handler({
        actor,
        body,
        action,
        value: a.value ?? a.selected_option?.value ?? "",
        client,
        respond: reply.respond,
        ctx,
      });
      if (result) await replyPrivately(reply, result);
    } catch (error) {
      logUnexpected(ctx.logger, error, `action ${String(actionId)}`);
      await replyPrivately(reply, { text: errorText(error, actor?.locale ?? "ja") });
    }
  });
}

export type ViewResult =
  | { response_action: "errors"; errors: Record<string, string> }
  | { response_action: "update" | "push"; view: unknown }
  | { response_action: "clear" }
  | undefined;

export type ViewArgs = {
  actor: Actor;
  body: ViewSubmitAction;
  view: ViewSubmitAction["view"];
  values: ViewSubmitAction["view"]["state"]["values"];
  client: WebClient;
  ctx: AppContext;
};

/**
 * Registers a modal submission. Field errors go back inline (`response_action: "errors"`); an
 * AppError without a field is shown on `generalBlockId` so the person sees it next to their input,
 * and nothing they typed is lost. Work that calls Slack happens after the ack, in `after`.
 */
export function onViewSubmit(
  app: App,
  ctx: AppContext,
  callbackId: string | RegExp,
  role: Role,
  opts: { generalBlockId: string },
  handler: (args: ViewArgs) => Promise<{ result?: ViewResult; after?: () => Promise<void> } | undefined>,
): void {
  routesOf(app, ctx).views.add(callbackId, async ({ ack, body, view, client }) => {
    let actor: Actor | undefined;
    try {
      actor = await ctx.services.roles.resolveActor(body.user.id);
      requireRole(actor, role);
      const outcome = await handler({ actor, body, view, values: view.state.values, client, ctx });
      await ack(outcome?.result as never);
      if (outcome?.after) {
        try {
          await outcome.after();
        } catch (error) {
          logUnexpected(ctx.logger, error, `view ${String(callbackId)} after`);
        }
      }
    } catch (error) {
      logUnexpected(ctx.logger, error, `view ${String(callbackId)}`);
      const locale = actor?.locale ?? "ja";
      const errors: Record<string, string> = {};
      if (isAppError(error) && error.options.fields) {
        for (const [block, msg] of Object.entries(error.options.fields)) errors[block] = msg[locale];
      } else if (isAppError(error) && error.options.field) {
        errors[error.options.field] = error.userMessage[locale];
      } else {
        errors[opts.generalBlockId] = errorText(error, locale);
      }
      await ack({ response_action: "errors", errors } as never);
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
  ack: (response?: never) => Promise<void>;
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
    if (listener) await listener({ ack: ack as (response?: never) => Promise<void>, body, view, client });
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

/** Reads a private_metadata JSON object (our modals always write one). */
export function readMetadata<T>(view: { private_metadata?: string }): T {
  try {
    return JSON.parse(view.private_metadata || "{}") as T;
  } catch {
    return {} as T;
  }
}
