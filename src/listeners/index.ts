import type { App } from "@slack/bolt";
import type { CommandRouter } from "../slack/command-router.js";
import type { AppContext } from "../slack/context.js";
import type { HomeRegistry } from "../slack/home.js";
import { registerCore } from "./core/index.js";
import { registerExperts } from "./experts/index.js";

/** Every feature registers its commands, actions, views and App Home sections here. */
export function registerListeners(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  registerCore(app, ctx, router, home);
  registerExperts(app, ctx, router, home);
}
