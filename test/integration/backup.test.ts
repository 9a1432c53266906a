import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "../../src/cli/commands/backup.js";
import { type Harness, startHarness, USERS } from "../support/harness.js";

describe("desk backup / desk restore", () => {
  let h: Harness;
  let dir: string;
  beforeEach(async () => {
    h = await startHarness();
    dir = mkdtempSync(join(tmpdir(), "desk-backup-"));
  });
  afterEach(async () => {
    await h.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("backs up while the app runs and restores the exact content", async () => {
    await h.services.program.update({ name: "バックアップ前" }, USERS.sec1.id);
    const file = join(dir, "desk-backup.db");
    // Writes keep going during the backup: the online API copies a consistent snapshot.
    const writes = Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.db.auditLog.create({ data: { actor: "t", action: `w${i}`, entityType: "x", entityId: String(i) } }),
      ),
    );
    const { bytes } = await backupDatabase(h.env.DATABASE_URL, file);
    await writes;
    expect(bytes).toBeGreaterThan(0);

    await h.services.program.update({ name: "バックアップ後" }, USERS.sec1.id);
    expect((await h.services.program.current()).name).toBe("バックアップ後");

    await restoreDatabase(h.env.DATABASE_URL, file);
    // The running app reads the restored data through its open connection.
    expect((await h.services.program.current()).name).toBe("バックアップ前");
    await h.services.program.update({ name: "復元後も書ける" }, USERS.sec1.id);
    expect((await h.services.program.current()).name).toBe("復元後も書ける");
  });

  it("the running app's expert name search follows a restore", async () => {
    const expert = (nameKanji: string, nameKana: string) =>
      h.db.expert.create({
        data: { nameKanji, nameKana, status: "active", qualification: "riss", registeredOn: "2019-09-01" },
      });
    const found = async () => (await h.services.applications.suggestRecruiters("山")).map((e) => e.nameKanji);
    await expert("山田 太郎", "やまだ たろう");
    const file = join(dir, "desk-backup.db");
    await backupDatabase(h.env.DATABASE_URL, file);
    await expert("山本 花子", "やまもと はなこ");
    expect(await found()).toEqual(["山田 太郎", "山本 花子"]);

    await restoreDatabase(h.env.DATABASE_URL, file);
    expect(await found()).toEqual(["山田 太郎"]);
  });

  it("refuses to restore a file that is not a desk backup, and changes nothing", async () => {
    const junk = join(dir, "junk.db");
    writeFileSync(junk, "not a database");
    await expect(restoreDatabase(h.env.DATABASE_URL, junk)).rejects.toThrow();
    await expect(restoreDatabase(h.env.DATABASE_URL, join(dir, "missing.db"))).rejects.toThrow(/No backup file/);
    expect((await h.services.program.current()).name).toContain("中小企業");
  });
});
