/**
 * Renders bench/results.json as the README's Performance table (between the bench:start and
 * bench:end markers), so the README always shows the last full run. `npm run bench` calls it;
 * `node --import tsx bench/readme-table.ts` rewrites the table from the stored results alone.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AckStats } from "./ack.js";

type Results = {
  date: string;
  machine: { cores: number; cpu: string; memory_gb: number; node: string };
  ack: {
    scale: number;
    concurrency: number;
    app: AckStats;
    bare: AckStats;
    ratio_p50: number;
    paced?: { users: number; think_ms: [number, number]; app: AckStats; bare: AckStats };
  };
  jobs: {
    job: string;
    scale: number;
    wall_ms: number;
    peak_rss_mb: number;
    rss_growth_mb?: number;
    sql_statements: number;
  }[];
  ranking: { experts: number; p50_ms: number; p99_ms: number };
  delivery: { messages: number; delivered: number; duplicates: number; wall_s: number; ceiling_s: number };
  total_s: number;
};

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const n = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: Math.abs(x) < 10 ? 2 : 1 });

function cpu(s: AckStats): string {
  const c = s.cpu_ms_per_request;
  if (!c) return "";
  return `; CPU per request: server ${c.server === null ? "n/a" : `${n(c.server)} ms`}, load generator ${n(c.load_generator)} ms`;
}

export function renderTable(r: Results): string {
  const { app, bare } = r.ack;
  const kinds = Object.entries(app.by_kind ?? {})
    .map(([kind, s]) => `${kind} ${n(s.p50_ms)} / ${n(s.p99_ms)} ms`)
    .join(", ");
  const rows: [string, string, string][] = [
    [
      `time to ack, app on scale ${r.ack.scale} (concurrency ${r.ack.concurrency}, ${n(app.requests)} requests)`,
      `p50 ${n(app.p50_ms)} ms, p95 ${n(app.p95_ms)} ms, p99 ${n(app.p99_ms)} ms, ${app.errors} errors${cpu(app)}`,
      "p99 < 100 ms",
    ],
    [
      "time to ack, bare Bolt app (same load)",
      `p50 ${n(bare.p50_ms)} ms, p95 ${n(bare.p95_ms)} ms, p99 ${n(bare.p99_ms)} ms${cpu(bare)}`,
      "—",
    ],
    ["ratio of p50s (app / bare)", n(r.ack.ratio_p50), "≤ 1.5"],
    ["app by kind (p50 / p99)", kinds, "—"],
    ...(r.ack.paced
      ? ([
          [
            `time to ack, app, paced: ${r.ack.paced.users} people each acting ${n(r.ack.paced.think_ms[0] / 1000)}–${n(r.ack.paced.think_ms[1] / 1000)} s after an answer (${n(r.ack.paced.app.requests)} requests)`,
            `p50 ${n(r.ack.paced.app.p50_ms)} ms, p95 ${n(r.ack.paced.app.p95_ms)} ms, p99 ${n(r.ack.paced.app.p99_ms)} ms, ${r.ack.paced.app.errors} errors; by kind ${Object.entries(
              r.ack.paced.app.by_kind ?? {},
            )
              .map(([kind, s]) => `${kind} ${n(s.p50_ms)} / ${n(s.p99_ms)} ms`)
              .join(", ")}`,
            "—",
          ],
          [
            "time to ack, bare Bolt app, paced (same load)",
            `p50 ${n(r.ack.paced.bare.p50_ms)} ms, p95 ${n(r.ack.paced.bare.p95_ms)} ms, p99 ${n(r.ack.paced.bare.p99_ms)} ms`,
            "—",
          ],
        ] as [string, string, string][])
      : []),
    ...r.jobs.map((j): [string, string, string] => [
      `${j.job} at scale ${j.scale}`,
      `${n(j.wall_ms)} ms, peak RSS ${n(j.peak_rss_mb)} MB${j.rss_growth_mb === undefined ? "" : ` (+${n(j.rss_growth_mb)} MB during the job)`}, ${j.sql_statements} SQL statements`,
      j.job === "weekly-digest" && j.scale === 100 ? "< 2 s at scale 100" : "—",
    ]),
    [
      `ranking among ${n(r.ranking.experts)} experts`,
      `p50 ${n(r.ranking.p50_ms)} ms, p99 ${n(r.ranking.p99_ms)} ms per proposal`,
      "< 50 ms",
    ],
    [
      `${n(r.delivery.messages)} DMs under Slack's rate limits`,
      `${n(r.delivery.delivered)} delivered, ${r.delivery.duplicates} duplicates, ${n(r.delivery.wall_s)} s (limits allow ${n(r.delivery.ceiling_s)} s)`,
      "all, none twice, close to the limit",
    ],
  ];
  const m = r.machine;
  return [
    `Measured ${r.date.slice(0, 10)} on ${m.cores} cores (${m.cpu}), ${m.memory_gb} GB, Node ${m.node}; whole run ${r.total_s} s.`,
    "",
    "| measure | result | goal |",
    "| --- | --- | --- |",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

/** Replaces the table between the markers in README.md. */
export function updateReadme(results: Results): void {
  const path = join(ROOT, "README.md");
  const readme = readFileSync(path, "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error("README.md has no bench:start / bench:end markers");
  writeFileSync(path, `${readme.slice(0, from + start.length)}\n${renderTable(results)}\n${readme.slice(to)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  updateReadme(JSON.parse(readFileSync(join(ROOT, "bench", "results.json"), "utf8")) as Results);
  process.stdout.write("README.md Performance table rewritten from bench/results.json\n");
}
