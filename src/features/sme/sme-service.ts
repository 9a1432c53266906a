import { DateTime } from "luxon";
import { type WebEnv, webEnabled } from "../../config/env.js";
import type { Database, DbClient } from "../../db/client.js";
import { type Clock, ZONE } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both, type Locale, toLocale } from "../../lib/i18n.js";
import { hmac, randomToken, TOKEN_PATTERN } from "../../lib/tokens.js";
import { type ApplicationMailData, linkReissuedMail, receiptMail } from "../../mail/application-mails.js";
import {
  defaultSecretariatName,
  type MailContent,
  type MailSignature,
  type SecretariatContact,
} from "../../mail/layout.js";
import type { ProgressMailData } from "../../mail/matching-mails.js";
import type { ApplicationDetail } from "../applications/applications-repository.js";
import { findApplicationById } from "../applications/applications-repository.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { EmailAttachment } from "../outbox/outbox.schemas.js";
import type { ProgramService } from "../program/program-service.js";
import { type Actor, requireRole } from "../roles/actor.js";
import {
  createSmeLink,
  findLiveSmeLink,
  findSmeLinkByHash,
  findSmePageData,
  revokeSmeLinks,
  type SmeLink,
  type SmePageData,
} from "./sme-links-repository.js";
import { linkMessagesTexts } from "./views/link-messages.texts.js";

export type { SmePageData };

/** A personal link stays valid until this many days after the program's end date (Japan time). */
export const LINK_DAYS_AFTER_PROGRAM_END = 90;

/** The web side's settings (from PUBLIC_BASE_URL, LINK_SECRET and SECRETARIAT_*). */
export type SmeSettings = {
  /** e.g. https://desk.example.jp (no trailing slash). */
  baseUrl: string;
  /** Hashes link tokens and signs CSRF tokens. */
  linkSecret: string;
  /** The secretariat's contact for mail footers; its name defaults to the program's name + 事務局. */
  secretariat: Omit<SecretariatContact, "name"> & { name?: string };
  /** MAIL_FROM: the ORGANIZER of the calendar entries sent to SMEs. */
  mailFrom?: string;
};

/** The web side's settings from the environment; null when PUBLIC_BASE_URL or LINK_SECRET is missing. */
export function smeSettingsOf(
  env: Pick<
    WebEnv,
    | "PUBLIC_BASE_URL"
    | "LINK_SECRET"
    | "SECRETARIAT_NAME"
    | "SECRETARIAT_ADDRESS"
    | "SECRETARIAT_PHONE"
    | "SECRETARIAT_EMAIL"
    | "MAIL_FROM"
  >,
): SmeSettings | null {
  if (!webEnabled(env) || !env.PUBLIC_BASE_URL || !env.LINK_SECRET) return null;
  return {
    baseUrl: env.PUBLIC_BASE_URL,
    linkSecret: env.LINK_SECRET,
    secretariat: {
      name: env.SECRETARIAT_NAME,
      address: env.SECRETARIAT_ADDRESS,
      phone: env.SECRETARIAT_PHONE,
      email: env.SECRETARIAT_EMAIL,
    },
    mailFrom: env.MAIL_FROM,
  };
}

/** A link just issued: the token is shown once (in the mail), only its hash is stored. */
export type IssuedLink = { linkId: number; token: string; url: string; expiresAt: Date; expiresOn: string };

/** Why a token opens nothing; the page never says which (no hint for someone guessing). */
export type LinkRefusal = "unknown" | "revoked" | "expired";
export type ResolvedLink = { ok: true; applicationId: number; linkId: number } | { ok: false; reason: LinkRefusal };

/** What a mail template gets besides its own data. */
export type ContactMailContext = { locale: Locale; signature: MailSignature; application: ApplicationDetail };

/**
 * The SME side outside Slack: personal signed links to the application's page, and e-mail to the
 * SME contact through the outbox. Other features call `mailContact` for their own mails.
 */
