import type { App, RespondFn, SlashCommand } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Actor, Role } from "../features/roles/actor.js";
import { hasRole, requireRole } from "../features/roles/actor.js";
import type { Localized } from "../lib/errors.js";
import { both } from "../lib/i18n.js";
import type { AppContext } from "./context.js";
import { esc } from "./mrkdwn.js";
import { errorText, logUnexpected, type Reply, replyPrivately } from "./reply.js";
import { slackTexts } from "./slack.texts.js";

export type SubcommandArgs = {
  actor: Actor;
  /** Text after the subcommand name. */
  rest: string;
  command: SlashCommand;
  client: WebClient;
  respond: RespondFn;
  ctx: AppContext;
};

export type Subcommand = {
  command: "/desk" | "/apply" | "/expert" | "/visit";
  /** "" for the bare command. */
  name: string;
  role: Role;
  usage: string;
  summary: Localized;
  /** Return a reply to show it privately; open modals or post through the client otherwise. */
  handler: (args: SubcommandArgs) => Promise<Reply | undefined>;
  /** For the bare command (name ""): also handles "/command anything" with the whole text as `rest`. */
  takesText?: boolean;
  /** Listed in help (false for aliases). */
  listed?: boolean;
};

const TITLES: Record<Subcommand["command"], Localized> = {
  "/desk": both(slackTexts, (t) => t.titleDesk),
  "/apply": both(slackTexts, (t) => t.titleApply),
  "/expert": both(slackTexts, (t) => t.titleExpert),
  "/visit": both(slackTexts, (t) => t.titleVisit),
};

/** Maps "/command sub rest…" to one handler, checks the role on the server, and answers help. */
export class CommandRouter {
  private readonly entries: Subcommand[] = [];

  add(entry: Subcommand): void {
    if (this.entries.some((e) => e.command === entry.command && e.name === entry.name))
      throw new Error(`duplicate subcommand ${entry.command} ${entry.name}`);
    this.entries.push(entry);
  }

  /** Help text for what this actor may do, for one command or all of them. */
  help(actor: Actor, only?: Subcommand["command"]): Reply {
    const l = actor.locale;
    const t = slackTexts(l);
    const commands = (only ? [only] : (Object.keys(TITLES) as Subcommand["command"][])).filter((c) =>
      this.entries.some((e) => e.command === c && e.listed !== false && hasRole(actor, e.role)),
    );
    const lines: string[] = [];
    for (const c of commands) {
      lines.push(`*${c}* — ${TITLES[c][l]}`);
      for (const e of this.entries.filter((x) => x.command === c && x.listed !== false && hasRole(actor, x.role))) {
        lines.push(`• \`${c}${e.usage ? ` ${e.usage}` : ""}\` — ${e.summary[l]}`);
      }
      lines.push(`• \`${c} help\` — ${t.thisHelp}`);
    }
    const role = actor.isSecretariat
      ? t.roleSecretariat
      : actor.expert?.status === "active"
        ? t.roleExpert
        : t.roleGeneral;
    const head = t.helpHead(role);
    const text = [head, ...lines].join("\n");
    return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text: text.slice(0, 3000) } }] };
  }

  attach(app: App, ctx: AppContext): void {
    for (const command of Object.keys(TITLES) as Subcommand["command"][]) {
      app.command(command, async ({ ack, command: cmd, client, respond }) => {
        await ack();
        let actor: Actor | undefined;
        try {
          actor = await ctx.services.roles.resolveActor(cmd.user_id);
          // A request without the text field is read as an empty command (the help).
          const text = typeof cmd.text === "string" ? cmd.text : "";
          const { name, rest } = splitSub(text);
          if (name === "help") {
            await replyPrivately(
              { respond, client, userId: cmd.user_id, logger: ctx.logger },
              this.help(actor, command === "/desk" ? undefined : command),
            );
            return;
          }
          const entry =
            this.entries.find((e) => e.command === command && e.name === name) ??
            this.entries.find((e) => e.command === command && e.name === "" && e.takesText === true);
          if (!entry) {
            const help = this.help(actor, command);
            const prefix = name === "" ? "" : slackTexts(actor.locale).unknownCommand(`${command} ${esc(name)}`);
            await replyPrivately(
              { respond, client, userId: cmd.user_id, logger: ctx.logger },
              {
                ...help,
                text: prefix + help.text,
                blocks: [{ type: "section", text: { type: "mrkdwn", text: (prefix + help.text).slice(0, 3000) } }],
              },
            );
            return;
          }
          requireRole(actor, entry.role);
          const reply = await entry.handler({
            actor,
            rest: entry.name === name ? rest : text.trim(),
            command: cmd,
            client,
            respond,
            ctx,
          });
          if (reply) await replyPrivately({ respond, client, userId: cmd.user_id, logger: ctx.logger }, reply);
        } catch (error) {
          logUnexpected(ctx.logger, error, `${command} ${cmd.text}`);
          await replyPrivately(
            { respond, client, userId: cmd.user_id, logger: ctx.logger },
            { text: errorText(error, actor?.locale ?? "ja") },
          );
        }
      });
    }
  }
}

export function splitSub(text: string): { name: string; rest: string } {
  const trimmed = (text ?? "").trim();
  const m = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (!m) return { name: "", rest: "" };
  return { name: m[1].toLowerCase(), rest: m[2].trim() };
}
