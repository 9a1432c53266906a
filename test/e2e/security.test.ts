import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startHarness, USERS } from "../support/harness.js";

/** A slash command body that would open the expert registration modal if it were accepted. */
function commandBody(h: Harness): string {
  return new URLSearchParams({
    token: "x",
    command: "/desk",
    text: "admin add <@UOUT1|outsider>",
    response_url: h.fake.newResponseUrl(),
    trigger_id: h.fake.issueTriggerId(USERS.sec1.id),
    user_id: USERS.sec1.id,
    user_name: "sec1",
    team_id: "T0TEST",
    channel_id: "C0GENERAL",
    api_app_id: "A0TEST",
  }).toString();
}

describe("only requests signed by Slack are processed", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  async function expectNothingHappened() {
    await h.settle();
    expect(await h.db.secretariatMember.findUnique({ where: { slackUserId: USERS.outsider.id } })).toBeNull();
    expect(h.fake.responses()).toHaveLength(0);
  }

  it("refuses a wrong signature", async () => {
    const body = commandBody(h);
    const headers = h.driver.sign(body);
    headers["X-Slack-Signature"] = `v0=${"0".repeat(64)}`;
    const res = await h.driver.raw(body, { ...headers, "Content-Type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(401);
    await expectNothingHappened();
  });

  it("refuses a timestamp older than five minutes (replay)", async () => {
    const body = commandBody(h);
    const headers = h.driver.sign(body, Math.floor(Date.now() / 1000) - 6 * 60);
    const res = await h.driver.raw(body, { ...headers, "Content-Type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(401);
    await expectNothingHappened();
  });

  it("refuses missing signature headers", async () => {
    const body = commandBody(h);
    const res = await h.driver.raw(body, { "Content-Type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(401);
    await expectNothingHappened();
  });

  it("refuses a body changed after signing", async () => {
    const body = commandBody(h);
    const headers = h.driver.sign(body);
    const res = await h.driver.raw(body.replace("admin+add", "admin+list"), {
      ...headers,
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(401);
    await expectNothingHappened();
  });

  it("accepts the same request correctly signed", async () => {
    const body = commandBody(h);
    const res = await h.driver.raw(body, {
      ...h.driver.sign(body),
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(res.status).toBe(200);
    await h.settle();
    expect(await h.db.secretariatMember.findUnique({ where: { slackUserId: USERS.outsider.id } })).not.toBeNull();
  });
});
