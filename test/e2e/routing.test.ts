import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startHarness, USERS } from "../support/harness.js";

/**
 * Block actions and modal submissions reach the app through one listener each, which finds the
 * handler by id (src/slack/interactions.ts). What no handler claims is still answered at once, so
 * Slack shows the person no error, and changes nothing.
 */
describe("interactions the desk has no handler for", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("acknowledges a click on an unknown button (an old message, a link button) and changes nothing", async () => {
    const auditBefore = await h.db.auditLog.count();
    const res = await h.driver.clickButton(USERS.sec1.id, { actionId: "no_such_action", value: "1" });
    expect(res.status).toBe(200);
    await h.settle();
    expect(h.fake.responses()).toHaveLength(0);
    expect(await h.db.auditLog.count()).toBe(auditBefore);
  });

  it("answers the submission of a modal it does not know by closing it, changing nothing", async () => {
    const auditBefore = await h.db.auditLog.count();
    const view = {
      id: "VUNKNOWN",
      type: "modal",
      callback_id: "no_such_modal",
      title: { type: "plain_text", text: "?" },
      blocks: [],
    };
    const res = await h.driver.submitView(USERS.sec1.id, view as never, {});
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    await h.settle();
    expect(await h.db.auditLog.count()).toBe(auditBefore);
  });
});
