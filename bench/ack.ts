/**
 * Time to ack through the real HTTP receiver with signed requests, at a given concurrency, for
 * slash commands, button clicks, view submissions and option loads — against the app on a seeded
 * database and against a bare Bolt app whose handlers only ack().
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/db/client.js";
import { EXPERT_IDS } from "../src/features/experts/experts-ids.js";
import { expertFormModal } from "../src/features/experts/views/expert-form.js";
import { MATCHING_IDS } from "../src/features/matching/matching-ids.js";
import { mulberry32 } from "../src/lib/random.js";
import { FakeSlack } from "../test/support/fake-slack.js";
import { SlackDriver } from "../test/support/slack-driver.js";

export type AckStats = {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  requests: number;
  errors: number;
  by_kind?: Record<string, AckStats>;
  /**
   * CPU the server process and the load generator (with the fake Slack API it serves) spent per
   * request: on a 2-core machine all three share the cores, so this explains the latencies.
   */
  cpu_ms_per_request?: { server: number | null; load_generator: number };
};

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
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
  return {
    p50_ms: percentile(s, 50),
    p95_ms: percentile(s, 95),
    p99_ms: percentile(s, 99),
    requests: samples.length + errors,
    errors,
  };
}

type Kind = "command" | "button" | "view" | "options";

/** The four request kinds, each a function that sends one signed request and returns its time. */
function requests(driver: SlackDriver, expertIds: number[]) {
  const profileView = {
    id: "VBENCHPROFILE",
    ...expertFormModal("ja", "edit", null),
    callback_id: EXPERT_IDS.profileModal,
  };
  const searchView = {
    id: "VBENCHSEARCH",
    type: "modal",
    callback_id: "bench",
    title: { type: "plain_text", text: "bench" },
    blocks: [
      {
        type: "section",
        block_id: "search",
        text: { type: "mrkdwn", text: "x" },
        accessory: { type: "external_select", action_id: MATCHING_IDS.addCandidate, min_query_length: 1 },
      },
    ],
  };
  const names = ["佐藤", "すずき", "高橋", "たなか", "山"];
  let n = 0;
  return {
    command: async () => (await driver.command(SEC, "/desk", n++ % 2 === 0 ? "queue" : "help")).ms,
    button: async () =>
      (
        await driver.clickButton(SEC, {
          actionId: EXPERT_IDS.approveButton,
          value: String(expertIds[n++ % expertIds.length]),
        })
      ).ms,
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
      await driver.suggest(SEC, {
        actionId: MATCHING_IDS.addCandidate,
        blockId: "search",
        value: names[n++ % names.length],
        view: searchView,
      });
      return performance.now() - started;
    },
  } satisfies Record<Kind, () => Promise<number>>;
}

/**
 * `concurrency` workers send `total` requests. Without `thinkMs` each sends its next request as
 * soon as the last is answered (a saturating closed loop: latency is mostly the queue). With it,
 * each pauses a random time in [min, max] ms first: people at work, not a flood.
 */
