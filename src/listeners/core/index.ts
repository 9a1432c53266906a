import type { App } from "@slack/bolt";
import { PROGRAM_IDS, PROGRAM_TEXT_LIMITS } from "../../features/program/program-ids.js";
import { deskHomeTexts } from "../../features/program/views/desk-home.texts.js";
import { rolesTexts } from "../../features/roles/roles.texts.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { fixedValue, IdValue, NoMetadata } from "../../slack/payload.js";
import { adminCommand } from "./admin.js";
import { carryOverHomeSection, confirmCarryOver, openCarryOverProfile } from "./carry-over.js";
import { welcomeHomeSection } from "./home-welcome.js";
import { openNewProgram, submitNewProgram, switchProgram } from "./program-years.js";
import { openSettings, openSettingsFromButton, submitSettings } from "./settings.js";

const NEW_PROGRAM_LIMITS = { [PROGRAM_IDS.blocks.name]: PROGRAM_TEXT_LIMITS.settings[PROGRAM_IDS.blocks.name] };

export function registerCore(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/desk",
    name: "admin",
    role: "secretariat",
    usage: "admin add|remove|list @user",
    summary: both(rolesTexts, (t) => t.commandAdmin),
    handler: adminCommand,
  });
  router.add({
    command: "/desk",
    name: "settings",
    role: "secretariat",
    usage: "settings",
    summary: both(deskHomeTexts, (t) => t.commandSettings),
    handler: openSettings,
  });
  onAction(app, ctx, PROGRAM_IDS.openSettingsButton, "secretariat", fixedValue("open"), openSettingsFromButton);
  onViewSubmit(
    app,
    ctx,
    PROGRAM_IDS.settingsModal,
    "secretariat",
    { generalBlockId: PROGRAM_IDS.blocks.name, metadata: NoMetadata, textLimits: PROGRAM_TEXT_LIMITS.settings },
    submitSettings,
  );
  onAction(app, ctx, PROGRAM_IDS.newProgramButton, "secretariat", fixedValue("new"), openNewProgram);
  onViewSubmit(
    app,
    ctx,
    PROGRAM_IDS.newProgramModal,
    "secretariat",
    { generalBlockId: PROGRAM_IDS.blocks.name, metadata: NoMetadata, textLimits: NEW_PROGRAM_LIMITS },
    submitNewProgram,
  );
  onAction(app, ctx, PROGRAM_IDS.switchProgramSelect, "secretariat", IdValue, switchProgram);
  onAction(app, ctx, PROGRAM_IDS.carryOverKeepButton, "expert", IdValue, confirmCarryOver);
  onAction(app, ctx, PROGRAM_IDS.carryOverChangeButton, "expert", IdValue, openCarryOverProfile);
  home.add({ order: 0, build: welcomeHomeSection });
  home.add({ order: 36, build: carryOverHomeSection });
}
