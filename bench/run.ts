/**
 * `npm run bench`: every speed goal as a number, written to bench/results.json.
 *   1. time to ack (app on a scale-100 database vs a bare Bolt app), concurrency 50
 *   2. jobs (daily reminders, weekly digest with chart, final report) at scales 1, 10, 100
 *   3. ranking among 10,000 experts
 *   4. delivery of 2,000 DMs under Slack's rate limits
 * `npm run bench -- --quick` runs small sizes (a smoke run of the harness, not the goals).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/db/client.js";
import { migrateDeploy } from "../src/db/migrate.js";
import { seedDemo } from "../src/features/demo/demo-seed.js";
import { benchAck } from "./ack.js";
import { benchDelivery } from "./delivery.js";
import { benchJobs, type JobResult } from "./jobs.js";
import { benchRanking } from "./ranking.js";
import { updateReadme } from "./readme-table.js";

const quick = process.argv.includes("--quick");
const SCALES = quick ? [1] : [1, 10, 100];
const ACK_SCALE = quick ? 1 : 100;
const ACK_REQUESTS = quick ? 400 : 2000;
/** About 33 requests a second from 50 people: 1,000 requests take about 30 s per app. */
const ACK_PACED_REQUESTS = quick ? 200 : 1000;
const DELIVERY_MESSAGES = quick ? 200 : 2000;

const scratch = mkdtempSync(join(tmpdir(), "desk-bench-"));
const log = (line: string) => process.stdout.write(`${line}\n`);

async function seeded(scale: number): Promise<string> {
  const url = `file:${join(scratch, `scale-${scale}.db`)}`;
  await migrateDeploy(url, { quiet: true });
  const db = await openDatabase(url);
  const started = performance.now();
  await seedDemo(db, url, { scale, seed: 2019 });
  await db.disconnect();
  log(`seeded scale ${scale} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return url;
}

async function main() {
  const started = performance.now();
  const urls = new Map<number, string>();
  for (const scale of new Set([...SCALES, ACK_SCALE])) urls.set(scale, await seeded(scale));

  log("ranking …");
  const ranking = benchRanking();
  log(`  ${ranking.experts} experts: p50 ${ranking.p50_ms} ms, p99 ${ranking.p99_ms} ms`);

  const jobs: Omit<JobResult, "output">[] = [];
  for (const scale of SCALES) {
    log(`jobs at scale ${scale} …`);
    for (const r of await benchJobs(urls.get(scale)!, scale)) {
      const { output, ...row } = r;
      jobs.push(row);
      log(
        `  ${r.job.padEnd(16)} ${String(r.wall_ms).padStart(6)} ms  ${String(r.peak_rss_mb).padStart(5)} MB (+${r.rss_growth_mb})  ${String(r.sql_statements).padStart(4)} SQL  (${output})`,
      );
    }
  }

  log(`time to ack at concurrency 50 on scale ${ACK_SCALE} …`);
  const ack = await benchAck(urls.get(ACK_SCALE)!, {
    total: ACK_REQUESTS,
    concurrency: 50,
    pacedTotal: ACK_PACED_REQUESTS,
  });
  log(
    `  app  p50 ${ack.app.p50_ms} / p95 ${ack.app.p95_ms} / p99 ${ack.app.p99_ms} ms (${ack.app.requests} requests, ${ack.app.errors} errors)`,
  );
  log(`  bare p50 ${ack.bare.p50_ms} / p95 ${ack.bare.p95_ms} / p99 ${ack.bare.p99_ms} ms; ratio p50 ${ack.ratio_p50}`);
  log(
    `  paced (50 people, think 0.5–2.5 s): app p50 ${ack.paced.app.p50_ms} / p99 ${ack.paced.app.p99_ms} ms; bare p50 ${ack.paced.bare.p50_ms} / p99 ${ack.paced.bare.p99_ms} ms`,
  );
  for (const [name, s] of [
    ["app", ack.app],
    ["bare", ack.bare],
  ] as const)
    log(
      `  ${name} CPU per request: server ${s.cpu_ms_per_request?.server ?? "n/a"} ms, load generator ${s.cpu_ms_per_request?.load_generator} ms`,
    );

  log(`delivery of ${DELIVERY_MESSAGES} DMs under rate limits …`);
  const delivery = await benchDelivery(DELIVERY_MESSAGES);
  log(
    `  delivered ${delivery.delivered}/${delivery.messages}, duplicates ${delivery.duplicates}, ${delivery.wall_s} s (limits allow ${delivery.ceiling_s} s)`,
  );

  const results = {
    date: new Date().toISOString(),
    quick,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? "unknown",
      memory_gb: Math.round(totalmem() / 1073741824),
      node: process.version,
    },
    ack: { scale: ACK_SCALE, concurrency: 50, ...ack },
    jobs,
    ranking,
    delivery,
    total_s: Math.round((performance.now() - started) / 1000),
  };
  const out = join(dirname(fileURLToPath(import.meta.url)), quick ? "results-quick.json" : "results.json");
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${out} (${results.total_s} s)`);
  if (!quick) {
    updateReadme(results);
    log("updated the Performance table in README.md");
  }
}

main()
  .catch((error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(scratch, { recursive: true, force: true }));
