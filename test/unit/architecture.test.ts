import { describe, expect, it } from "vitest";
import { RULES, type Rule, sources, text } from "../support/architecture-rules.js";
import { PENDING } from "./architecture-pending.js";

/**
 * The codebase's shape (rules in test/support/architecture-rules.ts), checked like the
 * authorization matrix. A file in `architecture-pending.ts` is known to break a rule and is being moved; a new
 * breach fails, and so does a pending entry that no longer breaks the rule (take it off the list).
 */
describe("the codebase's shape", () => {
  for (const rule of Object.keys(RULES) as Rule[]) {
    it(rule, () => {
      const breaking = sources.filter((f) => RULES[rule](f, text.get(f) as string));
      const pending = new Set(PENDING[rule]);
      expect(
        breaking.filter((f) => !pending.has(f)),
        "new breaches",
      ).toEqual([]);
      expect(
        [...pending].filter((f) => !breaking.includes(f)),
        "pending entries that no longer break the rule: remove them",
      ).toEqual([]);
    });
  }

  it("the pending lists name files that exist, once each", () => {
    for (const [rule, files] of Object.entries(PENDING)) {
      expect(new Set(files).size, rule).toBe(files.length);
      for (const f of files) expect(text.has(f), `${rule}: ${f}`).toBe(true);
    }
  });
});
