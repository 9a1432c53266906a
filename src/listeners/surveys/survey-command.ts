import { requireRole } from "../../features/roles/actor.js";
import { AudienceSchema } from "../../features/surveys/surveys.schemas.js";
import { ownSurveysReply, statusReply, surveyModal } from "../../features/surveys/views/survey-views.js";
import { todayJst } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import { parseIdArg } from "../../slack/payload.js";

const USAGE = {
  ja: "使い方: `/desk survey`（自分へのアンケート）、事務局: `/desk survey status`、`/desk survey enter 案件番号 [expert]`（紙などで受け取った回答の代理入力）、`/desk survey close [expert|sme|案件番号]`",
  en: "Usage: `/desk survey` (your surveys); secretariat: `/desk survey status`, `/desk survey enter CASE [expert]` (enter an answer received on paper), `/desk survey close [expert|sme|CASE]`",
};

/** `/desk survey …`: one's own surveys; the secretariat's status, entry on behalf and closing. */
export async function surveyCommand({ actor, rest, ctx, client, command }: SubcommandArgs) {
  const [verb = "", arg = "", extra = ""] = rest.split(/\s+/).filter(Boolean);
  const ja = actor.locale === "ja";
  const surveys = ctx.services.surveys;
  switch (verb.toLowerCase()) {
    case "":
    case "mine":
      return ownSurveysReply(await surveys.ownOpen(actor), actor.locale);
    case "status":
      return statusReply(await surveys.status(actor), actor.locale, todayJst(ctx.clock));
    case "enter": {
      requireRole(actor, "secretariat");
      const caseId = parseIdArg(arg);
      if (caseId === null) throw new AppError("invalid_input", USAGE);
      const audience = AudienceSchema.safeParse(extra || "sme");
      if (!audience.success) throw new AppError("invalid_input", USAGE);
      const form = await surveys.openForCase(actor, caseId, audience.data);
      await client.views.open({
        trigger_id: command.trigger_id,
        view: surveyModal({ locale: actor.locale, ...form, onBehalf: true }),
      });
      return undefined;
    }
    case "close": {
      const target = arg.replace(/^#/, "");
      const audience = AudienceSchema.safeParse(target);
      const caseId = parseIdArg(target);
      if (target !== "" && caseId === null && !audience.success) throw new AppError("invalid_input", USAGE);
      const where = caseId !== null ? { caseId } : audience.success ? { audience: audience.data } : {};
      const { answered, unanswered } = await surveys.close(actor, where);
      return {
        text: ja
          ? `アンケートを締め切りました（回答済み ${answered} 件、未回答のまま締切 ${unanswered} 件）。以後の回答・変更は受け付けません。`
          : `Closed the surveys (${answered} answered, ${unanswered} closed without an answer). No further answers or changes are accepted.`,
      };
    }
    default:
      throw new AppError("invalid_input", USAGE);
  }
}
