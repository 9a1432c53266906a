/**
 * Requests no view of ours could have produced: button values that are not ids, modal metadata
 * that is not what the modal wrote, state fields of the wrong type. Every routed action and modal
 * answers with the ordinary "nothing changed" message (privately, or inline on the modal),
 * changes nothing in any table, and logs one warning without a stack — never an error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HELPDESK_IDS } from "../../src/features/helpdesk/helpdesk-ids.js";
import { MALFORMED_TEXT } from "../../src/slack/reply.js";
import { DbSnapshotter, diffSnapshots } from "../support/db-snapshot.js";
import { type Harness, startHarness, USERS } from "../support/harness.js";
import { listRegistrations } from "../support/registrations.js";

const FORGED_VALUES = ["abc", "1:x", "-1", "99999999999999999999", "{", ""];
const FORGED_METADATA = ["{", "abc", "[]", '{"id":"x"}', "99999999999999999999", '{"visitId":-1,"caseId":"1"}'];

/** The ask button carries the question typed in `/desk faq`: any non-empty text is a real question. */
const FREE_TEXT_VALUES: Record<string, string[]> = { [HELPDESK_IDS.askButton]: ["", "x".repeat(2500)] };

const ids = (kind: "action" | "view") =>
  listRegistrations()
    .filter((r) => r.kind === kind)
    .map((r) => r.key);

describe("forged payloads reach no handler", () => {
  let h: Harness;
  let db: DbSnapshotter;
  beforeAll(async () => {
    h = await startHarness();
    db = await DbSnapshotter.open(h.env.DATABASE_URL);
    // The first request of a person stores their Slack profile; that is not what is tested here.
    for (const user of [USERS.sec1.id, USERS.english.id]) await h.driver.command(user, "/desk", "help");
    await h.settle();
  });
  afterAll(async () => {
    await db.close();
    await h.stop();
  });

  function malformedWarnings() {
    return h.logs.filter((l) => l.level === "warn" && l.msg === "malformed payload refused");
  }

  async function expectRefused(where: string, run: () => Promise<{ status: number }>) {
    const before = await db.take();
    const warned = malformedWarnings().length;
    const res = await run();
    await h.settle();
    expect(res.status, where).toBe(200);
    expect(diffSnapshots(before, await db.take()), where).toEqual([]);
    expect(h.errors(), where).toEqual([]);
    const warnings = malformedWarnings().slice(warned);
    expect(warnings, where).toHaveLength(1);
    expect(warnings[0], where).not.toHaveProperty("stack");
    expect(JSON.stringify(warnings[0]), where).not.toMatch(/\bat .*\.[jt]s:\d+/);
    return res;
  }

  it("lists the routed ids it forges (a new action or modal is covered without listing it here)", () => {
    expect(ids("action").length).toBeGreaterThan(40);
    expect(ids("view").length).toBeGreaterThan(25);
  });

  it("every action: a value that is not what its button carries gets the private 'nothing changed' reply", async () => {
    for (const actionId of ids("action")) {
      for (const value of FREE_TEXT_VALUES[actionId] ?? FORGED_VALUES) {
        const where = `${actionId} value ${JSON.stringify(value.slice(0, 30))}`;
        const replies = h.fake.responses().length;
        await expectRefused(where, () => h.driver.clickButton(USERS.sec1.id, { actionId, value }));
        const reply = h.fake.responses().slice(replies);
        expect(
          reply.map((r) => (r.body as { text?: string }).text),
          where,
        ).toEqual([MALFORMED_TEXT.ja]);
      }
    }
  }, 120_000);

  it("the same refusal is in English for an English-locale user, whatever role the action needs", async () => {
    const replies = h.fake.responses().length;
    await expectRefused("english", () =>
      h.driver.clickButton(USERS.english.id, { actionId: ids("action")[0], value: "abc" }),
    );
    expect((h.fake.responses()[replies].body as { text?: string }).text).toBe(MALFORMED_TEXT.en);
  });

  it("every modal: garbage private_metadata gets the inline 'nothing changed' error", async () => {
    for (const callbackId of ids("view")) {
      for (const metadata of FORGED_METADATA) {
        const where = `${callbackId} metadata ${metadata}`;
        const view = {
          id: `VFORGED${callbackId}`,
          type: "modal",
          callback_id: callbackId,
          private_metadata: metadata,
          title: { type: "plain_text", text: "?" },
          blocks: [],
        };
        const res = await expectRefused(where, () =>
          h.driver.submitView(USERS.sec1.id, view, {}, { skipClientChecks: true }),
        );
        const body = (res as { body?: { response_action?: string; errors?: Record<string, string> } }).body;
        expect(body?.response_action, where).toBe("errors");
        expect(Object.values(body?.errors ?? {}), where).toEqual([MALFORMED_TEXT.ja]);
      }
    }
  }, 120_000);

  it("every modal: state fields of the wrong type are refused the same way, never a TypeError", async () => {
    const forgedStates = [
      { findings: { value: { type: "plain_text_input", value: 5 } } },
      { covered: { value: { type: "multi_static_select", selected_options: "r1_risks" } } },
      { held_on: { value: { type: "datepicker", selected_date: "2019/10/01" } } },
      { reason: "text" },
    ];
    for (const callbackId of ids("view")) {
      for (const state of forgedStates) {
        const where = `${callbackId} state ${JSON.stringify(state)}`;
        const view = {
          id: `VFORGED${callbackId}`,
          type: "modal",
          callback_id: callbackId,
          private_metadata: "",
          title: { type: "plain_text", text: "?" },
          blocks: [],
        };
        const res = await expectRefused(where, () =>
          h.driver.submitView(USERS.sec1.id, view, state as never, { skipClientChecks: true }),
        );
        expect((res as { body?: { response_action?: string } }).body?.response_action, where).toBe("errors");
      }
    }
  }, 120_000);

  it("an expert search (block_suggestion) with a non-text query answers no options and warns", async () => {
    const warned = malformedWarnings().length;
    const suggestions = listRegistrations().filter((r) => r.kind === "options");
    expect(suggestions.length).toBeGreaterThan(0);
    for (const { key } of suggestions) {
      const res = await h.driver.suggest(USERS.sec1.id, { actionId: key, blockId: "b", value: 12 as never });
      expect(res, key).toEqual({ options: [] });
    }
    await h.settle();
    expect(malformedWarnings().length - warned).toBe(suggestions.length);
    expect(h.errors()).toEqual([]);
  });

  it("an id after a command that no record can have is a usage answer, not a database error", async () => {
    for (const text of ["case 99999999999999999999", "match 99999999999999999999", "briefing close 1e20"]) {
      const res = await h.driver.command(USERS.sec1.id, "/desk", text);
      await h.settle();
      expect(res.status, text).toBe(200);
    }
    expect(h.errors()).toEqual([]);
  });
});
