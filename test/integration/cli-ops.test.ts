/**
 * Operator commands: `desk doctor` only looks and says what is really wrong; `desk program set`
 * checks a channel in Slack before saving it; `desk report --format table` prints numbers as
 * people read them.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { parse as parseDotenv } from "dotenv";
import pg from "pg";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { registerDoctor } from "../../src/cli/commands/doctor.js";
import { registerMigrate } from "../../src/cli/commands/migrate.js";
import { registerProgram } from "../../src/cli/commands/program.js";
import { registerReport } from "../../src/cli/commands/report.js";
import { openDatabase } from "../../src/db/client.js";
import { knownMigrations } from "../../src/db/migrate.js";
import type { Report } from "../../src/features/final-report/final-report.schemas.js";
import { renderCsv, renderJson, renderText } from "../../src/features/final-report/report-render.js";
import { freshDatabaseFile, TEST_ENGINE } from "../support/db-fixture.js";
import { type FakeChannel, FakeSlack } from "../support/fake-slack.js";
import { createApplication, createCase, createExpert } from "../support/fixtures.js";
import { pgServerAt } from "../support/pg-cluster.js";

const TOKEN = "xoxb-cli-ops";
const SECRET = "0123456789abcdef0123456789abcdef";
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Runs one `desk` command in-process with exactly `env` (nothing from the developer's shell). */
async function desk(
  register: (p: Command) => void,
  args: string[],
  env: Record<string, string>,
): Promise<{ out: string; exitCode: number | undefined; error: unknown }> {
  for (const name of [
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_API_URL",
    "SLACK_APP_TOKEN",
    "SECRETARIAT_CHANNEL_ID",
    "DIGEST_CHANNEL_ID",
    "SECRETARIAT_USER_IDS",
  ])
    vi.stubEnv(name, undefined as never);
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const out: string[] = [];
  const capture = (chunk: unknown) => {
    out.push(String(chunk));
    return true;
  };
  // The Prisma CLI (`desk migrate --status` on SQLite) says what is wrong on stderr.
  const spies = [
    vi.spyOn(process.stdout, "write").mockImplementation(capture),
    vi.spyOn(process.stderr, "write").mockImplementation(capture),
  ];
  const before = process.exitCode;
  process.exitCode = undefined;
  let error: unknown = null;
  try {
    const program = new Command().exitOverride();
    register(program);
    await program.parseAsync(["node", "desk", ...args]);
  } catch (e) {
    error = e;
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = before;
  return { out: out.join(""), exitCode, error };
}

async function closedPort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startFake(channels: FakeChannel[]) {
  const fake = await FakeSlack.start({ channels, botToken: TOKEN });
  cleanups.push(() => fake.stop());
  return fake;
}

function slackEnv(fake: FakeSlack, extra: Record<string, string> = {}) {
  return {
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.url,
    SECRETARIAT_CHANNEL_ID: "CSEC0001",
    ...extra,
  };
}

async function database() {
  const file = await freshDatabaseFile();
  cleanups.push(() => file.cleanup());
  return file;
}

/** A database with no tables yet: an empty SQLite file, or a PostgreSQL database made without the template. */
async function emptyDatabase(): Promise<string> {
  if (TEST_ENGINE === "postgresql") {
    const server = pgServerAt(inject("pgAdminUrl"));
    const name = `desk_empty_${randomBytes(6).toString("hex")}`;
    const url = await server.createDatabase(name);
    cleanups.push(() => server.dropDatabase(name));
    return url;
  }
  const dir = mkdtempSync(join(tmpdir(), "desk-empty-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "desk.db"), "");
  return `file:${join(dir, "desk.db")}`;
}

/** Everything a database holds, to compare before and after: the SQLite file's bytes, or every PostgreSQL table's rows and columns. */
async function contentOf(db: { url: string; path: string }): Promise<string> {
  if (TEST_ENGINE === "sqlite") {
    const wal = existsSync(`${db.path}-wal`) ? "with a -wal file" : "";
    return `${readFileSync(db.path).toString("base64")}${wal}`;
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1",
    );
    const parts: string[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query(`SELECT t::text AS row FROM "${name}" t ORDER BY 1`);
      parts.push(name, ...rows.map((r) => r.row));
    }
    const { rows: columns } = await client.query(
      "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY 1, 2",
    );
    return JSON.stringify([parts, columns]);
  } finally {
    await client.end();
  }
}

/** The last migration's row marked as started and never finished (what a migration that died midway leaves). */
async function failLastMigration(url: string): Promise<string> {
  const last = knownMigrations(TEST_ENGINE).at(-1) as string;
  const db = await openDatabase(url);
  try {
    await db.client.$executeRawUnsafe(
      `UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = '${last}'`,
    );
  } finally {
    await db.disconnect();
  }
  return last;
}

const line = (out: string, label: string) => out.split("\n").filter((l) => l.slice(4).startsWith(label));

describe("desk doctor", () => {
  it("a database that does not exist yet: NG with how it gets created, and doctor creates neither the file nor its folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "desk-doctor-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, "data", "desk.db");
    const { out, exitCode } = await desk(registerDoctor, ["doctor"], { DATABASE_URL: `file:${file}` });
    expect(line(out, "database")).toEqual([
      `NG  database               database file does not exist yet (${file}): it is created by \`npm start\` or \`npx desk migrate\``,
    ]);
    expect(exitCode).toBe(1);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(dir, "data"))).toBe(false);
  });

  it.runIf(TEST_ENGINE === "postgresql")(
    "PostgreSQL: a database that does not exist is NG with the server's reason and the fix, the password never shown",
    async () => {
      const url = new URL(pgServerAt(inject("pgAdminUrl")).urlOf("desk_never_created"));
      url.password = "s3cret-pass";
      const { out, exitCode } = await desk(registerDoctor, ["doctor"], { DATABASE_URL: url.toString() });
      url.password = "***";
      expect(line(out, "database")).toEqual([
        `NG  database               cannot connect to ${url}: database "desk_never_created" does not exist → check DATABASE_URL (or create the database, then run \`npx desk migrate\`)`,
      ]);
      expect(out).not.toContain("s3cret-pass");
      expect(exitCode).toBe(1);
    },
  );

  it("a PostgreSQL server that cannot be reached: NG with the reason → check DATABASE_URL, the password never shown", async () => {
    const closed = await closedPort();
    const { out, exitCode } = await desk(registerDoctor, ["doctor"], {
      DATABASE_URL: `postgresql://desk:s3cret-pass@127.0.0.1:${closed}/desk`,
    });
    expect(line(out, "database")).toEqual([
      `NG  database               cannot connect to postgresql://desk:***@127.0.0.1:${closed}/desk: connect ECONNREFUSED 127.0.0.1:${closed} → check DATABASE_URL`,
    ]);
    expect(out).not.toContain("s3cret-pass");
    expect(exitCode).toBe(1);
  });

  it("an existing database is opened read-only: doctor changes nothing in it", async () => {
    const file = await database();
    const before = await contentOf(file);
    const { out } = await desk(registerDoctor, ["doctor"], { DATABASE_URL: file.url });
    expect(line(out, "database")[0]).toMatch(/^OK {2}database +.* readable$/);
    if (TEST_ENGINE === "postgresql") expect(line(out, "server")[0]).toMatch(/^OK {2}server +PostgreSQL \d+\.\d+$/);
    expect(line(out, "migrations")[0]).toMatch(/^OK {2}migrations +all applied$/);
    expect(line(out, "outbox")[0]).toMatch(/^OK {2}outbox +pending 0, sent 0, given up 0$/);
    expect(await contentOf(file)).toBe(before);
  });

  it("a database without tables: every migration pending → run `npx desk migrate`; doctor applies none", async () => {
    const url = await emptyDatabase();
    const known = knownMigrations(TEST_ENGINE);
    const { out, exitCode } = await desk(registerDoctor, ["doctor"], { DATABASE_URL: url });
    expect(line(out, "migrations")).toEqual([
      `NG  migrations             ${known.length} pending (${known.join(", ")}) → run \`npx desk migrate\``,
    ]);
    expect(exitCode).toBe(1);
    const again = await desk(registerDoctor, ["doctor"], { DATABASE_URL: url });
    expect(line(again.out, "migrations")).toEqual(line(out, "migrations"));
  });

  it("a migration that started and did not finish: doctor NG and `desk migrate --status` exit 1 both name it", async () => {
    const file = await database();
    const failed = await failLastMigration(file.url);
    const { out, exitCode } = await desk(registerDoctor, ["doctor"], { DATABASE_URL: file.url });
    expect(line(out, "migrations")).toEqual([
      `NG  migrations             failed: ${failed} → see \`npx desk migrate --status\``,
    ]);
    expect(exitCode).toBe(1);
    const status = await desk(registerMigrate, ["migrate", "--status"], { DATABASE_URL: file.url });
    expect(status.out).toContain(failed);
    expect(status.exitCode).toBe(1);
  });

  it("Slack cannot be reached: the auth line says network / SLACK_API_URL, not the token", async () => {
    const closed = await closedPort();
    const { out } = await desk(registerDoctor, ["doctor"], {
      DATABASE_URL: (await database()).url,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: `http://127.0.0.1:${closed}/api/`,
      SECRETARIAT_CHANNEL_ID: "CSEC0001",
    });
    const auth = line(out, "slack auth.test");
    expect(auth).toHaveLength(1);
    expect(auth[0]).toMatch(/^NG/);
    expect(auth[0]).toContain("cannot reach Slack (check the network / SLACK_API_URL)");
    expect(auth[0]).toContain("Slack に接続できません（ネットワーク / SLACK_API_URL を確認）");
    expect(auth[0]).not.toContain("SLACK_BOT_TOKEN");
  });

  it("a token Slack refuses is blamed on the token", async () => {
    const fake = await startFake([{ id: "CSEC0001", isPrivate: true }]);
    const { out } = await desk(registerDoctor, ["doctor"], {
      ...slackEnv(fake),
      SLACK_BOT_TOKEN: "xoxb-wrong",
      DATABASE_URL: (await database()).url,
    });
    expect(line(out, "slack auth.test")[0]).toContain("Slack refused the token (invalid_auth) → check SLACK_BOT_TOKEN");
  });

  it("the placeholders of .env.example are flagged as still the example value", async () => {
    const example = parseDotenv(readFileSync(join(import.meta.dirname, "..", "..", ".env.example")));
    const { out, exitCode } = await desk(registerDoctor, ["doctor"], {
      ...example,
      SLACK_SIGNING_SECRET: SECRET,
      DATABASE_URL: (await database()).url,
    });
    const flagged = out.split("\n").filter((l) => l.includes("is still the example value from .env.example"));
    expect(flagged.map((l) => l.split(" ").filter(Boolean)[2])).toEqual([
      "SLACK_BOT_TOKEN",
      "SECRETARIAT_CHANNEL_ID",
      "SECRETARIAT_USER_IDS",
    ]);
    expect(flagged.every((l) => l.startsWith("NG"))).toBe(true);
    expect(exitCode).toBe(1);
  });

  it("a public secretariat channel and a digest channel without the bot are NG with the fix; good channels OK", async () => {
    const fake = await startFake([
      { id: "CSEC0001", name: "jimukyoku" },
      { id: "CDIG0001", name: "digest", isMember: false },
      { id: "CSEC0002", name: "jimukyoku-private", isPrivate: true },
      { id: "CDIG0002", name: "digest2" },
    ]);
    const url = (await database()).url;
    let { out } = await desk(registerDoctor, ["doctor"], {
      ...slackEnv(fake, { DIGEST_CHANNEL_ID: "CDIG0001" }),
      DATABASE_URL: url,
    });
    expect(line(out, "secretariat channel")).toEqual([
      "NG  secretariat channel    CSEC0001 (SECRETARIAT_CHANNEL_ID): #jimukyoku is a public channel. Applicants' information would be visible to everyone there: choose a private channel.",
    ]);
    expect(line(out, "digest channel")).toEqual([
      "NG  digest channel         CDIG0001 (DIGEST_CHANNEL_ID): The bot is not a member of #digest. Invite it with /invite @セキュリティ指導デスク.",
    ]);
    ({ out } = await desk(registerDoctor, ["doctor"], {
      ...slackEnv(fake, { SECRETARIAT_CHANNEL_ID: "CSEC0002", DIGEST_CHANNEL_ID: "CDIG0002" }),
      DATABASE_URL: url,
    }));
    expect(line(out, "secretariat channel")[0]).toMatch(
      /^OK .*CSEC0002 \(SECRETARIAT_CHANNEL_ID\) private, bot is a member/,
    );
    expect(line(out, "digest channel")[0]).toMatch(/^OK .*CDIG0002 \(DIGEST_CHANNEL_ID\) bot is a member/);
  });
});

