import type { App } from "@slack/bolt";
import { REPORT_IDS } from "../../features/final-report/final-report-ids.js";
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
    summary: {
      ja: "成果報告書の表（週別訪問実績など）をファイルで受け取る",
      en: "Get the final report's tables (weekly visits and more) as a file",
    },
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
