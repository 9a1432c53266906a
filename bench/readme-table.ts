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

type Lang = "en" | "ja";
const W = (lang: Lang, en: string, ja: string) => (lang === "ja" ? ja : en);

function cpu(s: AckStats, lang: Lang): string {
  const c = s.cpu_ms_per_request;
  if (!c) return "";
  const server = c.server === null ? "n/a" : `${n(c.server)} ms`;
  return W(
    lang,
    `; CPU per request: server ${server}, load generator ${n(c.load_generator)} ms`,
    `。1 リクエストあたりの CPU: サーバー ${server}、負荷生成側 ${n(c.load_generator)} ms`,
  );
}

export function renderTable(r: Results, lang: Lang = "en"): string {
  const w = (en: string, ja: string) => W(lang, en, ja);
  const { app, bare } = r.ack;
  const kinds = Object.entries(app.by_kind ?? {})
    .map(([kind, s]) => `${kind} ${n(s.p50_ms)} / ${n(s.p99_ms)} ms`)
    .join(", ");
  const rows: [string, string, string][] = [
    [
      w(
        `time to ack, app on scale ${r.ack.scale} (concurrency ${r.ack.concurrency}, ${n(app.requests)} requests)`,
        `ack までの時間、アプリ、規模 ${r.ack.scale}（同時実行 ${r.ack.concurrency}、${n(app.requests)} リクエスト）`,
      ),
      `p50 ${n(app.p50_ms)} ms, p95 ${n(app.p95_ms)} ms, p99 ${n(app.p99_ms)} ms, ${w(`${app.errors} errors`, `エラー ${app.errors} 件`)}${cpu(app, lang)}`,
      "p99 < 100 ms",
    ],
    [
      w("time to ack, bare Bolt app (same load)", "ack までの時間、素の Bolt アプリ（同じ負荷）"),
      `p50 ${n(bare.p50_ms)} ms, p95 ${n(bare.p95_ms)} ms, p99 ${n(bare.p99_ms)} ms${cpu(bare, lang)}`,
      "—",
    ],
    [w("ratio of p50s (app / bare)", "p50 の比（アプリ / 素の Bolt）"), n(r.ack.ratio_p50), "≤ 1.5"],
    [w("app by kind (p50 / p99)", "アプリ、種類別（p50 / p99）"), kinds, "—"],
    ...(r.ack.paced
      ? ([
          [
            w(
              `time to ack, app, paced: ${r.ack.paced.users} people each acting ${n(r.ack.paced.think_ms[0] / 1000)}–${n(r.ack.paced.think_ms[1] / 1000)} s after an answer (${n(r.ack.paced.app.requests)} requests)`,
              `ack までの時間、アプリ、間隔あり: ${r.ack.paced.users} 人がそれぞれ応答の ${n(r.ack.paced.think_ms[0] / 1000)}–${n(r.ack.paced.think_ms[1] / 1000)} 秒後に操作（${n(r.ack.paced.app.requests)} リクエスト）`,
            ),
            `p50 ${n(r.ack.paced.app.p50_ms)} ms, p95 ${n(r.ack.paced.app.p95_ms)} ms, p99 ${n(r.ack.paced.app.p99_ms)} ms, ${w(`${r.ack.paced.app.errors} errors; by kind`, `エラー ${r.ack.paced.app.errors} 件。種類別`)} ${Object.entries(
              r.ack.paced.app.by_kind ?? {},
            )
              .map(([kind, s]) => `${kind} ${n(s.p50_ms)} / ${n(s.p99_ms)} ms`)
              .join(", ")}`,
            "—",
          ],
          [
            w(
              "time to ack, bare Bolt app, paced (same load)",
              "ack までの時間、素の Bolt アプリ、間隔あり（同じ負荷）",
            ),
            `p50 ${n(r.ack.paced.bare.p50_ms)} ms, p95 ${n(r.ack.paced.bare.p95_ms)} ms, p99 ${n(r.ack.paced.bare.p99_ms)} ms`,
            "—",
          ],
        ] as [string, string, string][])
      : []),
    ...r.jobs.map((j): [string, string, string] => [
      w(`${j.job} at scale ${j.scale}`, `${j.job}、規模 ${j.scale}`),
      w(
        `${n(j.wall_ms)} ms, peak RSS ${n(j.peak_rss_mb)} MB${j.rss_growth_mb === undefined ? "" : ` (+${n(j.rss_growth_mb)} MB during the job)`}, ${j.sql_statements} SQL statements`,
        `${n(j.wall_ms)} ms、ピーク RSS ${n(j.peak_rss_mb)} MB${j.rss_growth_mb === undefined ? "" : `（ジョブ中の増加 +${n(j.rss_growth_mb)} MB）`}、SQL 文 ${j.sql_statements} 個`,
      ),
      j.job === "weekly-digest" && j.scale === 100 ? w("< 2 s at scale 100", "規模 100 で 2 秒未満") : "—",
    ]),
    [
      w(`ranking among ${n(r.ranking.experts)} experts`, `専門家 ${n(r.ranking.experts)} 人の順位付け`),
      w(
        `p50 ${n(r.ranking.p50_ms)} ms, p99 ${n(r.ranking.p99_ms)} ms per proposal`,
        `候補提示 1 回あたり p50 ${n(r.ranking.p50_ms)} ms、p99 ${n(r.ranking.p99_ms)} ms`,
      ),
      "< 50 ms",
    ],
    [
      w(
        `${n(r.delivery.messages)} DMs under Slack's rate limits`,
        `Slack のレート制限下での DM ${n(r.delivery.messages)} 通`,
      ),
      w(
        `${n(r.delivery.delivered)} delivered, ${r.delivery.duplicates} duplicates, ${n(r.delivery.wall_s)} s (limits allow ${n(r.delivery.ceiling_s)} s)`,
        `${n(r.delivery.delivered)} 通配信、重複 ${r.delivery.duplicates} 通、${n(r.delivery.wall_s)} 秒（制限上の下限 ${n(r.delivery.ceiling_s)} 秒）`,
      ),
      w("all, none twice, close to the limit", "全件、重複なし、制限に近い時間"),
    ],
  ];
  const m = r.machine;
  return [
    w(
      `Measured ${r.date.slice(0, 10)} on ${m.cores} cores (${m.cpu}), ${m.memory_gb} GB, Node ${m.node}; whole run ${r.total_s} s.`,
      `${r.date.slice(0, 10)} に ${m.cores} コア（${m.cpu}）、${m.memory_gb} GB、Node ${m.node} の環境で測定。全体の所要時間 ${r.total_s} 秒。`,
    ),
    "",
    w("| measure | result | goal |", "| 測定項目 | 結果 | 目標 |"),
    "| --- | --- | --- |",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

/** Replaces the table between the markers in README.md (English) and README.ja.md (Japanese). */
export function updateReadme(results: Results): void {
  for (const [file, lang] of [
    ["README.md", "en"],
    ["README.ja.md", "ja"],
  ] as const) {
    const path = join(ROOT, file);
    const readme = readFileSync(path, "utf8");
    const start = "<!-- bench:start -->";
    const end = "<!-- bench:end -->";
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${file} has no bench:start / bench:end markers`);
    writeFileSync(path, `${readme.slice(0, from + start.length)}\n${renderTable(results, lang)}\n${readme.slice(to)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  updateReadme(JSON.parse(readFileSync(join(ROOT, "bench", "results.json"), "utf8")) as Results);
  process.stdout.write("README.md and README.ja.md Performance tables rewritten from bench/results.json\n");
}
