import { describe, expect, it } from "vitest";
import {
  type ChannelFacts,
  type ChannelInspector,
  checkProgramChannel,
} from "../../../../src/features/program/channel-check.js";

/** A hand-written Slack port: answers with the given facts, or throws what it is given. */
function inspector(answer: ChannelFacts | null | { throws: unknown }): ChannelInspector {
  return {
    async inspect() {
      if (answer && "throws" in answer) throw answer.throws;
      return answer;
    },
  };
}

const facts = (over: Partial<ChannelFacts> = {}): ChannelFacts => ({
  id: "C1",
  name: "secretariat",
  isPrivate: true,
  isMember: true,
  ...over,
});

describe("the program channels' rule", () => {
  it("a private channel with the bot in it is fine for either role; a public one only for the digest", async () => {
    expect(await checkProgramChannel(inspector(facts()), "secretariat", "C1")).toBeNull();
    expect(await checkProgramChannel(inspector(facts({ isPrivate: false })), "digest", "C1")).toBeNull();
    const problem = await checkProgramChannel(inspector(facts({ isPrivate: false })), "secretariat", "C1");
    expect(problem?.code).toBe("public");
    expect(problem?.message.en).toBe(
      "#secretariat is a public channel. Applicants' information would be visible to everyone there: choose a private channel.",
    );
  });

  it("the bot must be a member; a channel without a name is named by its ID", async () => {
    const problem = await checkProgramChannel(inspector(facts({ name: null, isMember: false })), "digest", "C1");
    expect(problem).toEqual({
      code: "not_member",
      message: {
        ja: "ボットが C1 に参加していません。/invite @セキュリティ指導デスク で招待してください。",
        en: "The bot is not a member of C1. Invite it with /invite @セキュリティ指導デスク.",
      },
    });
  });

  it("an unknown channel, a refusal and an unreachable Slack are told apart", async () => {
    expect((await checkProgramChannel(inspector(null), "secretariat", "C9"))?.code).toBe("not_found");
    const refused = await checkProgramChannel(
      inspector({ throws: { data: { error: "missing_scope" } } }),
      "secretariat",
      "C9",
    );
    expect([refused?.code, refused?.message.en]).toEqual([
      "unverifiable",
      "Slack refused to describe channel C9 (missing_scope). Check the app's scopes (channels:read / groups:read).",
    ]);
    const down = await checkProgramChannel(inspector({ throws: new Error("timeout") }), "digest", "C9");
    expect(down?.message.en).toBe("Could not reach Slack to check channel C9. Please try again in a moment.");
  });
});
