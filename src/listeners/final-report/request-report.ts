import { z } from "zod";
import {
  QualificationFilterSchema,
  REPORT_TITLES,
  ReportFormatSchema,
  ReportNameSchema,
} from "../../features/final-report/final-report.schemas.js";
import { finalReportTexts } from "../../features/final-report/final-report.texts.js";
import { REPORT_IDS } from "../../features/final-report/final-report-ids.js";
import { reportQueuedModal, reportRequestModal } from "../../features/final-report/views/report-modal.js";
import { todayJst } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { readDate, readSelected, type StateValues } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { ViewArgs } from "../../slack/interactions.js";

const B = REPORT_IDS.blocks;
const ProgramIdSchema = z.coerce.number().int().positive();
const V = REPORT_IDS.value;

/** `/desk report` opens the modal to choose a report and its format. */
export async function openReportRequest({ actor, command, client, ctx }: SubcommandArgs) {
  await client.views.open({
    trigger_id: command.trigger_id,
    view: reportRequestModal(actor.locale, todayJst(ctx.clock), await ctx.services.program.all()),
  });
  return undefined;
}

/** Acks at once with "on its way"; the report is built after the ack and sent as a file in a DM. */
export async function submitReportRequest({ actor, view, values, ctx }: ViewArgs) {
  const v = values as StateValues;
  const name = ReportNameSchema.safeParse(readSelected(v, B.report, V));
  const format = ReportFormatSchema.safeParse(readSelected(v, B.format, V));
  const fields: Record<string, { ja: string; en: string }> = {};
  if (!name.success) fields[B.report] = both(finalReportTexts, (t) => t.chooseReport);
  if (!format.success) fields[B.format] = both(finalReportTexts, (t) => t.chooseFormat);
  const qualification = QualificationFilterSchema.safeParse(readSelected(v, B.qualification, V) ?? "RISS");
  if (!qualification.success) fields[B.qualification] = both(finalReportTexts, (t) => t.chooseQualification);
  const at = readDate(v, B.at, V) ?? undefined;
  // The picker is shown only when there are several programs; without it the report is the current one's.
  const picked = readSelected(v, B.program, V);
  const programId = picked === null ? undefined : ProgramIdSchema.safeParse(picked);
  if (programId && !programId.success) fields[B.program] = both(finalReportTexts, (t) => t.chooseProgram);
  if (at && at > todayJst(ctx.clock)) fields[B.at] = both(finalReportTexts, (t) => t.atNotFuture);
  if (!name.success || !format.success || !qualification.success || Object.keys(fields).length > 0)
    throw new AppError("invalid_input", Object.values(fields)[0], { fields });
  const request = {
    name: name.data,
    format: format.data,
    at,
    qualification: qualification.data,
    programId: programId?.data,
  };
  return {
    result: {
      response_action: "update" as const,
      view: reportQueuedModal(actor.locale, REPORT_TITLES[name.data][actor.locale]),
    },
    after: () => ctx.services.finalReportDelivery.sendToSlack(actor, request, view.id),
  };
}
