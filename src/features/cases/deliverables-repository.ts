import type { DbClient } from "../../db/client.js";
import type { Deliverable } from "../../generated/prisma/client.js";

export type { Deliverable };

export async function createDeliverable(
  db: DbClient,
  data: {
    caseId: number;
    kind: string;
    title: string;
    url: string | null;
    fileId: string | null;
    submittedBy: string;
    submittedAt: Date;
  },
): Promise<Deliverable> {
  return db.deliverable.create({ data: { ...data, status: "submitted" } });
}

export async function findDeliverable(db: DbClient, id: number): Promise<Deliverable | null> {
  return db.deliverable.findUnique({ where: { id } });
}

export async function transitionDeliverable(
  db: DbClient,
  id: number,
  from: string,
  data: { status: string; reviewedBy: string; reviewedAt: Date },
): Promise<boolean> {
  const { count } = await db.deliverable.updateMany({ where: { id, status: from }, data });
  return count === 1;
}

export async function listDeliverablesOfCase(db: DbClient, caseId: number): Promise<Deliverable[]> {
  return db.deliverable.findMany({ where: { caseId }, orderBy: { id: "asc" } });
}
