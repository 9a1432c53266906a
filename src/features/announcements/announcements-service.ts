import type { Database, DbClient } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import { findCurrentProgram } from "../program/program-repository.js";
import { type Actor, requireRole } from "../roles/actor.js";
import type { SmeService } from "../sme/sme-service.js";
import {
  type Audience,
  type AudienceCounts,
  choiceOf,
  countAudience,
  resolveAudience,
} from "./announcement-audience.js";
import { AnnouncementDelivery, sentCounts } from "./announcement-delivery.js";
import {
  type AnnouncementInput,
  AnnouncementInputSchema,
  type ComposeValues,
  type SegmentChoice,
  SegmentChoiceSchema,
} from "./announcements.schemas.js";
import { announceTexts } from "./announcements.texts.js";
import { ANNOUNCE_IDS } from "./announcements-ids.js";
import {
  type Announcement,
  countRecipients,
  createAnnouncement,
  findAnnouncement,
  findAnnouncementByKey,
  listAnnouncements,
  listRecipients,
  markAnnouncementSending,
  updateDraft,
} from "./announcements-repository.js";

export {
  type Audience,
  type AudienceCounts,
  announcementKey,
  choiceOf,
  countAudience,
  type Recipient,
} from "./announcement-audience.js";

const B = ANNOUNCE_IDS.blocks;

/** What Send did: `counts` once the announcement is sent (null while its recipients are being built). */
export type SendResult = { announcement: Announcement; counts: AudienceCounts | null; alreadySent: boolean };

/** Recipients per batch: each batch is one transaction, short enough not to hold others up. */
export const ANNOUNCE_BATCH_SIZE = 200;

const ERRORS = {
  required: both(announceTexts, (t) => t.required),
  too_long: both(announceTexts, (t) => t.tooLong),
  segment: both(announceTexts, (t) => t.segment),
  area: both(announceTexts, (t) => t.area),
  smeStatus: both(announceTexts, (t) => t.smeStatus),
  nobody: both(announceTexts, (t) => t.nobody),
} satisfies Record<string, Localized>;

/**
 * `/desk announce`: the secretariat writes to a segment (active experts, experts of an area, SMEs
 * by status, everyone), previews the count by channel, and sends: a Slack DM through the outbox
 * to Slack users, an e-mail to the others (kept pending until the outbox can send mail).
 */
export class AnnouncementsService {
  private readonly delivery: AnnouncementDelivery;

