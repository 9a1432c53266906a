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

/**
 * The four request kinds, each a function that sends one signed request and returns its time;
 * with several drivers (app instances), each kind's requests go to each in turn. Each kind varies
 * on its own count: commands alternate between the queue and the help, and profile submissions go
 * round the 50 experts, each round changing their capacity.
 */
export function requests(drivers: SlackDriver[], expertIds: number[]) {
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
  const counts: Record<Kind, number> = { command: 0, button: 0, view: 0, options: 0 };
  /** The instance a kind's next request goes to, and its number among that kind's requests there. */
  const next = (kind: Kind) => {
    const i = counts[kind]++;
    return { driver: drivers[i % drivers.length], n: Math.floor(i / drivers.length) };
  };
  return {
    command: async () => {
      const { driver, n } = next("command");
      return (await driver.command(SEC, "/desk", n % 2 === 0 ? "queue" : "help")).ms;
    },
    button: async () => {
      const { driver, n } = next("button");
      return (
        await driver.clickButton(SEC, {
          actionId: EXPERT_IDS.approveButton,
          value: String(expertIds[n % expertIds.length]),
        })
      ).ms;
    },
    view: async () => {
      const { driver, n } = next("view");
      const values = driver.fill(profileView, {
        "氏名（漢字）": "ベンチ 太郎",
        "氏名（かな）": "べんち たろう",
        資格: "情報処理安全確保支援士（RISS）",
        "情報処理安全確保支援士 登録番号": "123456",
        居住都道府県: "東京都",
        同時に担当できる最大件数: String(1 + (Math.floor(n / EXPERTS.length) % 5)),
      });
      return (await driver.submitView(EXPERTS[n % EXPERTS.length], profileView, values)).ms;
    },
    options: async () => {
      const { driver, n } = next("options");
      const started = performance.now();
      await driver.suggest(SEC, {
        actionId: MATCHING_IDS.addCandidate,
        blockId: "search",
        value: names[n % names.length],
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
export async function load(
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

type Server = { port: number; cpu: () => number | null; stop: () => Promise<void> };

/** Runs a load and measures the CPU the servers (summed) and this process spent on it. */
async function measured(servers: Server[], run: () => Promise<AckStats>): Promise<AckStats> {
  const total = () => {
    const each = servers.map((s) => s.cpu());
    return each.some((c) => c === null) ? null : (each as number[]).reduce((a, b) => a + b, 0);
  };
  const serverBefore = total();
  const ownBefore = process.cpuUsage();
  const result = await run();
  const own = process.cpuUsage(ownBefore);
  const serverAfter = total();
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
async function spawnServer(args: string[], env: Record<string, string>, ready: RegExp): Promise<Server> {
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

export type AckOptions = { total: number; concurrency: number; pacedTotal: number };

/** The saturating and the paced load against one server script, started `instances` times on one database. */
type Measured = { load: AckStats; paced: AckStats };

/**
 * Gives the bench users expert records on the seeded database (the profile submissions write to
 * them), starts the fake Slack, and hands `measure` a function that runs both loads against
 * `instances` processes of a server script, requests alternating between them.
 */
async function withBench<T>(
  databaseUrl: string,
  opts: AckOptions,
  run: (measure: (script: "app" | "bare", instances: number) => Promise<Measured>) => Promise<T>,
): Promise<T> {
  const users = [{ id: SEC, name: "bench-sec" }, ...EXPERTS.map((id, i) => ({ id, name: `bench-expert-${i}` }))];
  const fake = await FakeSlack.start({
    users,
    channels: [{ id: "CBENCHSEC", isPrivate: true }, { id: "CBENCHDIGEST" }],
    botToken: TOKEN,
  });
  try {
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
      PORT: "0",
    };
    const scripts = {
      app: { args: ["src/main.ts"], ready: /running on port (\d+)/ },
      bare: { args: ["bench/bare-app.ts"], ready: /bare app on port (\d+)/ },
    };
    return await run(async (script, instances) => {
      // One after the other: instances migrate the same database at start.
      const servers: Server[] = [];
      try {
        for (let i = 0; i < instances; i++)
          servers.push(await spawnServer(scripts[script].args, env, scripts[script].ready));
        const drivers = servers.map(
          (s) => new SlackDriver({ appUrl: `http://127.0.0.1:${s.port}/slack/events`, signingSecret: SECRET, fake }),
        );
        await load(requests(drivers, ids), 200 * instances, 10); // warm-up: JIT, statement caches, locale lookups
        const saturating = await measured(servers, () => load(requests(drivers, ids), opts.total, opts.concurrency));
        const paced = await measured(servers, () =>
          load(requests(drivers, ids), opts.pacedTotal, opts.concurrency, PACED_THINK_MS),
        );
        return { load: saturating, paced };
      } finally {
        for (const s of servers) await s.stop();
      }
    });
  } finally {
    await fake.stop();
  }
}

export type AckResult = {
  app: AckStats;
  bare: AckStats;
  ratio_p50: number;
  paced: { users: number; think_ms: [number, number]; app: AckStats; bare: AckStats };
};

/** Both loads against the app and against the bare Bolt app; `databaseUrl` must hold a seeded program (desk seed demo). */
export async function benchAck(databaseUrl: string, opts: AckOptions): Promise<AckResult> {
  return withBench(databaseUrl, opts, async (measure) => {
    const app = await measure("app", 1);
    const bare = await measure("bare", 1);
    return {
      app: app.load,
      bare: bare.load,
      ratio_p50: Number((app.load.p50_ms / Math.max(0.01, bare.load.p50_ms)).toFixed(2)),
      paced: { users: opts.concurrency, think_ms: PACED_THINK_MS, app: app.paced, bare: bare.paced },
    };
  });
}

export type InstancesAckResult = {
  instances: number;
  app: AckStats;
  paced: { users: number; think_ms: [number, number]; app: AckStats };
};

/**
 * Both loads against several app processes sharing one database (PostgreSQL), requests
 * alternating between them; CPU per request is summed over the processes.
 */
export async function benchAckInstances(
  databaseUrl: string,
  opts: AckOptions & { instances: number },
): Promise<InstancesAckResult> {
  return withBench(databaseUrl, opts, async (measure) => {
    const app = await measure("app", opts.instances);
    return {
      instances: opts.instances,
      app: app.load,
      paced: { users: opts.concurrency, think_ms: PACED_THINK_MS, app: app.paced },
    };
  });
}

// Standalone, for profiling: node --import tsx bench/ack.ts <seeded DATABASE_URL> [requests] [concurrency] [paced requests] [instances]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [url, total = "2000", concurrency = "50", pacedTotal = "0", instances = "1"] = process.argv.slice(2);
  if (!url)
    throw new Error("usage: bench/ack.ts <seeded DATABASE_URL> [requests] [concurrency] [paced requests] [instances]");
  const opts = { total: Number(total), concurrency: Number(concurrency), pacedTotal: Number(pacedTotal) };
  const result =
    Number(instances) > 1
      ? await benchAckInstances(url, { ...opts, instances: Number(instances) })
      : await benchAck(url, opts);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
