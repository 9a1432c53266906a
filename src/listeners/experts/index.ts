import type { App } from "@slack/bolt";
import { EXPERT_IDS, EXPERT_TEXT_LIMITS } from "../../features/experts/experts-ids.js";
import { expertMessagesTexts } from "../../features/experts/views/expert-messages.texts.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { IdValue, idMetadata, NoMetadata } from "../../slack/payload.js";
import { approveExpert } from "./approve-expert.js";
import { expertHomeSection } from "./expert-home.js";
import { openProfile, showProfile } from "./profile.js";
import { openRegistration, submitRegistration } from "./register-expert.js";
import { openRejectExpert, submitRejectExpert } from "./reject-expert.js";
import { submitProfile } from "./submit-profile.js";

export function registerExperts(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/expert",
    name: "register",
    role: "anyone",
    usage: "register",
    summary: both(expertMessagesTexts, (t) => t.commandRegister),
    handler: openRegistration,
  });
  router.add({
    command: "/expert",
    name: "profile",
    role: "anyone",
    usage: "profile",
    summary: both(expertMessagesTexts, (t) => t.commandProfile),
    handler: showProfile,
  });
  const form = {
    generalBlockId: EXPERT_IDS.blocks.nameKanji,
    metadata: NoMetadata,
    textLimits: EXPERT_TEXT_LIMITS.form,
  };
  onViewSubmit(app, ctx, EXPERT_IDS.registerModal, "anyone", form, submitRegistration);
  onViewSubmit(app, ctx, EXPERT_IDS.profileModal, "anyone", form, submitProfile);
  onViewSubmit(
    app,
    ctx,
    EXPERT_IDS.rejectModal,
    "secretariat",
    {
      generalBlockId: EXPERT_IDS.blocks.reason,
      metadata: idMetadata("expertId"),
      textLimits: EXPERT_TEXT_LIMITS.reject,
    },
    submitRejectExpert,
  );
  onAction(app, ctx, EXPERT_IDS.approveButton, "secretariat", IdValue, approveExpert);
  onAction(app, ctx, EXPERT_IDS.rejectButton, "secretariat", IdValue, openRejectExpert);
  onAction(app, ctx, EXPERT_IDS.editProfileButton, "anyone", IdValue, openProfile);
  home.add({ order: 20, build: expertHomeSection });
}
