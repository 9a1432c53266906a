import { requireRole } from "../../features/roles/actor.js";
import { AudienceSchema } from "../../features/surveys/surveys.schemas.js";
import { surveyServiceTexts } from "../../features/surveys/surveys.texts.js";
import { ownSurveysReply, statusReply, surveyModal } from "../../features/surveys/views/survey-views.js";
import { todayJst } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import { parseIdArg } from "../../slack/payload.js";

const USAGE = both(surveyServiceTexts, (t) => t.usage);

/** `/desk survey …`: one's own surveys; the secretariat's status, entry on behalf and closing. */
export async function surveyCommand({ actor, rest, ctx, client, command }: SubcommandArgs) {
  const [verb = "", arg = "", extra = ""] = rest.split(/\s+/).filter(Boolean);
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
      return { text: surveyServiceTexts(actor.locale).closedSurveys({ answered, unanswered }) };
    }
    default:
      throw new AppError("invalid_input", USAGE);
  }
}
