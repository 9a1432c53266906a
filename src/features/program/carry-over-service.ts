import type { Database, DbClient } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both, toLocale } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { Actor } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import {
  findActiveExpertBySlackUser,
  findConfirmation,
  hasEarlierProgram,
  insertConfirmation,
  listActiveExpertsForCarryOver,
  listUnconfirmedExperts,
} from "./carry-over-repository.js";
import { findProgramById, type Program, readCurrentProgram } from "./program-repository.js";
import { carryOverTexts } from "./views/carry-over.texts.js";
import { carryOverAskDm } from "./views/carry-over-message.js";

/** "as_is": このまま継続する; "changed": the profile modal was saved first (変更して継続). */
export type ConfirmationHow = "as_is" | "changed";

export type Confirmation = { programName: string; capacity: number; coveredPrefectures: number[]; created: boolean };

function parseCodes(json: string): number[] {
  const list: unknown = JSON.parse(json);
  return Array.isArray(list) ? list.filter((c): c is number => typeof c === "number") : [];
}

/**
 * Experts carry over from one program to the next: each confirms capacity and areas once per
 * program (not for the first program). Until they have, the ranking leaves them out.
 */
export class CarryOverService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /** Whether experts must confirm before being proposed in this program (every program but the first). */
  async needsConfirmation(db: DbClient, program: Pick<Program, "id" | "startDate">): Promise<boolean> {
    return hasEarlierProgram(db, program);
  }

  /**
   * The program whose confirmations the ranking requires, or null when none is required (the
   * current program is the first). Matching passes it to the candidate list.
   */
  async requiredFor(program: Pick<Program, "id" | "startDate">): Promise<number | null> {
    return (await this.needsConfirmation(this.db.client, program)) ? program.id : null;
  }

  /**
   * Asks every active expert on Slack to confirm for `program` (inside the transaction that made it
   * current; one DM per expert and program, however often the program is switched to).
   */
  async invite(tx: DbClient, program: Program): Promise<number> {
    if (!(await this.needsConfirmation(tx, program))) return 0;
    let sent = 0;
    for (const e of await listActiveExpertsForCarryOver(tx)) {
      if (!e.slackUserId || (await findConfirmation(tx, e.id, program.id))) continue;
      const locale = toLocale(await findUserLocale(tx, e.slackUserId));
      const dm = carryOverAskDm({ ...e, coveredPrefectures: parseCodes(e.coveredPrefectures) }, program, locale);
      await this.notifier.dm(tx, carryOverKey(program.id, e.id), e.slackUserId, dm);
      sent++;
    }
    return sent;
  }

  /**
   * Records the actor's confirmation for `programId` with their current capacity and areas. A second
   * click (or a retried request) finds the first confirmation and changes nothing.
   */
  async confirm(actor: Actor, programId: number, how: ConfirmationHow): Promise<Confirmation> {
    return this.db.transaction(async (tx) => {
      const program = await findProgramById(tx, programId);
      if (!program?.current)
        throw new AppError(
          "invalid_state",
          both(carryOverTexts, (t) => t.notCurrent(program?.name ?? String(programId))),
        );
      const expert = await findActiveExpertBySlackUser(tx, actor.userId);
      if (!expert)
        throw new AppError(
          "forbidden",
          both(carryOverTexts, (t) => t.notActive),
        );
      const existing = await findConfirmation(tx, expert.id, program.id);
      if (existing)
        return {
          programName: program.name,
          capacity: existing.capacity,
          coveredPrefectures: parseCodes(existing.coveredPrefectures),
          created: false,
        };
      const row = await insertConfirmation(tx, {
        expertId: expert.id,
        programId: program.id,
        capacity: expert.capacity,
        coveredPrefectures: expert.coveredPrefectures,
        how,
        confirmedAt: this.clock.now(),
      });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "expert.carry_over",
          entityType: "expert",
          entityId: expert.id,
          after: { programId: program.id, capacity: row.capacity, coveredPrefectures: row.coveredPrefectures, how },
        },
        this.clock.now(),
      );
      return {
        programName: program.name,
        capacity: row.capacity,
        coveredPrefectures: parseCodes(row.coveredPrefectures),
        created: true,
      };
    });
  }

  /**
   * After the expert saved their profile: if the current program still waits for their
   * confirmation, the saved values are it (変更して継続). Null when nothing was waiting.
   */
  async confirmAfterProfileEdit(actor: Actor): Promise<Confirmation | null> {
    const program = await readCurrentProgram(this.db.read);
    if (!program || !actor.expert || actor.expert.status !== "active") return null;
    if (!(await this.needsConfirmation(this.db.client, program))) return null;
    if (await findConfirmation(this.db.client, actor.expert.id, program.id)) return null;
    return this.confirm(actor, program.id, "changed");
  }

  /** Starts delivering the DMs written by `invite` (after its transaction committed). */
  kick(): void {
    this.notifier.kick();
  }

  /** For the secretariat's App Home: who has not confirmed for the current program (null: nothing to confirm). */
  async pending(actor: Actor, take = 10): Promise<{ program: string; total: number; names: string[] } | null> {
    if (!actor.isSecretariat) return null;
    const program = await readCurrentProgram(this.db.read);
    if (!program || !(await this.needsConfirmation(this.db.client, program))) return null;
    const { rows, total } = await listUnconfirmedExperts(this.db.client, program.id, take);
    return { program: program.name, total, names: rows.map((r) => r.nameKanji) };
  }
}

export function carryOverKey(programId: number, expertId: number): string {
  return `carry-over:${programId}:${expertId}`;
}
