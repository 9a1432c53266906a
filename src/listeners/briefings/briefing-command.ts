import { briefingServiceTexts } from "../../features/briefings/briefings.texts.js";
import {
  attendanceModal,
  cancelModal,
  createModal,
  secretariatList,
  videoModal,
} from "../../features/briefings/views/briefing-views.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import type { ModalView } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import { parseIdArg } from "../../slack/payload.js";

const USAGE = both(briefingServiceTexts, (t) => t.usage);

/** `/desk briefing …` (the router admits only the secretariat): the sessions and what can be done with each. */
export async function briefingCommand({ actor, rest, ctx, client, command }: SubcommandArgs) {
  const [verb = "list", arg = ""] = rest.split(/\s+/).filter(Boolean);
  const service = ctx.services.briefings;
  const id = parseIdArg(arg);
  const needId = () => {
    if (id === null) throw new AppError("invalid_input", USAGE);
    return id;
  };
  const open = async (view: ModalView) => {
    await client.views.open({ trigger_id: command.trigger_id, view });
    return undefined;
  };
  switch (verb.toLowerCase()) {
    case "list":
      return secretariatList(await service.listForSecretariat(actor), actor.locale);
    case "create":
      return open(createModal(actor.locale));
    case "close":
    case "reopen":
      await service.setRegistrationOpen(actor, needId(), verb === "reopen");
      return secretariatList(await service.listForSecretariat(actor), actor.locale);
    case "cancel":
      return open(cancelModal(actor.locale, await service.get(needId())));
    case "attendance":
      return open(attendanceModal(actor.locale, await service.attendanceSession(actor, needId())));
    case "video":
      return open(videoModal(actor.locale, await service.get(needId())));
    default:
      throw new AppError("invalid_input", USAGE);
  }
}
