import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";

/** Debian's chromium package (`apt-get install -y chromium`; .ci/run installs it when missing). */
export const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** One browser per test file: `const b = await startBrowser()` in beforeAll, `b.close()` in afterAll. */
export async function startBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A fresh context and page (own cookies); phone width 375 by default; JavaScript off unless asked. */
export async function newPage(
  browser: Browser,
  opts: { width?: number; javaScript?: boolean; locale?: string } & Pick<
    BrowserContextOptions,
    "extraHTTPHeaders"
  > = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 375, height: 800 },
    javaScriptEnabled: opts.javaScript ?? false,
    locale: opts.locale ?? "ja-JP",
    ...(opts.extraHTTPHeaders ? { extraHTTPHeaders: opts.extraHTTPHeaders } : {}),
  });
  return context.newPage();
}

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Runs axe-core in the page; returns the serious and critical violations (tests expect none). */
export async function checkA11y(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  // The pages run no script (CSP script-src 'none', often JavaScript off): axe runs on a copy of
  // the rendered page in a context with script on and CSP bypassed, at the same origin (for the CSS).
  const html = await page.content();
  const origin = new URL(page.url()).origin;
  const browser = page.context().browser();
  if (!browser) throw new Error("the page has no browser");
  const context = await browser.newContext({
    javaScriptEnabled: true,
    bypassCSP: true,
    viewport: page.viewportSize() ?? { width: 375, height: 800 },
  });
  const probe = await context.newPage();
  try {
    await probe.goto(`${origin}/assets/site.css`);
    await probe.setContent(html, { waitUntil: "load" });
    await probe.addScriptTag({ path: AXE });
    const results = (await probe.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe;
      return axe.run();
    })) as { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  } finally {
    await context.close();
  }
}

/** Saves a full-page screenshot to out/screenshots/<name>.png (a test artifact; out/ is gitignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(process.cwd(), "out", "screenshots");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
