import type { App } from "@slack/bolt";
import { preferenceRepliesTexts } from "../../features/reminders/views/preference-replies.texts.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { snooze } from "./snooze.js";
import { weeklySummary } from "./weekly-summary.js";

/** Reminder preferences; the buttons in reminders belong to the visits feature's listeners. */
export function registerReminders(_app: App, _ctx: AppContext, router: CommandRouter, _home: HomeRegistry): void {
  router.add({
    command: "/desk",
    name: "snooze",
    role: "anyone",
    usage: "snooze YYYY-MM-DD YYYY-MM-DD | snooze off",
    summary: both(preferenceRepliesTexts, (t) => t.commandSnooze),
    handler: snooze,
  });
  router.add({
    command: "/expert",
    name: "weekly",
    role: "expert",
    usage: "weekly on|off",
    summary: both(preferenceRepliesTexts, (t) => t.commandWeekly),
    handler: weeklySummary,
  });
}
