import type { App } from "@slack/bolt";
import { PROGRAM_IDS, PROGRAM_TEXT_LIMITS } from "../../features/program/program-ids.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { fixedValue, NoMetadata } from "../../slack/payload.js";
import { adminCommand } from "./admin.js";
import { welcomeHomeSection } from "./home-welcome.js";
import { openSettings, openSettingsFromButton, submitSettings } from "./settings.js";

export function registerCore(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/desk",
    name: "admin",
    role: "secretariat",
    usage: "admin add|remove|list @user",
    summary: { ja: "事務局メンバーを追加・削除・一覧表示する", en: "Add, remove or list secretariat members" },
    handler: adminCommand,
  });
  router.add({
    command: "/desk",
    name: "settings",
    role: "secretariat",
    usage: "settings",
    summary: {
      ja: "事業期間・申込期間・謝金などの設定を変更する",
      en: "Change the program period, application window, honoraria and other settings",
    },
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
  home.add({ order: 0, build: welcomeHomeSection });
}
