import type { AppEnv } from "../../config/env.js";
import { ConfigError } from "../../config/env.js";
import type { Logger } from "../../lib/logger.js";
import { type ChannelInspector, type ChannelRole, checkProgramChannel } from "./channel-check.js";
import type { Program, ProgramSeed, ProgramService } from "./program-service.js";

/** Where program posts go. */
export type ProgramChannels = { secretariat(): Promise<string>; digest(): Promise<string> };
/** What most services need of the channels: where the secretariat reads. */
export type SecretariatChannel = Pick<ProgramChannels, "secretariat">;

/**
 * The one rule for the app and the CLI: the program's channel settings rule; the environment's
 * SECRETARIAT_CHANNEL_ID / DIGEST_CHANNEL_ID fill them in when they are empty (`prepareProgram`,
 * run by the app at start and by every CLI command that posts) and stand in while they are empty
 * (a cleared setting, a dry run that records nothing). The digest goes to the secretariat channel
 * when no digest channel is set anywhere.
 */
export function programChannels(
  program: ProgramService,
  fallback: { secretariat: string | null; digest?: string | null },
): ProgramChannels {
  const secretariat = async (current?: Program | null) => {
    const id = (current === undefined ? await program.currentOrNull() : current)?.secretariatChannelId;
    const resolved = id ?? fallback.secretariat;
    if (!resolved)
      throw new Error(
        "No secretariat channel is set: `desk program set --secretariat-channel C…` or SECRETARIAT_CHANNEL_ID.",
      );
    return resolved;
  };
  return {
    secretariat: () => secretariat(),
    async digest() {
      const current = await program.currentOrNull();
      return current?.digestChannelId ?? fallback.digest ?? (await secretariat(current));
    },
  };
}

/** What the environment seeds the first program with (and the channels it fills in later). */
export function programSeedFromEnv(env: AppEnv): ProgramSeed {
  return {
    name: env.PROGRAM_NAME,
    startDate: env.PROGRAM_START,
    endDate: env.PROGRAM_END,
    applyFrom: env.PROGRAM_APPLY_FROM,
    applyUntil: env.PROGRAM_APPLY_UNTIL,
    secretariatChannelId: env.SECRETARIAT_CHANNEL_ID,
    digestChannelId: env.DIGEST_CHANNEL_ID ?? null,
  };
}

export type ChannelTarget = { role: ChannelRole; id: string; source: string };

/**
 * Every channel that may receive the program's posts and where its ID comes from: the
 * environment's (a seed and a fallback) and the program's settings where they differ.
 */
export function channelTargets(
  env: Pick<AppEnv, "SECRETARIAT_CHANNEL_ID" | "DIGEST_CHANNEL_ID">,
  current: Pick<Program, "secretariatChannelId" | "digestChannelId"> | null,
): ChannelTarget[] {
  const targets: ChannelTarget[] = [
    { role: "secretariat", id: env.SECRETARIAT_CHANNEL_ID, source: "SECRETARIAT_CHANNEL_ID" },
  ];
  if (env.DIGEST_CHANNEL_ID) targets.push({ role: "digest", id: env.DIGEST_CHANNEL_ID, source: "DIGEST_CHANNEL_ID" });
  const setting = (role: ChannelRole, flag: string) =>
    `the program's ${role} channel setting (change it with /desk settings or \`desk program set --${flag}\`)`;
  if (current?.secretariatChannelId && current.secretariatChannelId !== env.SECRETARIAT_CHANNEL_ID)
    targets.push({
      role: "secretariat",
      id: current.secretariatChannelId,
      source: setting("secretariat", "secretariat-channel"),
    });
  if (current?.digestChannelId && current.digestChannelId !== env.DIGEST_CHANNEL_ID)
    targets.push({ role: "digest", id: current.digestChannelId, source: setting("digest", "digest-channel") });
  return targets;
}

/**
 * Before the app starts or a CLI command posts: every channel that may receive posts passes the
 * channel rule (a public secretariat channel stops everything with a message naming the setting),
 * then the environment seeds the program. When Slack cannot be asked, a warning and carry on:
 * delivery itself will report a missing channel.
 */
export async function prepareProgram(
  program: ProgramService,
  env: AppEnv,
  inspector: ChannelInspector,
  logger: Logger,
): Promise<Program> {
  const targets = channelTargets(env, await program.currentOrNull());
  const problems: string[] = [];
  for (const t of targets) {
    const problem = await checkProgramChannel(inspector, t.role, t.id);
    if (!problem) continue;
    if (problem.code === "unverifiable")
      logger.warn("could not check a channel; carrying on", {
        channel: t.id,
        source: t.source,
        reason: problem.message.en,
      });
    else problems.push(`${t.source} (${t.id}): ${problem.message.en}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return program.ensureSeeded(programSeedFromEnv(env));
}