async function load(
  send: Record<Kind, () => Promise<number>>,
  total: number,
  concurrency: number,
  thinkMs?: [number, number],
) {
  // BENCH_ACK_KINDS=view,options narrows the mix when profiling one kind of request.
  const kinds = (process.env.BENCH_ACK_KINDS?.split(",") ?? ["command", "button", "view", "options"]) as Kind[];
  const samples: number[] = [];
  const byKind: Record<Kind, number[]> = { command: [], button: [], view: [], options: [] };
  let errors = 0;
  let next = 0;
  const random = mulberry32(2019);
  const worker = async () => {
    while (next < total) {
      if (thinkMs) {
        await new Promise((r) => setTimeout(r, thinkMs[0] + random() * (thinkMs[1] - thinkMs[0])));
        if (next >= total) break;
      }
      const kind = kinds[next++ % kinds.length];
      try {
        const ms = await send[kind]();
        samples.push(ms);
        byKind[kind].push(ms);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ...stats(samples, errors), by_kind: Object.fromEntries(kinds.map((k) => [k, stats(byKind[k], 0)])) };
}

/** User + system CPU of a process in ms, from /proc (Linux); null elsewhere. */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** Runs a load and measures the CPU the server and this process spent on it. */
async function measured(server: { cpu: () => number | null }, run: () => Promise<AckStats>): Promise<AckStats> {
  const serverBefore = server.cpu();
  const ownBefore = process.cpuUsage();
  const result = await run();
  const own = process.cpuUsage(ownBefore);
  const serverAfter = server.cpu();
  const per = (ms: number) => Number((ms / result.requests).toFixed(2));
  return {
    ...result,
    cpu_ms_per_request: {
      server: serverBefore === null || serverAfter === null ? null : per(serverAfter - serverBefore),
      load_generator: per((own.user + own.system) / 1000),
    },
  };
}

/** Starts a server script as its own process (its own event loop, like production) and waits for its port. */
async function spawnServer(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ port: number; cpu: () => number | null; stop: () => Promise<void> }> {
  // BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers under load.
  const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DOTENV_CONFIG_PATH: "/nonexistent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d;
      const m = ready.exec(output);
      if (m) resolve(Number(m[1]));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return {
    port,
    cpu: () => processCpuMs(child.pid),
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners("close");
        child.on("close", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** The paced load: each of the 50 people acts again 0.5–2.5 s after an answer (as the soak test does). */
const PACED_THINK_MS: [number, number] = [500, 2500];

/** Runs both loads; `databaseUrl` must hold a seeded program (desk seed demo). */
export async function benchAck(
  databaseUrl: string,
  opts: { total: number; concurrency: number; pacedTotal: number },
): Promise<{
  app: AckStats;
  bare: AckStats;
  ratio_p50: number;
  paced: { users: number; think_ms: [number, number]; app: AckStats; bare: AckStats };
}> {
  const users = [{ id: SEC, name: "bench-sec" }, ...EXPERTS.map((id, i) => ({ id, name: `bench-expert-${i}` }))];
  const fake = await FakeSlack.start({
    users,
    channels: [{ id: "CBENCHSEC", isPrivate: true }, { id: "CBENCHDIGEST" }],
    botToken: TOKEN,
  });
  try {
    // Give bench users expert records: the profile submissions write to them.
    const db = await openDatabase(databaseUrl);
    const first = await db.client.expert.findMany({
      where: { status: "active" },
      take: EXPERTS.length,
      orderBy: { id: "asc" },
      select: { id: true },
    });
    for (const [i, e] of first.entries())
      await db.client.expert.update({ where: { id: e.id }, data: { slackUserId: EXPERTS[i] } });
    await db.disconnect();
    const ids = first.map((e) => e.id);
    const env = {
      DATABASE_URL: databaseUrl,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.url,
      SECRETARIAT_CHANNEL_ID: "CBENCHSEC",
      SECRETARIAT_USER_IDS: SEC,
      JOBS_ENABLED: "false",
      LOG_LEVEL: "error",
    };

    const app = await spawnServer(
      ["src/main.ts"],
      { ...env, PORT: String(40000 + Math.floor(Math.random() * 5000)) },
      /running on port (\d+)/,
    );
    const driver = new SlackDriver({
      appUrl: `http://127.0.0.1:${app.port}/slack/events`,
      signingSecret: SECRET,
      fake,
    });
    await load(requests(driver, ids), 200, 10); // warm-up: JIT, statement caches, locale lookups
    const appStats = await measured(app, () => load(requests(driver, ids), opts.total, opts.concurrency));
    const pacedApp = await measured(app, () =>
      load(requests(driver, ids), opts.pacedTotal, opts.concurrency, PACED_THINK_MS),
    );
    await app.stop();

    const bare = await spawnServer(["bench/bare-app.ts"], { ...env, PORT: "0" }, /bare app on port (\d+)/);
    const bareDriver = new SlackDriver({
      appUrl: `http://127.0.0.1:${bare.port}/slack/events`,
      signingSecret: SECRET,
      fake,
    });
    await load(requests(bareDriver, ids), 200, 10);
    const bareStats = await measured(bare, () => load(requests(bareDriver, ids), opts.total, opts.concurrency));
    const pacedBare = await measured(bare, () =>
      load(requests(bareDriver, ids), opts.pacedTotal, opts.concurrency, PACED_THINK_MS),
    );
    await bare.stop();
    return {
      app: appStats,
      bare: bareStats,
      ratio_p50: Number((appStats.p50_ms / Math.max(0.01, bareStats.p50_ms)).toFixed(2)),
      paced: { users: opts.concurrency, think_ms: PACED_THINK_MS, app: pacedApp, bare: pacedBare },
    };
  } finally {
    await fake.stop();
  }
}

// Standalone, for profiling: node --import tsx bench/ack.ts file:/path/seeded.db [requests] [concurrency] [paced requests]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [url, total = "2000", concurrency = "50", pacedTotal = "0"] = process.argv.slice(2);
  if (!url) throw new Error("usage: bench/ack.ts file:/path/seeded.db [requests] [concurrency] [paced requests]");
  const result = await benchAck(url, {
    total: Number(total),
    concurrency: Number(concurrency),
    pacedTotal: Number(pacedTotal),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
