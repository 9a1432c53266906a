import type { App } from "@slack/bolt";
import { APPLICATION_IDS, APPLICATION_TEXT_LIMITS } from "../../features/applications/applications-ids.js";
import { applicationErrorsTexts } from "../../features/applications/views/application-errors.texts.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { fixedValue, IdValue } from "../../slack/payload.js";
import { applicationsHomeSection } from "./applications-home.js";
import { ApplyMetadata, openApply, openApplyFromHome, submitApply } from "./apply.js";
import { InvalidMetadata, openMarkInvalid, submitMarkInvalid } from "./mark-invalid.js";
import { markValid } from "./mark-valid.js";
import { showQueue } from "./queue.js";
import { suggestRecruiters } from "./suggest-recruiters.js";

export function registerApplications(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/apply",
    name: "",
    role: "anyone",
    usage: "",
    summary: both(applicationErrorsTexts, (t) => t.commandApply),
    handler: openApply,
    takesText: true,
  });
  router.add({
    command: "/desk",
    name: "queue",
    role: "secretariat",
    usage: "queue",
    summary: both(applicationErrorsTexts, (t) => t.commandQueue),
    handler: showQueue,
  });
  onViewSubmit(
    app,
    ctx,
    APPLICATION_IDS.applyModal,
    "anyone",
    {
      generalBlockId: APPLICATION_IDS.blocks.companyName,
      metadata: ApplyMetadata,
      textLimits: APPLICATION_TEXT_LIMITS.apply,
    },
    submitApply,
  );
  onViewSubmit(
    app,
    ctx,
    APPLICATION_IDS.invalidModal,
    "secretariat",
    {
      generalBlockId: APPLICATION_IDS.blocks.reason,
      metadata: InvalidMetadata,
      textLimits: APPLICATION_TEXT_LIMITS.invalid,
    },
    (args) => submitMarkInvalid(args, home),
  );
  onAction(app, ctx, APPLICATION_IDS.openApplyButton, "anyone", fixedValue("open"), openApplyFromHome);
  onAction(app, ctx, APPLICATION_IDS.validButton, "secretariat", IdValue, (args) => markValid(args, home));
  onAction(app, ctx, APPLICATION_IDS.invalidButton, "secretariat", IdValue, openMarkInvalid);
  app.options({ action_id: APPLICATION_IDS.recruiterSelect }, suggestRecruiters(ctx));
  home.add({ order: 10, build: applicationsHomeSection });
}
