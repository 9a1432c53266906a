import type { Database, DbClient } from "../../../db/client.js";
import type { Clock } from "../../../lib/clock.js";
import { AppError } from "../../../lib/errors.js";
import { both, toLocale } from "../../../lib/i18n.js";
import { requireSecretariat } from "../../cases/case-access.js";
import type { Notifier } from "../../outbox/notifier.js";
import type { SecretariatChannel } from "../../program/program-channels.js";
import type { Actor } from "../../roles/actor.js";
import { parseYenAmount, type TravelInput, TravelInputSchema } from "./travel.schemas.js";
import { travelErrors } from "./travel.texts.js";
import { MAX_TRAVEL_YEN, TRAVEL_IDS } from "./travel-ids.js";
import { type TravelExpense, type TravelRepository, type TravelVisit, travelRepository } from "./travel-repository.js";
import { travelDecidedDm, travelReviewMessage, travelStatusLabel } from "./views/travel-views.js";

export type { TravelExpense, TravelVisit };

const B = TRAVEL_IDS.blocks;
/** Each submission round has its own review message (a resubmission is reviewed afresh). */
const reviewKey = (e: Pick<TravelExpense, "id" | "revision">) => `travel:${e.id}:r${e.revision}:review`;

function invalid(field: string, pick: (t: typeof travelErrors.ja) => string): AppError {
  return new AppError("invalid_input", both(travelErrors, pick), { field });
}

/**
 * Travel expenses (交通費) per visit: the expert who held the visit claims them with a receipt,
 * the secretariat accepts or returns them; accepted travel is paid with the visit's honorarium.
 */
export class TravelService {
  constructor(
    private readonly db: Pick<Database, "client" | "transaction">,
    private readonly clock: Clock,
    private readonly notifier: Pick<Notifier, "post" | "dm" | "update" | "kick">,
    private readonly channels: SecretariatChannel,
    private readonly repo: TravelRepository = travelRepository,
  ) {}

  /** The visit and its claim so far, if the actor may claim it now (for the modal). */
  async claimable(actor: Actor, visitId: number): Promise<{ visit: TravelVisit; travel: TravelExpense | null }> {
    const visit = await this.claimableVisit(this.db.client, actor, visitId);
    const travel = await this.repo.findTravelByVisit(this.db.client, visitId);
    checkOpen(travel);
    return { visit, travel };
  }