describe.runIf(TEST_ENGINE === "postgresql")("desk migrate --status on PostgreSQL", () => {
  it("lists each migration as applied and says the schema is up to date (exit code 0)", async () => {
    const file = await database();
    const { out, exitCode, error } = await desk(registerMigrate, ["migrate", "--status"], { DATABASE_URL: file.url });
    expect(error).toBeNull();
    const known = knownMigrations("postgresql");
    expect(out.split("\n").filter((l) => /^(applied|pending|failed) /.test(l))).toEqual(
      known.map((m) => `applied  ${m}`),
    );
    expect(out).toContain("Database schema is up to date.");
    expect(exitCode ?? 0).toBe(0);
  });

  it("a database without tables: each migration pending, the fix, exit code 1", async () => {
    const url = await emptyDatabase();
    const { out, exitCode } = await desk(registerMigrate, ["migrate", "--status"], { DATABASE_URL: url });
    const known = knownMigrations("postgresql");
    expect(out.split("\n").filter((l) => /^(applied|pending|failed) /.test(l))).toEqual(
      known.map((m) => `pending  ${m}`),
    );
    expect(out).toContain(`${known.length} migration(s) pending → run \`npx desk migrate\``);
    expect(exitCode).toBe(1);
  });

  it("a failed migration is listed once, as failed, with what to do", async () => {
    const file = await database();
    const failed = await failLastMigration(file.url);
    const { out, exitCode } = await desk(registerMigrate, ["migrate", "--status"], { DATABASE_URL: file.url });
    expect(out.split("\n").filter((l) => l.includes(failed))).toEqual([`failed   ${failed}`]);
    expect(out).toContain('delete their rows from "_prisma_migrations" and run `npx desk migrate`');
    expect(exitCode).toBe(1);
  });
});

