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
  app.action<BlockAction>(actionId, async ({ ack, body, action, client, respond }) => {
    await ack();
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
  app.view<ViewSubmitAction>(callbackId, async ({ ack, body, view, client }) => {
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

/** Reads a private_metadata JSON object (our modals always write one). */
export function readMetadata<T>(view: { private_metadata?: string }): T {
  try {
    return JSON.parse(view.private_metadata || "{}") as T;
  } catch {
    return {} as T;
  }
}
