/**
 * Program years from the terminal: `desk program new` (settings copied, dates checked, a name used
 * twice refused, current unless --keep-current), `desk program list`, `desk program switch`, and
 * `--program NAME` on reports and exports (an unknown name lists the known ones).
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerExport } from "../../src/cli/commands/export.js";
import { registerProgram } from "../../src/cli/commands/program.js";
import { registerReport } from "../../src/cli/commands/report.js";
import { openDatabase } from "../../src/db/client.js";
import { ProgramService } from "../../src/features/program/program-service.js";
import { freshDatabaseFile } from "../support/db-fixture.js";
import { createApplication, createCase, createExpert } from "../support/fixtures.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function desk(args: string[], url: string): Promise<{ out: string; error: unknown }> {
  for (const name of ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SECRETARIAT_CHANNEL_ID", "DIGEST_CHANNEL_ID"])
    vi.stubEnv(name, undefined as never);
  vi.stubEnv("DATABASE_URL", url);
  const out: string[] = [];
  const capture = (chunk: unknown) => {
    out.push(String(chunk));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, "write").mockImplementation(capture),
    vi.spyOn(process.stderr, "write").mockImplementation(capture),
  ];
  let error: unknown = null;
  try {
    const program = new Command().exitOverride();
    for (const register of [registerProgram, registerReport, registerExport]) register(program);
    await program.parseAsync(["node", "desk", ...args]);
  } catch (e) {
    error = e;
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return { out: out.join(""), error };
}

async function seeded() {
  const file = await freshDatabaseFile();
  cleanups.push(() => file.cleanup());
  const db = await openDatabase(file.url);
  cleanups.push(() => db.disconnect());
  await new ProgramService(db, { now: () => new Date("2019-10-01T01:00:00Z") }).ensureSeeded({
    name: "2019",
    startDate: "2019-07-17",
    endDate: "2020-01-31",
    applyFrom: "2019-08-14",
    applyUntil: "2019-11-21",
  });
  await db.client.program.updateMany({ data: { honorariumRissYen: 32000 } });
  return { url: file.url, db };
}

const NEW_2020 = [
  "program",
  "new",
  "--name",
  "2020",
  "--start",
  "2020-04-01",
  "--end",
  "2021-03-31",
  "--apply-from",
  "2020-04-15",
  "--apply-until",
  "2021-01-31",
];

describe("desk program new / list / switch", () => {
  it("creates 2020 with the current settings and makes it current; 2019 is listed as past", async () => {
    const { url, db } = await seeded();
    const { out, error } = await desk(NEW_2020, url);
    expect(error).toBeNull();
    expect(out).toContain("Created 2020; it is now the current program.");
    const programs = await db.client.program.findMany({ orderBy: { id: "asc" } });
    expect(programs.map((p) => [p.name, p.current, p.honorariumRissYen])).toEqual([
      ["2019", false, 32000],
      ["2020", true, 32000],
    ]);
    const list = await desk(["program", "list"], url);
    expect(list.out).toContain("* 2020  2020-04-01 – 2021-03-31");
    expect(list.out).toContain("  2019  2019-07-17 – 2020-01-31");
    expect(list.out).toContain("(past: read-only)");
    expect(await db.client.auditLog.count({ where: { action: "program.switch" } })).toBe(1);
  });

  it("refuses a name used twice and dates out of order, changing nothing", async () => {
    const { url, db } = await seeded();
    const twice = await desk([...NEW_2020.slice(0, 3), "2019", ...NEW_2020.slice(4)], url);
    expect(String(twice.error)).toContain('A program named "2019" already exists');
    const order = await desk(
      NEW_2020.map((a) => (a === "2021-03-31" ? "2020-03-01" : a)),
      url,
    );
    expect(String(order.error)).toContain("The end date must be on or after the start date.");
    expect(await db.client.program.count()).toBe(1);
  });

  it("--keep-current creates the year without switching; switch then makes it current", async () => {
    const { url, db } = await seeded();
    const kept = await desk([...NEW_2020, "--keep-current"], url);
    expect(kept.out).toContain("Created 2020 (not current).");
    expect((await db.client.program.findFirstOrThrow({ where: { current: true } })).name).toBe("2019");
    const switched = await desk(["program", "switch", "2020"], url);
    expect(switched.out).toContain("2020 is now the current program.");
    expect(await db.client.program.count({ where: { current: true } })).toBe(1);
    const again = await desk(["program", "switch", "2020"], url);
    expect(String(again.error)).toContain("2020 is already the current program.");
  });
});

describe("a year with reports waiting for review", () => {
  it("is not switched away from (its reports could no longer be accepted) unless --force", async () => {
    const { url, db } = await seeded();
    const expert = await createExpert(db.client);
    const app = await createApplication(db.client, {});
    const c = await createCase(db.client, { applicationId: app.id, expertId: expert.id });
    const visit = await db.client.visit.create({
      data: { caseId: c.id, round: 1, expertId: expert.id, status: "held", heldOn: "2019-10-01" },
    });
    await db.client.visitReport.create({
      data: { visitId: visit.id, version: 1, status: "submitted", content: "{}", submittedAt: new Date() },
    });
    const refused = await desk(NEW_2020, url);
    expect(String(refused.error)).toContain(
      "The 2019 program has 1 visit report(s) waiting for review. Once another program is current, 2019 is read-only and they can no longer be accepted: review them first.",
    );
    expect(await db.client.program.count()).toBe(1);
    // Created without switching, the switch is refused the same way; --force switches.
    expect((await desk([...NEW_2020, "--keep-current"], url)).error).toBeNull();
    expect(String((await desk(["program", "switch", "2020"], url)).error)).toContain("waiting for review");
    expect((await db.client.program.findFirstOrThrow({ where: { current: true } })).name).toBe("2019");
    const forced = await desk(["program", "switch", "2020", "--force"], url);
    expect(forced.error).toBeNull();
    expect((await db.client.program.findFirstOrThrow({ where: { current: true } })).name).toBe("2020");
  });
});

describe("--program on reports and exports", () => {
  it("reports and exports one year at a time; an unknown name lists the known ones", async () => {
    const { url, db } = await seeded();
    const expert = await createExpert(db.client);
    const app2019 = await createApplication(db.client, { company: { name: "株式会社旧年度" } });
    await createCase(db.client, { applicationId: app2019.id, expertId: expert.id });
    await desk(NEW_2020, url);

    const y2019 = await desk(["report", "cases", "--format", "csv", "--program", "2019"], url);
    expect(y2019.out).toContain("株式会社旧年度");
    const y2020 = await desk(["report", "cases", "--format", "csv"], url);
    expect(y2020.out).not.toContain("株式会社旧年度");

    const out = join(tmpdir(), `cases-${process.pid}-${Date.now()}.csv`);
    cleanups.push(() => rmSync(out, { force: true }));
    const exported = await desk(["export", "cases", "--program", "2019", "--out", out], url);
    expect(exported.out).toContain("Wrote 1 cases");
    expect(existsSync(out) && readFileSync(out, "utf8")).toContain("株式会社旧年度");
    expect((await desk(["export", "cases", "--out", out], url)).out).toContain("Wrote 0 cases");

    const unknown = await desk(["report", "cases", "--program", "2018"], url);
    expect(String(unknown.error)).toContain('There is no program "2018". Known programs: 2020, 2019');
  });
});
