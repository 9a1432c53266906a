import { describe, expect, it } from "vitest";
import { RULES, type Rule, sources, text } from "../support/architecture-rules.js";

/**
 * The codebase's shape (rules in test/support/architecture-rules.ts), checked on every source file
 * like the authorization matrix: a file that breaks a rule is named in the failure.
 */
describe("the codebase's shape", () => {
  it("reads the sources", () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  for (const rule of Object.keys(RULES) as Rule[]) {
    it(rule, () => {
      expect(sources.filter((f) => RULES[rule](f, text.get(f) as string))).toEqual([]);
    });
  }
});
