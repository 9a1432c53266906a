/**
 * Time to ack through the real HTTP receiver with signed requests, at a given concurrency, for
 * slash commands, button clicks, view submissions and option loads — against the app on a seeded
 * database and against a bare Bolt app whose handlers only ack().
 */
import { App } from "@slack/bolt";
import { startApp } from "../src/app.js";
import { loadAppEnv } from "../src/config/env.js";
import { EXPERT_IDS } from "../src/features/experts/experts-ids.js";
import { expertFormModal } from "../src/features/experts/views/expert-form.js";
import { MATCHING_IDS } from "../src/features/matching/matching-ids.js";
import { createLogger } from "../src/lib/logger.js";
import { FakeSlack } from "../test/support/fake-slack.js";
import { SlackDriver } from "../test/support/slack-driver.js";

export type AckStats = { p50_ms: number; p95_ms: number; p99_ms: number; requests: number; errors: number };

const SECRET = "0123456789abcdef0123456789abcdef";
const TOKEN = "xoxb-bench";
const SEC = "UBENCHSEC";
const EXPERTS = Array.from({ length: 50 }, (_, i) => `UBENCHEXP${i}`);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(2));
}

export function stats(samples: number[], errors: number): AckStats {
  const s = [...samples].sort((a, b) => a - b);
  return { p50_ms: percentile(s, 50), p95_ms: percentile(s, 95), p99_ms: percentile(s, 99), requests: samples.length + errors, errors };
}

type Kind = "command" | "button" | "view" | "options";

/** The four request kinds, each a function that sends one signed request and returns its time. */
function requests(driver: SlackDriver, expertIds: number[]) {
  const profileView = { id: "VBENCHPROFILE", ...expertFormModal("ja", "edit", null), callback_id: EXPERT_IDS.profileModal };
  const searchView = {
    id: "VBENCHSEARCH",
    type: "modal",
    callback_id: "bench",
    title: { type: "plain_text", text: "bench" },
    blocks: [{ type: "section", block_id: "search", text: { type: "mrkdwn", text: "x" }, accessory: { type: "external_select", action_id: MATCHING_IDS.addCandidate, min_query_length: 1 } }],
  };
  const names = ["佐藤", "すずき", "高橋", "たなか", "山"];
  let n = 0;
  return {
    command: async () => (await driver.command(SEC, "/desk", n++ % 2 === 0 ? "queue" : "help")).ms,
    button: async () => (await driver.clickButton(SEC, { actionId: EXPERT_IDS.approveButton, value: String(expertIds[n++ % expertIds.length]) })).ms,
    view: async () => {
      const user = EXPERTS[n++ % EXPERTS.length];
      const values = driver.fill(profileView, {
        "氏名（漢字）": "ベンチ 太郎",
        "氏名（かな）": "べんち たろう",
        資格: "情報処理安全確保支援士（RISS）",
        "情報処理安全確保支援士 登録番号": "123456",
        居住都道府県: "東京都",
        同時に担当できる最大件数: String(1 + (n % 5)),
      });
      return (await driver.submitView(user, profileView, values)).ms;
    },
    options: async () => {
      const started = performance.now();
      await driver.suggest(SEC, { actionId: MATCHING_IDS.addCandidate, blockId: "search", value: names[n++ % names.length], view: searchView });
      return performance.now() - started;
    },
  } satisfies Record<Kind, () => Promise<number>>;
}

async function load(send: Record<Kind, () => Promise<number>>, total: number, concurrency: number) {
  const kinds: Kind[] = ["command", "button", "view", "options"];
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const kind = kinds[next++ % kinds.length];
      try {
        const ms = await send[kind]();
        samples.push(ms);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return stats(samples, errors);
}

/** Runs both loads; `databaseUrl` must hold a seeded program (desk seed demo). */
export async function benchAck(databaseUrl: string, opts: { total: number; concurrency: number }): Promise<{ app: AckStats; bare: AckStats; ratio_p50: number }> {
  const users = [{ id: SEC, name: "bench-sec" }, ...EXPERTS.map((id, i) => ({ id, name: `bench-expert-${i}` }))];
  const fake = await FakeSlack.start({ users, channels: ["CBENCHSEC"], botToken: TOKEN });
  try {
    const env = loadAppEnv({
      DATABASE_URL: databaseUrl,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.url,
      PORT: "0",
      SECRETARIAT_CHANNEL_ID: "CBENCHSEC",
      SECRETARIAT_USER_IDS: SEC,
      JOBS_ENABLED: "false",
      LOG_LEVEL: "error",
    });
    const running = await startApp({ env, logger: createLogger("error"), retryConfig: { retries: 0 }, schedule: false });
    // Give bench users expert records: the profile submissions write to them.
    const first = await running.db.client.expert.findMany({ where: { status: "active" }, take: EXPERTS.length, orderBy: { id: "asc" }, select: { id: true } });
    for (const [i, e] of first.entries()) await running.db.client.expert.update({ where: { id: e.id }, data: { slackUserId: EXPERTS[i] } });
    const driver = new SlackDriver({ appUrl: `http://127.0.0.1:${running.port}/slack/events`, signingSecret: SECRET, fake });
    const ids = first.map((e) => e.id);
    await load(requests(driver, ids), 200, 10); // warm-up: JIT, statement caches
    const app = await load(requests(driver, ids), opts.total, opts.concurrency);
    await running.settle();
    await running.stop();

    const bare = new App({ token: TOKEN, signingSecret: SECRET, botId: "BBOT", botUserId: "UBOT", clientOptions: { slackApiUrl: fake.url } });
    bare.command(/.*/, async ({ ack }) => ack());
    bare.action(/.*/, async ({ ack }) => ack());
    bare.view(/.*/, async ({ ack }) => ack());
    bare.options(/.*/, async ({ ack }) => ack({ options: [] }));
    const server = (await bare.start(0)) as unknown as { address(): { port: number } };
    const bareDriver = new SlackDriver({ appUrl: `http://127.0.0.1:${server.address().port}/slack/events`, signingSecret: SECRET, fake });
    await load(requests(bareDriver, ids), 200, 10);
    const bareStats = await load(requests(bareDriver, ids), opts.total, opts.concurrency);
    await bare.stop();
    return { app, bare: bareStats, ratio_p50: Number((app.p50_ms / Math.max(0.01, bareStats.p50_ms)).toFixed(2)) };
  } finally {
    await fake.stop();
  }
}
