import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { declaredCatalogs, defineMessages, LOCALES } from "../../../src/lib/i18n.js";

const SRC = join(import.meta.dirname, "..", "..", "..", "src");
const catalogFiles = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".texts.ts"));

/** A string's or a function's kind and parameter count. */
const shape = (entry: unknown) => (typeof entry === "function" ? `function/${entry.length}` : typeof entry);

describe("message catalogs", () => {
  it("every catalog has the same keys, kinds and parameters in Japanese and English, and no empty text", async () => {
    for (const f of catalogFiles) await import(pathToFileURL(join(SRC, f)).href);
    const catalogs = declaredCatalogs().filter((c) => !c.id.startsWith("test."));
    expect(catalogs.length).toBeGreaterThanOrEqual(catalogFiles.length);
    for (const c of catalogs) {
      expect(Object.keys(c.en).sort(), `${c.id}: keys`).toEqual(Object.keys(c.ja).sort());
      for (const key of Object.keys(c.ja)) {
        expect(shape(c.en[key]), `${c.id}.${key}`).toBe(shape(c.ja[key]));
        for (const locale of LOCALES) {
          const entry = c[locale][key];
          if (typeof entry === "string") expect(entry.trim(), `${c.id}.${key} (${locale}) is empty`).not.toBe("");
        }
      }
    }
  });

  it("a catalog gives one language's entries; both() gives an entry in both for text chosen before the reader is known", async () => {
    const { both } = await import("../../../src/lib/i18n.js");
    const texts = defineMessages("test.sample", {
      ja: { title: "訪問予定", planned: (p: { round: number }) => `第${p.round}回` },
      en: { title: "Visit plan", planned: (p) => `Visit ${p.round}` },
    });
    expect(texts("ja").title).toBe("訪問予定");
    expect(texts("en").planned({ round: 2 })).toBe("Visit 2");
    expect(both(texts, (t) => t.planned({ round: 3 }))).toEqual({ ja: "第3回", en: "Visit 3" });
    expect(() => defineMessages("test.sample", { ja: {}, en: {} })).toThrow(/declared twice/);
  });
});
