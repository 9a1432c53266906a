import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { backupDatabase, registerBackup, restoreDatabase } from "../../src/cli/commands/backup.js";
import { findPgProgram } from "../../src/db/postgresql-backup.js";
import { TEST_ENGINE } from "../support/db-fixture.js";
import { type Harness, startHarness, USERS } from "../support/harness.js";
import { pgServerAt } from "../support/pg-cluster.js";

/** How each engine's backup file begins: SQLite's header, pg_dump's custom format (`-Fc`). */
const FILE_MAGIC = TEST_ENGINE === "postgresql" ? "PGDMP" : "SQLite format 3\0";

/** Runs `desk backup|restore` in-process with DATABASE_URL; what it printed. */
async function desk(args: string[], databaseUrl: string): Promise<string> {
  vi.stubEnv("DATABASE_URL", databaseUrl);
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  try {
    const program = new Command().exitOverride();
    registerBackup(program);
    await program.parseAsync(["node", "desk", ...args]);
  } finally {
    spy.mockRestore();
    vi.unstubAllEnvs();
  }
  return out.join("");
}

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
    expect(readFileSync(file).subarray(0, FILE_MAGIC.length).toString("latin1")).toBe(FILE_MAGIC);

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

  it("the restored database is exactly the backup: what was added since is gone", async () => {
    const file = join(dir, "desk-backup.db");
    await backupDatabase(h.env.DATABASE_URL, file);
    await h.db.$executeRawUnsafe('CREATE TABLE "AddedLater" ("id" INTEGER)');
    await restoreDatabase(h.env.DATABASE_URL, file);
    await expect(h.db.$queryRawUnsafe('SELECT COUNT(*) FROM "AddedLater"')).rejects.toThrow();
    expect((await h.services.program.current()).name).toContain("中小企業");
  });

  it("`desk backup` and `desk restore` say what they did: the database, the file and its size", async () => {
    const file = join(dir, "desk-backup.db");
    const target = TEST_ENGINE === "postgresql" ? h.env.DATABASE_URL : h.env.DATABASE_URL.slice("file:".length);
    const backedUp = await desk(["backup", file], h.env.DATABASE_URL);
    const detail = TEST_ENGINE === "postgresql" ? "pg_dump custom format" : "integrity ok";
    expect(backedUp.startsWith(`Backed up ${target} to ${file} (`)).toBe(true);
    expect(backedUp).toMatch(new RegExp(`\\(\\d+ KiB, ${detail}\\)\\.\n$`));
    expect(await desk(["restore", file], h.env.DATABASE_URL)).toBe(`Restored ${file} into ${target}.\n`);
  });

  it("refuses a database backup that is not the desk's, and one of the other engine", async () => {
    const other = join(dir, "other.db");
    const sqlite = new BetterSqlite3(other);
    sqlite.exec("CREATE TABLE t (x INTEGER)");
    sqlite.close();
    if (TEST_ENGINE === "postgresql") {
      const server = pgServerAt(inject("pgAdminUrl"));
      const name = `desk_other_${process.pid}`;
      const url = await server.createDatabase(name);
      try {
        await backupDatabase(url, join(dir, "other.dump"));
      } finally {
        await server.dropDatabase(name);
      }
      await expect(restoreDatabase(h.env.DATABASE_URL, join(dir, "other.dump"))).rejects.toThrow(
        /is not a Security Guidance Desk backup \(no Program or migrations table\)/,
      );
      await expect(restoreDatabase(h.env.DATABASE_URL, other)).rejects.toThrow(
        /is a SQLite backup and DATABASE_URL names PostgreSQL/,
      );
    } else {
      await expect(restoreDatabase(h.env.DATABASE_URL, other)).rejects.toThrow(
        /is not a Security Guidance Desk backup \(no Program or migrations table\)/,
      );
      const dump = join(dir, "desk.dump");
      writeFileSync(dump, Buffer.concat([Buffer.from("PGDMP"), Buffer.alloc(64)]));
      await expect(restoreDatabase(h.env.DATABASE_URL, dump)).rejects.toThrow(
        /is a PostgreSQL backup and DATABASE_URL names SQLite/,
      );
    }
    expect((await h.services.program.current()).name).toContain("中小企業");
  });

  it.runIf(TEST_ENGINE === "postgresql")(
    "PostgreSQL: pg_dump gets the password only in PGPASSWORD, never on its command line",
    async () => {
      // A pg_dump in front of the real one that notes its arguments and PGPASSWORD.
      const bin = join(dir, "bin");
      mkdirSync(bin);
      const real = await findPgProgram("pg_dump", { num: 150000, major: 15, text: "15.0" });
      const seen = join(dir, "seen.txt");
      writeFileSync(
        join(bin, "pg_dump"),
        `#!/bin/sh\nif [ "$1" = --version ]; then echo "pg_dump (PostgreSQL) 99.0"; exit 0; fi\necho "args: $*" > ${seen}\necho "PGPASSWORD=$PGPASSWORD" >> ${seen}\nexec ${real} "$@"\n`,
      );
      chmodSync(join(bin, "pg_dump"), 0o755);
      vi.stubEnv("PATH", `${bin}:${process.env.PATH}`);
      const url = new URL(h.env.DATABASE_URL);
      url.password = "s3cret-pass";
      try {
        const printed = await desk(["backup", join(dir, "pw.dump")], url.toString());
        expect(printed).not.toContain("s3cret-pass");
        expect(printed).toContain(":***@");
      } finally {
        vi.unstubAllEnvs();
      }
      const [args, password] = readFileSync(seen, "utf8").trim().split("\n");
      expect(args).not.toContain("s3cret-pass");
      expect(args).toContain(`--port ${url.port}`);
      expect(password).toBe("PGPASSWORD=s3cret-pass");
    },
  );
});