export class SmeService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly program: ProgramService,
    readonly settings: SmeSettings,
  ) {}

  hashToken(token: string): string {
    return hmac(this.settings.linkSecret, `sme-link:${token}`);
  }

  /** A link's token from its stored seed (43 base64url characters, like a random token). */
  private tokenFromSeed(seed: string): string {
    return hmac(this.settings.linkSecret, `sme-link-token:${seed}`);
  }

  pageUrl(token: string): string {
    return `${this.settings.baseUrl}/s/${token}`;
  }

  /** The contact is written to by e-mail when they are not a Slack user (Slack users get DMs). */
  emailsContact(a: Pick<ApplicationDetail, "contactSlackUserId">): boolean {
    return !a.contactSlackUserId;
  }

  /** Program name and secretariat contact for mail footers and page footers. */
  async signature(locale: Locale): Promise<MailSignature> {
    const program = await this.program.currentOrNull();
    const programName = program?.name ?? "";
    const s = this.settings.secretariat;
    return {
      programName,
      secretariat: { ...s, name: s.name ?? defaultSecretariatName(programName, locale) },
    };
  }

  /**
   * Issues a new link inside the caller's transaction: earlier links of the application stop
   * working; the new one expires LINK_DAYS_AFTER_PROGRAM_END days after the program ends. Audited.
   */
  async issueLink(tx: DbClient, applicationId: number, by: string): Promise<IssuedLink> {
    const program = await this.program.current();
    const now = this.clock.now();
    const expires = DateTime.fromISO(program.endDate, { zone: ZONE })
      .plus({ days: LINK_DAYS_AFTER_PROGRAM_END })
      .endOf("day");
    const revoked = await revokeSmeLinks(tx, applicationId, now);
    if (revoked > 0)
      await writeAudit(
        tx,
        {
          actor: by,
          action: "sme_link.revoke",
          entityType: "application",
          entityId: applicationId,
          after: { revoked },
        },
        now,
      );
    const seed = randomToken();
    const token = this.tokenFromSeed(seed);
    const link = await createSmeLink(tx, {
      applicationId,
      tokenHash: this.hashToken(token),
      tokenSeed: seed,
      expiresAt: expires.toJSDate(),
      createdBy: by,
      createdAt: now,
    });
    await writeAudit(
      tx,
      {
        actor: by,
        action: "sme_link.issue",
        entityType: "application",
        entityId: applicationId,
        after: { linkId: link.id, expiresAt: link.expiresAt.toISOString() },
      },
      now,
    );
    return this.issued(link, token);
  }

  /**
   * The application's live personal link, for every mail after the first: the same link the SME
   * already has while it works; a new one (audited, like `issueLink`) when there is none.
   */
  async currentLink(tx: DbClient, applicationId: number, by: string): Promise<IssuedLink> {
    const live = await findLiveSmeLink(tx, applicationId, this.clock.now());
    if (!live?.tokenSeed) return this.issueLink(tx, applicationId, by);
    return this.issued(live, this.tokenFromSeed(live.tokenSeed));
  }

  /** The URL of `currentLink`. */
  async currentLinkUrl(tx: DbClient, applicationId: number, by: string): Promise<string> {
    return (await this.currentLink(tx, applicationId, by)).url;
  }

  private issued(link: SmeLink, token: string): IssuedLink {
    return {
      linkId: link.id,
      token,
      url: this.pageUrl(token),
      expiresAt: link.expiresAt,
      expiresOn: DateTime.fromJSDate(link.expiresAt, { zone: ZONE }).toISODate() as string,
    };
  }

  /** What the SME's own page shows of an application (null when it is gone). */
  async pageData(applicationId: number): Promise<SmePageData | null> {
    return findSmePageData(this.db.client, applicationId);
  }

  /** Which application a token opens, or why it opens none. Malformed tokens never reach the database. */
  async resolve(token: string): Promise<ResolvedLink> {
    if (!TOKEN_PATTERN.test(token)) return { ok: false, reason: "unknown" };
    const link = await findSmeLinkByHash(this.db.client, this.hashToken(token));
    if (!link) return { ok: false, reason: "unknown" };
    if (link.revokedAt) return { ok: false, reason: "revoked" };
    if (link.expiresAt.getTime() <= this.clock.now().getTime()) return { ok: false, reason: "expired" };
    return { ok: true, applicationId: link.applicationId, linkId: link.id };
  }

  /**
   * Enqueues a mail to the application's contact in the language of their form, inside the
   * caller's transaction (call `notifier.kick()` after commit). Nothing when the contact is on
   * Slack. The key makes it happen once.
   */
  async mailContact(
    tx: DbClient,
    key: string,
    application: ApplicationDetail,
    build: (ctx: ContactMailContext) => MailContent & { attachments?: EmailAttachment[] },
  ): Promise<boolean> {
    if (!this.emailsContact(application)) return false;
    const locale = toLocale(application.contactLocale);
    const mail = build({ locale, signature: await this.signature(locale), application });
    return this.notifier.email(tx, key, {
      to: application.contactEmail,
      toName: application.contactName,
      locale,
      ...mail,
    });
  }

  /**
   * A mail about the application's progress carrying the contact's live personal link (the same
   * link they already have; see `currentLink`), inside the caller's transaction (call
   * `notifier.kick()` after commit). Nothing when the contact is on Slack. `by` is audited if a
   * link has to be issued.
   */
  async mailProgress(
    tx: DbClient,
    key: string,
    applicationId: number,
    by: string,
    build: (ctx: ContactMailContext & { data: ProgressMailData }) => MailContent,
  ): Promise<boolean> {
    const application = await findApplicationById(tx, applicationId);
    if (!application || !this.emailsContact(application)) return false;
    const pageUrl = await this.currentLinkUrl(tx, applicationId, by);
    const data: ProgressMailData = {
      applicationId,
      recipient: { company: application.company.name, name: application.contactName },
      pageUrl,
    };
    return this.mailContact(tx, key, application, (c) => build({ ...c, data }));
  }

  /** The receipt mail with a first personal link (inside the application's own transaction). */
  async sendReceipt(tx: DbClient, application: ApplicationDetail, by: string): Promise<void> {
    if (!this.emailsContact(application)) return;
    const link = await this.issueLink(tx, application.id, by);
    await this.mailContact(tx, `application:${application.id}:receipt:mail`, application, (c) =>
      receiptMail(mailData(application, link), c.locale, c.signature),
    );
  }

  /** The application's link as the secretariat sees it (secretariat only). */
  async linkStatus(actor: Actor, applicationId: number): Promise<LinkStatus> {
    requireRole(actor, "secretariat");
    const application = await this.linkableApplication(this.db.client, applicationId);
    const live = await findLiveSmeLink(this.db.client, applicationId, this.clock.now());
    return {
      application,
      live: live ? { issuedAt: live.createdAt, expiresAt: live.expiresAt, createdBy: live.createdBy } : null,
    };
  }

  /** An application whose contact is reached by e-mail, or why its link cannot be sent. */
  private async linkableApplication(db: DbClient, applicationId: number): Promise<ApplicationDetail> {
    const application = await findApplicationById(db, applicationId);
    if (!application)
      throw new AppError(
        "not_found",
        both(linkMessagesTexts, (t) => t.notFound(applicationId)),
      );
    if (!this.emailsContact(application))
      throw new AppError(
        "invalid_state",
        both(linkMessagesTexts, (t) => t.onSlack(applicationId)),
      );
    if (!application.contactEmail.trim())
      throw new AppError(
        "invalid_state",
        both(linkMessagesTexts, (t) => t.noEmail(applicationId)),
      );
    return application;
  }

  /**
   * "Resend the link" (secretariat): a new link, the old one revoked, and a mail to the contact.
   * Each call is a new link (and a new mail): it is what the secretariat asked for.
   */
  async resendLink(actor: Actor, applicationId: number): Promise<{ application: ApplicationDetail; mailed: boolean }> {
    requireRole(actor, "secretariat");
    const result = await this.db.transaction(async (tx) => {
      const application = await this.linkableApplication(tx, applicationId);
      const link = await this.issueLink(tx, applicationId, actor.userId);
      const mailed = await this.mailContact(tx, `application:${applicationId}:link:${link.linkId}`, application, (c) =>
        linkReissuedMail(mailData(application, link), c.locale, c.signature),
      );
      return { application, mailed };
    });
    this.notifier.kick();
    return result;
  }
}

/** What `/desk link <id>` shows: whom the link goes to and the live link's dates (never the token). */
export type LinkStatus = {
  application: ApplicationDetail;
  live: { issuedAt: Date; expiresAt: Date; createdBy: string } | null;
};

function mailData(a: ApplicationDetail, link: IssuedLink): ApplicationMailData {
  return {
    applicationId: a.id,
    recipient: { company: a.company.name, name: a.contactName },
    receivedOn: a.receivedOn,
    pageUrl: link.url,
    linkExpiresOn: link.expiresOn,
  };
}
