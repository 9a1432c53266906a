import type { Database, DbClient } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Actor } from "../roles/actor.js";
import { requireRole } from "../roles/actor.js";
import type { CarryOverService } from "./carry-over-service.js";
import { type ProgramSettings, ProgramSettingsPatchSchema, ProgramSettingsSchema } from "./program.schemas.js";
import {
  countReportsAwaitingReview,
  findCurrentProgram,
  findProgramByName,
  insertProgram,
  listPrograms,
  makeCurrent,
  type Program,
} from "./program-repository.js";
import { DEFAULT_SETTINGS, pickSettings, settingsError } from "./program-service.js";
import { programErrorsTexts } from "./views/program-errors.texts.js";

/** Who changes program years: a Slack user (secretariat only) or the operator's CLI. */
export type YearsActor = Pick<Actor, "userId" | "isSecretariat">;

/** The operator at the terminal: `desk` runs with the database's full rights. */
export const CLI_YEARS_ACTOR: YearsActor = { userId: "cli", isSecretariat: true };

/** A new program: its name and dates, and any setting that differs from the current program's. */
export type NewProgramInput = Pick<ProgramSettings, "name" | "startDate" | "endDate" | "applyFrom" | "applyUntil"> &
  Partial<ProgramSettings>;

function requireSecretariat(actor: YearsActor): void {
  requireRole({ ...actor, locale: "ja", expert: null }, "secretariat");
}

/**
 * Program years: several programs, exactly one current. A new program copies the current one's
 * settings unless given; making a program current invites the experts to carry over.
 */
export class ProgramYearsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly carryOver: CarryOverService,
  ) {}

  /** Every program, newest first. */
  async list(): Promise<Program[]> {
    return listPrograms(this.db.client);
  }

  /**
   * The program a report or export is about: the one named, or the current one. An unknown name is
   * refused with the names that exist.
   */
  async resolve(name?: string): Promise<Program> {
    if (name === undefined || name.trim() === "") {
      const current = await findCurrentProgram(this.db.client);
      if (!current)
        throw new AppError(
          "invalid_state",
          both(programErrorsTexts, (t) => t.noProgram),
        );
      return current;
    }
    const found = await findProgramByName(this.db.client, name.trim());
    if (found) return found;
    const known = (await this.list()).map((p) => p.name).join(", ") || "-";
    throw new AppError(
      "not_found",
      both(programErrorsTexts, (t) => t.unknownProgram({ name: name.trim(), known })),
    );
  }

  /**
   * Creates a program year from `input` (settings not given are copied from the current program,
   * channels included) and makes it current unless `keepCurrent`. Dates follow the same rules as
   * `desk program set`; a name already used is refused.
   */
  async create(
    actor: YearsActor,
    input: NewProgramInput,
    opts: { keepCurrent?: boolean; force?: boolean } = {},
  ): Promise<{ program: Program; current: boolean; invited: number }> {
    requireSecretariat(actor);
    const patch = ProgramSettingsPatchSchema.safeParse(input);
    if (!patch.success) throw settingsError(patch.error.issues);
    const result = await this.db.transaction(async (tx) => {
      const current = await findCurrentProgram(tx);
      const base = current ? pickSettings(current) : { ...DEFAULT_SETTINGS };
      const merged = ProgramSettingsSchema.safeParse({ ...base, ...patch.data });
      if (!merged.success) throw settingsError(merged.error.issues);
      if (await findProgramByName(tx, merged.data.name))
        throw new AppError(
          "conflict",
          both(programErrorsTexts, (t) => t.duplicateName(merged.data.name)),
          { field: "name", fields: { name: both(programErrorsTexts, (t) => t.duplicateName(merged.data.name)) } },
        );
      const makeItCurrent = !current || !opts.keepCurrent;
      if (makeItCurrent && current && !opts.force) await this.requireClosable(tx, current, "makeCurrent");
      const row = await insertProgram(
        tx,
        { ...merged.data, ...(current ? { rankingWeights: current.rankingWeights } : {}) },
        false,
      );
      await writeAudit(
        tx,
        { actor: actor.userId, action: "program.create", entityType: "program", entityId: row.id, after: merged.data },
        this.clock.now(),
      );
      if (!makeItCurrent) return { program: row, current: false, invited: 0 };
      return { ...(await this.becomeCurrent(tx, actor, row, current)), current: true };
    });
    this.carryOver.kick();
    return result;
  }

  /** Makes the named program the current one (every other becomes past), with an audit entry. */
  async switchTo(
    actor: YearsActor,
    name: string,
    opts: { force?: boolean } = {},
  ): Promise<{ program: Program; invited: number }> {
    requireSecretariat(actor);
    const target = await this.resolve(name);
    const result = await this.db.transaction(async (tx) => {
      const current = await findCurrentProgram(tx);
      if (current?.id === target.id)
        throw new AppError(
          "invalid_state",
          both(programErrorsTexts, (t) => t.alreadyCurrent(target.name)),
        );
      if (current && !opts.force) await this.requireClosable(tx, current, "name");
      return this.becomeCurrent(tx, actor, target, current);
    });
    this.carryOver.kick();
    return result;
  }

  /**
   * A program stops being current only when none of its visit reports waits for review: once past
   * it is read-only, and a report accepted no more would never earn its honorarium. The operator's
   * CLI can force it (`--force`).
   */
  private async requireClosable(tx: DbClient, program: Program, field: string): Promise<void> {
    const count = await countReportsAwaitingReview(tx, program.id);
    if (count === 0) return;
    const message = both(programErrorsTexts, (t) => t.reportsAwaitingReview({ name: program.name, count }));
    throw new AppError("invalid_state", message, { field, fields: { [field]: message } });
  }

  private async becomeCurrent(
    tx: DbClient,
    actor: YearsActor,
    target: Program,
    previous: Program | null,
  ): Promise<{ program: Program; invited: number }> {
    const program = await makeCurrent(tx, target.id);
    await writeAudit(
      tx,
      {
        actor: actor.userId,
        action: "program.switch",
        entityType: "program",
        entityId: program.id,
        before: { current: previous?.name ?? null },
        after: { current: program.name },
      },
      this.clock.now(),
    );
    const invited = await this.carryOver.invite(tx, program);
    return { program, invited };
  }
}