describe("desk program set --secretariat-channel / --digest-channel", () => {
  async function seeded() {
    const file = await database();
    const db = await openDatabase(file.url);
    cleanups.push(() => db.disconnect());
    const { ProgramService } = await import("../../src/features/program/program-service.js");
    await new ProgramService(db, { now: () => new Date("2019-10-01T01:00:00Z") }).ensureSeeded({
      name: "2019",
      startDate: "2019-07-17",
      endDate: "2020-01-31",
      secretariatChannelId: "CSEC0001",
    });
    return { url: file.url, db };
  }
  const current = (db: Awaited<ReturnType<typeof seeded>>["db"]) =>
    db.client.program.findFirstOrThrow({ where: { current: true } });

  it("a public channel is refused with the reason, nothing changed, no audit entry", async () => {
    const fake = await startFake([{ id: "CPUBLIC1", name: "general" }]);
    const { url, db } = await seeded();
    const audits = await db.client.auditLog.count();
    const { error } = await desk(registerProgram, ["program", "set", "--secretariat-channel", "CPUBLIC1"], {
      ...slackEnv(fake),
      DATABASE_URL: url,
    });
    expect((error as { userMessage?: { en: string; ja: string } }).userMessage).toEqual({
      en: "#general is a public channel. Applicants' information would be visible to everyone there: choose a private channel.",
      ja: "#general は公開チャンネルです。申込者の情報が見えてしまうため、非公開チャンネルを指定してください。",
    });
    expect((await current(db)).secretariatChannelId).toBe("CSEC0001");
    expect(await db.client.auditLog.count()).toBe(audits);
  });

  it("--shortage-days sets when a region is flagged short of experts; out of range is refused", async () => {
    const { url, db } = await seeded();
    expect((await current(db)).shortageHorizonDays).toBe(14);
    const { out, error } = await desk(registerProgram, ["program", "set", "--shortage-days", "7"], {
      DATABASE_URL: url,
    });
    expect(error).toBeNull();
    expect(out).toMatch(/expert shortage after \(days waiting\)\s+7/);
    expect((await current(db)).shortageHorizonDays).toBe(7);
    const refused = await desk(registerProgram, ["program", "set", "--shortage-days", "0"], { DATABASE_URL: url });
    expect(refused.error).not.toBeNull();
    expect((await current(db)).shortageHorizonDays).toBe(7);
  });

  it("without SLACK_BOT_TOKEN a channel cannot be checked: refused, naming the setting", async () => {
    const { url, db } = await seeded();
    const { error } = await desk(registerProgram, ["program", "set", "--digest-channel", "CDIG0001"], {
      DATABASE_URL: url,
    });
    expect(String((error as Error).message)).toContain("SLACK_BOT_TOKEN is not set");
    expect((await current(db)).digestChannelId).toBeNull();
  });

  it("a private secretariat channel and a public digest channel with the bot are saved", async () => {
    const fake = await startFake([
      { id: "CPRIV001", isPrivate: true },
      { id: "CDIG0001", name: "digest" },
    ]);
    const { url, db } = await seeded();
    const { out, error } = await desk(
      registerProgram,
      ["program", "set", "--secretariat-channel", "CPRIV001", "--digest-channel", "CDIG0001"],
      { ...slackEnv(fake), DATABASE_URL: url },
    );
    expect(error).toBeNull();
    expect(out).toContain("Saved.");
    expect(await current(db)).toMatchObject({ secretariatChannelId: "CPRIV001", digestChannelId: "CDIG0001" });
  });
});

