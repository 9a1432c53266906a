import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");

export type Launched = { child: ChildProcess; output: () => string; exited: Promise<number> };

/**
 * Runs a TypeScript entry point of the project (src/main.ts, bin/desk.js) as its own process, in a
 * clean environment: nothing leaks in from the developer's shell or .env.
 */
export function launch(args: string[], env: Record<string, string>): Launched {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DOTENV_CONFIG_PATH: "/nonexistent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => (out += d));
  child.stderr?.on("data", (d) => (out += d));
  const exited = new Promise<number>((resolve) =>
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1))),
  );
  return { child, output: () => out, exited };
}
