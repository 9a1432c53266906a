import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DateTime } from "luxon";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { ZONE } from "../../lib/clock.js";
import type { EmailPayload } from "./outbox.schemas.js";

/** One e-mail as the dispatcher hands it over: the payload plus what the outbox row knows. */
export type OutgoingMail = EmailPayload & {
  /** The outbox key: the Message-ID is derived from it, so a retry after a timeout is recognisable. */
  key: string;
  /** When the row was written: the Date header and the .eml file name. */
  createdAt: Date;
};

/** How an e-mail leaves: SMTP, or .eml files when no SMTP server is configured. */
export interface Mailer {
  /** Where mail goes, for logs and `desk doctor` (never contains a password). */
  readonly description: string;
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  /** Connects and authenticates without sending (SMTP only; the file mailer checks its folder). */
  verify(): Promise<void>;
  close(): void;
}

export type MailerSettings = {
  /** smtp://[user:password@]host[:port] or smtps://…; undefined → files under mailDir. */
  smtpUrl?: string;
  /** "name <addr>" or an address: the From header and the envelope sender. */
  from: string;
  mailDir: string;
  /** Socket timeouts in ms (tests shorten them). */
  timeoutMs?: number;
};

export function createMailer(settings: MailerSettings): Mailer {
  return settings.smtpUrl ? new SmtpMailer(settings, settings.smtpUrl) : new FileMailer(settings);
}

/** The bare address inside "name <addr>". */
export function addressOf(from: string): string {
  const m = /<([^<>]+)>\s*$/.exec(from);
  return (m ? m[1] : from).trim();
}

/** A stable Message-ID for an outbox key: the same key always gives the same ID. */
export function messageIdFor(key: string, from: string): string {
  const domain = addressOf(from).split("@")[1] ?? "localhost";
  const digest = createHash("sha256").update(key).digest("hex").slice(0, 32);
  return `<desk.${digest}@${domain}>`;
}

function toMessage(mail: OutgoingMail, from: string): SendMailOptions {
  return {
    from,
    // The envelope sender is MAIL_FROM's address too, so bounces come back to the secretariat.
    envelope: { from: addressOf(from), to: [mail.to] },
    to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: messageIdFor(mail.key, from),
    date: mail.createdAt,
    headers: { "Content-Language": mail.locale },
    attachments: (mail.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.contentBase64, "base64"),
    })),
  };
}

/** Hides the password of an SMTP URL. */
export function redactSmtpUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]*)@/, "//$1:***@");
}

class SmtpMailer implements Mailer {
  readonly description: string;
  private readonly transport: Transporter;

  constructor(
    private readonly settings: MailerSettings,
    smtpUrl: string,
  ) {
    this.description = `SMTP ${redactSmtpUrl(smtpUrl)}`;
    const timeout = settings.timeoutMs ?? 30_000;
    // nodemailer reads host, port, user, password and smtps (implicit TLS) from the URL; plain
    // smtp:// upgrades with STARTTLS only when the server offers it, so a local relay without TLS
    // or authentication works as it is. The timeouts go beside the url (a second argument would
    // be message defaults, not the connection's settings).
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  async send(mail: OutgoingMail) {
    const info = await this.transport.sendMail(toMessage(mail, this.settings.from));
    return { messageId: String(info.messageId ?? messageIdFor(mail.key, this.settings.from)) };
  }

  async verify() {
    await this.transport.verify();
  }

  close() {
    this.transport.close();
  }
}

/** Without SMTP: each message as an .eml file (open it in any mail program), named by time and key. */
class FileMailer implements Mailer {
  readonly description: string;
  private readonly transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

  constructor(private readonly settings: MailerSettings) {
    this.description = `files in ${settings.mailDir}/*.eml (SMTP_URL not set)`;
  }

  async send(mail: OutgoingMail) {
    const info = await this.transport.sendMail(toMessage(mail, this.settings.from));
    await mkdir(this.settings.mailDir, { recursive: true });
    const stamp = DateTime.fromJSDate(mail.createdAt, { zone: ZONE }).toFormat("yyyyMMdd-HHmmss");
    const name = `${stamp}-${mail.key.replace(/[^A-Za-z0-9._-]+/g, "_")}.eml`;
    // The same key gives the same file name: a retry overwrites instead of adding a copy.
    await writeFile(join(this.settings.mailDir, name), info.message as Buffer);
    return { messageId: messageIdFor(mail.key, this.settings.from) };
  }

  async verify() {
    await mkdir(this.settings.mailDir, { recursive: true });
  }

  close() {}
}
