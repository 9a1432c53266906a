import type { App } from "@slack/bolt";
import { briefingServiceTexts } from "../../features/briefings/briefings.texts.js";
import { BRIEFING_IDS, BRIEFING_TEXT_LIMITS } from "../../features/briefings/briefings-ids.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { fixedValue, IdValue, idMetadata, NoMetadata } from "../../slack/payload.js";
import { briefingCommand } from "./briefing-command.js";
import { expertBriefingHome, secretariatBriefingHome } from "./briefing-home.js";
import { registerForSession, showBriefings, unregisterFromSession } from "./expert-briefings.js";
import {
  closeRegistration,
  openAttendance,
  openCancelSession,
  openVideo,
  reopenRegistration,
  submitAttendance,
  submitCancelSession,
  submitVideo,
} from "./manage-session.js";
import { openCreateSession, submitCreateSession } from "./session-form.js";

const B = BRIEFING_IDS.blocks;

export function registerBriefings(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/desk",
    name: "briefing",
    role: "secretariat",
    usage: "briefing [create|close|reopen|cancel|attendance|video ID]",
    summary: both(briefingServiceTexts, (t) => t.deskSummary),
    handler: briefingCommand,
  });
  router.add({
    command: "/expert",
    name: "briefings",
    role: "anyone",
    usage: "briefings",
    summary: both(briefingServiceTexts, (t) => t.expertSummary),
    handler: showBriefings,
  });
  const sessionMeta = idMetadata("sessionId");
  onAction(app, ctx, BRIEFING_IDS.createButton, "secretariat", fixedValue("new"), openCreateSession);
  onAction(app, ctx, BRIEFING_IDS.closeButton, "secretariat", IdValue, closeRegistration);
  onAction(app, ctx, BRIEFING_IDS.reopenButton, "secretariat", IdValue, reopenRegistration);
  onAction(app, ctx, BRIEFING_IDS.cancelButton, "secretariat", IdValue, openCancelSession);
  onAction(app, ctx, BRIEFING_IDS.attendanceButton, "secretariat", IdValue, openAttendance);
  onAction(app, ctx, BRIEFING_IDS.videoButton, "secretariat", IdValue, openVideo);
  onAction(app, ctx, BRIEFING_IDS.registerButton, "anyone", IdValue, registerForSession(home));
  onAction(app, ctx, BRIEFING_IDS.unregisterButton, "anyone", IdValue, unregisterFromSession(home));
  onAction(app, ctx, BRIEFING_IDS.listButton, "anyone", fixedValue("open"), showBriefings);
  onViewSubmit(
    app,
    ctx,
    BRIEFING_IDS.createModal,
    "secretariat",
    { generalBlockId: B.city, metadata: NoMetadata, textLimits: BRIEFING_TEXT_LIMITS.create },
    submitCreateSession,
  );
  onViewSubmit(
    app,
    ctx,
    BRIEFING_IDS.cancelModal,
    "secretariat",
    { generalBlockId: B.reason, metadata: sessionMeta, textLimits: BRIEFING_TEXT_LIMITS.cancel },
    submitCancelSession,
  );
  onViewSubmit(
    app,
    ctx,
    BRIEFING_IDS.attendanceModal,
    "secretariat",
    { generalBlockId: `${B.attendedPrefix}0`, metadata: sessionMeta },
    submitAttendance,
  );
  onViewSubmit(
    app,
    ctx,
    BRIEFING_IDS.videoModal,
    "secretariat",
    { generalBlockId: B.videoViews, metadata: sessionMeta },
    submitVideo,
  );
  home.add({ order: 40, build: expertBriefingHome });
  home.add({ order: 45, build: secretariatBriefingHome });
}
