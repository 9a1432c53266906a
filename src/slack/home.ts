import type { App } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Actor } from "../features/roles/actor.js";
import { type Block, divider, homeView } from "./blocks.js";
import type { AppContext } from "./context.js";

/** One part of the App Home tab; features add theirs, ordered by `order`. */
export type HomeSection = {
  order: number;
  /** Blocks for this actor, or [] when the section does not apply. */
  build: (actor: Actor, ctx: AppContext) => Promise<Block[]>;
};

const MAX_HOME_BLOCKS = 100;

export class HomeRegistry {
  private readonly sections: HomeSection[] = [];

  add(section: HomeSection): void {
    this.sections.push(section);
    this.sections.sort((a, b) => a.order - b.order);
  }

  async build(actor: Actor, ctx: AppContext): Promise<Block[]> {
    const parts = await Promise.all(this.sections.map((s) => s.build(actor, ctx)));
    const blocks: Block[] = [];
    for (const part of parts) {
      if (part.length === 0) continue;
      if (blocks.length > 0) blocks.push(divider());
      blocks.push(...part);
    }
    // Slack refuses a Home view over 100 blocks; later sections are the least important.
    return blocks.slice(0, MAX_HOME_BLOCKS);
  }

  async publish(client: WebClient, actor: Actor, ctx: AppContext): Promise<void> {
    const blocks = await this.build(actor, ctx);
    await client.views.publish({ user_id: actor.userId, view: homeView(blocks) });
  }

  attach(app: App, ctx: AppContext): void {
    app.event("app_home_opened", async ({ event, client }) => {
      if (event.tab !== "home") return;
      try {
        const actor = await ctx.services.roles.resolveActor(event.user);
        await this.publish(client, actor, ctx);
      } catch (error) {
        ctx.logger.error("could not publish App Home", { user: event.user, error: String(error) });
      }
    });
  }
}
