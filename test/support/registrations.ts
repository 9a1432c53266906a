/**
 * What the app registers with Bolt, read from the code itself: `registerListeners` (and the App
 * Home and command router attachments) run against a recording stand-in for the Bolt App, so a
 * new command, action, view, options load or event shows up here without anyone listing it.
 */
import { APPLICATION_IDS } from "../../src/features/applications/applications-ids.js";
import { BRIEFING_IDS } from "../../src/features/briefings/briefings-ids.js";
import { EXPERT_IDS } from "../../src/features/experts/experts-ids.js";
import { HELPDESK_IDS } from "../../src/features/helpdesk/helpdesk-ids.js";
import { HONORARIA_IDS } from "../../src/features/honoraria/honoraria-ids.js";
import { MATCHING_IDS } from "../../src/features/matching/matching-ids.js";
import { PROGRAM_IDS } from "../../src/features/program/program-ids.js";
import { REPORT_IDS } from "../../src/features/reports/reports-ids.js";
import type { Role } from "../../src/features/roles/actor.js";
import { SURVEY_IDS } from "../../src/features/surveys/surveys-ids.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { registerListeners } from "../../src/listeners/index.js";
import type { Subcommand } from "../../src/slack/command-router.js";
import { HomeRegistry } from "../../src/slack/home.js";

export type RegistrationKind = "command" | "action" | "view" | "options" | "event";

export type Registration = {
  kind: RegistrationKind;
  /** "/desk queue", "/apply" (bare command), an action_id, a callback_id or an event type. */
  key: string;
  /** The role the listener itself checks (commands, onAction, onViewSubmit); undefined otherwise. */
  role?: Role;
};

function idOf(x: unknown): string {
  if (typeof x === "string") return x;
  if (x instanceof RegExp) return String(x);
  const o = x as { action_id?: string; callback_id?: string; type?: string };
  return String(o.action_id ?? o.callback_id ?? o.type ?? JSON.stringify(x));
}

/** Every registration of the app, in registration order. */
export function listRegistrations(): Registration[] {
  const out: Registration[] = [];
  const record = (kind: RegistrationKind) => (id: unknown) => out.push({ kind, key: idOf(id) });
  const app = {
    action: record("action"),
    view: record("view"),
    options: record("options"),
    event: record("event"),
    command: () => {},
    use: () => {},
    message: record("event"),
    shortcut: record("action"),
  };
  const router = {
    add: (e: Subcommand) =>
      out.push({ kind: "command", key: e.name ? `${e.command} ${e.name}` : e.command, role: e.role }),
  };
  const home = new HomeRegistry();
  registerListeners(app as never, {} as never, router as never, home);
  home.attach(app as never, {} as never);
  return out;
}

/** Every Slack id constant of the features (not block ids): "<FEATURE>.<name>" → id. */
export function featureIds(): Record<string, string> {
  const all = {
    APPLICATION_IDS,
    BRIEFING_IDS,
    EXPERT_IDS,
    HELPDESK_IDS,
    HONORARIA_IDS,
    MATCHING_IDS,
    PROGRAM_IDS,
    REPORT_IDS,
    SURVEY_IDS,
    VISIT_IDS,
  };
  const out: Record<string, string> = {};
  for (const [feature, ids] of Object.entries(all))
    for (const [name, id] of Object.entries(ids))
      if (typeof id === "string" && name !== "value" && !name.endsWith("Value") && !name.endsWith("Prefix"))
        out[`${feature}.${name}`] = id;
  return out;
}
