import type { DbClient } from "../../db/client.js";
import type { Announcement, AnnouncementRecipient, Prisma } from "../../generated/prisma/client.js";
import type { SmeStatus } from "./announcements.schemas.js";

export type { Announcement, AnnouncementRecipient };

/** A person a segment names, before deduplication: how they can be reached. */
export type Candidate = {
  kind: "expert" | "sme";
  expertId: number | null;
  applicationId: number | null;
  /** How records and `desk announce show` name them: 「〇〇株式会社 〇〇」 or the expert's name. */
  name: string;
  /** How a mail addresses them: the company ("" for an expert) and the person. */
  mailName: { company: string; name: string };
  slackUserId: string | null;
  email: string | null;
  /** The language of an SME's application form (ja | en); null for experts (their Slack locale, else ja). */
  formLocale: string | null;
};

/** Active experts, optionally only those whose own prefecture is one of `prefectures`. */
export async function findActiveExpertContacts(db: DbClient, prefectures?: number[]): Promise<Candidate[]> {
  const rows = await db.expert.findMany({
    where: { status: "active", ...(prefectures ? { prefecture: { in: prefectures } } : {}) },
    orderBy: { id: "asc" },
    select: { id: true, nameKanji: true, slackUserId: true, email: true },
  });
  return rows.map((r) => ({
    kind: "expert",
    expertId: r.id,
    applicationId: null,
    name: r.nameKanji,
    mailName: { company: "", name: r.nameKanji },
    slackUserId: r.slackUserId,
    email: r.email,
    formLocale: null,
  }));
}

const OPEN_APPLICATION: Prisma.ApplicationWhereInput = {
  status: { in: ["received", "valid", "proposed", "chosen", "matched"] },
  OR: [{ case: { is: null } }, { case: { is: { status: "active" } } }],
};

const SME_WHERE: Record<SmeStatus | "open", Prisma.ApplicationWhereInput> = {
  received: { status: "received" },
  valid: { status: "valid" },
  // Candidates are out: waiting for the SME's choice, or for the secretariat's approval of it.
  proposed: { status: { in: ["proposed", "chosen"] } },
  matched_not_visited: {
    status: "matched",
    case: { is: { status: "active", visits: { none: { status: "held" } } } },
  },
  in_progress: { case: { is: { status: "active", visits: { some: { status: "held" } } } } },
  completed: { case: { is: { status: "completed" } } },
  open: OPEN_APPLICATION,
};

/** SME contacts of the program's applications in one status group ("open": not closed). */
export async function findSmeContacts(
  db: DbClient,
  programId: number,
  status: SmeStatus | "open",
): Promise<Candidate[]> {
  const rows = await db.application.findMany({
    where: { programId, ...SME_WHERE[status] },
    orderBy: { id: "asc" },
    select: {
      id: true,
      contactName: true,
      contactSlackUserId: true,
      contactEmail: true,
      contactLocale: true,
      company: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    kind: "sme",
    expertId: null,
    applicationId: r.id,
    name: `${r.company.name} ${r.contactName}`,
    mailName: { company: r.company.name, name: r.contactName },
    slackUserId: r.contactSlackUserId,
    email: r.contactEmail.trim() === "" ? null : r.contactEmail,
    formLocale: r.contactLocale,
  }));
}

/** Stored Slack locales of many users at once (missing users are absent). */
export async function findLocales(db: DbClient, userIds: string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  // SQLite limits the parameters of one statement.
  for (let i = 0; i < userIds.length; i += 500) {
    const rows = await db.slackUser.findMany({
      where: { slackUserId: { in: userIds.slice(i, i + 500) } },
      select: { slackUserId: true, locale: true },
    });
    for (const r of rows) out.set(r.slackUserId, r.locale);
  }
  return out;
}

export async function findAnnouncement(db: DbClient, id: number): Promise<Announcement | null> {
  return db.announcement.findUnique({ where: { id } });
}

export async function findAnnouncementByKey(db: DbClient, submissionKey: string): Promise<Announcement | null> {
  return db.announcement.findUnique({ where: { submissionKey } });
}

export async function createAnnouncement(
  db: DbClient,
  data: Pick<Announcement, "segment" | "segmentParam" | "title" | "body" | "createdBy" | "submissionKey">,
): Promise<Announcement> {
  return db.announcement.create({ data });
}

