import { type Database, type DbClient, inBackground } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { AppError, invalidState, type Localized, notFound } from "../../lib/errors.js";
import { type Locale, toLocale } from "../../lib/i18n.js";
import { announcementMail } from "../../mail/announcement-mails.js";
import type { MailRecipient, MailSignature } from "../../mail/layout.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Channels } from "../experts/experts-service.js";
import type { Notifier } from "../outbox/notifier.js";
import { findCurrentProgram } from "../program/program-repository.js";
import { type Actor, requireRole } from "../roles/actor.js";
import type { SmeService } from "../sme/sme-service.js";
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
  findExpertMailNames,
  findLocales,
  findRecipientKeys,
  findSmeContacts,
  findSmeMailNames,
  listPendingEmailRows,
  listRecipients,
  listSendingAnnouncementIds,
  markAnnouncementSending,
  markAnnouncementSent,
  markRecipientQueued,
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

export type AudienceCounts = {
  slack: number;
  email: number;
  /** E-mail recipients not reached because e-mail is not configured (their rows stay "pending"). */
  emailPending: number;
  unreachable: number;
  experts: number;
  smes: number;
};

/** What Send did: `counts` once the announcement is sent (null while its recipients are being built). */
export type SendResult = { announcement: Announcement; counts: AudienceCounts | null; alreadySent: boolean };

/** Recipients per batch: each batch is one transaction, short enough not to hold others up. */
export const ANNOUNCE_BATCH_SIZE = 200;

/** Whom one announcement mail goes to. */
type MailTarget = {
  kind: string;
  applicationId: number | null;
  to: string;
  recipient: MailRecipient;
  locale: Locale;
};

/** The mail footer per language, read once per batch. */
class MailContext {
  private readonly cache = new Map<Locale, Promise<MailSignature>>();
  constructor(private readonly sme: SmeService | null) {}
  signature(locale: Locale): Promise<MailSignature> {
    let s = this.cache.get(locale);
    if (!s) {
      s = (this.sme as SmeService).signature(locale);
      this.cache.set(locale, s);
    }
    return s;
  }
}

/** The mail target of a pending row, from the record as it is now (null: no record or address). */
function pendingTarget(
  row: AnnouncementRecipient,
  smes: Awaited<ReturnType<typeof findSmeMailNames>>,
  experts: Awaited<ReturnType<typeof findExpertMailNames>>,
): MailTarget | null {
  if (row.kind === "sme" && row.applicationId) {
    const app = smes.get(row.applicationId);
    const to = app?.contactEmail.trim();
    if (!app || !to) return null;
    return {
      kind: "sme",
      applicationId: app.id,
      to,
      recipient: { company: app.company.name, name: app.contactName },
      locale: toLocale(app.contactLocale),
    };
  }
  const expert = row.expertId ? experts.get(row.expertId) : undefined;
  const to = expert?.email?.trim();
  if (!expert || !to) return null;
  return {
    kind: "expert",
    applicationId: null,
    to,
    recipient: { company: "", name: expert.nameKanji },
    locale: toLocale(row.locale),
  };
}

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
export function announcementKey(
  announcementId: number,
  r: Pick<Recipient, "expertId" | "applicationId"> & { kind: string },
) {
  return `announcement:${announcementId}:${r.kind}:${r.kind === "expert" ? r.expertId : r.applicationId}`;
}

/**
 * `/desk announce`: the secretariat writes to a segment (active experts, experts of an area, SMEs
 * by status, everyone), previews the count by channel, and sends: a Slack DM through the outbox
 * to Slack users, an e-mail to the others (kept pending until the outbox can send mail).
 */
export class AnnouncementsService {
  private readonly running = new Map<number, Promise<void>>();
  private stopping = false;
  private readonly batchSize: number;

