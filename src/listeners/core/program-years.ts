import { PROGRAM_IDS } from "../../features/program/program-ids.js";
import { pickSettings } from "../../features/program/program-service.js";
import type { NewProgramInput } from "../../features/program/program-years-service.js";
import { programErrorsTexts } from "../../features/program/views/program-errors.texts.js";
import { newProgramModal } from "../../features/program/views/program-years.js";
import { programYearsTexts } from "../../features/program/views/program-years.texts.js";
import { settingsModal } from "../../features/program/views/settings-modal.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { readDate, readMulti, readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";

const B = PROGRAM_IDS.blocks;
const V = PROGRAM_IDS.value;

/** "新しい年度を作成" (in the settings modal): the new-program modal. */
export async function openNewProgram({ actor, body, client }: ActionArgs<"new">) {
  const view = newProgramModal(actor.locale);
  // From the settings modal it goes on top of it; from anywhere else it opens on its own.
  if (body.view) await client.views.push({ trigger_id: body.trigger_id, view });
  else await client.views.open({ trigger_id: body.trigger_id, view });
  return undefined;
}

/** Creates the year (the service checks the role, the dates and the name); every modal closes. */
export async function submitNewProgram({ actor, values, ctx, client }: ViewArgs) {
  const v = values as StateValues;
  const input = {
    name: readText(v, B.name, V),
    startDate: readDate(v, B.startDate, V),
    endDate: readDate(v, B.endDate, V),
    applyFrom: readDate(v, B.applyFrom, V),
    applyUntil: readDate(v, B.applyUntil, V),
  };
  const missing = Object.entries(input).filter(([, val]) => val === null || val === "");
  if (missing.length > 0) {
    const fields = Object.fromEntries(missing.map(([k]) => [k, both(programErrorsTexts, (t) => t.pleaseFill)]));
    throw new AppError("invalid_input", Object.values(fields)[0], { fields });
  }
  const keepCurrent = !readMulti(v, PROGRAM_IDS.yearsBlocks.makeCurrent, V).includes("yes");
  const created = await ctx.services.programYears.create(actor, input as NewProgramInput, { keepCurrent });
  const t = programYearsTexts(actor.locale);
  const text = created.current
    ? t.createdCurrent({ name: created.program.name, invited: created.invited })
    : t.created(created.program.name);
  return {
    result: { response_action: "clear" as const },
    after: async () => {
      await client.chat.postMessage({ channel: actor.userId, text });
    },
  };
}

/** The switch in the settings modal: that program becomes current and the modal shows its settings. */
export async function switchProgram({ actor, body, value, ctx, client }: ActionArgs<number>) {
  const target = await ctx.services.program.byId(value);
  const { program, invited } = await ctx.services.programYears.switchTo(actor, target.name);
  const programs = await ctx.services.program.all();
  if (body.view?.id)
    await client.views.update({
      view_id: body.view.id,
      view: settingsModal(actor.locale, pickSettings(program), programs),
    });
  return { text: programYearsTexts(actor.locale).switched({ name: program.name, invited }) };
}
