/**
 * Renders bench/results.json as the README's Performance tables (between the bench:start and
 * bench:end markers) in README.md and, with Japanese headings, README.ja.md, so both always show
 * the last full run. Each measure has a row per engine (SQLite, PostgreSQL, PostgreSQL with two
 * app instances). `npm run bench` calls it; `node --import tsx bench/readme-table.ts` rewrites
 * the tables from the stored results alone.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseEngine } from "../src/db/database-url.js";
import type { AckResult, AckStats, InstancesAckResult } from "./ack.js";
import type { DeliveryResult } from "./delivery.js";
import type { JobResult } from "./jobs.js";

type AckSetting = { scale: number; concurrency: number };

/** What `npm run bench` measured on one engine. */
export type EngineResults = {
  ack: AckSetting & AckResult;
  /** PostgreSQL: two app processes sharing the database. */
  two_instances?: AckSetting & InstancesAckResult;
  jobs: Omit<JobResult, "output">[];
  delivery: DeliveryResult;
};

export type Results = {
  date: string;
  quick: boolean;
  machine: { cores: number; cpu: string; memory_gb: number; node: string; postgresql?: string };
  ranking: { experts: number; p50_ms: number; p99_ms: number };
  engines: Partial<Record<DatabaseEngine, EngineResults>>;
  total_s: number;
};

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const n = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: Math.abs(x) < 10 ? 2 : 1 });

type Lang = "en" | "ja";
const W = (lang: Lang, en: string, ja: string) => (lang === "ja" ? ja : en);

/**
 * One run of the ack benchmark: an engine with one app instance (and the bare Bolt app beside
 * it), or PostgreSQL with two instances (no bare app).
 */
type AckRun = {
  label: string;
  engine: DatabaseEngine;
  ack: AckSetting & { app: AckStats; paced: { users: number; think_ms: [number, number]; app: AckStats } };
  single: AckResult | null;
};

function ackRuns(r: Results, lang: Lang): AckRun[] {
  const runs: AckRun[] = [];
  for (const engine of ["sqlite", "postgresql"] as const) {
    const e = r.engines[engine];
    if (!e) continue;
    runs.push({ label: engineName(engine), engine, ack: e.ack, single: e.ack });
    if (e.two_instances)
      runs.push({
        label: W(
          lang,
          `${engineName(engine)}, ${e.two_instances.instances} instances`,
          `${engineName(engine)}、${e.two_instances.instances} インスタンス`,
        ),
        engine,
        ack: e.two_instances,
        single: null,
      });
  }
  return runs;
}

const engineName = (engine: DatabaseEngine) => (engine === "sqlite" ? "SQLite" : "PostgreSQL");

const percentiles = (s: AckStats) => `p50 ${n(s.p50_ms)} ms, p95 ${n(s.p95_ms)} ms, p99 ${n(s.p99_ms)} ms`;
const byKind = (s: AckStats) =>
  Object.entries(s.by_kind ?? {})
    .map(([kind, k]) => `${kind} ${n(k.p50_ms)} / ${n(k.p99_ms)} ms`)
    .join(", ");
const cpuOf = (s: AckStats) => {
  const server = s.cpu_ms_per_request?.server;
  return server === null || server === undefined ? "n/a" : `${n(server)} ms`;
};

/** Rows of one measure: the measure named on its first row only, then a row per run. */
function measure<T>(title: string, runs: T[], cells: (run: T) => string[]): string[][] {
  return runs.map((run, i) => [i === 0 ? title : "", ...cells(run)]);
}

