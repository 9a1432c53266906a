import type { Command } from "commander";
import { registerBackup } from "./backup.js";
import { registerDoctor } from "./doctor.js";
import { registerMigrate } from "./migrate.js";
import { registerProgram } from "./program.js";
import { registerSeed } from "./seed.js";

/** Every `desk` subcommand registers here. */
export function registerCliCommands(program: Command): void {
  registerDoctor(program);
  registerBackup(program);
  registerMigrate(program);
  registerProgram(program);
  registerSeed(program);
}
