import type { DbClient } from "../../db/client.js";
import type { SmeLink } from "../../generated/prisma/client.js";

export type { SmeLink };

/** Revokes every live link of an application; returns how many. */
export async function revokeSmeLinks(db: DbClient, applicationId: number, at: Date): Promise<number> {
  const { count } = await db.smeLink.updateMany({ where: { applicationId, revokedAt: null }, data: { revokedAt: at } });
  return count;
}

export async function createSmeLink(
  db: DbClient,
  data: Pick<SmeLink, "applicationId" | "tokenHash" | "expiresAt" | "createdBy" | "createdAt">,
): Promise<SmeLink> {
  return db.smeLink.create({ data });
}

export async function findSmeLinkByHash(db: DbClient, tokenHash: string): Promise<SmeLink | null> {
  return db.smeLink.findUnique({ where: { tokenHash } });
}
