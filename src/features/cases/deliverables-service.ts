import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { Actor } from "../roles/actor.js";
import { DeliverableKindSchema } from "../visits/visits.schemas.js";
import { VISIT_IDS } from "../visits/visits-ids.js";
import {
  type CaseRecord,
  createDeliverable,
  type Deliverable,
  findCase,
  findDeliverable,
  transitionDeliverable,
} from "../visits/visits-repository.js";
import { localeOf, readableCase, requireSecretariat } from "./case-access.js";
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
    private readonly channels: { secretariat: () => Promise<string> },
  ) {}

  async caseFor(actor: Actor, caseId: number): Promise<CaseRecord> {
    return readableCase(this.db.client, actor, caseId);
  }

  /** The case's expert (or the secretariat on their behalf) hands in a file or a link. */
  async submit(actor: Actor, input: DeliverableInput): Promise<Deliverable> {
    const kind = DeliverableKindSchema.safeParse(input.kind);
    if (!kind.success)
      throw new AppError("invalid_input", { ja: "種類を選んでください。", en: "Choose the kind." }, { field: B.kind });
    const url = input.url.trim();
    if (url && !/^https?:\/\/\S+$/.test(url))
      throw new AppError(
        "invalid_input",
        { ja: "リンクは http:// または https:// で始まるURLにしてください。", en: "The link must be an http(s) URL." },
        { field: B.url },
      );
    if (!url && !input.fileId)
      throw new AppError(
        "invalid_input",
        { ja: "ファイルを添付するか、リンクを入力してください。", en: "Attach a file or enter a link." },
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
    requireSecretariat(actor, { ja: "成果物の受理", en: "accept deliverables" });
    return this.decide(actor, id, "accepted", null);
  }

  async returnForRevision(actor: Actor, id: number, comment: string) {
    requireSecretariat(actor, { ja: "成果物の差戻し", en: "return deliverables" });
    const text = comment.trim();
    if (!text)
      throw new AppError(
        "invalid_input",
        { ja: "差戻しの理由を入力してください。", en: "Enter what should be revised." },
        { field: B.comment },
      );
    return this.decide(actor, id, "returned", text);
  }

  async reviewable(actor: Actor, id: number) {
    requireSecretariat(actor, { ja: "成果物の差戻し", en: "return deliverables" });
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
  return new AppError("not_found", { ja: "成果物が見つかりません。", en: "Deliverable not found." });
}

function decided(d: Deliverable, field?: string): AppError {
  return new AppError(
    "already_done",
    {
      ja: `この成果物はすでに${d.status === "accepted" ? "受理" : "差戻し"}済みです。変更はありません。`,
      en: `This deliverable is already ${d.status}; nothing was changed.`,
    },
    field ? { field } : {},
  );
}
