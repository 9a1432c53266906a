import type { Command } from "commander";
import { describeWithholding, percentToBp, type WithholdingRates } from "../../features/honoraria/withholding.js";
import type { ProgramSettings } from "../../features/program/program.schemas.js";
import { pickSettings } from "../../features/program/program-service.js";
import { CLI_YEARS_ACTOR, type NewProgramInput } from "../../features/program/program-years-service.js";
import { print, withDatabase } from "../cli-context.js";

/** The withholding options of `desk program set` (the honoraria feature keeps these settings). */
function withholdingPatch(o: Record<string, string | number | undefined>): Partial<WithholdingRates> {
  const patch: Partial<WithholdingRates> = {};
  const rate = (opt: string, key: "withholdingRateBp" | "withholdingHighRateBp") => {
    if (o[opt] === undefined) return;
    const bp = percentToBp(String(o[opt]));
    if (bp === null)
      throw new Error(`--${opt.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} takes a percentage such as 10.21`);
    patch[key] = bp;
  };
  rate("withholdingRate", "withholdingRateBp");
  rate("withholdingHighRate", "withholdingHighRateBp");
  if (o.withholdingThreshold !== undefined) patch.withholdingThresholdYen = Number(o.withholdingThreshold);
  return patch;
}

const LABELS: Record<keyof ProgramSettings, string> = {
  name: "name",
  startDate: "program start",
  endDate: "program end",
  applyFrom: "applications open",
  applyUntil: "applications close",
  visitsPerCase: "visits per case",
  reportDueBusinessDays: "report due (business days)",
  honorariumRissYen: "honorarium RISS (yen)",
  honorariumItcYen: "honorarium ITC (yen)",
  reminderTime: "daily reminder time",
  digestWeekday: "digest weekday (1=Mon)",
  digestTime: "digest time",
  secretariatChannelId: "secretariat channel",
  digestChannelId: "digest channel",
  yearEndClosureFrom: "year-end closure from",
  yearEndClosureUntil: "year-end closure until",
  proposalStaleDays: "proposal stale after (days)",
  visitGapDays: "next visit expected within (days)",
  surveyReminderDays: "survey reminder after (business days)",
  defaultCandidateCount: "candidates presented",
  shortageHorizonDays: "expert shortage after (days waiting)",
};

/** Option names of `set` and `new` and the settings they fill. */
const OPTION_KEYS: Record<string, keyof ProgramSettings> = {
  name: "name",
  start: "startDate",
  end: "endDate",
  applyFrom: "applyFrom",
  applyUntil: "applyUntil",
  visitsPerCase: "visitsPerCase",
  reportDueDays: "reportDueBusinessDays",
  honorariumRiss: "honorariumRissYen",
  honorariumItc: "honorariumItcYen",
  reminderTime: "reminderTime",
  digestWeekday: "digestWeekday",
  digestTime: "digestTime",
  secretariatChannel: "secretariatChannelId",
  digestChannel: "digestChannelId",
  closureFrom: "yearEndClosureFrom",
  closureUntil: "yearEndClosureUntil",
  shortageDays: "shortageHorizonDays",
};

function patchOf(o: Record<string, unknown>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [opt, key] of Object.entries(OPTION_KEYS)) if (o[opt] !== undefined) patch[key] = o[opt];
  return patch;
}

function settingOptions(cmd: Command, opts: { channels: boolean }): Command {
  cmd
    .option("--visits-per-case <n>", "visits per case", Number)
    .option("--report-due-days <n>", "report due, business days after a visit", Number)
    .option("--honorarium-riss <yen>", "honorarium per visit for RISS", Number)
    .option("--honorarium-itc <yen>", "honorarium per visit for ITC", Number)
    .option("--reminder-time <HH:mm>", "daily reminder time, Japan time")
    .option("--digest-weekday <1-7>", "weekly digest day (1 = Monday)", Number)
    .option("--digest-time <HH:mm>", "weekly digest time, Japan time")
    .option("--closure-from <MM-DD>", "year-end closure start")
    .option("--closure-until <MM-DD>", "year-end closure end")
    .option("--shortage-days <n>", "flag a region short of experts when an application waits this long", Number);
  // A channel is saved only after Slack confirms it: `set` asks Slack, `new` copies the current ones.
  if (opts.channels)
    cmd
      .option("--secretariat-channel <id>", "secretariat channel ID (C…)")
      .option("--digest-channel <id>", "digest channel ID (C…)");
  return cmd;
}

function show(settings: ProgramSettings): void {
  const width = Math.max(...Object.values(LABELS).map((l) => l.length));
  for (const [key, label] of Object.entries(LABELS) as [keyof ProgramSettings, string][]) {
    print(`${label.padEnd(width)}  ${settings[key] ?? "(not set)"}`);
  }
}

