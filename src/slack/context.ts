import type { WebClient } from "@slack/web-api";
import type { Database } from "../db/client.js";
import type { Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import type { Services } from "../services.js";

/** Everything a listener may use: services (business rules), a clock and the Slack client for UI calls. */
export type AppContext = {
  db: Database;
  clock: Clock;
  logger: Logger;
  services: Services;
};

export type SlackClient = WebClient;
