import "dotenv/config";
import { Command } from "commander";
import { ConfigError } from "../config/env.js";
import { isAppError } from "../lib/errors.js";
import { cliTexts } from "./cli.texts.js";
import { registerCliCommands } from "./commands/index.js";

// `desk report … | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const program = new Command();
program
  .name("desk")
  .description(`${cliTexts.ja.deskName} — operator commands (data commands need only DATABASE_URL)`)
  .showHelpAfterError();
registerCliCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  if (isAppError(error)) {
    process.stderr.write(`${error.userMessage.en}\n${error.userMessage.ja}\n`);
    process.exit(2);
  }
  process.stderr.write(`desk: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