function ackRows(r: Results, lang: Lang): string[][] {
  const w = (en: string, ja: string) => W(lang, en, ja);
  const runs = ackRuns(r, lang);
  if (runs.length === 0) return [];
  const single = runs.flatMap((run) => (run.single ? [{ label: run.label, ack: run.single }] : []));
  const { scale, concurrency, app, paced } = runs[0].ack;
  const errors = (s: AckStats) => w(`${s.errors} errors`, `エラー ${s.errors} 件`);
  const think = `${n(paced.think_ms[0] / 1000)}–${n(paced.think_ms[1] / 1000)}`;
  return [
    ...measure(
      w(
        `time to ack, app on scale ${scale} (concurrency ${concurrency}, ${n(app.requests)} requests)`,
        `ack までの時間、アプリ、規模 ${scale}（同時実行 ${concurrency}、${n(app.requests)} リクエスト）`,
      ),
      runs,
      (run) => [run.label, `${percentiles(run.ack.app)}, ${errors(run.ack.app)}`, "p99 < 100 ms"],
    ),
    ...measure(
      w("time to ack, bare Bolt app (same load)", "ack までの時間、素の Bolt アプリ（同じ負荷）"),
      single,
      (run) => [run.label, percentiles(run.ack.bare), "—"],
    ),
    ...measure(w("ratio of p50s (app / bare)", "p50 の比（アプリ / 素の Bolt）"), single, (run) => [
      run.label,
      n(run.ack.ratio_p50),
      "≤ 1.5",
    ]),
    ...measure(
      w(
        "server CPU per request (app; bare Bolt app; load generator)",
        "1 リクエストあたりのサーバー CPU（アプリ、素の Bolt アプリ、負荷生成側）",
      ),
      runs,
      (run) => {
        const bare = run.single?.bare;
        const app = `${w("app", "アプリ")} ${cpuOf(run.ack.app)}${bare ? "" : w(" (instances summed)", "（インスタンスの合計）")}`;
        const loadGenerator = `${w("load generator", "負荷生成側")} ${n(run.ack.app.cpu_ms_per_request?.load_generator ?? 0)} ms`;
        return [
          run.label,
          [app, ...(bare ? [`${w("bare", "素の Bolt")} ${cpuOf(bare)}`] : []), loadGenerator].join(w("; ", "、")),
          run.engine === "sqlite" && bare ? "≤ 3 ms" : "—",
        ];
      },
    ),
    ...measure(w("app by kind (p50 / p99)", "アプリ、種類別（p50 / p99）"), runs, (run) => [
      run.label,
      byKind(run.ack.app),
      "—",
    ]),
    ...measure(
      w(
        `time to ack, app, paced: ${paced.users} people each acting ${think} s after an answer (${n(paced.app.requests)} requests)`,
        `ack までの時間、アプリ、間隔あり: ${paced.users} 人がそれぞれ応答の ${think} 秒後に操作（${n(paced.app.requests)} リクエスト）`,
      ),
      runs,
      (run) => [
        run.label,
        `${percentiles(run.ack.paced.app)}, ${errors(run.ack.paced.app)}${w("; by kind", "。種類別")} ${byKind(run.ack.paced.app)}`,
        "p99 < 50 ms",
      ],
    ),
    ...measure(
      w("time to ack, bare Bolt app, paced (same load)", "ack までの時間、素の Bolt アプリ、間隔あり（同じ負荷）"),
      single,
      (run) => [run.label, percentiles(run.ack.paced.bare), "—"],
    ),
  ];
}

const table = (header: string[], rows: string[][]) => [
  `| ${header.join(" | ")} |`,
  `| ${header.map(() => "---").join(" | ")} |`,
  ...rows.map((row) => `| ${row.join(" | ")} |`),
];

