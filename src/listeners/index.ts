import type { App } from "@slack/bolt";
import type { CommandRouter } from "../slack/command-router.js";
import type { AppContext } from "../slack/context.js";
import type { HomeRegistry } from "../slack/home.js";
import { registerAnnouncements } from "./announcements/index.js";
import { registerApplications } from "./applications/index.js";
import { registerBriefings } from "./briefings/index.js";
import { registerCore } from "./core/index.js";
import { registerExperts } from "./experts/index.js";
import { registerFinalReport } from "./final-report/index.js";
import { registerFirstVisits } from "./first-visits/index.js";
import { registerHelpdesk } from "./helpdesk/index.js";
import { registerHonoraria } from "./honoraria/index.js";
import { registerMatching } from "./matching/index.js";
import { registerReminders } from "./reminders/index.js";
import { registerShortage } from "./shortage/index.js";
import { registerSme } from "./sme/index.js";
import { registerSurveys } from "./surveys/index.js";
import { registerVisits } from "./visits/index.js";

/** Every feature registers its commands, actions, views and App Home sections here. */
export function registerListeners(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  registerCore(app, ctx, router, home);
  registerExperts(app, ctx, router, home);
  registerApplications(app, ctx, router, home);
  registerMatching(app, ctx, router, home);
  registerVisits(app, ctx, router, home);
  registerFirstVisits(app, ctx, router, home);
  registerHonoraria(app, ctx, router, home);
  registerReminders(app, ctx, router, home);
  registerSurveys(app, ctx, router, home);
  registerBriefings(app, ctx, router, home);
  registerHelpdesk(app, ctx, router, home);
  registerFinalReport(app, ctx, router, home);
  registerShortage(app, ctx, home);
  registerAnnouncements(app, ctx, router);
  registerSme(app, ctx, router);
}
