/**
 * The real app as a child process (`npm start`) against the fake Slack, and the data the process
 * tests seed straight into the database so that a burst starts at once.
 */
import { WebClient } from "@slack/web-api";
import type { Database } from "../../src/db/client.js";
import { ProgramService } from "../../src/features/program/program-service.js";
import { systemClock } from "../../src/lib/clock.js";
import { type Launched, launch } from "./child-process.js";
import type { FakeSlack } from "./fake-slack.js";
import { SlackDriver } from "./slack-driver.js";

export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export type AppProcess = { app: Launched; driver: SlackDriver; port: number };

/**
 * `npm start` with `env`; resolves once it listens, with a driver that sends to it. `preload`:
 * modules loaded before the app (`node --import`), e.g. test/support/shifted-clock.ts.
 */
export async function startAppProcess(
  env: Record<string, string>,
  fake: FakeSlack,
  opts: { signingSecret: string; preload?: string[] },
): Promise<AppProcess> {
  const app = launch([...(opts.preload ?? []).flatMap((m) => ["--import", m]), "src/main.ts"], env);
  const started = /running on port (\d+)/;
  try {
    await until(() => started.test(app.output()) || app.child.exitCode !== null, "the app to start");
  } catch (error) {
    await stopProcess(app);
    throw error;
  }
  const port = Number(started.exec(app.output())?.[1]);
  if (!port) throw new Error(`the app did not start:\n${app.output()}`);
  const driver = new SlackDriver({
    appUrl: `http://127.0.0.1:${port}/slack/events`,
    signingSecret: opts.signingSecret,
    fake,
  });
  return { app, driver, port };
}

/** SIGKILL (nothing runs after it: no shutdown, no last writes) and wait for the exit. */
export async function stopProcess(p: Launched): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill("SIGKILL");
  await p.exited;
}

/**
 * Pending experts whose registration was already posted for review in `channel` (message ts in
 * the outbox): posting them through the app would take a second each (Slack allows one post per
 * second per channel, and the outbox keeps to it).
 */
export async function seedPendingExperts(
  db: Database,
  fake: FakeSlack,
  users: { id: string }[],
  slack: { token: string; channel: string },
): Promise<number[]> {
  const client = new WebClient(slack.token, { slackApiUrl: fake.url, retryConfig: { retries: 0 } });
  const ids: number[] = [];
  for (const [i, u] of users.entries()) {
    const expert = await db.client.expert.create({
      data: {
        slackUserId: u.id,
        nameKanji: `専門家 ${i}`,
        nameKana: "せんもんか",
        qualification: "RISS",
        rissNumber: String(100000 + i),
        prefecture: 23,
        coveredPrefectures: "[23]",
        industries: '["E"]',
        capacity: 3,
        status: "pending",
        registeredOn: "2019-10-01",
      },
    });
    const at = new Date("2019-10-01T01:00:00Z");
    await db.client.auditLog.create({
      data: { at, actor: u.id, action: "expert.register", entityType: "expert", entityId: String(expert.id) },
    });
    const text = `専門家登録の申請: 専門家 ${i}`;
    const posted = await client.chat.postMessage({ channel: slack.channel, text });
    await db.client.outboxMessage.create({
      data: {
        key: `expert:${expert.id}:review:1`,
        kind: "post",
        recipient: slack.channel,
        payload: JSON.stringify({ channel: slack.channel, text }),
        status: "sent",
        attempts: 1,
        sentAt: at,
        resultTs: posted.ts ?? null,
      },
    });
    ids.push(expert.id);
  }
  return ids;
}

/**
 * The 2019 program and, for each user, an active expert whose round-1 report is overdue on
 * 2019-12-02 (held 2019-11-20, due 2019-11-27): that day's reminder job writes each one DM.
 */
export async function seedOverdueReports(
  db: Database,
  users: { id: string }[],
  channels: { secretariat: string; digest?: string },
) {
  const program = await new ProgramService(db, systemClock).ensureSeeded({
    name: "中小企業の情報セキュリティマネジメント指導業務",
    startDate: "2019-07-17",
    endDate: "2020-01-31",
    applyFrom: "2019-08-14",
    applyUntil: "2019-11-21",
    secretariatChannelId: channels.secretariat,
    digestChannelId: channels.digest ?? null,
  });
  const ids = users.map((_, i) => 1000 + i);
  const c = db.client;
  await c.expert.createMany({
    data: users.map((u, i) => ({
      id: ids[i],
      slackUserId: u.id,
      nameKanji: `専門家${i}`,
      nameKana: "せんもんか",
      qualification: "RISS",
      status: "active",
      registeredOn: "2019-08-01",
    })),
  });
  await c.company.createMany({ data: ids.map((id, i) => ({ id, name: `企業${i}`, industry: "E", prefecture: 23 })) });
  await c.application.createMany({
    data: ids.map((id) => ({
      id,
      programId: program.id,
      companyId: id,
      receivedOn: "2019-09-01",
      source: "web",
      contactName: "x",
      contactEmail: "x@example.jp",
      contactPhone: "0",
      status: "matched",
    })),
  });
  await c.case.createMany({
    data: ids.map((id) => ({
      id,
      programId: program.id,
      applicationId: id,
      expertId: id,
      approvedBy: "USEC1",
      approvedAt: new Date("2019-10-01T01:00:00Z"),
      approvedOn: "2019-10-01",
    })),
  });
  await c.visit.createMany({
    data: ids.map((id) => ({
      caseId: id,
      expertId: id,
      round: 1,
      status: "held",
      heldOn: "2019-11-20",
      reportDueOn: "2019-11-27",
    })),
  });
}
