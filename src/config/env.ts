import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "../db/database-url.js";

const slackUserIdList = z
  .string()
  .default("")
  .transform((s) =>
    s
      .split(/[\s,]+/)
      .map((x) => x.trim())
      .filter((x) => x !== ""),
  )
  .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, "each entry must be a Slack user ID such as U012ABCDEF")));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD");

/** Settings that every mode needs (the CLI's data commands use only these). */
export const DataEnvSchema = z.object({
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  /** PostgreSQL: connections each process (an app instance, a `desk` command) keeps open at most. */
  DATABASE_POOL_SIZE: z.coerce
    .number("must be a whole number of connections such as 10")
    .int("must be a whole number of connections such as 10")
    .min(1, "must be at least 1")
    .max(200, "must be at most 200")
    .default(10),
  TZ_NAME: z.string().default("Asia/Tokyo"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

/** What a command that asks Slack something needs (e.g. `desk program set --secretariat-channel`). */
export const SlackApiEnvSchema = DataEnvSchema.extend({
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-/, "must be the bot token that starts with xoxb- (OAuth & Permissions page)"),
  SLACK_API_URL: z.url("must be a URL ending in /api/ such as https://slack.com/api/").optional(),
});

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** `name <addr>` or a bare address: the From header and the envelope sender of every e-mail. */
const mailFrom = z
  .string()
  .trim()
  .refine(
    (v) => /^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/.test(v),
    "must be an e-mail address such as desk@example.jp or 事務局 <desk@example.jp>",
  );

/**
 * The public web pages (application form, SME pages) and e-mail. All optional: without
 * PUBLIC_BASE_URL and LINK_SECRET the app runs for Slack only (no form, no SME links); without
 * SMTP_URL mail is written as .eml files under MAIL_DIR instead of being sent.
 */
const WebEnvShape = {
  PUBLIC_BASE_URL: z
    .url("must be the public address of this app, such as https://desk.example.jp")
    .optional()
    .or(z.literal("").transform(() => undefined))
    .transform((v) => v?.replace(/\/+$/, ""))
    .refine(
      (v) => v === undefined || /^https:\/\//.test(v) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(v),
      "must start with https:// (http:// only for localhost or 127.0.0.1), without a path",
    )
    .refine(
      (v) => v === undefined || !/^https?:\/\/[^/]+\/./.test(v),
      "must not have a path: give only https://host[:port]",
    ),
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine(
      (v) => v === undefined || /^smtps?:\/\/[^\s/]+(:\d+)?\/?(\?.*)?$/.test(v),
      "must be smtp://[user:password@]host[:port] or smtps://…",
    ),
  MAIL_FROM: mailFrom.optional().or(z.literal("").transform(() => undefined)),
  /** Where mail goes when SMTP_URL is not set: one .eml file per message. */
  MAIL_DIR: z.string().default("data/mail"),
  LINK_SECRET: z
    .string()
    .min(32, "must be at least 32 characters (e.g. the output of `openssl rand -base64 48`)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (for the rate limits). */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** The secretariat's contact as printed at the foot of every e-mail and page. */
  SECRETARIAT_NAME: optionalText,
  SECRETARIAT_ADDRESS: optionalText,
  SECRETARIAT_PHONE: optionalText,
  SECRETARIAT_EMAIL: optionalText,
};

/** Settings of the running Slack app. */
export const AppEnvSchema = SlackApiEnvSchema.extend({
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[0-9a-f]{16,}$/i, "must be the signing secret (Basic Information → App Credentials)"),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, "must be an app-level token that starts with xapp- (Basic Information → App-Level Tokens)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SECRETARIAT_CHANNEL_ID: z.string().regex(/^[CG][A-Z0-9]{2,}$/, "must be a channel ID such as C012ABCDEF"),
  DIGEST_CHANNEL_ID: z
    .string()
    .regex(/^[CG][A-Z0-9]{2,}$/, "must be a channel ID such as C012ABCDEF")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SECRETARIAT_USER_IDS: slackUserIdList,
  PROGRAM_NAME: z.string().default("中小企業の情報セキュリティマネジメント指導業務"),
  PROGRAM_START: isoDate.optional(),
  PROGRAM_END: isoDate.optional(),
  PROGRAM_APPLY_FROM: isoDate.optional(),
  PROGRAM_APPLY_UNTIL: isoDate.optional(),
  JOBS_ENABLED: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** How long a message being sent stays claimed; a process killed mid-send leaves its rows to others after this. */
  OUTBOX_LOCK_SECONDS: z.coerce.number().int("must be a whole number of seconds").min(1).max(3600).optional(),
  /**
   * How often the outbox looks for messages it was not told about: written by another instance
   * (which sends its own, unless it died) or by a `desk` command.
   */
  OUTBOX_POLL_SECONDS: z.coerce.number().int("must be a whole number of seconds").min(1).max(3600).optional(),
  ...WebEnvShape,
});

export type DataEnv = z.infer<typeof DataEnvSchema>;
export type SlackApiEnv = z.infer<typeof SlackApiEnvSchema>;
export type AppEnv = z.infer<typeof AppEnvSchema>;

/** The web and mail part of the settings (what `desk doctor` and the mail sender read). */
export const WebEnvSchema = z.object(WebEnvShape);
export type WebEnv = z.infer<typeof WebEnvSchema>;

export function loadWebEnv(source: NodeJS.ProcessEnv = process.env): WebEnv {
  return parse(WebEnvSchema, source);
}

/** Whether the public pages and SME links can run: both a base URL and a link secret are set. */
export function webEnabled(env: Pick<WebEnv, "PUBLIC_BASE_URL" | "LINK_SECRET">): boolean {
  return Boolean(env.PUBLIC_BASE_URL && env.LINK_SECRET);
}

const HOW_TO_FIX: Record<string, string> = {
  SLACK_BOT_TOKEN: "copy it from your Slack app's OAuth & Permissions page into .env",
  SLACK_SIGNING_SECRET: "copy it from Basic Information → App Credentials into .env",
  SECRETARIAT_CHANNEL_ID: "open the secretariat channel in Slack → channel details → copy the ID at the bottom",
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      [
        "Configuration is incomplete. Fix these settings (in .env or the environment) and start again:",
        ...problems.map((p) => `  - ${p}`),
        "First time? cp .env.example .env and fill it in. README.md → Configuration explains each setting.",
      ].join("\n"),
    );
  }
}

