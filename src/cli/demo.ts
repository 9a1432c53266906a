// `npm run demo`: the product without a Slack workspace. Seeds the 2019-shaped program (scale 1)
// into a throw-away database, prints the weekly digest as text and the final-report tables, and
// writes the weekly chart PNG, the workbook and the HTML report into ./out/demo/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openDatabase } from "../db/client.js";
import { migrateDeploy } from "../db/migrate.js";
import { seedDemo } from "../features/demo/demo-seed.js";
import { ManualClock } from "../lib/clock.js";
import { createLogger } from "../lib/logger.js";
import { blocksToText } from "../slack/blocks-to-text.js";
import { cliTexts } from "./cli.texts.js";
import { cliServices } from "./cli-context.js";

const DIGEST_AT = "2020-01-14T09:00";
const DEMO_CHANNELS = { secretariat: "CDEMOSECRETARIAT", digest: "CDEMODIGEST" };

function heading(text: string): void {
  process.stdout.write(`\n${"═".repeat(78)}\n${text}\n${"═".repeat(78)}\n`);
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), "desk-demo-"));
  const url = `file:${join(scratch, "demo.db")}`;
  const outDir = resolve("out", "demo");
  mkdirSync(outDir, { recursive: true });
  try {
    await migrateDeploy(url, { quiet: true });
    const db = await openDatabase(url);
    const clock = new ManualClock(DIGEST_AT);
    // Nothing is sent: the digest is planned (built) and printed.
    const services = cliServices(db, clock, { channelFallback: DEMO_CHANNELS, logger: createLogger("warn") });
    const summary = await seedDemo(db, url, { scale: 1, seed: 2019 });
    // Made-up channels in a scratch database that posts nothing: seeded, not checked in Slack.
    await services.program.ensureSeeded(
      { name: "demo", secretariatChannelId: DEMO_CHANNELS.secretariat, digestChannelId: DEMO_CHANNELS.digest },
      "demo",
    );
    heading(`${cliTexts.ja.deskName} — demo (2019 program, scale 1)`);
    process.stdout.write(
      `${summary.experts} experts, ${summary.applications} applications, ${summary.cases} cases, ${summary.visits} visits, ${summary.reports} reports, ${summary.honoraria} honorarium lines, ${summary.briefings} briefing sessions\n`,
    );

    const plan = await services.digest.plan(clock.now());
    heading(`Weekly digest for ${plan.weekStart}..${plan.weekEnd} (as posted on ${DIGEST_AT} Japan time)`);
    for (const m of plan.messages) {
      const body = m.content.blocks ? blocksToText(m.content.blocks) : m.content.text;
      process.stdout.write(`── ${m.audience === "expert" ? "DM" : `#${m.audience}`} (${m.channel})\n${body}\n\n`);
    }
    for (const u of plan.uploads) {
      const file = join(outDir, "weekly-chart.png");
      writeFileSync(file, Buffer.from(u.payload.contentBase64, "base64"));
      process.stdout.write(`chart: ${file}\n`);
    }

    const reports = services.finalReport;
    const final = await reports.build("final", {});
    heading("Final report tables");
    process.stdout.write((await reports.render(final, "table", {})).content.toString());
    const xlsx = await reports.render(final, "xlsx", {});
    writeFileSync(join(outDir, "final-report.xlsx"), xlsx.content);
    const html = await reports.render(final, "html", {});
    writeFileSync(join(outDir, "final-report.html"), html.content);
    process.stdout.write(
      `\nworkbook: ${join(outDir, "final-report.xlsx")}\nHTML report: ${join(outDir, "final-report.html")}\n`,
    );
    await db.disconnect();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