  /** Claims (or claims again after a return) one visit's travel. Retried submissions change nothing twice. */
  async submit(actor: Actor, raw: TravelInput, submissionKey: string | null): Promise<TravelExpense> {
    const input = TravelInputSchema.parse(raw);
    const amountYen = parseYenAmount(input.amount);
    if (amountYen === null) throw invalid(B.amount, (t) => t.amountInvalid(MAX_TRAVEL_YEN.toLocaleString("en-US")));
    if (!input.description) throw invalid(B.description, (t) => t.descriptionMissing);
    const url = input.receiptUrl;
    if (url && !/^https?:\/\/\S+$/.test(url)) throw invalid(B.url, (t) => t.linkNotHttp);
    if (!url && !input.receiptFileId) throw invalid(B.url, (t) => t.receiptMissing);
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      if (submissionKey) {
        const done = await this.repo.findTravelBySubmissionKey(tx, submissionKey);
        if (done) return done;
      }
      const visit = await this.claimableVisit(tx, actor, input.visitId);
      const previous = await this.repo.findTravelByVisit(tx, visit.id);
      checkOpen(previous);
      const now = this.clock.now();
      const fields = {
        amountYen,
        description: input.description,
        receiptFileId: input.receiptFileId,
        receiptUrl: url || null,
        submittedBy: actor.userId,
        submittedAt: now,
        submissionKey,
      };
      const saved = previous
        ? await this.repo.resubmitTravel(tx, previous.id, fields)
        : await this.repo.createTravel(tx, { ...fields, visitId: visit.id, expertId: visit.expertId });
      if (!saved)
        throw new AppError(
          "already_done",
          both(travelErrors, (t) => t.inReview),
        );
      await this.repo.writeAudit(
        tx,
        {
          actor: actor.userId,
          action: previous ? "travel.resubmit" : "travel.submit",
          entityType: "travel_expense",
          entityId: saved.id,
          ...(previous ? { before: { amountYen: previous.amountYen, status: previous.status } } : {}),
          after: { visitId: visit.id, amountYen, receiptFileId: saved.receiptFileId, receiptUrl: saved.receiptUrl },
        },
        now,
      );
      await this.notifier.post(tx, reviewKey(saved), channel, travelReviewMessage(visit, saved));
      return saved;
    });
    this.notifier.kick();
    return result;
  }

  async accept(actor: Actor, id: number): Promise<TravelExpense> {
    requireSecretariat(
      actor,
      both(travelErrors, (t) => t.review),
    );
    return this.decide(actor, id, "accepted", null);
  }

  async returnForRevision(actor: Actor, id: number, reason: string): Promise<TravelExpense> {
    requireSecretariat(
      actor,
      both(travelErrors, (t) => t.review),
    );
    const text = reason.trim();
    if (!text) throw invalid(B.reason, (t) => t.reasonMissing);
    return this.decide(actor, id, "returned", text);
  }

  /** A claim still to be decided and its visit (for the return modal; secretariat). */
  async reviewable(actor: Actor, id: number): Promise<{ visit: TravelVisit; travel: TravelExpense }> {
    requireSecretariat(
      actor,
      both(travelErrors, (t) => t.review),
    );
    const travel = await this.repo.findTravel(this.db.client, id);
    if (!travel)
      throw new AppError(
        "not_found",
        both(travelErrors, (t) => t.notFound),
      );
    if (travel.status !== "submitted") throw decided(travel);
    const visit = await this.repo.findTravelVisit(this.db.client, travel.visitId);
    if (!visit)
      throw new AppError(
        "not_found",
        both(travelErrors, (t) => t.visitNotFound),
      );
    return { visit, travel };
  }

  /** The claims of some visits (the case page; the caller has checked the case is readable). */
  async ofVisits(visitIds: number[]): Promise<TravelExpense[]> {
    return this.repo.listTravelOfVisits(this.db.client, visitIds);
  }

  private async decide(
    actor: Actor,
    id: number,
    status: "accepted" | "returned",
    reason: string | null,
  ): Promise<TravelExpense> {
    const result = await this.db.transaction(async (tx) => {
      const travel = await this.repo.findTravel(tx, id);
      if (!travel)
        throw new AppError(
          "not_found",
          both(travelErrors, (t) => t.notFound),
        );
      const now = this.clock.now();
      if (
        !(await this.repo.decideTravel(tx, id, {
          status,
          returnReason: reason,
          reviewedBy: actor.userId,
          reviewedAt: now,
        }))
      )
        throw decided(travel, reason === null ? undefined : B.reason);
      const visit = (await this.repo.findTravelVisit(tx, travel.visitId)) as TravelVisit;
      if (status === "accepted") {
        if (visit.honorariumStatus === "paid")
          throw new AppError(
            "invalid_state",
            both(travelErrors, (t) => t.alreadyPaid),
          );
        await this.repo.setPayableTravel(tx, visit.id, travel.amountYen);
      }
      await this.repo.writeAudit(
        tx,
        {
          actor: actor.userId,
          action: status === "accepted" ? "travel.accept" : "travel.return",
          entityType: "travel_expense",
          entityId: id,
          before: { status: "submitted" },
          after: { status, amountYen: travel.amountYen, reason },
        },
        now,
      );
      const updated: TravelExpense = {
        ...travel,
        status,
        returnReason: reason,
        reviewedBy: actor.userId,
        reviewedAt: now,
      };
      await this.notifier.update(
        tx,
        `${reviewKey(travel)}:decided`,
        reviewKey(travel),
        travelReviewMessage(visit, updated),
      );
      if (visit.expertSlackUserId) {
        const locale = toLocale(await this.repo.findUserLocale(tx, visit.expertSlackUserId));
        await this.notifier.dm(
          tx,
          `travel:${id}:r${travel.revision}:${status}`,
          visit.expertSlackUserId,
          travelDecidedDm(visit, updated, locale),
        );
      }
      return updated;
    });
    this.notifier.kick();
    return result;
  }

  private async claimableVisit(db: DbClient, actor: Actor, visitId: number): Promise<TravelVisit> {
    const visit = await this.repo.findTravelVisit(db, visitId);
    if (!visit)
      throw new AppError(
        "not_found",
        both(travelErrors, (t) => t.visitNotFound),
      );
    if (!actor.expert || actor.expert.id !== visit.expertId)
      throw new AppError(
        "forbidden",
        both(travelErrors, (t) => t.onlyOwnVisit),
      );
    if (visit.status !== "held")
      throw new AppError(
        "invalid_state",
        both(travelErrors, (t) => t.notHeld),
      );
    if (visit.honorariumStatus === "paid")
      throw new AppError(
        "invalid_state",
        both(travelErrors, (t) => t.alreadyPaid),
      );
    return visit;
  }
}

function checkOpen(travel: TravelExpense | null): void {
  if (travel?.status === "accepted")
    throw new AppError(
      "already_done",
      both(travelErrors, (t) => t.alreadyAccepted),
    );
  if (travel?.status === "submitted")
    throw new AppError(
      "already_done",
      both(travelErrors, (t) => t.inReview),
    );
}

function decided(e: TravelExpense, field?: string): AppError {
  return new AppError(
    "already_done",
    {
      ja: travelErrors.ja.decided(travelStatusLabel(e.status, "ja")),
      en: travelErrors.en.decided(travelStatusLabel(e.status, "en")),
    },
    field ? { field } : {},
  );
}