export function registerProgram(program: Command): void {
  const cmd = program
    .command("program")
    .description("show or change the program period, application window and settings");
  cmd
    .command("show")
    .description("print the current program's settings")
    .action(() =>
      withDatabase(async ({ services }) => {
        const current = await services.program.currentOrNull();
        if (!current) {
          print(
            "No program yet. Create one with: desk program set --name … --start YYYY-MM-DD --end YYYY-MM-DD --apply-from YYYY-MM-DD --apply-until YYYY-MM-DD",
          );
          return;
        }
        show(pickSettings(current));
        print(`withholding  ${describeWithholding(current)}`);
      }),
    );
  const set = cmd
    .command("set")
    .description("change settings (creates the program if there is none)")
    .option("--name <name>", "program name")
    .option("--start <date>", "program start, YYYY-MM-DD")
    .option("--end <date>", "program end (last day for visits), YYYY-MM-DD")
    .option("--apply-from <date>", "applications open, YYYY-MM-DD")
    .option("--apply-until <date>", "applications close, YYYY-MM-DD");
  settingOptions(set, { channels: true })
    .option("--withholding-rate <percent>", "income tax withheld from individuals' fees up to the threshold (10.21)")
    .option("--withholding-high-rate <percent>", "income tax withheld on the part above the threshold (20.42)")
    .option("--withholding-threshold <yen>", "fees per payment taxed at the first rate (1000000)");
  set.action((o: Record<string, string | number | undefined>) => {
    const patch = patchOf(o);
    const withholding = withholdingPatch(o);
    // A channel is saved only after Slack confirms it (private secretariat channel, bot in it).
    const setsChannel = patch.secretariatChannelId !== undefined || patch.digestChannelId !== undefined;
    return withDatabase(
      async ({ services }) => {
        if (Object.keys(patch).length === 0 && Object.keys(withholding).length === 0)
          throw new Error("Nothing to change: give at least one option (see desk program set --help).");
        const settings = services.program;
        const updated =
          Object.keys(patch).length > 0
            ? await settings.update(patch as Partial<ProgramSettings>, "cli")
            : await settings.current();
        const rates =
          Object.keys(withholding).length > 0 ? await services.honoraria.setWithholding(withholding, "cli") : updated;
        print("Saved.");
        show(pickSettings(updated));
        print(`withholding  ${describeWithholding(rates)}`);
      },
      { inspectChannels: setsChannel },
    );
  });
  registerYears(cmd);
}

function registerYears(cmd: Command): void {
  const create = cmd
    .command("new")
    .description(
      "create a new program year (settings copied from the current program unless given); it becomes current",
    )
    .requiredOption("--name <name>", "program name, e.g. 2020")
    .requiredOption("--start <date>", "program start, YYYY-MM-DD")
    .requiredOption("--end <date>", "program end (last day for visits), YYYY-MM-DD")
    .requiredOption("--apply-from <date>", "applications open, YYYY-MM-DD")
    .requiredOption("--apply-until <date>", "applications close, YYYY-MM-DD")
    .option("--keep-current", "create it without making it current")
    .option("--force", "make it current even while the current program has visit reports waiting for review");
  settingOptions(create, { channels: false });
  create.action((o: Record<string, string | number | boolean | undefined>) =>
    withDatabase(async ({ services }) => {
      const input = patchOf(o) as NewProgramInput;
      const {
        program: created,
        current,
        invited,
      } = await services.programYears.create(CLI_YEARS_ACTOR, input, {
        keepCurrent: o.keepCurrent === true,
        force: o.force === true,
      });
      print(
        current ? `Created ${created.name}; it is now the current program.` : `Created ${created.name} (not current).`,
      );
      if (invited > 0) print(`Asked ${invited} experts on Slack to confirm they carry on into ${created.name}.`);
      show(pickSettings(created));
    }),
  );
  cmd
    .command("list")
    .description("list the program years; * marks the current one")
    .action(() =>
      withDatabase(async ({ services }) => {
        const programs = await services.programYears.list();
        if (programs.length === 0) {
          print(
            "No program yet. Create one with: desk program set --name … --start … --end … --apply-from … --apply-until …",
          );
          return;
        }
        const width = Math.max(...programs.map((p) => p.name.length));
        for (const p of programs)
          print(
            `${p.current ? "*" : " "} ${p.name.padEnd(width)}  ${p.startDate} – ${p.endDate}  applications ${p.applyFrom} – ${p.applyUntil}${p.current ? "  (current)" : "  (past: read-only)"}`,
          );
      }),
    );
  cmd
    .command("switch")
    .description("make another program the current one (the others become read-only)")
    .argument("<name>", "program name")
    .option("--force", "switch even while the current program has visit reports waiting for review")
    .action((name: string, o: { force?: boolean }) =>
      withDatabase(async ({ services }) => {
        const { program, invited } = await services.programYears.switchTo(CLI_YEARS_ACTOR, name, {
          force: o.force === true,
        });
        print(`${program.name} is now the current program.`);
        if (invited > 0) print(`Asked ${invited} experts on Slack to confirm they carry on into ${program.name}.`);
      }),
    );
}
