import { PROGRAM_IDS } from "../../features/program/program-ids.js";
import { deskHomeTexts } from "../../features/program/views/desk-home.texts.js";
import type { Actor } from "../../features/roles/actor.js";
import { formatSlashDate } from "../../lib/dates.js";
import { actions, type Block, button, context, header, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";
import { esc } from "../../slack/mrkdwn.js";

/** App Home top: the program, its dates, and what this person can do next. */
export async function welcomeHomeSection(actor: Actor, ctx: AppContext) {
  const t = deskHomeTexts(actor.locale);
  const program = await ctx.services.program.currentOrNull();
  const blocks: Block[] = [header(t.header)];
  if (program) {
    blocks.push(
      section(
        t.program({
          name: esc(program.name),
          start: formatSlashDate(program.startDate),
          end: formatSlashDate(program.endDate),
          from: formatSlashDate(program.applyFrom),
          until: formatSlashDate(program.applyUntil),
        }),
      ),
    );
  }
  if (!actor.isSecretariat && !actor.expert) {
    blocks.push(section(t.newcomer));
  }
  if (actor.isSecretariat) {
    blocks.push(
      actions("home_secretariat_settings", [button(t.settingsButton, PROGRAM_IDS.openSettingsButton, "open")]),
    );
  }
  blocks.push(context([t.helpHint]));
  return blocks;
}
