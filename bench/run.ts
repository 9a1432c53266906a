/**
 * `npm run bench`: every speed goal as a number, on SQLite and on PostgreSQL, written to
 * bench/results.json (one section per engine) and the README's Performance tables.
 *   1. time to ack (app on a scale-100 database vs a bare Bolt app), concurrency 50; on
 *      PostgreSQL also with two app instances sharing the database
 *   2. jobs (daily reminders, weekly digest with chart, final report) at scales 1, 10, 100
 *   3. ranking among 10,000 experts (no database: once)
 *   4. delivery of 2,000 DMs under Slack's rate limits
 * `--engine sqlite|postgresql` runs one engine (written to bench/results-<engine>.json).
 * `--quick` runs small sizes (a smoke run of the harness, not the goals; bench/results-quick.json).
 * PostgreSQL is a throw-away cluster (test/support/pg-cluster.ts) with durable commits, or the
 * server DESK_TEST_POSTGRES_URL names.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { openDatabase } from "../src/db/client.js";
import type { DatabaseEngine } from "../src/db/database-url.js";
import { migrateDeploy } from "../src/db/migrate.js";
import { seedDemo } from "../src/features/demo/demo-seed.js";
import { startPgServer } from "../test/support/pg-cluster.js";
import { benchAck, benchAckInstances } from "./ack.js";
import { benchDelivery } from "./delivery.js";
import { benchJobs } from "./jobs.js";
import { benchRanking } from "./ranking.js";
import { type EngineResults, type Results, updateReadme } from "./readme-table.js";

const quick = process.argv.includes("--quick");
const engineArg = process.argv.includes("--engine") ? process.argv[process.argv.indexOf("--engine") + 1] : undefined;
if (engineArg !== undefined && engineArg !== "sqlite" && engineArg !== "postgresql") {
  process.stderr.write("usage: npm run bench -- [--quick] [--engine sqlite|postgresql]\n");
  process.exit(64);
}
const ENGINES: DatabaseEngine[] = engineArg ? [engineArg] : ["sqlite", "postgresql"];
const SCALES = quick ? [1] : [1, 10, 100];
const ACK_SCALE = quick ? 1 : 100;
const ACK = {
  total: quick ? 400 : 2000,
  concurrency: 50,
  /** About 33 requests a second from 50 people: 1,000 requests take about 30 s per app. */
  pacedTotal: quick ? 200 : 1000,
};
const DELIVERY_MESSAGES = quick ? 200 : 2000;

const scratch = mkdtempSync(join(tmpdir(), "desk-bench-"));
const log = (line: string) => process.stdout.write(`${line}\n`);
const cleanups: (() => Promise<void>)[] = [];

/** Where an engine's databases are made: files in the scratch folder, or databases on one server. */
type Databases = { create(name: string): Promise<string>; version: string | null };

async function databasesFor(engine: DatabaseEngine): Promise<Databases> {
  if (engine === "sqlite") return { create: async (name) => `file:${join(scratch, `${name}.db`)}`, version: null };
  const server = await startPgServer({ durable: true });
  cleanups.push(() => server.stop());
  const client = new pg.Client({ connectionString: server.adminUrl });
  await client.connect();
  // "15.18 (Debian 15.18-0+deb12u1)": the version without the packager's suffix.
  const version = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version.split(
    " ",
  )[0];
  await client.end();
  return {
    version,
    async create(name) {
      // A server named by DESK_TEST_POSTGRES_URL may keep an earlier run's databases.
      await server.dropDatabase(`desk_bench_${name}`);
      return server.createDatabase(`desk_bench_${name}`);
    },
  };
}

