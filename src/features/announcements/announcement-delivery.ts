import { type Database, type DbClient, inBackground } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both, type Locale, toLocale } from "../../lib/i18n.js";
import { announcementMail } from "../../mail/announcement-mails.js";
import type { MailRecipient, MailSignature } from "../../mail/layout.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import { findCurrentProgram } from "../program/program-repository.js";
import type { SmeService } from "../sme/sme-service.js";
import {
  type Audience,
  type AudienceCounts,
  announcementKey,
  choiceOf,
  type Recipient,
  resolveAudience,
} from "./announcement-audience.js";
import { announceTexts } from "./announcements.texts.js";
import {
  type Announcement,
  type AnnouncementRecipient,
  createRecipients,
  findAnnouncement,
  findExpertMailNames,
  findRecipientKeys,
  findSmeMailNames,
  listPendingEmailRows,
  listRecipients,
  listSendingAnnouncementIds,
  markAnnouncementSent,
  markRecipientQueued,
  markRecipientUnreachable,
} from "./announcements-repository.js";
import { announcementDm, announcementRecord } from "./views/announcement-messages.js";

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

/** The counts of a sent announcement, from its recipient rows. */
export async function sentCounts(db: DbClient, a: Announcement, unreachable: number): Promise<AudienceCounts> {
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
 * After Send: each recipient's copy (a Slack DM or an e-mail through the outbox), batch by batch,
 * then the secretariat channel's record; and the e-mails that waited for mail to be configured.
 */
export class AnnouncementDelivery {
  private readonly running = new Map<number, Promise<void>>();
  private stopping = false;

  /** `sme` and `mailer` as for AnnouncementsService: e-mail goes out only with both. */
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: SecretariatChannel,
    private readonly sme: SmeService | null,
    private readonly mailer: boolean,
    private readonly batchSize: number,
  ) {}

  /** Whether e-mail recipients can be reached now: the web side (SME links, signature) and MAIL_FROM. */
  get emailConfigured(): boolean {
    return this.sme !== null && this.mailer;
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
    const audience = await resolveAudience(this.db.client, choiceOf(a));
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
    const everyone = audience ?? (await resolveAudience(this.db.client, choiceOf(a)));
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
      const counts = await sentCounts(tx, a, unreachable);
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

  /**
   * `desk announce send-pending N`: the e-mail rows of a sent announcement that waited for mail
   * to be configured go into the outbox, in batches; each once (a second call finds none).
   */
  async sendPending(id: number, by = "cli"): Promise<{ queued: number; skipped: number }> {
    if (!this.emailConfigured)
      throw new AppError(
        "invalid_state",
        both(announceTexts, (t) => t.mailOff),
      );
    const a = await findAnnouncement(this.db.client, id);
    if (!a)
      throw new AppError(
        "not_found",
        both(announceTexts, (t) => t.notFound(id)),
      );
    if (a.status !== "sent")
      throw new AppError(
        "invalid_state",
        both(announceTexts, (t) => (a.status === "draft" ? t.notSentYet(id) : t.stillSending(id))),
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
            await markRecipientUnreachable(tx, row.id);
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
}
