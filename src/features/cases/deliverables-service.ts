import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import type { Actor } from "../roles/actor.js";
import { VISIT_IDS } from "../visits/visits-ids.js";
import { localeOf, readableCase, requireSecretariat } from "./case-access.js";
import { DeliverableKindSchema } from "./cases.schemas.js";
import { caseErrors } from "./cases.texts.js";
import { type CaseRecord, findCase } from "./cases-repository.js";
import {
  createDeliverable,
  type Deliverable,
  findDeliverable,
  transitionDeliverable,
} from "./deliverables-repository.js";
import { deliverableDecidedDm, deliverableReviewMessage } from "./views/deliverable-views.js";

const B = VISIT_IDS.blocks;
const reviewKey = (id: number) => `deliverable:${id}:review`;

export type DeliverableInput = {
  caseId: number;
  kind: string | null;
  title: string;
  url: string;
  fileId: string | null;
};

/** Deliverables of a case (policy, rules, handbook, self-diagnosis, final report) and their review. */
export class DeliverablesService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: SecretariatChannel,
  ) {}

  async caseFor(actor: Actor, caseId: number): Promise<CaseRecord> {
    return readableCase(this.db.client, actor, caseId);
  }

  /** The case's expert (or the secretariat on their behalf) hands in a file or a link. */
  async submit(actor: Actor, input: DeliverableInput): Promise<Deliverable> {
    const kind = DeliverableKindSchema.safeParse(input.kind);
    if (!kind.success)
      throw new AppError(
        "invalid_input",
        both(caseErrors, (t) => t.kindMissing),
        { field: B.kind },
      );
    const url = input.url.trim();
    if (url && !/^https?:\/\/\S+$/.test(url))
      throw new AppError(
        "invalid_input",
        both(caseErrors, (t) => t.linkNotHttp),
        { field: B.url },
      );
    if (!url && !input.fileId)
      throw new AppError(
        "invalid_input",
        both(caseErrors, (t) => t.fileOrLinkMissing),
        { field: B.url },
      );
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      const c = await readableCase(tx, actor, input.caseId);
      const now = this.clock.now();
      const d = await createDeliverable(tx, {
        caseId: c.id,
        kind: kind.data,
        title: input.title.trim(),
        url: url || null,
        fileId: input.fileId,
        submittedBy: actor.userId,
        submittedAt: now,
      });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "deliverable.submit",
          entityType: "deliverable",
          entityId: d.id,
          after: { caseId: c.id, kind: d.kind, url: d.url, fileId: d.fileId },
        },
        now,
      );
      await this.notifier.post(tx, reviewKey(d.id), channel, deliverableReviewMessage(c, d));
      return d;
    });
    this.notifier.kick();
    return result;
  }

  async accept(actor: Actor, id: number) {
    requireSecretariat(
      actor,
      both(caseErrors, (t) => t.acceptDeliverableWhat),
    );
    return this.decide(actor, id, "accepted", null);
  }

  async returnForRevision(actor: Actor, id: number, comment: string) {
    requireSecretariat(
      actor,
      both(caseErrors, (t) => t.returnDeliverableWhat),
    );
    const text = comment.trim();
    if (!text)
      throw new AppError(
        "invalid_input",
        both(caseErrors, (t) => t.deliverableCommentMissing),
        { field: B.comment },
      );
    return this.decide(actor, id, "returned", text);
  }

  async reviewable(actor: Actor, id: number) {
    requireSecretariat(
      actor,
      both(caseErrors, (t) => t.returnDeliverableWhat),
    );
    const d = await findDeliverable(this.db.client, id);
    if (!d) throw notFound();
    if (d.status !== "submitted") throw decided(d);
    return d;
  }

  private async decide(actor: Actor, id: number, status: "accepted" | "returned", comment: string | null) {
    const result = await this.db.transaction(async (tx) => {
      const d = await findDeliverable(tx, id);
      if (!d) throw notFound();
      const now = this.clock.now();
      if (!(await transitionDeliverable(tx, id, "submitted", { status, reviewedBy: actor.userId, reviewedAt: now })))
        throw decided(d, comment === null ? undefined : B.comment);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: status === "accepted" ? "deliverable.accept" : "deliverable.return",
          entityType: "deliverable",
          entityId: id,
          before: { status: "submitted" },
          after: { status, comment },
        },
        now,
      );
      const c = (await findCase(tx, d.caseId)) as CaseRecord;
      const updated = { ...d, status, reviewedBy: actor.userId, reviewedAt: now };
      await this.notifier.update(
        tx,
        `${reviewKey(id)}:decided`,
        reviewKey(id),
        deliverableReviewMessage(c, updated, comment),
      );
      if (c.expert.slackUserId) {
        const locale = await localeOf(tx, c.expert.slackUserId);
        await this.notifier.dm(
          tx,
          `deliverable:${id}:${status}`,
          c.expert.slackUserId,
          deliverableDecidedDm(c, updated, comment, locale),
        );
      }
      return updated;
    });
    this.notifier.kick();
    return result;
  }
}

function notFound(): AppError {
  return new AppError(
    "not_found",
    both(caseErrors, (t) => t.deliverableNotFound),
  );
}

function decided(d: Deliverable, field?: string): AppError {
  return new AppError(
    "already_done",
    both(caseErrors, (t) => t.deliverableDecided(d.status)),
    field ? { field } : {},
  );
}
