import type { DbClient } from "../../db/client.js";
import type { FaqEntry, Ticket } from "../../generated/prisma/client.js";

export type { FaqEntry, Ticket };

export const FAQ_SEED_ACTION = "faq.seed_defaults";

export async function listFaq(db: DbClient): Promise<FaqEntry[]> {
  return db.faqEntry.findMany({ orderBy: { id: "asc" } });
}

export async function findFaq(db: DbClient, id: number): Promise<FaqEntry | null> {
  return db.faqEntry.findUnique({ where: { id } });
}

export async function findFaqByQuestion(db: DbClient, questionJa: string): Promise<FaqEntry | null> {
  return db.faqEntry.findFirst({ where: { questionJa } });
}

type FaqColumns = Pick<FaqEntry, "questionJa" | "answerJa" | "questionEn" | "answerEn" | "keywords">;

export async function createFaq(db: DbClient, data: FaqColumns & { createdBy: string | null }) {
  return db.faqEntry.create({ data });
}

export async function updateFaq(db: DbClient, id: number, data: FaqColumns) {
  return db.faqEntry.update({ where: { id }, data });
}

export async function deleteFaq(db: DbClient, id: number) {
  await db.ticket.updateMany({ where: { faqEntryId: id }, data: { faqEntryId: null } });
  return db.faqEntry.delete({ where: { id } });
}

/** True when the shipped FAQ was loaded once already (so deleting every entry stays deleted). */
export async function faqDefaultsSeeded(db: DbClient): Promise<boolean> {
  const seeded = await db.auditLog.findFirst({ where: { action: FAQ_SEED_ACTION }, select: { id: true } });
  return seeded !== null || (await db.faqEntry.count()) > 0;
}

export async function findTicket(db: DbClient, id: number): Promise<Ticket | null> {
  return db.ticket.findUnique({ where: { id } });
}

export async function findTicketByKey(db: DbClient, submissionKey: string): Promise<Ticket | null> {
  return db.ticket.findUnique({ where: { submissionKey } });
}

export async function createTicket(
  db: DbClient,
  data: { askerSlackId: string; question: string; channelId: string; submissionKey: string; createdAt: Date },
) {
  return db.ticket.create({ data: { ...data, status: "open" } });
}

/**
 * The ticket whose channel message has this ts. The ts is known only once the outbox has posted
 * the message (key "ticket:<id>:posted"), so it is read from there.
 */
export async function findTicketByMessageTs(db: DbClient, ts: string): Promise<Ticket | null> {
  const posted = await db.outboxMessage.findFirst({
    where: { resultTs: ts, key: { startsWith: "ticket:", endsWith: ":posted" } },
    select: { key: true },
  });
  const id = posted ? Number(posted.key.split(":")[1]) : Number.NaN;
  return Number.isInteger(id) ? findTicket(db, id) : null;
}

/** Answers an open ticket; false when someone answered it first. */
export async function answerTicket(
  db: DbClient,
  id: number,
  data: { answer: string; answeredBy: string; answeredAt: Date; faqEntryId: number | null },
): Promise<boolean> {
  const { count } = await db.ticket.updateMany({
    where: { id, status: "open" },
    data: { ...data, status: "answered" },
  });
  return count === 1;
}

/** Open tickets, oldest first (the daily reminder and App Home list them). */
export async function listOpenTickets(db: DbClient, take = 20): Promise<Ticket[]> {
  return db.ticket.findMany({ where: { status: "open" }, orderBy: { id: "asc" }, take });
}

/** How many questions wait for the secretariat (for the daily secretariat reminder). */
export async function countOpenTickets(db: DbClient): Promise<number> {
  return db.ticket.count({ where: { status: "open" } });
}
