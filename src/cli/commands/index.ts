import type { Command } from "commander";
import { registerAnnounce } from "./announce.js";
import { registerBackup } from "./backup.js";
import { registerChecklist } from "./checklist.js";
import { registerDoctor } from "./doctor.js";
import { registerExport } from "./export.js";
import { registerFaq } from "./faq.js";
import { registerHonoraria } from "./honoraria.js";
import { registerImport } from "./import.js";
import { registerMigrate } from "./migrate.js";
import { registerOutbox } from "./outbox.js";
import { registerProgram } from "./program.js";
import { registerRanking } from "./ranking.js";
import { registerRegions } from "./regions.js";
import { registerReport } from "./report.js";
import { registerRun } from "./run.js";
import { registerSeed } from "./seed.js";
import { registerSurvey, registerSurveyAnswerImport } from "./survey.js";

/** Every `desk` subcommand registers here. */
export function registerCliCommands(program: Command): void {
  registerDoctor(program);
  registerBackup(program);
  registerMigrate(program);
  registerProgram(program);
  registerChecklist(program);
  registerRanking(program);
  registerSeed(program);
  registerOutbox(program);
  registerRun(program);
  registerSurvey(program);
  registerFaq(program);
  registerImport(program);
  // After registerImport: adds the survey-answers subcommand to that `desk import` command.
  registerSurveyAnswerImport(program);
  registerReport(program);
  registerExport(program);
  registerRegions(program);
  registerAnnounce(program);
  registerHonoraria(program);
}