  /**
   * `sme`: the web side (personal links, the mail footer), null without PUBLIC_BASE_URL;
   * `mailer`: whether the outbox can send mail (MAIL_FROM). E-mail goes out only with both.
   */
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: Channels,
    private readonly sme: SmeService | null = null,
    private readonly mailer = false,
    opts: { batchSize?: number } = {},
  ) {
    this.batchSize = opts.batchSize ?? ANNOUNCE_BATCH_SIZE;
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
      if (!a) throw notFound(`お知らせ #${id} は見つかりません。`, `Announcement #${id} was not found.`);
      const now = this.clock.now();
      if (!(await markAnnouncementSending(tx, id, actor.userId, now)))
        return {
          announcement: a,
          counts: a.status === "sent" ? await this.sentCounts(tx, a, 0) : null,
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

  /**
   * Builds the recipients of an announcement in "sending" and hands each their copy, batch by
   * batch (each batch its own transaction), then marks it sent and posts the channel's record. A
   * run cut short (a restart) resumes where it stopped: recipient rows and outbox keys are unique
   * and people who have a row are skipped. Concurrent calls in this process share one run.
   */
  completeSending(id: number): Promise<void> {
    const running = this.running.get(id);
    if (running) return running;
    const run = inBackground(() => this.runSending(id)).finally(() => this.running.delete(id));
    this.running.set(id, run);
    return run;
  }

  /** Resumes every announcement left in "sending" (at start and by `desk announce resume`); their ids. */
  async resumeSending(): Promise<number[]> {
    const ids = await listSendingAnnouncementIds(this.db.client);
    for (const id of ids) await this.completeSending(id);
    return ids;
  }

  /** Waits for the runs under way (tests settle on it; shutdown stops them between batches). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  /** Stops runs between batches; what is left is resumed at the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.idle();
  }

  private async runSending(id: number): Promise<void> {
    const a = await findAnnouncement(this.db.client, id);
    if (a?.status !== "sending") return;
    const audience = await this.audience(choiceOf(a));
    for (;;) {
      if (this.stopping) return;
      const step = await this.deliverBatch(id, audience);
      if (step === "not_sending") return;
      if (step === "done") break;
    }
    if (!this.stopping) await this.finishSending(id, audience.unreachable);
  }

  /**
   * One batch of a "sending" announcement: the next recipients without a row get their copy and
   * their row, in one transaction. "more" while recipients are left, "done" when none are,
   * "not_sending" when it is not (or no longer) sending. `audience` is the run's resolution of the
   * segment (resolved again when not given).
   */
  async deliverBatch(id: number, audience?: Audience): Promise<"more" | "done" | "not_sending"> {
    const a = await findAnnouncement(this.db.client, id);
    if (a?.status !== "sending") return "not_sending";
    const everyone = audience ?? (await this.audience(choiceOf(a)));
    const handled = await findRecipientKeys(this.db.client, id);
    const todo = everyone.recipients.filter((r) => !handled.has(r.address) && !handled.has(announcementKey(id, r)));
    if (todo.length === 0) return "done";
    const batch = todo.slice(0, this.batchSize);
    await this.db.transaction(async (tx) => {
      // Checked again inside the transaction: another run may have written some of them meanwhile.
      const keys = batch.map((r) => announcementKey(id, r));
      const already = await findRecipientKeys(tx, id, { addresses: batch.map((r) => r.address), outboxKeys: keys });
      const programName = (await findCurrentProgram(tx))?.name ?? "";
      const mail = new MailContext(this.sme);
      const rows: Omit<AnnouncementRecipient, "id">[] = [];
      for (const r of batch) {
        const outboxKey = announcementKey(id, r);
        if (already.has(r.address) || already.has(outboxKey)) continue;
        const status = await this.deliver(tx, a, r, outboxKey, programName, mail);
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
    });
    this.notifier.kick();
    return todo.length > batch.length ? "more" : "done";
  }

  /** Sending → sent: the channel's record with the counts, audited. Nothing when already done. */
  private async finishSending(id: number, unreachable: number): Promise<void> {
    const done = await this.db.transaction(async (tx) => {
      const a = await findAnnouncement(tx, id);
      if (!a || !(await markAnnouncementSent(tx, id))) return false;
      const counts = await this.sentCounts(tx, a, unreachable);
      const sentBy = a.sentBy ?? a.createdBy;
      await this.notifier.post(
        tx,
        `announcement:${a.id}:record`,
        await this.channels.secretariat(),
        announcementRecord(a, counts, sentBy),
      );
      await writeAudit(
        tx,
        {
          actor: sentBy,
          action: "announcement.sent",
          entityType: "announcement",
          entityId: a.id,
          before: { status: "sending" },
          after: { status: "sent", ...counts },
        },
        this.clock.now(),
      );
      return true;
    });
    if (done) this.notifier.kick();
  }

  /**
   * Hands one recipient's copy to its channel; returns the recipient row's status.
   * - Slack users get a DM through the outbox ("queued").
   * - Everyone else gets e-mail through the outbox ("queued"), an SME with their personal link;
   *   while e-mail is not configured the row stays "pending" (`sendPending` queues it later).
   */
  private async deliver(
    tx: DbClient,
    a: Announcement,
    r: Recipient,
    outboxKey: string,
    programName: string,
    mail: MailContext,
  ): Promise<"queued" | "pending"> {
    switch (r.channel) {
      case "slack":
        await this.notifier.dm(tx, outboxKey, r.slackUserId as string, announcementDm(a, r.locale, programName));
        return "queued";
      case "email":
        if (!this.emailConfigured || !r.email) return "pending";
        await this.email(tx, a, outboxKey, mail, {
          kind: r.kind,
          applicationId: r.applicationId,
          to: r.email,
          recipient: r.mailName,
          locale: r.locale,
        });
        return "queued";
    }
  }

  /** One announcement mail into the outbox under the recipient's key. */
  private async email(tx: DbClient, a: Announcement, key: string, mail: MailContext, t: MailTarget): Promise<void> {
    const sme = this.sme as SmeService;
    const by = a.sentBy ?? a.createdBy;
    const pageUrl = t.kind === "sme" && t.applicationId ? await sme.currentLinkUrl(tx, t.applicationId, by) : null;
    const content = announcementMail(
      {
        announcementId: a.id,
        title: a.title,
        body: a.body,
        recipient: t.recipient,
        sme: pageUrl && t.applicationId ? { applicationId: t.applicationId, pageUrl } : null,
      },
      t.locale,
      await mail.signature(t.locale),
    );
    await this.notifier.email(tx, key, { to: t.to, toName: t.recipient.name, locale: t.locale, ...content });
  }

  /** Whether e-mail recipients can be reached now: the web side (SME links, signature) and MAIL_FROM. */
  get emailConfigured(): boolean {
    return this.sme !== null && this.mailer;
  }

  /**
   * `desk announce send-pending N`: the e-mail rows of a sent announcement that waited for mail
   * to be configured go into the outbox, in batches; each once (a second call finds none).
   */
  async sendPending(id: number, by = "cli"): Promise<{ queued: number; skipped: number }> {
    if (!this.emailConfigured)
      throw invalidState(
        "メール送信が設定されていません（PUBLIC_BASE_URL・LINK_SECRET・MAIL_FROM）。設定してから実行してください。",
        "E-mail is not configured (PUBLIC_BASE_URL, LINK_SECRET and MAIL_FROM); configure it first.",
      );
    const a = await findAnnouncement(this.db.client, id);
    if (!a) throw notFound(`お知らせ #${id} は見つかりません。`, `Announcement #${id} was not found.`);
    if (a.status !== "sent")
      throw invalidState(
        a.status === "draft"
          ? `お知らせ #${id} はまだ送信されていません。`
          : `お知らせ #${id} は送信中です。終わってから実行してください。`,
        a.status === "draft"
          ? `Announcement #${id} has not been sent.`
          : `Announcement #${id} is still being sent; run this once it is done (desk announce resume ${id}).`,
      );
    let queued = 0;
    let skipped = 0;
    for (;;) {
      const rows = await listPendingEmailRows(this.db.client, id, this.batchSize);
      if (rows.length === 0) break;
      await this.db.transaction(async (tx) => {
        const smes = await findSmeMailNames(
          tx,
          rows.flatMap((r) => (r.applicationId ? [r.applicationId] : [])),
        );
        const experts = await findExpertMailNames(
          tx,
          rows.flatMap((r) => (r.expertId ? [r.expertId] : [])),
        );
        const mail = new MailContext(this.sme);
        for (const row of rows) {
          const target = pendingTarget(row, smes, experts);
          if (!(await markRecipientQueued(tx, row.id))) continue;
          if (!target) {
            // The record is gone or has no address any more: nobody to write to.
            await tx.announcementRecipient.update({ where: { id: row.id }, data: { status: "unreachable" } });
            skipped++;
            continue;
          }
          await this.email(tx, a, row.outboxKey ?? announcementKey(id, row), mail, target);
          queued++;
        }
        await writeAudit(
          tx,
          {
            actor: by,
            action: "announcement.send_pending",
            entityType: "announcement",
            entityId: id,
            after: { rows: rows.length },
          },
          this.clock.now(),
        );
      });
      this.notifier.kick();
    }
    return { queued, skipped };
  }

  private async sentCounts(db: DbClient, a: Announcement, unreachable: number): Promise<AudienceCounts> {
    const rows = await listRecipients(db, a.id);
    return {
      slack: rows.filter((r) => r.channel === "slack").length,
      email: rows.filter((r) => r.channel === "email").length,
      emailPending: rows.filter((r) => r.channel === "email" && r.status === "pending").length,
      unreachable: unreachable + rows.filter((r) => r.status === "unreachable").length,
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
        email: c.email?.trim() || null,
        address,
        channel: c.slackUserId ? "slack" : "email",
        // Slack users in their Slack language; SMEs by mail in the language of their form.
        locale: c.slackUserId ? toLocale(locales.get(c.slackUserId)) : toLocale(c.formLocale),
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

/** `mailOn`: whether e-mail recipients are reached now (else they are counted as pending). */
export function countAudience(audience: Audience, mailOn: boolean): AudienceCounts {
  const r = audience.recipients;
  const email = r.filter((x) => x.channel === "email").length;
  return {
    slack: r.filter((x) => x.channel === "slack").length,
    email,
    emailPending: mailOn ? 0 : email,
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
