import type { Database, DbClient } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { AppError, invalidState, type Localized, notFound } from "../../lib/errors.js";
import { type Locale, toLocale } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Channels } from "../experts/experts-service.js";
import type { Notifier } from "../outbox/notifier.js";
import { findCurrentProgram } from "../program/program-repository.js";
import { type Actor, requireRole } from "../roles/actor.js";
import {
  type AnnouncementInput,
  AnnouncementInputSchema,
  areaCodes,
  type ComposeValues,
  type SegmentChoice,
  SegmentChoiceSchema,
} from "./announcements.schemas.js";
import { ANNOUNCE_IDS } from "./announcements-ids.js";
import {
  type Announcement,
  type AnnouncementRecipient,
  type Candidate,
  createAnnouncement,
  createRecipients,
  findActiveExpertContacts,
  findAnnouncement,
  findAnnouncementByKey,
  findLocales,
  findSmeContacts,
  listRecipients,
  markAnnouncementSent,
  updateDraft,
} from "./announcements-repository.js";
import { announcementDm, announcementRecord } from "./views/announcement-messages.js";

const B = ANNOUNCE_IDS.blocks;

/** One person the announcement goes to, once, by the channel they can be reached on. */
export type Recipient = Omit<Candidate, "slackUserId" | "email"> & {
  channel: "slack" | "email";
  /** "slack:U…" or "email:address": what makes a person one recipient. */
  address: string;
  slackUserId: string | null;
  email: string | null;
  locale: Locale;
};

/** Who a segment reaches: Slack DMs, e-mails, and people with neither (counted, not sent). */
export type Audience = { recipients: Recipient[]; unreachable: number };

export type AudienceCounts = { slack: number; email: number; unreachable: number; experts: number; smes: number };

export type SendResult = { announcement: Announcement; counts: AudienceCounts; alreadySent: boolean };

const ERRORS = {
  required: { ja: "入力してください。", en: "Please fill this in." },
  too_long: { ja: "長すぎます。短くしてください。", en: "This is too long; please shorten it." },
  segment: { ja: "宛先を選んでください。", en: "Choose who it goes to." },
  area: {
    ja: "「地域・都道府県の専門家」には地域か都道府県を選んでください。",
    en: "Choose a region or prefecture for “experts in a region or prefecture”.",
  },
  smeStatus: {
    ja: "「状況別の指導先企業」には申込みの状況を選んでください。",
    en: "Choose an application status for “SMEs by status”.",
  },
  nobody: {
    ja: "この宛先に当てはまる人はいません。宛先を変えてください。",
    en: "Nobody matches these recipients; choose others.",
  },
} satisfies Record<string, Localized>;

/** The outbox key of one recipient's copy: per announcement and person, so each gets it once. */
export function announcementKey(announcementId: number, r: Pick<Recipient, "kind" | "expertId" | "applicationId">) {
  return `announcement:${announcementId}:${r.kind}:${r.kind === "expert" ? r.expertId : r.applicationId}`;
}

/**
 * `/desk announce`: the secretariat writes to a segment (active experts, experts of an area, SMEs
 * by status, everyone), previews the count by channel, and sends: a Slack DM through the outbox
 * to Slack users, an e-mail to the others (kept pending until the outbox can send mail).
 */
