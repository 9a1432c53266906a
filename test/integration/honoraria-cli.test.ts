/**
 * `desk honoraria` from the command line, as the secretariat runs it: the payer set with every bad
 * option named, and a payment batch's Zengin transfer file written, refused first while an expert
 * has no bank account.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { readZenginTransfer } from "../../src/features/honoraria/zengin/zengin-file.js";
import { ProgramService } from "../../src/features/program/program-service.js";
import { ManualClock } from "../../src/lib/clock.js";
import { ROOT } from "../support/child-process.js";
import { freshDatabaseFile } from "../support/db-fixture.js";
import { createApplication, createCase, createExpert } from "../support/fixtures.js";

const exec = promisify(execFile);

describe("desk honoraria", () => {
  let file: Awaited<ReturnType<typeof freshDatabaseFile>>;
  let batchId = 0;
  let expertId = 0;

  beforeAll(async () => {
    file = await freshDatabaseFile();
    const db = await openDatabase(file.url);
    await new ProgramService(db, new ManualClock("2019-09-30T10:00:00")).ensureSeeded({
      name: "2019",
      startDate: "2019-07-17",
      endDate: "2020-01-31",
      applyFrom: "2019-08-14",
      applyUntil: "2019-11-21",
    });
    const expert = await createExpert(db.client, { nameKanji: "山田 太郎" });
    expertId = expert.id;
    const app = await createApplication(db.client, {});
    const c = await createCase(db.client, { applicationId: app.id, expertId: expert.id });
    const batch = await db.client.honorariumBatch.create({ data: { paidOn: "2019-11-25", createdBy: "USEC1" } });
    batchId = batch.id;
    for (const round of [1, 2]) {
      const visit = await db.client.visit.create({
        data: { caseId: c.id, round, expertId: expert.id, status: "completed", heldOn: `2019-10-0${round}` },
      });
      await db.client.honorariumLine.create({
        data: { visitId: visit.id, expertId: expert.id, amountYen: 30000, netYen: 30000, status: "paid", batchId },
      });
    }
    await db.disconnect();
  }, 60_000);
  afterAll(() => file.cleanup());

  async function desk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const out = await exec(process.execPath, ["bin/desk.js", "honoraria", ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: file.url, LOG_LEVEL: "error" },
        timeout: 60_000,
      });
      return { code: 0, ...out };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it("refuses, then sets the payer, and writes the batch's transfer file once every expert has an account", async () => {
    const out = join(file.path, "..", "transfer.txt");
    const noPayer = await desk("transfer-file", "--batch", String(batchId), "--out", out);
    expect(noPayer.code).not.toBe(0);
    expect(noPayer.stderr).toContain("The payer is not set");

    const bad = await desk("payer", "--code", "12345", "--name", "中部", "--bank", "0002", "--branch", "001");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("10-digit number");
    expect(bad.stderr).toContain("These characters cannot be used: 中 部");
    expect(bad.stderr).toContain("Bank code “0002” is not in the Zengin bank list");
    expect(bad.stderr).toContain("Choose the account type");

    const good = await desk(
      ...["payer", "--code", "1234567890", "--name", "ジムキヨク", "--bank", "5", "--branch", "1"],
      ...["--type", "当座", "--account", "7654321"],
    );
    expect(good.stderr).toBe("");
    expect(good.stdout).toContain("Payer: ｼﾞﾑｷﾖｸ (code 1234567890)");
    expect(good.stdout).toContain("0005 三菱ＵＦＪ / 001 本店 / type 2 / 7654321");

    const noAccount = await desk("transfer-file", "--batch", String(batchId), "--out", out);
    expect(noAccount.code).not.toBe(0);
    expect(noAccount.stderr).toContain("These experts have no bank account yet: 山田 太郎");

    const db = await openDatabase(file.url);
    await db.client.expertBankAccount.create({
      data: {
        expertId,
        bankCode: "0001",
        branchCode: "001",
        accountType: "1",
        accountNumber: "1234567",
        holderKana: "ﾔﾏﾀﾞ ﾀﾛｳ",
        payeeKind: "individual",
        updatedBy: "cli",
      },
    });
    await db.disconnect();
    const written = await desk("transfer-file", "--batch", String(batchId), "--out", out);
    expect(written.stderr).toBe("");
    expect(written.stdout).toContain("1 transfers, ¥60,000 in all, paid on 2019-11-25");
    const read = readZenginTransfer(readFileSync(out));
    expect(read.header).toMatchObject({
      payerCode: "1234567890",
      payerName: "ｼﾞﾑｷﾖｸ",
      bankCode: "0005",
      accountType: "2",
    });
    expect(read.payees.map((p) => [p.bankCode, p.branchCode, p.accountNumber, p.holderName, p.amountYen])).toEqual([
      ["0001", "001", "1234567", "ﾔﾏﾀﾞ ﾀﾛｳ", 60000],
    ]);
    expect(read.trailer).toEqual({ count: 1, totalYen: 60000 });
    const accounts = await desk("accounts");
    expect(accounts.stdout).toContain(`#${expertId} 山田 太郎: 0001 みずほ / 001 東京営業部 / type 1 / 1234567`);
  }, 180_000);
});
