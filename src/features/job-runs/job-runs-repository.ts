import type { DbClient } from "../../db/client.js";
import type { JobRun } from "../../generated/prisma/client.js";

export type { JobRun };

export async function findJobRun(db: DbClient, job: string, period: string): Promise<JobRun | null> {
  return db.jobRun.findUnique({ where: { job_period: { job, period } } });
}

/** Inserts the period's row; false when another run (this process or another) inserted it first. */
export async function insertJobRun(db: DbClient, job: string, period: string, at: Date): Promise<boolean> {
  try {
    await db.jobRun.create({ data: { job, period, status: "running", startedAt: at } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

/** Takes over a failed or abandoned run; false when someone else changed the row meanwhile. */
export async function retakeJobRun(db: DbClient, id: number, expected: { status: string; startedAt: Date }, at: Date) {
  const { count } = await db.jobRun.updateMany({
    where: { id, status: expected.status, startedAt: expected.startedAt },
    data: { status: "running", startedAt: at, finishedAt: null, detail: null },
  });
  return count === 1;
}

export async function finishJobRun(
  db: DbClient,
  job: string,
  period: string,
  status: "done" | "failed",
  at: Date,
  detail: string,
) {
  await db.jobRun.update({
    where: { job_period: { job, period } },
    data: { status, finishedAt: at, detail: detail.slice(0, 2000) },
  });
}

export async function listJobRuns(db: DbClient, job: string, limit: number): Promise<JobRun[]> {
  return db.jobRun.findMany({ where: { job }, orderBy: { startedAt: "desc" }, take: limit });
}
