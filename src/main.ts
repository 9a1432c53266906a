import "dotenv/config";
import { startApp } from "./app.js";
import { ConfigError, loadAppEnv } from "./config/env.js";
import { createLogger } from "./lib/logger.js";

async function main(): Promise<void> {
  let env: ReturnType<typeof loadAppEnv>;
  try {
    env = loadAppEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  // The app's log is JSON lines on stdout (journald, `docker logs`); the desk CLI logs to stderr.
  const logger = createLogger(env.LOG_LEVEL, (line) => process.stdout.write(`${line}\n`));
  const running = await startApp({ env, logger });
  // Printed whatever LOG_LEVEL says: operators and scripts wait for this line.
  process.stdout.write(
    `${running.port !== undefined ? `Security Guidance Desk is running on port ${running.port} (POST /slack/events)` : "Security Guidance Desk is running in Socket Mode"}\n`,
  );
  let exiting = false;
  const shutdown = async (signal: string) => {
    if (exiting) return;
    exiting = true;
    logger.info("shutting down", { signal });
    try {
      await running.stop();
      process.exit(0);
    } catch (error) {
      logger.error("shutdown failed", { error: String(error) });
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(
    `Security Guidance Desk failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
