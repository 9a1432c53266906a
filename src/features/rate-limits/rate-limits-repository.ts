import type { DbClient } from "../../db/client.js";

export async function findRateWindow(db: DbClient, key: string) {
  return db.webRateWindow.findUnique({ where: { key } });
}

export async function saveRateWindow(db: DbClient, key: string, windowStart: Date, count: number): Promise<void> {
  await db.webRateWindow.upsert({
    where: { key },
    create: { key, windowStart, count },
    update: { windowStart, count },
  });
}

/** Forgets the windows that ended before `before` (their addresses start afresh anyway). */
export async function deleteRateWindowsBefore(db: DbClient, before: Date): Promise<void> {
  await db.webRateWindow.deleteMany({ where: { windowStart: { lt: before } } });
}
