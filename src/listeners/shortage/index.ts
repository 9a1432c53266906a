import type { App } from "@slack/bolt";
import { RegionValue } from "../../features/shortage/shortage.schemas.js";
import { SHORTAGE_IDS } from "../../features/shortage/shortage-ids.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction } from "../../slack/interactions.js";
import { openRecruitAnnouncement } from "./recruit.js";
import { shortageHomeSection } from "./shortage-home.js";

export function registerShortage(app: App, ctx: AppContext, home: HomeRegistry): void {
  onAction(app, ctx, SHORTAGE_IDS.recruitButton, "secretariat", RegionValue, openRecruitAnnouncement);
  // After the matching queue (35) and the first visits (36): what the waiting applications lack.
  home.add({ order: 37, build: shortageHomeSection });
}