async function seeded(databases: Databases, engine: DatabaseEngine, scale: number): Promise<string> {
  const url = await databases.create(`scale_${scale}`);
  await migrateDeploy(url, { quiet: true });
  const db = await openDatabase(url);
  const started = performance.now();
  try {
    await seedDemo(db, url, { scale, seed: 2019 });
    await db.refreshStatistics();
  } finally {
    await db.disconnect();
  }
  log(`${engine}: seeded scale ${scale} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return url;
}

function logAck(
  label: string,
  s: { p50_ms: number; p95_ms: number; p99_ms: number; requests: number; errors: number },
) {
  log(`  ${label} p50 ${s.p50_ms} / p95 ${s.p95_ms} / p99 ${s.p99_ms} ms (${s.requests} requests, ${s.errors} errors)`);
}

function logCpu(label: string, s: { cpu_ms_per_request?: { server: number | null; load_generator: number } }) {
  const c = s.cpu_ms_per_request;
  log(`  ${label} CPU per request: server ${c?.server ?? "n/a"} ms, load generator ${c?.load_generator} ms`);
}

async function benchEngine(engine: DatabaseEngine, databases: Databases): Promise<EngineResults> {
  const urls = new Map<number, string>();
  for (const scale of new Set([...SCALES, ACK_SCALE])) urls.set(scale, await seeded(databases, engine, scale));

  const jobs: EngineResults["jobs"] = [];
  for (const scale of SCALES) {
    log(`${engine}: jobs at scale ${scale} …`);
    for (const { output, ...row } of await benchJobs(urls.get(scale)!, scale)) {
      jobs.push(row);
      log(
        `  ${row.job.padEnd(16)} ${String(row.wall_ms).padStart(6)} ms  ${String(row.peak_rss_mb).padStart(5)} MB (+${row.rss_growth_mb})  ${String(row.sql_statements).padStart(4)} SQL  (${output})`,
      );
    }
  }

  log(`${engine}: time to ack at concurrency ${ACK.concurrency} on scale ${ACK_SCALE} …`);
  const ack = await benchAck(urls.get(ACK_SCALE)!, ACK);
  logAck("app ", ack.app);
  logAck("bare", ack.bare);
  log(`  ratio p50 ${ack.ratio_p50}`);
  logAck("paced app ", ack.paced.app);
  logAck("paced bare", ack.paced.bare);
  logCpu("app ", ack.app);
  logCpu("bare", ack.bare);

  let twoInstances: EngineResults["two_instances"];
  if (engine === "postgresql") {
    log(`${engine}: time to ack, two app instances on one database …`);
    const two = await benchAckInstances(urls.get(ACK_SCALE)!, { ...ACK, instances: 2 });
    logAck("2 apps ", two.app);
    logAck("paced 2 apps", two.paced.app);
    logCpu("2 apps (summed)", two.app);
    twoInstances = { scale: ACK_SCALE, concurrency: ACK.concurrency, ...two };
  }

  log(`${engine}: delivery of ${DELIVERY_MESSAGES} DMs under rate limits …`);
  const deliveryUrl = await databases.create("delivery");
  await migrateDeploy(deliveryUrl, { quiet: true });
  const delivery = await benchDelivery(deliveryUrl, DELIVERY_MESSAGES);
  log(
    `  delivered ${delivery.delivered}/${delivery.messages}, duplicates ${delivery.duplicates}, ${delivery.wall_s} s (limits allow ${delivery.ceiling_s} s)`,
  );
  return {
    ack: { scale: ACK_SCALE, concurrency: ACK.concurrency, ...ack },
    ...(twoInstances ? { two_instances: twoInstances } : {}),
    jobs,
    delivery,
  };
}

async function main() {
  const started = performance.now();
  log("ranking …");
  const ranking = benchRanking();
  log(`  ${ranking.experts} experts: p50 ${ranking.p50_ms} ms, p99 ${ranking.p99_ms} ms`);

  const engines: Results["engines"] = {};
  let postgresqlVersion: string | null = null;
  for (const engine of ENGINES) {
    const databases = await databasesFor(engine);
    postgresqlVersion ??= databases.version;
    engines[engine] = await benchEngine(engine, databases);
  }

  const results: Results = {
    date: new Date().toISOString(),
    quick,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? "unknown",
      memory_gb: Math.round(totalmem() / 1073741824),
      node: process.version,
      ...(postgresqlVersion ? { postgresql: postgresqlVersion } : {}),
    },
    ranking,
    engines,
    total_s: Math.round((performance.now() - started) / 1000),
  };
  const name = quick ? "results-quick.json" : engineArg ? `results-${engineArg}.json` : "results.json";
  const out = join(dirname(fileURLToPath(import.meta.url)), name);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${out} (${results.total_s} s)`);
  // The README shows one full run of both engines on one machine.
  if (!quick && !engineArg) {
    updateReadme(results);
    log("updated the Performance tables in README.md and README.ja.md");
  }
}

main()
  .catch((error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  });