describe("report output formats", () => {
  const report: Report = {
    name: "weekly-visits",
    title: { ja: "週別訪問実績", en: "Weekly visits" },
    asOf: "2020-01-31",
    tables: [
      {
        id: "t",
        sheet: "t",
        title: { ja: "表", en: "Table" },
        columns: [
          { key: "case_id", ja: "案件ID", en: "Case", kind: "int" },
          { key: "visits", ja: "訪問", en: "Visits", kind: "int" },
          { key: "total_yen", ja: "金額(円)", en: "Amount (yen)", kind: "yen" },
          { key: "percent", ja: "割合(%)", en: "Percent", kind: "pct" },
        ],
        rows: [[1234, 1521, 45630000, 12.5]],
        totalRows: [],
        highlights: [],
        notes: [],
      },
    ],
  };

  it("table output groups thousands (1,521; 45,630,000); IDs and percentages stay as they are; csv and json keep raw numbers", () => {
    const text = renderText(report);
    expect(text).toContain("1,521");
    expect(text).toContain("45,630,000");
    expect(text).toMatch(/\b1234\b/);
    expect(text).toContain("12.5");
    expect(renderCsv(report)).toContain("1234,1521,45630000,12.5");
    expect(JSON.parse(renderJson(report)).tables[0].rows[0]).toEqual({
      case_id: 1234,
      visits: 1521,
      total_yen: 45630000,
      percent: 12.5,
    });
  });

  /** Reports are a program's: a database with the 2019 program and nothing else. */
  async function programDatabase() {
    const file = await database();
    const set = await desk(
      registerProgram,
      [
        "program",
        "set",
        "--name",
        "2019",
        "--start",
        "2019-08-01",
        "--end",
        "2020-02-28",
        "--apply-from",
        "2019-08-01",
        "--apply-until",
        "2019-12-27",
      ],
      { DATABASE_URL: file.url },
    );
    expect(set.error).toBeNull();
    return file;
  }

  it("`desk report regional-matching --format table` prints 114,445 enterprises; --format csv prints 114445", async () => {
    const file = await programDatabase();
    const table = await desk(registerReport, ["report", "regional-matching", "--format", "table"], {
      DATABASE_URL: file.url,
    });
    expect(table.error).toBeNull();
    expect(table.out).toMatch(/3大都市圏 +114,445 +32\.6/);
    expect(table.out).toMatch(/total +351,294 +100/);
    const csv = await desk(registerReport, ["report", "regional-matching", "--format", "csv"], {
      DATABASE_URL: file.url,
    });
    expect(csv.out).toContain("3大都市圏,114445,32.6");
  });

  it("`desk report regional-matching --qualification` takes RISS (the default), ITC or all and refuses anything else", async () => {
    const file = await programDatabase();
    for (const q of ["RISS", "ITC", "all"]) {
      const out = await desk(registerReport, ["report", "regional-matching", "--qualification", q], {
        DATABASE_URL: file.url,
      });
      expect(out.error, q).toBeNull();
      expect(out.out).toContain(
        {
          RISS: "Matchings of RISS experts",
          ITC: "Matchings of IT Coordinator (ITC) experts",
          all: "Matchings of every expert",
        }[q],
      );
    }
    const bad = await desk(registerReport, ["report", "regional-matching", "--qualification", "RISS_ITC"], {
      DATABASE_URL: file.url,
    });
    expect(String(bad.error)).toContain('Unknown qualification "RISS_ITC": use RISS, ITC, all.');
  });
});