function parse<T extends z.ZodType>(schema: T, source: NodeJS.ProcessEnv): z.infer<T> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "?");
    const missing = source[name] === undefined || source[name] === "";
    const what = missing ? "is not set" : issue.message;
    const fix = HOW_TO_FIX[name];
    return `${name} ${what}${fix && missing ? ` — ${fix}` : ""}`;
  });
  throw new ConfigError(problems);
}

/** The only reader of process.env. */
export function loadDataEnv(source: NodeJS.ProcessEnv = process.env): DataEnv {
  return parse(DataEnvSchema, source);
}

export function loadSlackApiEnv(source: NodeJS.ProcessEnv = process.env): SlackApiEnv {
  return parse(SlackApiEnvSchema, source);
}

export function loadAppEnv(source: NodeJS.ProcessEnv = process.env): AppEnv {
  const env = parse(AppEnvSchema, source);
  const problems = webProblems(env);
  if (problems.length > 0) throw new ConfigError(problems);
  return env;
}

/** Settings that only make sense together: the public pages need a link secret and a sender. */
export function webProblems(env: WebEnv): string[] {
  if (!env.PUBLIC_BASE_URL) return [];
  const problems: string[] = [];
  if (!env.LINK_SECRET)
    problems.push(
      "LINK_SECRET is not set — PUBLIC_BASE_URL turns on the web form and SME links, which need it (at least 32 random characters: `openssl rand -base64 48`)",
    );
  if (!env.MAIL_FROM)
    problems.push(
      "MAIL_FROM is not set — PUBLIC_BASE_URL turns on e-mail to SMEs, which needs a sender such as 事務局 <desk@example.jp>",
    );
  return problems;
}

/**
 * The placeholders of .env.example that would pass validation: a copied file not yet filled in
 * looks configured. `desk doctor` names every variable still holding one.
 */
export const EXAMPLE_VALUES: Readonly<Record<string, string>> = {
  SLACK_BOT_TOKEN: "xoxb-...",
  SLACK_SIGNING_SECRET: "...",
  SECRETARIAT_CHANNEL_ID: "C0123456789",
  SECRETARIAT_USER_IDS: "U0123456789",
};

/** Variables of `source` still set to (or, for lists, containing) an .env.example placeholder. */
export function exampleValuesIn(source: NodeJS.ProcessEnv = process.env): { name: string; value: string }[] {
  return Object.entries(EXAMPLE_VALUES).flatMap(([name, example]) => {
    const value = source[name]?.trim();
    if (!value) return [];
    const parts = name === "SECRETARIAT_USER_IDS" ? value.split(/[\s,]+/) : [value];
    return parts.includes(example) ? [{ name, value: example }] : [];
  });
}