  /**
   * `sme`: the web side (personal links, the mail footer), null without PUBLIC_BASE_URL;
   * `mailer`: whether the outbox can send mail (MAIL_FROM). E-mail goes out only with both.
   */
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    notifier: Notifier,
    channels: SecretariatChannel,
    sme: SmeService | null = null,
    mailer = false,
    opts: { batchSize?: number } = {},
  ) {
    const batchSize = opts.batchSize ?? ANNOUNCE_BATCH_SIZE;
    this.delivery = new AnnouncementDelivery(db, clock, notifier, channels, sme, mailer, batchSize);
  }

  /** Validates the compose modal; each problem is shown next to its field. */
  parseCompose(values: ComposeValues): AnnouncementInput {
    const fields: Record<string, Localized> = {};
    const text = AnnouncementInputSchema.safeParse({ title: values.title, body: values.body });
    if (!text.success)
      for (const issue of text.error.issues) {
        const block = issue.path[0] === "title" ? B.title : B.body;
        fields[block] ??= issue.message === "too_long" ? ERRORS.too_long : ERRORS.required;
      }
    const param =
      values.segment === "experts_area"
        ? (values.area ?? "")
        : values.segment === "smes_by_status"
          ? (values.smeStatus ?? "")
          : "";
    const choice = SegmentChoiceSchema.safeParse({ segment: values.segment, param });
    if (!choice.success) {
      if (values.segment === "experts_area") fields[B.area] = ERRORS.area;
      else if (values.segment === "smes_by_status") fields[B.smeStatus] = ERRORS.smeStatus;
      else fields[B.segment] = ERRORS.segment;
    }
    if (!text.success || !choice.success)
      throw new AppError("invalid_input", Object.values(fields)[0], { fields, log: "announcement form invalid" });
    return { ...text.data, ...choice.data };
  }

  /**
   * Saves what the compose modal holds as a draft. `submissionKey` is the modal's view id: the
   * preview's "edit" goes back into the same view, so a second preview edits the same draft.
   */
  async saveDraft(actor: Actor, submissionKey: string, input: AnnouncementInput): Promise<Announcement> {
    requireRole(actor, "secretariat");
    const audience = await this.audience(input);
    if (audience.recipients.length === 0)
      throw new AppError("invalid_input", ERRORS.nobody, { field: B.segment, log: "announcement reaches nobody" });
    const columns = { segment: input.segment, segmentParam: input.param, title: input.title, body: input.body };
    return this.db.transaction(async (tx) => {
      const before = await findAnnouncementByKey(tx, submissionKey);
      if (before && before.status !== "draft") throw alreadySent(before.id);
      const row = before
        ? await updateDraft(tx, before.id, columns)
        : await createAnnouncement(tx, { ...columns, createdBy: actor.userId, submissionKey });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: before ? "announcement.edit" : "announcement.draft",
          entityType: "announcement",
          entityId: row.id,
          before: before ? pickColumns(before) : null,
          after: columns,
        },
        this.clock.now(),
      );
      return row;
    });
  }

  async get(actor: Actor, id: number): Promise<Announcement> {
    requireRole(actor, "secretariat");
    const row = await findAnnouncement(this.db.client, id);
    if (!row)
      throw new AppError(
        "not_found",
        both(announceTexts, (t) => t.notFound(id)),
      );
    return row;
  }

  /** A draft for editing; a sent one cannot change. */
  async getDraft(actor: Actor, id: number): Promise<Announcement> {
    const row = await this.get(actor, id);
    if (row.status !== "draft") throw alreadySent(id);
    return row;
  }

  /** The counts the preview shows, for the draft as it is now. */
  async previewCounts(actor: Actor, a: Announcement): Promise<AudienceCounts> {
    requireRole(actor, "secretariat");
    return countAudience(await this.audience(choiceOf(a)), this.emailConfigured);
  }

  /**
   * Send, the fast durable step a modal submission can wait for: the draft becomes "sending" with
   * who pressed Send and when, audited. The recipients and their copies follow in `completeSending`
   * (after the ack), in batches. A second click or a retried request finds it sending or sent and
   * changes nothing.
   */
  async send(actor: Actor, id: number): Promise<SendResult> {
    requireRole(actor, "secretariat");
    return this.db.transaction(async (tx): Promise<SendResult> => {
      const a = await findAnnouncement(tx, id);
      if (!a)
        throw new AppError(
          "not_found",
          both(announceTexts, (t) => t.notFound(id)),
        );
      const now = this.clock.now();
      if (!(await markAnnouncementSending(tx, id, actor.userId, now)))
        return {
          announcement: a,
          counts: a.status === "sent" ? await sentCounts(tx, a, 0) : null,
          alreadySent: true,
        };
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "announcement.send",
          entityType: "announcement",
          entityId: a.id,
          before: { status: "draft" },
          after: { status: "sending", sentBy: actor.userId, sentAt: now.toISOString() },
        },
        now,
      );
      return {
        announcement: { ...a, status: "sending", sentBy: actor.userId, sentAt: now },
        counts: null,
        alreadySent: false,
      };
    });
  }

  /** See AnnouncementDelivery.completeSending: the recipients and their copies, after the ack. */
  completeSending(id: number): Promise<void> {
    return this.delivery.completeSending(id);
  }

  /** Resumes every announcement left in "sending" (at start and by `desk announce resume`); their ids. */
  resumeSending(): Promise<number[]> {
    return this.delivery.resumeSending();
  }

  /** Waits for the runs under way (tests settle on it; shutdown stops them between batches). */
  idle(): Promise<void> {
    return this.delivery.idle();
  }

  /** Stops runs between batches; what is left is resumed at the next start. */
  stop(): Promise<void> {
    return this.delivery.stop();
  }

  /** One batch of a "sending" announcement (see AnnouncementDelivery.deliverBatch). */
  deliverBatch(id: number, audience?: Audience): Promise<"more" | "done" | "not_sending"> {
    return this.delivery.deliverBatch(id, audience);
  }

  /** `desk announce send-pending N` (see AnnouncementDelivery.sendPending). */
  sendPending(id: number, by = "cli"): Promise<{ queued: number; skipped: number }> {
    return this.delivery.sendPending(id, by);
  }

  /** Whether e-mail recipients can be reached now: the web side (SME links, signature) and MAIL_FROM. */
  get emailConfigured(): boolean {
    return this.delivery.emailConfigured;
  }

  /** The people a segment names, each once (see resolveAudience). */
  audience(choice: SegmentChoice, db: DbClient = this.db.client): Promise<Audience> {
    return resolveAudience(db, choice);
  }

  /** The program's name, as the recipients' copy shows it. */
  /** The newest announcements with their recipient counts, for the operator (`desk announce list`). */
  history(limit: number) {
    return listAnnouncements(this.db.client, limit);
  }

  /** One announcement with its recipients and their count by status, for the operator (`desk announce show`); null if none. */
  async record(id: number) {
    const announcement = await findAnnouncement(this.db.client, id);
    if (!announcement) return null;
    const [counts, recipients] = await Promise.all([
      countRecipients(this.db.client, id),
      listRecipients(this.db.client, id),
    ]);
    return { announcement, counts, recipients };
  }

  async programName(): Promise<string> {
    return (await findCurrentProgram(this.db.client))?.name ?? "";
  }
}

function alreadySent(id: number) {
  return new AppError(
    "already_done",
    both(announceTexts, (t) => t.alreadySent(id)),
  );
}

function pickColumns(a: Announcement) {
  return { segment: a.segment, segmentParam: a.segmentParam, title: a.title, body: a.body };
}
