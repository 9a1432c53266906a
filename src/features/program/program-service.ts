import { DateTime } from "luxon";
import type { Database } from "../../db/client.js";
import type { Closure } from "../../domain/business-days.js";
import { type Clock, ZONE } from "../../lib/clock.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import { type ChannelInspector, type ChannelRole, checkProgramChannel } from "./channel-check.js";
import { type ProgramSettings, ProgramSettingsSchema } from "./program.schemas.js";
import {
  createProgram,
  findCurrentProgram,
  findProgramById,
  listPrograms,
  type Program,
  readCurrentProgram,
  updateProgram,
} from "./program-repository.js";
import { programErrorsTexts } from "./views/program-errors.texts.js";

export type { Program };

/** Seed values for the first program (environment variables only seed; the database rules after). */
export type ProgramSeed = {
  name: string;
  startDate?: string;
  endDate?: string;
  applyFrom?: string;
  applyUntil?: string;
  secretariatChannelId?: string | null;
  digestChannelId?: string | null;
};

export const DEFAULT_SETTINGS: Omit<ProgramSettings, "name" | "startDate" | "endDate" | "applyFrom" | "applyUntil"> = {
  visitsPerCase: 4,
  reportDueBusinessDays: 5,
  honorariumRissYen: 30000,
  honorariumItcYen: 30000,
  reminderTime: "09:00",
  digestWeekday: 1,
  digestTime: "09:00",
  secretariatChannelId: null,
  digestChannelId: null,
  yearEndClosureFrom: "12-29",
  yearEndClosureUntil: "01-03",
  proposalStaleDays: 5,
  visitGapDays: 21,
  surveyReminderDays: 5,
  defaultCandidateCount: 3,
  shortageHorizonDays: 14,
};

const SETTING_MESSAGES: Record<string, Localized> = Object.fromEntries(
  (["end_before_start", "apply_until_before_from", "window_outside_period"] as const).map((key) => [
    key,
    both(programErrorsTexts, (t) => t[key]),
  ]),
);

const CHANNEL_FIELDS: [keyof ProgramSettings & `${string}ChannelId`, ChannelRole][] = [
  ["secretariatChannelId", "secretariat"],
  ["digestChannelId", "digest"],
];

