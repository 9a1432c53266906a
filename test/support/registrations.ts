/**
 * What the app registers with Bolt, read from the code itself: `registerListeners` (and the App
 * Home and command router attachments) run against a recording stand-in for the Bolt App, so a
 * new command, action, view, options load or event shows up here without anyone listing it.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { registerListeners } from "../../src/listeners/index.js";
import type { Subcommand } from "../../src/slack/command-router.js";
import { HomeRegistry } from "../../src/slack/home.js";
import { routedIds } from "../../src/slack/interactions.js";

/** Bolt's listener kinds: `app.action`, `app.view`, `app.options`, `app.event`, … and slash subcommands. */
export type RegistrationKind = "command" | "action" | "view" | "options" | "event" | (string & {});

export type Registration = {
  kind: RegistrationKind;
  /** "/desk queue", "/apply" (bare command), an action_id, a callback_id or an event type. */
  key: string;
};

function idOf(x: unknown): string {
  if (typeof x === "string") return x;
  if (x instanceof RegExp) return String(x);
  const o = x as { action_id?: string; callback_id?: string; type?: string };
  return String(o.action_id ?? o.callback_id ?? o.type ?? JSON.stringify(x));
}

/** Bolt App methods that register no listener of a user-facing kind (the router's own commands are listed by name). */
const NOT_LISTENERS = new Set(["command", "use", "error"]);

/** Every registration of the app, in registration order. */
export function listRegistrations(): Registration[] {
  const out: Registration[] = [];
  // Any other listener method (app.shortcut, app.message, app.function…) is recorded under its own name,
  // so that a new kind of entry point shows up as a registration the matrix has no row for.
  const app = new Proxy(
    {},
    {
      get: (_t, method) => (id: unknown) => {
        if (!NOT_LISTENERS.has(String(method))) out.push({ kind: String(method), key: idOf(id) });
      },
    },
  );
  const router = {
    add: (e: Subcommand) => out.push({ kind: "command", key: e.name ? `${e.command} ${e.name}` : e.command }),
  };
  const home = new HomeRegistry();
  registerListeners(app as never, {} as never, router as never, home);
  home.attach(app as never, {} as never);
  // Block actions and modal submissions reach Bolt through one catch-all listener each, which
  // routes by id (src/slack/interactions.ts): list the routed ids in their place.
  const catchAll = new Set(["action /.*/", "view /.*/"]);
  return [...out.filter((r) => !catchAll.has(`${r.kind} ${r.key}`)), ...routedIds(app as never)];
}

/**
 * Every Slack id constant of every feature (`src/features/<feature>/<name>-ids.ts`, not block ids):
 * "<file>:<EXPORT>.<name>" → id. Read from the files at test time, so a new feature is included.
 */
export async function featureIds(): Promise<Record<string, string>> {
  const root = fileURLToPath(new URL("../../src/features/", import.meta.url));
  const out: Record<string, string> = {};
  for (const feature of readdirSync(root)) {
    const dir = join(root, feature);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith("-ids.ts"))) {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
      for (const [exported, ids] of Object.entries(mod)) {
        if (!exported.endsWith("_IDS") || typeof ids !== "object" || ids === null) continue;
        for (const [name, id] of Object.entries(ids))
          if (typeof id === "string" && name !== "value" && !name.endsWith("Value") && !name.endsWith("Prefix"))
            out[`${file}:${exported}.${name}`] = id;
      }
    }
  }
  return out;
}
