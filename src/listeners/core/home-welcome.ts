import { PROGRAM_IDS } from "../../features/program/program-ids.js";
import type { Actor } from "../../features/roles/actor.js";
import { formatSlashDate } from "../../lib/dates.js";
import { actions, type Block, button, context, header, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";
import { esc } from "../../slack/mrkdwn.js";

/** App Home top: the program, its dates, and what this person can do next. */
export async function welcomeHomeSection(actor: Actor, ctx: AppContext) {
  const ja = actor.locale === "ja";
  const program = await ctx.services.program.currentOrNull();
  const blocks: Block[] = [header(ja ? "セキュリティ指導デスク" : "Security Guidance Desk")];
  if (program) {
    blocks.push(
      section(
        ja
          ? `*${esc(program.name)}*\n事業期間: ${formatSlashDate(program.startDate)}〜${formatSlashDate(program.endDate)}\n申込受付: ${formatSlashDate(program.applyFrom)}〜${formatSlashDate(program.applyUntil)}`
          : `*${esc(program.name)}*\nProgram period: ${formatSlashDate(program.startDate)}–${formatSlashDate(program.endDate)}\nApplications: ${formatSlashDate(program.applyFrom)}–${formatSlashDate(program.applyUntil)}`,
      ),
    );
  }
  if (!actor.isSecretariat && !actor.expert) {
    blocks.push(
      section(
        ja
          ? "中小企業の皆さまは `/apply` から無料の専門家指導（4回の訪問）に申し込めます。\n情報処理安全確保支援士・ITコーディネータの方は `/expert register` から専門家として登録できます。\nできることの一覧は `/desk help` で表示されます。"
          : "SMEs can apply for free guidance (four expert visits) with `/apply`.\nRISS and IT Coordinators can register as experts with `/expert register`.\n`/desk help` lists everything you can do.",
      ),
    );
  }
  if (actor.isSecretariat) {
    blocks.push(
      actions("home_secretariat_settings", [
        button(ja ? "事業の設定を変更" : "Program settings", PROGRAM_IDS.openSettingsButton, "open"),
      ]),
    );
  }
  blocks.push(context([ja ? "`/desk help` でコマンドの一覧を表示します。" : "`/desk help` lists the commands."]));
  return blocks;
}
