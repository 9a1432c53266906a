import type { Database, DbClient } from "../../db/client.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import { localeOf, requireSecretariat } from "../cases/case-access.js";
import type { Notifier } from "../outbox/notifier.js";
import type { Program } from "../program/program-repository.js";
import type { Actor } from "../roles/actor.js";
import { type PayBatchInput, PayBatchInputSchema } from "./honoraria.schemas.js";
import { honorariaServiceTexts } from "./honoraria.texts.js";
import {
  createBatch,
  createLine,
  findBatchBySubmissionKey,
  findLineByVisit,
  type HonorariumLine,
  type LineDetail,
  listLinesOfBatch,
  listLinesOfExpert,
  listPayableLines,
  markLinesPaid,
  payableByExpert,
  payableTotals,
} from "./honoraria-repository.js";
import {
  batchTotals,
  honorariumRate,
  linesByExpert,
  type OwnHonoraria,
  ownTotals,
  payableFilter,
  sumYen,
} from "./honoraria-rules.js";
import { paidDm } from "./views/honoraria-messages.js";

export { honorariumRate, type OwnHonoraria } from "./honoraria-rules.js";
export type { LineDetail };

export class HonorariaService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /** One payable line for an accepted visit (inside the acceptance's transaction); idempotent. */
  async createLineForVisit(
    tx: DbClient,
    visit: { id: number; expertId: number },
    qualification: string,
    program: Program,
    actor: string,
  ): Promise<HonorariumLine> {
    const existing = await findLineByVisit(tx, visit.id);
    if (existing) return existing;
    const now = this.clock.now();
    const line = await createLine(tx, {
      visitId: visit.id,
      expertId: visit.expertId,
      amountYen: honorariumRate(program, qualification),
      createdAt: now,
    });
    await writeAudit(
      tx,
      {
        actor,
        action: "honorarium.create",
        entityType: "honorarium_line",
        entityId: line.id,
        after: { visitId: visit.id, expertId: visit.expertId, amountYen: line.amountYen },
      },
      now,
    );
    return line;
  }

  /** Payable totals and the experts owed most (secretariat). */
  async payableSummary(actor: Actor) {
    requireSecretariat(
      actor,
      both(honorariaServiceTexts, (t) => t.see),
    );
    const [totals, experts] = await Promise.all([
      payableTotals(this.db.client),
      payableByExpert(this.db.client, this.db.engine, "", 1000),
    ]);
    experts.sort((a, b) => b.amountYen - a.amountYen || a.expertId - b.expertId);
    return { totals, experts: experts.slice(0, 15) };
  }

  /** Experts with payable lines whose name contains `query` (for the modal's search). */
  async expertOptions(actor: Actor, query: string) {
    requireSecretariat(
      actor,
      both(honorariaServiceTexts, (t) => t.pay),
    );
    return payableByExpert(this.db.client, this.db.engine, query.trim(), 100);
  }

  /** Marks payable lines paid in one batch and tells each expert their part. */
  async pay(actor: Actor, raw: PayBatchInput, submissionKey: string | null) {
    requireSecretariat(
      actor,
      both(honorariaServiceTexts, (t) => t.markPaid),
    );
    const parsed = PayBatchInputSchema.safeParse(raw);
    if (!parsed.success)
      throw new AppError(
        "invalid_input",
        both(honorariaServiceTexts, (t) => t.chooseDate),
        { field: "paid_on" },
      );
    const input = parsed.data;
    const result = await this.db.transaction(async (tx) => {
      if (submissionKey) {
        const done = await findBatchBySubmissionKey(tx, submissionKey);
        if (done) {
          const lines = await listLinesOfBatch(tx, done.id);
          return { batchId: done.id, lines, duplicate: true };
        }
      }
      const lines = await listPayableLines(tx, payableFilter(input));
      if (lines.length === 0)
        throw new AppError(
          "invalid_state",
          both(honorariaServiceTexts, (t) => t.noneMatch),
          { field: "experts" },
        );
      const now = this.clock.now();
      const batch = await createBatch(tx, {
        paidOn: input.paidOn,
        createdBy: actor.userId,
        note: input.note,
        submissionKey,
        createdAt: now,
      });
      await markLinesPaid(
        tx,
        lines.map((l) => l.id),
        batch.id,
        now,
      );
      const paid = await listLinesOfBatch(tx, batch.id);
      const amount = sumYen(paid);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "honorarium.pay",
          entityType: "honorarium_batch",
          entityId: batch.id,
          after: { paidOn: input.paidOn, lines: paid.map((l) => l.id), amountYen: amount, note: input.note },
        },
        now,
      );
      for (const [expertId, own] of linesByExpert(paid)) {
        const userId = own[0].expertSlackUserId;
        if (!userId) continue;
        const locale = await localeOf(tx, userId);
        await this.notifier.dm(
          tx,
          `honoraria:batch:${batch.id}:expert:${expertId}`,
          userId,
          paidDm(own, input.paidOn, locale),
        );
      }
      return { batchId: batch.id, lines: paid, duplicate: false };
    });
    this.notifier.kick();
    return { ...result, ...batchTotals(result.lines) };
  }

  /** An expert's own lines with payable and paid totals. */
  async mine(actor: Actor): Promise<OwnHonoraria> {
    if (!actor.expert)
      throw new AppError(
        "not_found",
        both(honorariaServiceTexts, (t) => t.noExpert),
      );
    return ownTotals(await listLinesOfExpert(this.db.client, actor.expert.id));
  }

  today(): string {
    return todayJst(this.clock);
  }
}