export class AnnouncementsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: Channels,
  ) {}

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
    if (!row) throw notFound(`お知らせ #${id} は見つかりません。`, `Announcement #${id} was not found.`);
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
    return countAudience(await this.audience(choiceOf(a)));
  }

  /**
   * Sends a draft: the segment is resolved once into recipient rows, each Slack recipient's DM goes
   * into the outbox under its own key, all with the audit entry and the secretariat channel's record
   * in one transaction. A second click or a retried request finds it sent and changes nothing.
   */
  async send(actor: Actor, id: number): Promise<SendResult> {
    requireRole(actor, "secretariat");
    const result = await this.db.transaction(async (tx): Promise<SendResult> => {
      const a = await findAnnouncement(tx, id);
      if (!a) throw notFound(`お知らせ #${id} は見つかりません。`, `Announcement #${id} was not found.`);
      const now = this.clock.now();
      if (!(await markAnnouncementSent(tx, id, actor.userId, now)))
        return { announcement: a, counts: await this.sentCounts(tx, a), alreadySent: true };
      const audience = await this.audience(choiceOf(a), tx);
      const program = await findCurrentProgram(tx);
      const programName = program?.name ?? "";
      const rows: Omit<AnnouncementRecipient, "id">[] = [];
      for (const r of audience.recipients) {
        const outboxKey = announcementKey(a.id, r);
        const status = await this.deliver(tx, a, r, outboxKey, programName);
        rows.push({
          announcementId: a.id,
          address: r.address,
          channel: r.channel,
          kind: r.kind,
          expertId: r.expertId,
          applicationId: r.applicationId,
          name: r.name,
          locale: r.locale,
          status,
          outboxKey,
        });
      }
      await createRecipients(tx, rows);
      const counts = countAudience(audience);
      const sent = { ...a, status: "sent", sentBy: actor.userId, sentAt: now };
      await this.notifier.post(
        tx,
        `announcement:${a.id}:record`,
        await this.channels.secretariat(),
        announcementRecord(sent, counts, actor.userId),
      );
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "announcement.send",
          entityType: "announcement",
          entityId: a.id,
          before: { status: "draft" },
          after: { status: "sent", ...counts },
        },
        now,
      );
      return { announcement: sent, counts, alreadySent: false };
    });
    if (!result.alreadySent) this.notifier.kick();
    return result;
  }

  /**
   * Hands one recipient's copy to its channel; returns the recipient row's status.
   * - Slack users get a DM through the outbox ("queued").
   * - Everyone else gets e-mail. The outbox cannot send mail yet, so the row stays "pending"; the
   *   mail kind enqueues here under the same `outboxKey`, and the pending rows of announcements
   *   already sent are enqueued by calling this for each of them.
   */
  private async deliver(
    tx: DbClient,
    a: Announcement,
    r: Recipient,
    outboxKey: string,
    programName: string,
  ): Promise<"queued" | "pending"> {
    switch (r.channel) {
      case "slack":
        await this.notifier.dm(tx, outboxKey, r.slackUserId as string, announcementDm(a, r.locale, programName));
        return "queued";
      case "email":
        return "pending";
    }
  }

  private async sentCounts(db: DbClient, a: Announcement): Promise<AudienceCounts> {
    const rows = await listRecipients(db, a.id);
    return {
      slack: rows.filter((r) => r.channel === "slack").length,
      email: rows.filter((r) => r.channel === "email").length,
      unreachable: 0,
      experts: rows.filter((r) => r.kind === "expert").length,
      smes: rows.filter((r) => r.kind === "sme").length,
    };
  }

  /**
   * The people a segment names, each once: a Slack user ID or, without one, an e-mail address
   * (lower case) identifies a person, so an SME contact who is also an expert, or one contact for
   * two applications, gets one copy. Experts come first and keep their own record.
   */
  async audience(choice: SegmentChoice, db: DbClient = this.db.client): Promise<Audience> {
    const candidates = await this.candidates(choice, db);
    const locales = await findLocales(db, [
      ...new Set(candidates.flatMap((c) => (c.slackUserId ? [c.slackUserId] : []))),
    ]);
    const seen = new Set<string>();
    const recipients: Recipient[] = [];
    let unreachable = 0;
    for (const c of candidates) {
      const email = c.email?.trim().toLowerCase() || null;
      const address = c.slackUserId ? `slack:${c.slackUserId}` : email ? `email:${email}` : null;
      if (!address) {
        unreachable++;
        continue;
      }
      const also = c.slackUserId && email ? `email:${email}` : null;
      if (seen.has(address) || (also && seen.has(also))) continue;
      seen.add(address);
      if (also) seen.add(also);
      recipients.push({
        ...c,
        email,
        address,
        channel: c.slackUserId ? "slack" : "email",
        // Mail goes in Japanese until the application records the language its form was filled in.
        locale: c.slackUserId ? toLocale(locales.get(c.slackUserId)) : "ja",
      });
    }
    return { recipients, unreachable };
  }

  private async candidates(choice: SegmentChoice, db: DbClient): Promise<Candidate[]> {
    const programId = async () => {
      const p = await findCurrentProgram(db);
      if (!p) throw invalidState("プログラムが設定されていません。", "No program is set up.");
      return p.id;
    };
    switch (choice.segment) {
      case "experts_active":
        return findActiveExpertContacts(db);
      case "experts_area":
        return findActiveExpertContacts(db, areaCodes(choice.param));
      case "smes_by_status":
        return findSmeContacts(db, await programId(), choice.param);
      case "everyone":
        return [...(await findActiveExpertContacts(db)), ...(await findSmeContacts(db, await programId(), "open"))];
    }
  }

  /** The program's name, as the recipients' copy shows it. */
  async programName(): Promise<string> {
    return (await findCurrentProgram(this.db.client))?.name ?? "";
  }
}

export function choiceOf(a: Pick<Announcement, "segment" | "segmentParam">): SegmentChoice {
  return SegmentChoiceSchema.parse({ segment: a.segment, param: a.segmentParam });
}

export function countAudience(audience: Audience): AudienceCounts {
  const r = audience.recipients;
  return {
    slack: r.filter((x) => x.channel === "slack").length,
    email: r.filter((x) => x.channel === "email").length,
    unreachable: audience.unreachable,
    experts: r.filter((x) => x.kind === "expert").length,
    smes: r.filter((x) => x.kind === "sme").length,
  };
}

function alreadySent(id: number) {
  return new AppError("already_done", {
    ja: `お知らせ #${id} は送信済みです。変更はできません。`,
    en: `Announcement #${id} has been sent; it cannot change.`,
  });
}

function pickColumns(a: Announcement) {
  return { segment: a.segment, segmentParam: a.segmentParam, title: a.title, body: a.body };
}
