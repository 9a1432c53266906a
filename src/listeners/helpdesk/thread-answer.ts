import type { App } from "@slack/bolt";
import { z } from "zod";
import type { AppContext } from "../../slack/context.js";
import { errorText, logUnexpected } from "../../slack/reply.js";

/** The fields of a message event this listener reads; any other event shape is not a thread reply. */
const ThreadMessageSchema = z.object({
  channel: z.string(),
  user: z.string().optional(),
  text: z.string().optional(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  bot_id: z.string().optional(),
  subtype: z.string().optional(),
});

/**
 * A reply in a ticket's thread in the secretariat channel that starts with "回答:" answers it.
 * Needs the message.channels / message.groups events (and channels:history / groups:history).
 */
export function registerThreadAnswers(app: App, ctx: AppContext): void {
  app.event("message", async ({ event, client }) => {
    const parsed = ThreadMessageSchema.safeParse(event);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.subtype || m.bot_id || !m.user || !m.text || !m.thread_ts || m.thread_ts === m.ts) return;
    if (m.channel !== (await ctx.services.channels.secretariat())) return;
    const actor = await ctx.services.roles.resolveActor(m.user);
    try {
      await ctx.services.helpdesk.answerFromThread(actor, m.thread_ts, m.text);
    } catch (error) {
      logUnexpected(ctx.logger, error, "ticket thread answer");
      await client.chat
        .postEphemeral({
          channel: m.channel,
          user: m.user,
          thread_ts: m.thread_ts,
          text: errorText(error, actor.locale),
        })
        .catch((e) => ctx.logger.warn("could not tell about a thread answer", { error: String(e) }));
    }
  });
}