describe("desk report withholding and the withholding settings", () => {
  it("prints each expert's year of payments (paid on in Jan–Dec) as a table or CSV, for the 支払調書", async () => {
    const file = await database();
    const db = await openDatabase(file.url);
    try {
      const c = db.client;
      await c.program.create({
        data: {
          name: "2019",
          startDate: "2019-08-01",
          endDate: "2020-02-28",
          applyFrom: "2019-08-01",
          applyUntil: "2019-12-31",
          updatedAt: new Date(),
        },
      });
      const expert = await createExpert(c, { nameKanji: "山田 太郎", nameKana: "やまだ たろう" });
      const application = await createApplication(c, { company: { name: "株式会社サンプル" } });
      const kase = await createCase(c, { applicationId: application.id, expertId: expert.id });
      const batch = async (paidOn: string) =>
        (await c.honorariumBatch.create({ data: { paidOn, createdBy: "U1", noticesQueuedAt: new Date() } })).id;
      const [dec, jan] = [await batch("2019-12-27"), await batch("2020-01-10")];
      for (const [round, batchId, travel] of [
        [1, dec, 12_340],
        [2, dec, 0],
        [3, jan, 0],
      ] as const) {
        const visit = await c.visit.create({
          data: { caseId: kase.id, round, expertId: expert.id, status: "held", heldOn: "2019-12-01" },
        });
        await c.honorariumLine.create({
          data: {
            visitId: visit.id,
            expertId: expert.id,
            amountYen: 30_000,
            travelYen: travel,
            withheldYen: 3_063,
            netYen: 30_000 + travel - 3_063,
            status: "paid",
            batchId,
          },
        });
      }
    } finally {
      await db.disconnect();
    }
    const table = await desk(registerReport, ["report", "withholding", "--year", "2019"], { DATABASE_URL: file.url });
    expect(table.error).toBeNull();
    expect(table.out).toContain("2019年 謝金等の支払集計（支払調書用）");
    expect(table.out).toMatch(/山田 太郎 +やまだ たろう +60,000 +12,340 +6,126 +66,214 +1/);
    const csv = await desk(registerReport, ["report", "withholding", "--year", "2020", "--csv"], {
      DATABASE_URL: file.url,
    });
    expect(csv.out).toContain("山田 太郎,やまだ たろう,30000,0,3063,26937,1");
    const none = await desk(registerReport, ["report", "withholding", "--year", "2018"], { DATABASE_URL: file.url });
    expect(none.out).toContain("2018年に支払った謝金はありません。");
    const noYear = await desk(registerReport, ["report", "withholding"], { DATABASE_URL: file.url });
    expect(String(noYear.error)).toContain("--year");

    const set = await desk(
      registerProgram,
      ["program", "set", "--withholding-rate", "10", "--withholding-threshold", "500000"],
      {
        DATABASE_URL: file.url,
      },
    );
    expect(set.error).toBeNull();
    expect(set.out).toContain("withholding  10.00 % up to ¥500,000 per payment, 20.42 % above (individuals)");
    const bad = await desk(registerProgram, ["program", "set", "--withholding-high-rate", "twenty"], {
      DATABASE_URL: file.url,
    });
    expect(String(bad.error)).toContain("--withholding-high-rate takes a percentage");
  });
});
