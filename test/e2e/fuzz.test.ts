import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arbitraryState, hostileText } from "../support/fuzz.js";
import { type Harness, startHarness, USERS } from "../support/harness.js";

/**
 * Property: whatever a person (or a pasted text) sends through a modal or a command, the app answers
 * in time with a clear message, never fails unexpectedly, and a rejected submission changes nothing.
 */

type Opener = { name: string; user: string; open: (h: Harness) => Promise<void> };

const MODALS: Opener[] = [
  {
    name: "expert registration",
    user: USERS.expert2.id,
    open: (h) => h.driver.command(USERS.expert2.id, "/expert", "register").then(() => undefined),
  },
  {
    name: "program settings",
    user: USERS.sec1.id,
    open: (h) => h.driver.command(USERS.sec1.id, "/desk", "settings").then(() => undefined),
  },
];

const COMMANDS = ["/desk", "/apply", "/expert", "/visit"];
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);

async function footprint(h: Harness): Promise<string> {
  const [audit, outbox, experts, apps, program] = await Promise.all([
    h.db.auditLog.count(),
    h.db.outboxMessage.count(),
    h.db.expert.count(),
    h.db.application.count(),
    h.db.program.findFirst({ where: { current: true } }),
  ]);
  return JSON.stringify({ audit, outbox, experts, apps, program: { ...program, updatedAt: null } });
}

describe("bad input never breaks the app", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  for (const modal of MODALS) {
    it(`${modal.name}: any submission gets an answer; rejected ones change nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.context(), fc.nat(), async (ctx, salt) => {
          await modal.open(h);
          await h.settle();
          const view = h.fake.lastView(modal.user)!;
          const state = fc.sample(arbitraryState(view.view), { numRuns: 1, seed: salt })[0];
          ctx.log(JSON.stringify(state).slice(0, 2000));
          const before = await footprint(h);
          const res = await h.driver.submitView(modal.user, view, state, { skipClientChecks: true });
          await h.settle();
          expect(res.status).toBe(200);
          expect(res.ms).toBeLessThan(3000);
          if (res.body?.response_action === "errors") {
            for (const message of Object.values(res.body.errors as Record<string, string>))
              expect(message.length).toBeGreaterThan(3);
            expect(await footprint(h)).toBe(before);
          }
          expect(h.errors()).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    }, 120_000);
  }

  it("any command text gets a private answer and no unexpected failure", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COMMANDS),
        hostileText(200),
        fc.constantFrom(USERS.sec1.id, USERS.outsider.id, USERS.english.id),
        async (command, text, user) => {
          const before = h.fake.responses().length + h.fake.calls("views.open").length;
          const res = await h.driver.command(user, command, text);
          await h.settle();
          expect(res.status).toBe(200);
          expect(h.fake.responses().length + h.fake.calls("views.open").length).toBeGreaterThan(before);
          expect(h.errors()).toEqual([]);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  }, 120_000);
});
