import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { weeklyDigestJob } from "../../src/jobs/weekly-digest.js";
import { DIGEST_CHANNEL, type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { Fixture } from "./reminders-fixture.js";

const exec = promisify(execFile);
const E1 = USERS.expert1.id;

/**
 * A hand-checked program of five weeks (digest on Monday 2019-11-25 for the week 11-18..11-24):
 *
 *   week ending   r1  r2  r3  r4  week  cumulative
 *   2019/10/27     2   0   0   0     2      2
 *   2019/11/3     10*  0   0   0    10     12     ← spans the October/November boundary; 10 = highlight
 *   2019/11/10     0   0   0   0     0     12     ← a week without visits
 *   2019/11/17     0   3   0   0     3     15
 *   2019/11/24     0   2   1   0     3     18
 *   total         12   5   1   0    18
 *
 * 13 matched cases: A–K and N active, L terminated on 11-20; N was approved on 11-19.
 * Program end moved to 2019-12-20. Forecast from 11-25: pace = (10+0+3+3)/4 = 4.0 a week,
 * 25 days = 3.57 weeks left → 14.3 visits. Remaining: A 1, B–E 2 each, F–K 3 each, N 4 (31).
 * N cannot finish even at a visit a week (12-02 + 3 weeks = 12-23 > 12-20): 1 at risk. The rest,
 * closest first: 1+2+2+2+2+3 = 12 ≤ 14.3, one more 3 does not fit → 6 of 12 expected to complete.
 * Experts: 2 active (capacity 5 + 10), 6 active cases each → 12/15. Regions (metro = 東京・愛知・大阪):
 * A–E in 東京 → 5 of 13 matchings (38.5%), 8 elsewhere (61.5%); enterprises 32.6% : 67.4%.
 * Applications that week: received 2 (11-19, 11-21), screened valid 1 (11-20), matched 1 (N).
 */
async function seedProgram(h: Harness) {
  const f = new Fixture(h.db);
  await h.services.program.update({ endDate: "2019-12-20" }, "test");
  const e1 = await f.expert({ slackUserId: E1, name: "山田 太郎", capacity: 5 });
  const e2 = await f.expert({ slackUserId: USERS.expert2.id, name: "鈴木 花子", capacity: 10 });
  const letters = "ABCDEFGHIJKL".split("");
  const cases: Record<string, { id: number; expertId: number }> = {};
  const smes: { company: string; contact: string; email: string; phone: string }[] = [];
  for (const [i, L] of letters.entries()) {
    const expert = i < 6 ? e1 : e2;
    const sme = {
      company: `株式会社テスト${L}製作所`,
      contact: `連絡 ${L}子`,
      email: `contact-${L.toLowerCase()}@sme-${L.toLowerCase()}.example.jp`,
      phone: `06-1234-56${String(i).padStart(2, "0")}`,
    };
    smes.push(sme);
    const c = await f.case({
      expertId: expert.id,
      company: sme.company,
      contact: { name: sme.contact, email: sme.email, phone: sme.phone },
      prefecture: i < 5 ? 13 : 1 + i,
      approvedOn: "2019-10-01",
      ...(L === "L" ? { status: "terminated", terminatedOn: "2019-11-20" } : {}),
    });
    cases[L] = { id: c.id, expertId: expert.id };
  }
  const N = await f.case({
    expertId: e2.id,
    company: "株式会社テストN製作所",
    prefecture: 40,
    approvedOn: "2019-11-19",
  });
  smes.push({
    company: "株式会社テストN製作所",
    contact: "担当者13",
    email: "contact13@example.co.jp",
    phone: "03-0000-0013",
  });
  const held = (L: string, round: number, heldOn: string) =>
    f.visit({ caseId: cases[L].id, expertId: cases[L].expertId, round, heldOn });
  await held("A", 1, "2019-10-24");
  await held("B", 1, "2019-10-25");
  for (const L of "CDEFG") await held(L, 1, "2019-10-30");
  for (const L of "HIJKL") await held(L, 1, "2019-11-01");
  for (const L of "ABC") await held(L, 2, "2019-11-12");
  for (const L of "DE") await held(L, 2, "2019-11-18");
  await held("A", 3, "2019-11-20");
  await f.application({ company: "今週受付一株式会社", status: "received", receivedOn: "2019-11-19" });
  await f.application({ company: "今週受付二株式会社", status: "received", receivedOn: "2019-11-21" });
  await f.application({
    company: "有効判定株式会社",
    status: "valid",
    receivedOn: "2019-11-10",
    screenedAt: new Date("2019-11-20T02:00:00Z"),
  });
  return { cases, N, smes };
}

describe("weekly digest", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.stop();
  });

  async function runDigest(at = "2019-11-25T09:00:00") {
    h.clock.set(at);
    const outcome = await weeklyDigestJob.run(h.app.ctx, h.clock.now());
    await h.settle();
    return outcome;
  }

  it("posts the hand-checked numbers in Table 3's layout, with the chart uploaded through Slack's file upload", async () => {
    h = await startHarness({ now: "2019-11-25T09:00:00" });
    const { N } = await seedProgram(h);
    await runDigest();

    const posts = h.fake.messages(DIGEST_CHANNEL);
    expect(posts).toHaveLength(1);
    const digest = posts[0];
    const blocks = JSON.stringify(digest.blocks);
    expect(digest.text).toBe(
      "週次進捗ダイジェスト（2019/11/18〜2019/11/24）: 今週の訪問 3件、累計 18件、完了見込み 6/12件、間に合わないおそれ 1件",
    );
    const table = digest.blocks!.find((b: any) => b.text?.text?.includes("```")).text.text as string;
    const rows = table.split("\n").filter((l: string) => l.startsWith("～") || l.startsWith("計"));
    expect(rows.map((r: string) => r.split(/\s+/).filter(Boolean))).toEqual([
      ["～2019/10/27", "2", "0", "0", "0", "2", "2"],
      ["～2019/11/3", "10*", "0", "0", "0", "10", "12"],
      ["～2019/11/10", "0", "0", "0", "0", "0", "12"],
      ["～2019/11/17", "0", "3", "0", "0", "3", "15"],
      ["～2019/11/24", "0", "2", "1", "0", "3", "18"],
      ["計", "12", "5", "1", "0", "18"],
    ]);
    expect(blocks).toContain("今週の訪問* 計 3件（第1回 0・第2回 2・第3回 1・第4回 0）");
    expect(blocks).toContain("マッチング済み 13件（実施中 12・完了 0・途中終了 1）");
    expect(blocks).toContain("累計訪問 18件: 第1回 12（92.3%）・第2回 5（38.5%）・第3回 1（7.7%）・第4回 0（0.0%）");
    expect(blocks).toContain("受付 2件・有効 1件・マッチング 1件");
    expect(blocks).toContain("完了 0件・途中終了 1件");
    expect(blocks).toContain("直近4週の平均 4.0件/週");
    expect(blocks).toContain("12月20日(金) までに *6件 / 12件* が完了する見込みです（残り訪問 31件、残り 3.6週）");
    expect(blocks).toContain("終了日に間に合わないおそれのある案件: *1件*");
    expect(blocks).toContain("担当中 2名 / 承認済み 2名（100.0%）・担当件数 12 / 受入上限 15（80.0%）");
    expect(blocks).toContain("3大都市圏 5件（38.5%）・その他 8件（61.5%）— 企業数の比率 32.6% : 67.4%（計 13件）");

    // The chart: produced, uploaded with files.getUploadURLExternal + POST + files.completeUploadExternal.
    const files = h.fake.files();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      filename: "weekly-visits-2019-11-24.png",
      uploaded: true,
      shared: true,
      channel_id: DIGEST_CHANNEL,
    });
    expect(files[0].bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(files[0].bytes.readUInt32BE(16)).toBe(1200);
    expect(h.fake.calls("files.getUploadURLExternal")).toHaveLength(1);
    expect(h.fake.calls("files.completeUploadExternal")).toHaveLength(1);
    const out = join(mkdtempSync(join(tmpdir(), "digest-chart-")), "weekly-visits.png");
    writeFileSync(out, files[0].bytes);

    // The at-risk case by name: the secretariat channel only.
    const risk = h.fake.messages(SECRETARIAT_CHANNEL);
    expect(risk).toHaveLength(1);
    expect(risk[0].text).toContain("終了日に間に合わないおそれのある案件 1件");
    expect(JSON.stringify(risk[0].blocks)).toContain(
      `案件#${N.id} 株式会社テストN製作所（専門家 鈴木 花子）残り4回・次回未定`,
    );
  });

  it("never puts an SME's name or contact details in the digest channel", async () => {
    h = await startHarness({ now: "2019-11-25T09:00:00" });
    const { smes } = await seedProgram(h);
    await runDigest();
    const channelText = [
      ...h.fake.messages(DIGEST_CHANNEL).map((m) => `${m.text}\n${JSON.stringify(m.blocks)}`),
      ...h.fake
        .calls("files.completeUploadExternal")
        .map((c) => `${c.args.initial_comment ?? ""}\n${JSON.stringify(c.args.files)}`),
      ...h.fake.calls("files.getUploadURLExternal").map((c) => String(c.args.filename)),
    ].join("\n");
    expect(channelText.length).toBeGreaterThan(500);
    for (const sme of smes)
      for (const secret of [sme.company, sme.contact, sme.email, sme.phone]) expect(channelText).not.toContain(secret);
    expect(channelText).not.toMatch(/@[\w.-]+\.(jp|com)/);
    expect(channelText).not.toContain("山田");
  });

  it("run twice: one digest, one chart, one at-risk message; the opted-in expert gets one summary, others none", async () => {
    h = await startHarness({ now: "2019-11-22T12:00:00" });
    await seedProgram(h);
    await h.driver.command(E1, "/expert", "weekly on");
    await h.settle();
    expect(h.fake.responses().at(-1)!.body.text).toContain("週次まとめ");
    await runDigest();
    await runDigest("2019-11-25T15:00:00");
    expect(h.fake.messages(DIGEST_CHANNEL)).toHaveLength(1);
    expect(h.fake.files()).toHaveLength(1);
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(1);
    const summary = h.fake.messages(E1);
    expect(summary).toHaveLength(1);
    expect(summary[0].text).toBe("今週のまとめ: 担当中 6件、今週の訪問 3件");
    expect(JSON.stringify(summary[0].blocks)).toContain("株式会社テストD製作所 第2回");
    expect(h.fake.messages(USERS.expert2.id)).toHaveLength(0);
    expect(await h.db.jobRun.count({ where: { job: "weekly-digest", period: "2019-11-24", status: "done" } })).toBe(1);
  });

  it("sends nothing for a week outside the program and catches a missed Monday up once", async () => {
    h = await startHarness({ now: "2019-07-08T09:00:00" });
    await runDigest("2019-07-08T09:00:00");
    expect(h.fake.messages(DIGEST_CHANNEL)).toHaveLength(0);
    expect((await h.db.jobRun.findFirstOrThrow({ where: { job: "weekly-digest" } })).detail).toContain(
      "outside_program",
    );
    await seedProgram(h);
    h.clock.set("2019-11-25T08:59:00");
    expect(await weeklyDigestJob.catchUp!(h.app.ctx, h.clock.now())).toBeNull();
    h.clock.set("2019-11-26T10:00:00");
    await weeklyDigestJob.catchUp!(h.app.ctx, h.clock.now());
    await weeklyDigestJob.catchUp!(h.app.ctx, h.clock.now());
    await h.settle();
    expect(h.fake.messages(DIGEST_CHANNEL)).toHaveLength(1);
    expect(h.fake.messages(DIGEST_CHANNEL)[0].text).toContain("2019/11/18〜2019/11/24");
  });

  it("`desk run weekly-digest --at …` re-runs a missed week from the shell: sent once, even with the app running the job too", async () => {
    h = await startHarness({ now: "2019-11-25T09:00:00" });
    await seedProgram(h);
    const env = {
      ...process.env,
      DATABASE_URL: h.env.DATABASE_URL,
      LOG_LEVEL: "error",
      SLACK_BOT_TOKEN: h.env.SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET: h.env.SLACK_SIGNING_SECRET,
      SLACK_API_URL: h.fake.url,
      SECRETARIAT_CHANNEL_ID: SECRETARIAT_CHANNEL,
    };
    const out = await exec(process.execPath, ["bin/desk.js", "run", "weekly-digest", "--at", "2019-11-25T09:00"], {
      env,
      timeout: 60_000,
    });
    expect(out.stdout).toContain("weekly-digest: week ending 2019-11-24: 3 new, 0 already queued");
    expect(out.stdout).toContain("delivery: 3 sent, 0 waiting (the app sends them), 0 given up");
    await runDigest();
    expect(h.fake.messages(DIGEST_CHANNEL)).toHaveLength(1);
    expect(h.fake.files()).toHaveLength(1);
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(1);
    // A CLI process (tsx start-up): allow for a busy CI machine.
  }, 120_000);

  it("`desk run … --dry-run` prints the Block Kit and text, and sends and records nothing", async () => {
    h = await startHarness({ now: "2019-11-25T09:00:00" });
    await seedProgram(h);
    const env = { ...process.env, DATABASE_URL: h.env.DATABASE_URL, LOG_LEVEL: "error" };
    const digest = await exec(
      process.execPath,
      ["bin/desk.js", "run", "weekly-digest", "--at", "2019-11-25T09:00", "--dry-run"],
      { env, timeout: 60_000 },
    );
    expect(digest.stdout).toContain(
      "weekly-digest for the week 2019-11-18..2019-11-24 (at 2019-11-25 09:00 Japan time) — dry run: nothing is sent or recorded.",
    );
    expect(digest.stdout).toContain(`── post to ${DIGEST_CHANNEL} (digest channel) — key digest:2019-11-24`);
    expect(digest.stdout).toContain("週次進捗ダイジェスト（2019/11/18〜2019/11/24）: 今週の訪問 3件");
    expect(digest.stdout).toContain('"type": "header"');
    expect(digest.stdout).toMatch(/weekly-visits-2019-11-24\.png \([\d,]+ bytes PNG\)/);

    const daily = await exec(
      process.execPath,
      ["bin/desk.js", "run", "daily-reminders", "--at", "2019-11-25T09:00", "--dry-run"],
      { env, timeout: 60_000 },
    );
    expect(daily.stdout).toContain("daily-reminders for 2019-11-25 (at 2019-11-25 09:00 Japan time) — dry run");
    expect(daily.stdout).toContain(`── DM to ${E1} — key reminder:expert:${E1}:2019-11-25`);
    expect(daily.stdout).toContain("今日のリマインド: 日程未定 5件");
    expect(daily.stdout).toContain('"action_id": "visit_schedule_next"');
    expect(daily.stdout).toContain("事務局リマインド: 審査待ちの申込み 2件");

    expect(h.fake.calls("chat.postMessage")).toHaveLength(0);
    expect(await h.db.outboxMessage.count()).toBe(0);
    expect(await h.db.jobRun.count()).toBe(0);
    // Two CLI processes (tsx start-up each): allow for a busy CI machine.
  }, 120_000);
});
