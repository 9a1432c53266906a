import type { ProgramSettings } from "../../features/program/program.schemas.js";
import { PROGRAM_IDS } from "../../features/program/program-ids.js";
import { pickSettings } from "../../features/program/program-service.js";
import { programErrorsTexts } from "../../features/program/views/program-errors.texts.js";
import { settingsModal } from "../../features/program/views/settings-modal.js";
import type { Actor } from "../../features/roles/actor.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { readDate, readSelected, readText, readTime, type StateValues } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";

async function open(actor: Actor, ctx: AppContext, client: SubcommandArgs["client"], triggerId: string) {
  const [program, programs] = await Promise.all([ctx.services.program.current(), ctx.services.program.all()]);
  await client.views.open({
    trigger_id: triggerId,
    view: settingsModal(actor.locale, pickSettings(program), programs),
  });
}

export async function openSettings({ actor, ctx, client, command }: SubcommandArgs) {
  await open(actor, ctx, client, command.trigger_id);
  return undefined;
}

export async function openSettingsFromButton({ actor, ctx, client, body }: ActionArgs) {
  await open(actor, ctx, client, body.trigger_id);
  return undefined;
}

const B = PROGRAM_IDS.blocks;
const V = PROGRAM_IDS.value;
const NUMERIC: (keyof ProgramSettings)[] = [
  "visitsPerCase",
  "reportDueBusinessDays",
  "honorariumRissYen",
  "honorariumItcYen",
  "proposalStaleDays",
  "visitGapDays",
  "surveyReminderDays",
  "defaultCandidateCount",
];

export async function submitSettings({ actor, values, ctx }: ViewArgs) {
  const v = values as StateValues;
  const patch: Record<string, unknown> = {
    name: readText(v, B.name, V),
    startDate: readDate(v, B.startDate, V),
    endDate: readDate(v, B.endDate, V),
    applyFrom: readDate(v, B.applyFrom, V),
    applyUntil: readDate(v, B.applyUntil, V),
    reminderTime: readTime(v, B.reminderTime, V),
    digestWeekday: Number(readSelected(v, B.digestWeekday, V)),
    digestTime: readTime(v, B.digestTime, V),
    secretariatChannelId: readText(v, B.secretariatChannelId, V) || null,
    digestChannelId: readText(v, B.digestChannelId, V) || null,
    yearEndClosureFrom: readText(v, B.yearEndClosureFrom, V),
    yearEndClosureUntil: readText(v, B.yearEndClosureUntil, V),
  };
  for (const key of NUMERIC) {
    const raw = readText(v, B[key as keyof typeof B], V);
    patch[key] = raw === "" ? Number.NaN : Number(raw);
  }
  const missing = Object.entries(patch).filter(
    ([k, val]) => val === null && k !== "secretariatChannelId" && k !== "digestChannelId",
  );
  if (missing.length > 0) {
    const fields = Object.fromEntries(missing.map(([k]) => [k, both(programErrorsTexts, (t) => t.pleaseFill)]));
    throw new AppError("invalid_input", Object.values(fields)[0], { fields });
  }
  const { program } = ctx.services;
  await program.update(patch as Partial<ProgramSettings>, actor.userId);
  return { result: undefined };
}
