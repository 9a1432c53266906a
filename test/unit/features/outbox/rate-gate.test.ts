import { describe, expect, it } from "vitest";
import { RateGate } from "../../../../src/features/outbox/rate-gate.js";

describe("RateGate", () => {
  it("lets `limit` calls through per sliding window and makes the next wait for the oldest to age out", async () => {
    let now = 0;
    const waits: number[] = [];
    const gate = new RateGate(
      { "chat.postMessage": { limit: 3, windowMs: 60_000 } },
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
    );
    for (let i = 0; i < 3; i++) {
      await gate.take("chat.postMessage");
      now += 1000;
    }
    expect(waits).toEqual([]);
    await gate.take("chat.postMessage");
    // Calls at 0, 1000, 2000; now 3000: the first leaves the window at 60000.
    expect(waits).toEqual([57_000]);
    expect(gate.waitFor("chat.postMessage")).toBe(1000);
  });

  it("600 DMs at 300 a minute take two minutes, never more than 300 in any minute", async () => {
    let now = 0;
    const sent: number[] = [];
    const gate = new RateGate(
      { dm: { limit: 300, windowMs: 60_000 } },
      () => now,
      async (ms) => {
        now += ms;
      },
    );
    for (let i = 0; i < 600; i++) {
      await gate.take("dm");
      sent.push(now);
      now += 10;
    }
    for (const t of sent) expect(sent.filter((s) => s > t - 60_000 && s <= t).length).toBeLessThanOrEqual(300);
    expect(sent.at(-1)).toBeGreaterThanOrEqual(60_000);
    expect(sent.at(-1)).toBeLessThan(66_000);
  });

  it("does not limit methods it has no rule for", async () => {
    const gate = new RateGate(
      {},
      () => 0,
      async () => {
        throw new Error("should not wait");
      },
    );
    for (let i = 0; i < 1000; i++) await gate.take("files.upload");
  });
});