describe("PostgreSQL client programs for backup and restore", () => {
  const server15 = { num: 150018, major: 15, text: "15.18" };
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "desk-pgbin-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A stand-in program that reports a version, in a folder of its own. */
  function fakeProgram(folder: string, name: string, version: string): string {
    mkdirSync(folder, { recursive: true });
    const file = join(folder, name);
    writeFileSync(file, `#!/bin/sh\necho "${name} (PostgreSQL) ${version}"\n`);
    chmodSync(file, 0o755);
    return file;
  }

  it("missing: the message names the command to run and the Debian package for the server's version", async () => {
    await expect(
      findPgProgram("pg_dump", server15, { path: join(dir, "empty"), debianRoot: join(dir, "none") }),
    ).rejects.toThrow(
      /pg_dump is not installed .*→ run `apt-get install postgresql-client-15` \(Debian\/Ubuntu package postgresql-client-15/,
    );
  });

  it("older than the server: refused with the package of the server's version", async () => {
    const old = fakeProgram(join(dir, "usr-bin"), "pg_restore", "13.4");
    await expect(
      findPgProgram("pg_restore", server15, { path: join(dir, "usr-bin"), debianRoot: join(dir, "none") }),
    ).rejects.toThrow(
      `pg_restore 13.4 (${old}) is older than the server (PostgreSQL 15.18) and cannot restore into it → run \`apt-get install postgresql-client-15\``,
    );
  });

  it("the newest of PATH's and Debian's /usr/lib/postgresql/<highest>/bin is used", async () => {
    fakeProgram(join(dir, "usr-bin"), "pg_dump", "15.2");
    const root = join(dir, "lib-postgresql");
    fakeProgram(join(root, "14", "bin"), "pg_dump", "14.9");
    const newest = fakeProgram(join(root, "16", "bin"), "pg_dump", "16.1");
    expect(await findPgProgram("pg_dump", server15, { path: join(dir, "usr-bin"), debianRoot: root })).toBe(newest);
    const onPath = join(dir, "usr-bin", "pg_dump");
    expect(
      await findPgProgram("pg_dump", server15, { path: join(dir, "usr-bin"), debianRoot: join(dir, "none") }),
    ).toBe(onPath);
  });
});
