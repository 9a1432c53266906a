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
  data: Pick<SmeLink, "applicationId" | "tokenHash" | "tokenSeed" | "expiresAt" | "createdBy" | "createdAt">,
): Promise<SmeLink> {
  return db.smeLink.create({ data });
}

/** The application's newest link that still works at `at` and can be rebuilt from its seed. */
export async function findLiveSmeLink(db: DbClient, applicationId: number, at: Date): Promise<SmeLink | null> {
  return db.smeLink.findFirst({
    where: { applicationId, revokedAt: null, expiresAt: { gt: at }, tokenSeed: { not: null } },
    orderBy: { id: "desc" },
  });
}

export async function findSmeLinkByHash(db: DbClient, tokenHash: string): Promise<SmeLink | null> {
  return db.smeLink.findUnique({ where: { tokenHash } });
}

/**
 * What the SME's own page shows: the application and company, the chosen expert's public profile
 * (name and qualification — never e-mail or phone), and the case with its visits.
 */
export async function findSmePageData(db: DbClient, applicationId: number) {
  return db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      status: true,
      invalidReason: true,
      receivedOn: true,
      contactName: true,
      contactLocale: true,
      company: { select: { name: true } },
      chosenExpertId: true,
      chosenExpert: { select: { nameKanji: true, qualification: true } },
      case: {
        select: {
          status: true,
          completedOn: true,
          expert: { select: { nameKanji: true, qualification: true } },
          visits: {
            where: { status: { not: "cancelled" } },
            select: { round: true, status: true, scheduledAt: true, heldOn: true },
            orderBy: { round: "asc" },
          },
        },
      },
    },
  });
}

export type SmePageData = NonNullable<Awaited<ReturnType<typeof findSmePageData>>>;
