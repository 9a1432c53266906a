import type { Database, DbClient } from "../../db/client.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import { requireProgram, requireSecretariat } from "../cases/case-access.js";
import type { Notifier } from "../outbox/notifier.js";
import type { Program } from "../program/program-repository.js";
import type { Actor } from "../roles/actor.js";
import { type PayBatchInput, PayBatchInputSchema } from "./honoraria.schemas.js";
import { honorariaServiceTexts } from "./honoraria.texts.js";
import {
  countPayableInTravelReview,
  createBatch,
  createLine,
  findBatchBySubmissionKey,
  findLineByVisit,
  type HonorariumLine,
  type LineDetail,
  listLinesOfBatch,
  listLinesOfExpert,
  listPaidLinesBetween,
  listPayableLines,
  markLinesPaid,
  payableByExpert,
  payableTotals,
  settleLines,
  updateWithholdingSettings,
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
import {
  type InvoiceNumbers,
  type NoticeDelivery,
  noInvoiceNumbers,
  type PayerContact,
  PaymentNotices,
} from "./notices/payment-notices.js";
import { findTravelByVisit, listTravelOfVisits } from "./travel/travel-repository.js";
import type { PayableSummary } from "./views/honoraria-messages.js";
import {
  everyoneIndividual,
  type PayeeKinds,
  settlePayment,
  type WithholdingRates,
  WithholdingRatesSchema,
  withholdingYen,
} from "./withholding.js";
import { type WithholdingTotals, withholdingTotals } from "./withholding-report.js";

export { honorariumRate, type OwnHonoraria } from "./honoraria-rules.js";
export type { LineDetail, NoticeDelivery, WithholdingTotals };

/** What the honoraria service needs beyond the database: the payee records and the payer's contact. */
export type HonorariaOptions = {
  /** Individual or corporation per expert (the bank-account record); default: everyone individual. */
  payees?: PayeeKinds;
  /** Qualified-invoice numbers per expert (the bank-account record); default: none known. */
  invoiceNumbers?: InvoiceNumbers;
  /** The payer printed on notices and signing their e-mails. */
  payer?: PayerContact;
  /** Whether notices may go by e-mail to experts outside Slack (MAIL_FROM set). */
  mailEnabled?: boolean;
};

export class HonorariaService {
  private readonly payees: PayeeKinds;
  private readonly notices: PaymentNotices;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    notifier: Notifier,
    options: HonorariaOptions = {},
  ) {
    this.payees = options.payees ?? everyoneIndividual;
    this.notices = new PaymentNotices(
      db,
      clock,
      notifier,
      options.invoiceNumbers ?? noInvoiceNumbers,
      options.payer ?? {},
      options.mailEnabled ?? false,
    );
  }

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
    const travel = await findTravelByVisit(tx, visit.id);
    const line = await createLine(tx, {
      visitId: visit.id,
      expertId: visit.expertId,
      amountYen: honorariumRate(program, qualification),
      travelYen: travel?.status === "accepted" ? travel.amountYen : 0,
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

  /**
   * Payable totals and the experts owed most (secretariat), with the tax a batch paying everything
   * now would withhold (per expert, on the sum of their fees).
   */
  async payableSummary(actor: Actor): Promise<PayableSummary> {
    requireSecretariat(
      actor,
      both(honorariaServiceTexts, (t) => t.see),
    );
    const [totals, experts, program, inReview] = await Promise.all([
      payableTotals(this.db.client),
      payableByExpert(this.db.client, this.db.engine, "", 1000),
      requireProgram(this.db.client),
      countPayableInTravelReview(this.db.client),
    ]);
    const kinds = await this.payees.kindsOf(experts.map((e) => e.expertId));
    const estimated = experts.map((e) => ({
      ...e,
      estimatedWithheldYen: withholdingYen(e.amountYen, kinds.get(e.expertId) ?? "individual", program),
    }));
    estimated.sort((a, b) => b.amountYen - a.amountYen || a.expertId - b.expertId);
    return {
      totals,
      experts: estimated.slice(0, 15),
      estimatedWithheldYen: estimated.reduce((s, e) => s + e.estimatedWithheldYen, 0),
      travelInReview: inReview,
    };
  }

  /** Experts with payable lines whose name contains `query` (for the modal's search). */
  async expertOptions(actor: Actor, query: string) {
    requireSecretariat(
      actor,
      both(honorariaServiceTexts, (t) => t.pay),
    );
    return payableByExpert(this.db.client, this.db.engine, query.trim(), 100);
  }

  /**
   * Pays payable lines in one batch: fixes each line's travel (accepted claims only), the tax
   * withheld on each expert's fees in the batch (one payment) and the net, then sends every
   * expert a payment notice. Lines whose travel is still in review wait for the next batch.
   */
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
    const filter = payableFilter(input);
    // Asked before the transaction: the payee records may live behind another service.
    const candidates = await listPayableLines(this.db.client, filter);
    const kinds = await this.payees.kindsOf([...new Set(candidates.map((l) => l.expertId))]);
    const result = await this.db.transaction(async (tx) => {
      if (submissionKey) {
        const done = await findBatchBySubmissionKey(tx, submissionKey);
        if (done) {
          const lines = await listLinesOfBatch(tx, done.id);
          return { batchId: done.id, lines, heldBack: 0, duplicate: true };
        }
      }
      const payable = await listPayableLines(tx, filter);
      const travel = new Map(
        (
          await listTravelOfVisits(
            tx,
            payable.map((l) => l.visitId),
          )
        ).map((t) => [t.visitId, t]),
      );
      const lines = payable.filter((l) => travel.get(l.visitId)?.status !== "submitted");
      const heldBack = payable.length - lines.length;
      if (lines.length === 0)
        throw new AppError(
          "invalid_state",
          heldBack > 0
            ? both(honorariaServiceTexts, (t) => t.allInTravelReview(heldBack))
            : both(honorariaServiceTexts, (t) => t.noneMatch),
          { field: "experts" },
        );
      const program = await requireProgram(tx);
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
      for (const [expertId, own] of linesByExpert(lines)) {
        const kind = kinds.get(expertId) ?? "individual";
        const payment = settlePayment(
          own.map((l) => {
            const t = travel.get(l.visitId);
            return { lineId: l.id, feeYen: l.amountYen, travelYen: t?.status === "accepted" ? t.amountYen : 0 };
          }),
          kind,
          program,
        );
        await settleLines(
          tx,
          payment.lines.map((l) => ({ ...l, payeeKind: kind })),
        );
      }
      const paid = await listLinesOfBatch(tx, batch.id);
      const totals = batchTotals(paid);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "honorarium.pay",
          entityType: "honorarium_batch",
          entityId: batch.id,
          after: {
            paidOn: input.paidOn,
            lines: paid.map((l) => l.id),
            amountYen: sumYen(paid),
            travelYen: totals.travelYen,
            withheldYen: totals.withheldYen,
            netYen: totals.netYen,
            note: input.note,
          },
        },
        now,
      );
      return { batchId: batch.id, lines: paid, heldBack, duplicate: false };
    });
    const notices = await this.notices.queue(result.batchId);
    return { ...result, ...batchTotals(result.lines), notices };
  }

  /**
   * Queues the notices of batches paid but not yet notified (the process stopped in between);
   * run at start-up and by `desk outbox` operators. Each notice is still sent once.
   */
  async queueMissingNotices(): Promise<number> {
    let queued = 0;
    for (const batchId of await this.notices.pendingBatches()) {
      await this.notices.queue(batchId);
      queued++;
    }
    return queued;
  }

  /** Each expert's totals of the payments made in a calendar year (支払調書; the operator's CLI). */
  async withholdingReport(year: number): Promise<WithholdingTotals> {
    return withholdingTotals(year, await listPaidLinesBetween(this.db.client, `${year}-01-01`, `${year}-12-31`));
  }

  /** Changes the program's withholding rates and threshold (`desk program set`). */
  async setWithholding(patch: Partial<WithholdingRates>, actor: string): Promise<WithholdingRates> {
    const parsed = WithholdingRatesSchema.partial().parse(patch);
    return this.db.transaction(async (tx) => {
      const program = await requireProgram(tx);
      const before = {
        withholdingRateBp: program.withholdingRateBp,
        withholdingHighRateBp: program.withholdingHighRateBp,
        withholdingThresholdYen: program.withholdingThresholdYen,
      };
      const after = { ...before, ...parsed };
      const now = this.clock.now();
      await updateWithholdingSettings(tx, program.id, after, now);
      await writeAudit(
        tx,
        { actor, action: "program.withholding", entityType: "program", entityId: program.id, before, after },
        now,
      );
      return after;
    });
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
