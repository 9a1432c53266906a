import { describe, expect, it } from "vitest";
import { SqliteLock } from "../../../src/db/sqlite-lock.js";

/** A holder that records when it starts and ends, and holds the lock until `release()`. */
function holder(log: string[], name: string) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  return {
    run: async () => {
      log.push(`${name} start`);
      await held;
      log.push(`${name} end`);
      return name;
    },
    release: () => release(),
  };
}

const turn = () => new Promise<void>((r) => setImmediate(r));

describe("SqliteLock", () => {
  it("runs one holder at a time", async () => {
    const lock = new SqliteLock();
    const log: string[] = [];
    const a = holder(log, "a");
    const b = holder(log, "b");
    const done = [lock.run(a.run), lock.run(b.run)];
    await turn();
    await turn();
    expect(log).toEqual(["a start"]);
    expect(lock.isLocked()).toBe(true);
    a.release();
    b.release();
    expect(await Promise.all(done)).toEqual(["a", "b"]);
    expect(log).toEqual(["a start", "a end", "b start", "b end"]);
    expect(lock.isLocked()).toBe(false);
  });

  it("serves urgent work before background work, and each kind first come, first served", async () => {
    const lock = new SqliteLock();
    const order: string[] = [];
    const first = holder([], "first");
    const running = lock.run(first.run);
    const queued = [
      ["background 1", false],
      ["urgent 1", true],
      ["background 2", false],
      ["urgent 2", true],
      ["background 3", false],
    ].map(([name, urgent]) =>
      lock.run(async () => {
        order.push(name as string);
      }, urgent as boolean),
    );
    first.release();
    await Promise.all([running, ...queued]);
    expect(order).toEqual(["urgent 1", "urgent 2", "background 1", "background 2", "background 3"]);
  });

  it("a holder that fails passes its error on and frees the lock", async () => {
    const lock = new SqliteLock();
    await expect(lock.run(() => Promise.reject(new Error("statement failed")))).rejects.toThrow("statement failed");
    expect(lock.isLocked()).toBe(false);
    expect(await lock.run(async () => "next")).toBe("next");
  });

  it("lets the event loop turn between holders: a request arriving meanwhile is read before the next holder runs", async () => {
    const lock = new SqliteLock();
    const log: string[] = [];
    const holders = Array.from({ length: 3 }, (_, i) =>
      lock.run(async () => {
        log.push(`holder ${i}`);
        // Stands for an incoming HTTP request: I/O callbacks and immediates queued while a holder runs.
        setImmediate(() => log.push(`request after holder ${i}`));
      }),
    );
    await Promise.all(holders);
    await turn();
    expect(log).toEqual([
      "holder 0",
      "request after holder 0",
      "holder 1",
      "request after holder 1",
      "holder 2",
      "request after holder 2",
    ]);
  });
});
