import { SnoozeArgsSchema } from "../../features/reminders/reminders.schemas.js";
import { snoozeReply } from "../../features/reminders/views/preference-replies.js";
import type { SubcommandArgs } from "../../slack/command-router.js";

/** `/desk snooze FROM UNTIL`, `/desk snooze off`, or `/desk snooze` to see the current setting. */
export async function snooze({ actor, rest, ctx }: SubcommandArgs) {
  const words = rest.split(/\s+/).filter(Boolean);
  if (words.length === 0) return snoozeReply.status(await ctx.services.reminders.snoozeStatus(actor), actor.locale);
  const parsed = SnoozeArgsSchema.safeParse(
    words.length === 1 && words[0].toLowerCase() === "off" ? { off: true } : { from: words[0], until: words[1] ?? "" },
  );
  if (!parsed.success || words.length > 2) return snoozeReply.usage(actor.locale);
  const result = await ctx.services.reminders.snooze(actor, parsed.data);
  return result ? snoozeReply.set(result, actor.locale) : snoozeReply.off(actor.locale);
}