export class ProgramService {
  /**
   * `inspector` checks a channel before it is saved (the secretariat channel private, the bot in
   * it); without one (data-only CLI commands) a change of channel is refused.
   */
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly inspector: ChannelInspector | null = null,
  ) {}

  /** The current program; throws when none has been set up. */
  async current(): Promise<Program> {
    const program = await readCurrentProgram(this.db.read);
    if (!program)
      throw new AppError(
        "invalid_state",
        both(programErrorsTexts, (t) => t.noProgram),
      );
    return program;
  }

  async currentOrNull(): Promise<Program | null> {
    return readCurrentProgram(this.db.read);
  }

  /** A program by id, current or past; throws when there is none. */
  async byId(id: number): Promise<Program> {
    const program = await findProgramById(this.db.client, id);
    if (!program)
      throw new AppError(
        "not_found",
        both(programErrorsTexts, (t) => t.noProgram),
      );
    return program;
  }

  /** Every program, newest first (report pickers, `desk program list`). */
  async all(): Promise<Program[]> {
    return listPrograms(this.db.client);
  }

  /**
   * Creates the first program from the seed when the database has none. Missing dates default to
   * the fiscal year around today (April–March) so a fresh install is usable at once.
   */
  async ensureSeeded(seed: ProgramSeed, actor = "system"): Promise<Program> {
    const existing = await findCurrentProgram(this.db.client);
    if (existing) {
      const patch: Partial<ProgramSettings> = {};
      if (!existing.secretariatChannelId && seed.secretariatChannelId)
        patch.secretariatChannelId = seed.secretariatChannelId;
      if (!existing.digestChannelId && seed.digestChannelId) patch.digestChannelId = seed.digestChannelId;
      // Seeds come from the environment, which the start-up check has already verified.
      return Object.keys(patch).length > 0 ? this.apply(patch, actor) : existing;
    }
    const today = DateTime.fromJSDate(this.clock.now(), { zone: ZONE });
    const fyStart = today.month >= 4 ? today.year : today.year - 1;
    const settings = ProgramSettingsSchema.parse({
      ...DEFAULT_SETTINGS,
      name: seed.name,
      startDate: seed.startDate ?? `${fyStart}-04-01`,
      endDate: seed.endDate ?? `${fyStart + 1}-03-31`,
      applyFrom: seed.applyFrom ?? seed.startDate ?? `${fyStart}-04-01`,
      applyUntil: seed.applyUntil ?? seed.endDate ?? `${fyStart + 1}-01-31`,
      secretariatChannelId: seed.secretariatChannelId ?? null,
      digestChannelId: seed.digestChannelId ?? null,
    });
    return this.db.transaction(async (tx) => {
      const created = await createProgram(tx, settings);
      await writeAudit(
        tx,
        { actor, action: "program.create", entityType: "program", entityId: created.id, after: settings },
        this.clock.now(),
      );
      return created;
    });
  }

  /** Validates and applies a change of settings; every rule violation names its field. */
  async update(patch: Partial<ProgramSettings>, actor: string): Promise<Program> {
    await this.checkChannels(patch);
    return this.apply(patch, actor);
  }

  /** A channel that changes is asked about in Slack first; each problem is reported on its field. */
  private async checkChannels(patch: Partial<ProgramSettings>): Promise<void> {
    const current = await readCurrentProgram(this.db.read);
    const fields: Record<string, Localized> = {};
    for (const [key, role] of CHANNEL_FIELDS) {
      const id = patch[key];
      if (!id || id === current?.[key]) continue;
      if (!this.inspector) {
        fields[key] = both(programErrorsTexts, (t) => t.needsSlack);
        continue;
      }
      const problem = await checkProgramChannel(this.inspector, role, id);
      if (problem) fields[key] = problem.message;
    }
    const first = Object.values(fields)[0];
    if (first) throw new AppError("invalid_input", first, { fields });
  }

  private async apply(patch: Partial<ProgramSettings>, actor: string): Promise<Program> {
    return this.db.transaction(async (tx) => {
      const program = await findCurrentProgram(tx);
      const base = program ? pickSettings(program) : null;
      if (!base) {
        const created = ProgramSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...patch });
        if (!created.success) throw settingsError(created.error.issues);
        const row = await createProgram(tx, created.data);
        await writeAudit(
          tx,
          { actor, action: "program.create", entityType: "program", entityId: row.id, after: created.data },
          this.clock.now(),
        );
        return row;
      }
      const merged = ProgramSettingsSchema.safeParse({ ...base, ...patch });
      if (!merged.success) throw settingsError(merged.error.issues);
      const row = await updateProgram(tx, program!.id, merged.data);
      const changedBefore: Record<string, unknown> = {};
      const changedAfter: Record<string, unknown> = {};
      for (const key of Object.keys(merged.data) as (keyof ProgramSettings)[]) {
        if (base[key] !== merged.data[key]) {
          changedBefore[key] = base[key];
          changedAfter[key] = merged.data[key];
        }
      }
      if (Object.keys(changedAfter).length > 0)
        await writeAudit(
          tx,
          {
            actor,
            action: "program.update",
            entityType: "program",
            entityId: row.id,
            before: changedBefore,
            after: changedAfter,
          },
          this.clock.now(),
        );
      return row;
    });
  }
}

export function pickSettings(p: Program): ProgramSettings {
  return {
    name: p.name,
    startDate: p.startDate,
    endDate: p.endDate,
    applyFrom: p.applyFrom,
    applyUntil: p.applyUntil,
    visitsPerCase: p.visitsPerCase,
    reportDueBusinessDays: p.reportDueBusinessDays,
    honorariumRissYen: p.honorariumRissYen,
    honorariumItcYen: p.honorariumItcYen,
    reminderTime: p.reminderTime,
    digestWeekday: p.digestWeekday,
    digestTime: p.digestTime,
    secretariatChannelId: p.secretariatChannelId,
    digestChannelId: p.digestChannelId,
    yearEndClosureFrom: p.yearEndClosureFrom,
    yearEndClosureUntil: p.yearEndClosureUntil,
    proposalStaleDays: p.proposalStaleDays,
    visitGapDays: p.visitGapDays,
    surveyReminderDays: p.surveyReminderDays,
    defaultCandidateCount: p.defaultCandidateCount,
    shortageHorizonDays: p.shortageHorizonDays,
  };
}

export function closureOf(p: Program): Closure {
  return { from: p.yearEndClosureFrom, until: p.yearEndClosureUntil };
}

export function settingsError(issues: { path: PropertyKey[]; message: string }[]): AppError {
  const fields: Record<string, Localized> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "name");
    fields[key] ??=
      SETTING_MESSAGES[issue.message] ?? both(programErrorsTexts, (t) => t.invalidValue({ key, issue: issue.message }));
  }
  const first = Object.values(fields)[0];
  return new AppError("invalid_input", first, { fields });
}