export async function updateDraft(
  db: DbClient,
  id: number,
  data: Pick<Announcement, "segment" | "segmentParam" | "title" | "body">,
): Promise<Announcement> {
  return db.announcement.update({ where: { id }, data });
}

/**
 * Draft → sending, with who pressed Send and when; false when it was sending or sent already (a
 * second click, a retried request).
 */
export async function markAnnouncementSending(db: DbClient, id: number, by: string, at: Date): Promise<boolean> {
  const { count } = await db.announcement.updateMany({
    where: { id, status: "draft" },
    data: { status: "sending", sentBy: by, sentAt: at },
  });
  return count === 1;
}

/** Sending → sent, once every recipient has a row; false when another run finished it. */
export async function markAnnouncementSent(db: DbClient, id: number): Promise<boolean> {
  const { count } = await db.announcement.updateMany({ where: { id, status: "sending" }, data: { status: "sent" } });
  return count === 1;
}

/** Announcements whose sending was cut short (a restart): resumed at start and by the CLI. */
export async function listSendingAnnouncementIds(db: DbClient): Promise<number[]> {
  const rows = await db.announcement.findMany({
    where: { status: "sending" },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Addresses and outbox keys that already have a recipient row: who has been handled. */
export async function findRecipientKeys(
  db: DbClient,
  announcementId: number,
  among?: { addresses: string[]; outboxKeys: string[] },
): Promise<Set<string>> {
  const rows = await db.announcementRecipient.findMany({
    where: {
      announcementId,
      ...(among ? { OR: [{ address: { in: among.addresses } }, { outboxKey: { in: among.outboxKeys } }] } : {}),
    },
    select: { address: true, outboxKey: true },
  });
  return new Set(rows.flatMap((r) => (r.outboxKey ? [r.address, r.outboxKey] : [r.address])));
}

/** The next e-mail rows still waiting for mail delivery. */
export async function listPendingEmailRows(
  db: DbClient,
  announcementId: number,
  take: number,
): Promise<AnnouncementRecipient[]> {
  return db.announcementRecipient.findMany({
    where: { announcementId, channel: "email", status: "pending" },
    orderBy: { id: "asc" },
    take,
  });
}

/** Pending → queued; false when another run queued it first. */
export async function markRecipientQueued(db: DbClient, id: number): Promise<boolean> {
  const { count } = await db.announcementRecipient.updateMany({
    where: { id, status: "pending" },
    data: { status: "queued" },
  });
  return count === 1;
}

/** A pending row whose record is gone or has no address any more: nobody to write to. */
export async function markRecipientUnreachable(db: DbClient, id: number): Promise<void> {
  await db.announcementRecipient.update({ where: { id }, data: { status: "unreachable" } });
}

/** Names and e-mail of SME contacts, for mails of rows written before mail was configured. */
export async function findSmeMailNames(db: DbClient, applicationIds: number[]) {
  const rows = await db.application.findMany({
    where: { id: { in: applicationIds } },
    select: {
      id: true,
      contactName: true,
      contactEmail: true,
      contactLocale: true,
      company: { select: { name: true } },
    },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

/** Names and e-mail of experts, for the same. */
export async function findExpertMailNames(db: DbClient, expertIds: number[]) {
  const rows = await db.expert.findMany({
    where: { id: { in: expertIds } },
    select: { id: true, nameKanji: true, email: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

export async function createRecipients(db: DbClient, rows: Omit<AnnouncementRecipient, "id">[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db.announcementRecipient.createMany({ data: rows.slice(i, i + 500) });
}

/** Recipients by channel and status: { "slack:queued": 120, "email:pending": 35 }. */
export async function countRecipients(db: DbClient, announcementId: number): Promise<Record<string, number>> {
  const rows = await db.announcementRecipient.groupBy({
    by: ["channel", "status"],
    where: { announcementId },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [`${r.channel}:${r.status}`, r._count._all]));
}

export async function listRecipients(db: DbClient, announcementId: number): Promise<AnnouncementRecipient[]> {
  return db.announcementRecipient.findMany({ where: { announcementId }, orderBy: { id: "asc" } });
}

export async function listAnnouncements(db: DbClient, limit: number) {
  return db.announcement.findMany({
    orderBy: { id: "desc" },
    take: limit,
    include: { _count: { select: { recipients: true } } },
  });
}
