import { WeeklySwitchSchema } from "../../features/reminders/reminders.schemas.js";
import { weeklyReply } from "../../features/reminders/views/preference-replies.js";
import type { SubcommandArgs } from "../../slack/command-router.js";

/** `/expert weekly on|off`: one's own weekly summary DM. */
export async function weeklySummary({ actor, rest, ctx }: SubcommandArgs) {
  const parsed = WeeklySwitchSchema.safeParse(rest.trim().toLowerCase());
  if (!parsed.success) return weeklyReply.usage(actor.locale);
  await ctx.services.reminders.setWeeklySummary(actor, parsed.data === "on");
  return weeklyReply.set(parsed.data === "on", actor.locale);
}
