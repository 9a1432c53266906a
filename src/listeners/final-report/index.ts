import type { App } from "@slack/bolt";
import { finalReportTexts } from "../../features/final-report/final-report.texts.js";
import { REPORT_IDS } from "../../features/final-report/final-report-ids.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onViewSubmit } from "../../slack/interactions.js";
import { NoMetadata } from "../../slack/payload.js";
import { openReportRequest, submitReportRequest } from "./request-report.js";

export function registerFinalReport(app: App, ctx: AppContext, router: CommandRouter, _home: HomeRegistry): void {
  router.add({
    command: "/desk",
    name: "report",
    role: "secretariat",
    usage: "report",
    summary: both(finalReportTexts, (t) => t.commandSummary),
    handler: openReportRequest,
  });
  onViewSubmit(
    app,
    ctx,
    REPORT_IDS.requestModal,
    "secretariat",
    { generalBlockId: REPORT_IDS.blocks.report, metadata: NoMetadata },
    submitReportRequest,
  );
}
