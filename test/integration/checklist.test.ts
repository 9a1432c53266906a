import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { ChecklistService } from "../../src/features/cases/checklist-service.js";
import { ManualClock } from "../../src/lib/clock.js";
import { isAppError } from "../../src/lib/errors.js";
import { freshDatabase } from "../support/db-fixture.js";

describe("checklist service", () => {
  let db: Database;
  let close: () => Promise<void>;
  const clock = new ManualClock("2019-10-01T10:00:00");
  beforeEach(async () => {
    ({ db, close } = await freshDatabase());
  });
  afterEach(async () => {
    await close();
  });

  it("seeds the 25 default items on first use, once", async () => {
    const service = new ChecklistService(db, clock);
    const [a, b] = await Promise.all([service.items(), service.items()]);
    expect(a).toHaveLength(25);
    expect(b).toHaveLength(25);
    expect(await db.client.checklistItem.count()).toBe(25);
    expect(await db.client.auditLog.count({ where: { action: "checklist.seed" } })).toBe(1);
  });

  it("replaces the items from validated rows; a bad file changes nothing", async () => {
    const service = new ChecklistService(db, clock);
    await service.items();
    const rows = [
      { number: 1, category: "basic", textJa: "OSを更新していますか", textEn: "Updates?" },
      { number: 2, category: "独自の分類", textJa: "鍵をかけていますか", textEn: "" },
    ];
    expect((await service.replace(rows, "cli")).map((i) => i.category)).toEqual(["basic", "独自の分類"]);
    const bad = await service.replace([{ ...rows[0] }, { ...rows[0] }], "cli").catch((e) => e);
    expect(isAppError(bad) && bad.userMessage.en).toContain("number 1 appears twice");
    expect(await db.client.checklistItem.count()).toBe(2);
  });
});
