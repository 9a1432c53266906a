import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { RateLimiter } from "../../src/features/rate-limits/rate-limits-service.js";
import { freshDatabase } from "../support/db-fixture.js";

describe("the public pages' POST rate limit", () => {
  let db: Database;
  let url: string;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ db, url, close } = await freshDatabase());
  });
  afterEach(async () => {
    await close();
  });

  it("counts per key in a fixed window", async () => {
    let now = 0;
    const limiter = new RateLimiter(db, 2, 1000, () => now);
    expect([await limiter.hit("a"), await limiter.hit("a"), await limiter.hit("b")]).toEqual([0, 0, 0]);
    expect(await limiter.hit("a")).toBe(1000);
    now = 400;
    expect(await limiter.hit("a")).toBe(600);
    now = 1000;
    expect(await limiter.hit("a")).toBe(0);
  });

  it("two app instances on one database share the counts: the limit holds whichever one a request reaches", async () => {
    const other = await openDatabase(url);
    try {
      const now = () => 5_000;
      const a = new RateLimiter(db, 3, 60_000, now);
      const b = new RateLimiter(other, 3, 60_000, now);
      // Six at once, alternating: three pass, three wait for the window to end.
      const waits = await Promise.all([a, b, a, b, a, b].map((l) => l.hit("203.0.113.7|/apply")));
      expect(waits.filter((w) => w === 0)).toHaveLength(3);
      expect(waits.filter((w) => w === 60_000)).toHaveLength(3);
    } finally {
      await other.disconnect();
    }
  });

  it("forgets the windows that ended when a new one opens", async () => {
    let now = 0;
    const limiter = new RateLimiter(db, 5, 1000, () => now);
    for (const key of ["a", "b", "c"]) await limiter.hit(key);
    now = 2_000;
    await limiter.hit("d");
    expect((await db.client.webRateWindow.findMany()).map((w) => w.key)).toEqual(["d"]);
  });
});
