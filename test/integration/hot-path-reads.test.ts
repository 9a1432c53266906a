import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { countApplicationsInStatus } from "../../src/features/applications/applications-repository.js";
import { countExpertsByStatus } from "../../src/features/experts/experts-repository.js";
import { findCurrentProgram, readCurrentProgram } from "../../src/features/program/program-repository.js";
import { freshDatabase } from "../support/db-fixture.js";

/**
 * Reads moved off Prisma onto the read connection (requests ask them every time): they answer
 * what Prisma answers, with booleans and dates typed alike on both engines.
 */
describe("reads on the read connection", () => {
  let db: Database;
  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ db, close } = await freshDatabase());
  });
  afterEach(async () => close());

  const program = (name: string, current: boolean) =>
    db.client.program.create({
      data: {
        name,
        startDate: "2019-04-01",
        endDate: "2020-03-31",
        applyFrom: "2019-04-01",
        applyUntil: "2020-01-31",
        secretariatChannelId: current ? "CSEC" : null,
        current,
      },
    });

  it("the current program is the newest marked current, exactly as Prisma reads it", async () => {
    expect(await readCurrentProgram(db.read)).toBeNull();
    await program("2018", true);
    const newest = await program("2019", true);
    await program("draft", false);
    const read = await readCurrentProgram(db.read);
    expect(read).toEqual(await findCurrentProgram(db.client));
    expect(read?.id).toBe(newest.id);
    expect(read?.current).toBe(true);
    expect(read?.createdAt).toBeInstanceOf(Date);
    expect(read?.updatedAt.getTime()).toBe(newest.updatedAt.getTime());
  });

  it("counts applications and experts by status", async () => {
    const { id: programId } = await program("2019", true);
    const other = await program("2018", true);
    const apply = async (status: string, pid = programId) => {
      const company = await db.client.company.create({
        data: { name: "株式会社テスト", industry: "E", prefecture: 13 },
      });
      await db.client.application.create({
        data: {
          programId: pid,
          companyId: company.id,
          receivedOn: "2019-06-03",
          source: "mail",
          contactName: "山田 太郎",
          contactEmail: "yamada@example.jp",
          contactPhone: "03-0000-0000",
          status,
        },
      });
    };
    for (const status of ["received", "received", "valid", "matched"]) await apply(status);
    await apply("received", other.id);
    expect(await countApplicationsInStatus(db.read, programId)).toEqual({ received: 2, valid: 1, matched: 1 });
    expect(await countApplicationsInStatus(db.read, programId, ["received", "proposed"])).toEqual({ received: 2 });
    expect(await countApplicationsInStatus(db.read, programId, [])).toEqual({});

    for (const status of ["active", "active", "pending"])
      await db.client.expert.create({
        data: {
          nameKanji: "佐藤 一",
          nameKana: "さとう はじめ",
          qualification: "RISS",
          registeredOn: "2019-05-01",
          status,
        },
      });
    expect(await countExpertsByStatus(db.read)).toEqual({ active: 2, pending: 1 });
  });

  it("a Date parameter compares with a DateTime column as Prisma's own filter does, on both engines", async () => {
    const made = [];
    // Instants on both sides of a Japan-time midnight, and one a millisecond later than another.
    for (const at of ["2019-12-08T14:59:59.999Z", "2019-12-08T15:00:00.000Z", "2019-12-08T15:00:00.001Z"]) {
      made.push(
        await db.client.expert.create({
          data: {
            nameKanji: "佐藤 一",
            nameKana: "さとう はじめ",
            qualification: "RISS",
            registeredOn: "2019-05-01",
            status: "active",
            approvedAt: new Date(at),
          },
        }),
      );
    }
    const bound = new Date("2019-12-08T15:00:00.000Z"); // 2019/12/9 00:00 in Japan
    const raw = await db.read.all<{ id: number }>(
      `SELECT "id" FROM "Expert" WHERE "approvedAt" >= ? ORDER BY "id"`,
      bound,
    );
    const prisma = await db.client.expert.findMany({ where: { approvedAt: { gte: bound } }, orderBy: { id: "asc" } });
    expect(raw.map((r) => r.id)).toEqual(prisma.map((e) => e.id));
    expect(raw.map((r) => r.id)).toEqual([made[1].id, made[2].id]);
  });
});