export function renderTable(r: Results, lang: Lang = "en"): string {
  const w = (en: string, ja: string) => W(lang, en, ja);
  const engines = (["sqlite", "postgresql"] as const).filter((e) => r.engines[e]);

  // Job by job (in the order they ran), each scale, each engine: the engines side by side.
  const all = engines.flatMap((e) => r.engines[e]?.jobs ?? []);
  const jobKeys = [...new Set(all.map((j) => j.job))].flatMap((job) =>
    [...new Set(all.filter((j) => j.job === job).map((j) => j.scale))]
      .sort((a, b) => a - b)
      .map((scale) => ({ job, scale })),
  );
  const jobRows = jobKeys.flatMap(({ job, scale }) =>
    measure(
      job,
      engines.flatMap((engine) => {
        const j = r.engines[engine]?.jobs.find((x) => x.job === job && x.scale === scale);
        return j ? [{ engine, j }] : [];
      }),
      ({ engine, j }) => [
        engineName(engine),
        `${n(j.wall_ms)} ms`,
        `${n(j.peak_rss_mb)} MB${j.rss_growth_mb === undefined ? "" : ` (+${n(j.rss_growth_mb)} MB)`}`,
        String(j.sql_statements),
        job === "weekly-digest" && scale === 100 ? w("< 1 s", "1 秒未満") : "—",
      ],
    ).map(([title, ...rest]) => [title, title ? String(scale) : "", ...rest]),
  );

  const deliveryRows = measure(
    w(
      `${n(r.engines[engines[0]]?.delivery.messages ?? 0)} DMs under Slack's rate limits`,
      `Slack のレート制限下での DM ${n(r.engines[engines[0]]?.delivery.messages ?? 0)} 通`,
    ),
    engines,
    (engine) => {
      const d = r.engines[engine]!.delivery;
      return [
        engineName(engine),
        w(
          `${n(d.delivered)} delivered, ${d.duplicates} duplicates, ${n(d.wall_s)} s (limits allow ${n(d.ceiling_s)} s)`,
          `${n(d.delivered)} 通配信、重複 ${d.duplicates} 通、${n(d.wall_s)} 秒（制限上の下限 ${n(d.ceiling_s)} 秒）`,
        ),
        w("all, none twice, close to the limit", "全件、重複なし、制限に近い時間"),
      ];
    },
  );

  const m = r.machine;
  const pgVersion = m.postgresql ? w(`, PostgreSQL ${m.postgresql}`, `、PostgreSQL ${m.postgresql}`) : "";
  return [
    w(
      `Measured ${r.date.slice(0, 10)} on ${m.cores} cores (${m.cpu}), ${m.memory_gb} GB, Node ${m.node}${pgVersion}; whole run ${r.total_s} s.`,
      `${r.date.slice(0, 10)} に ${m.cores} コア（${m.cpu}）、${m.memory_gb} GB、Node ${m.node}${pgVersion} の環境で測定。全体の所要時間 ${r.total_s} 秒。`,
    ),
    "",
    w("**Slack requests**", "**Slack からのリクエスト**"),
    "",
    ...table(w("measure|engine|result|goal", "測定項目|データベース|結果|目標").split("|"), ackRows(r, lang)),
    "",
    w("**Scheduled jobs**", "**定期ジョブ**"),
    "",
    ...table(
      w(
        "job|scale|engine|time|peak RSS (growth during the job)|SQL statements|goal",
        "ジョブ|規模|データベース|時間|ピーク RSS（ジョブ中の増加）|SQL 文|目標",
      ).split("|"),
      jobRows,
    ),
    "",
    w("**Ranking and delivery**", "**順位付けと配信**"),
    "",
    ...table(w("measure|engine|result|goal", "測定項目|データベース|結果|目標").split("|"), [
      [
        w(`ranking among ${n(r.ranking.experts)} experts`, `専門家 ${n(r.ranking.experts)} 人の順位付け`),
        w("— (no database)", "—（データベースを使わない）"),
        w(
          `p50 ${n(r.ranking.p50_ms)} ms, p99 ${n(r.ranking.p99_ms)} ms per proposal`,
          `候補提示 1 回あたり p50 ${n(r.ranking.p50_ms)} ms、p99 ${n(r.ranking.p99_ms)} ms`,
        ),
        "< 50 ms",
      ],
      ...deliveryRows,
    ]),
  ].join("\n");
}

/** Replaces the tables between the markers in README.md (English) and README.ja.md (Japanese). */
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
