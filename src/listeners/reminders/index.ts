import type { App } from "@slack/bolt";
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
    summary: {
      ja: "リマインドのDMを指定した期間だけ止める（off で再開）",
      en: "Pause reminder DMs for a date range (off resumes)",
    },
    handler: snooze,
  });
  router.add({
    command: "/expert",
    name: "weekly",
    role: "expert",
    usage: "weekly on|off",
    summary: {
      ja: "担当案件の週次まとめをDMで受け取る／止める",
      en: "Get (or stop) a weekly DM summary of your cases",
    },
    handler: weeklySummary,
  });
}
