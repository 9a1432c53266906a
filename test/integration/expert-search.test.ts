import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { searchActiveExperts } from "../../src/features/applications/applications-repository.js";
import { freshDatabase } from "../support/db-fixture.js";

/** The name search behind the candidate and recruiter pickers (options loads). */
describe("expert name search", () => {
  let db: Database;
  let url: string;
  let close: () => Promise<void>;

  beforeEach(async () => {
    ({ db, url, close } = await freshDatabase());
  });
  afterEach(async () => close());

  async function expert(nameKanji: string, nameKana: string, status = "active", prefecture: number | null = 13) {
    return db.client.expert.create({
      data: { nameKanji, nameKana, status, prefecture, qualification: "riss", registeredOn: "2019-09-01" },
    });
  }
  const names = async (terms: string[], take = 100) =>
    (await searchActiveExperts(db.read, terms.join(" "), take)).map((e) => e.nameKanji);

  it("finds kanji or kana in either kana script and any width, in kana order", async () => {
    await expert("鈴木 一郎", "すずき いちろう");
    await expert("佐藤 花子", "サトウ ハナコ");
    await expert("佐藤 太郎", "さとう たろう");
    expect(await names(["佐藤"])).toEqual(["佐藤 太郎", "佐藤 花子"]);
    expect(await names(["すずき"])).toEqual(["鈴木 一郎"]);
    expect(await names(["スズキ"])).toEqual(["鈴木 一郎"]);
    expect(await names(["ｽｽﾞｷ"])).toEqual(["鈴木 一郎"]);
    expect(await names(["さとう"])).toEqual(["佐藤 太郎", "佐藤 花子"]);
    expect(await names(["佐藤", "はなこ"])).toEqual(["佐藤 花子"]);
    expect(await names(["田中"])).toEqual([]);
  });

  it("treats % and _ as themselves and ignores empty terms", async () => {
    await expert("山田 太郎", "やまだ たろう");
    expect(await names(["%"])).toEqual([]);
    expect(await names(["_"])).toEqual([]);
    expect(await names([""])).toEqual([]);
  });

  it("leaves out experts who are not active and stops at the limit", async () => {
    await expert("山田 一", "やまだ はじめ", "pending");
    await expert("山田 二", "やまだ じろう", "withdrawn");
    for (let i = 0; i < 5; i++) await expert(`山本 ${i}`, `やまもと ${i}`);
    expect(await names(["山"])).toHaveLength(5);
    expect(await names(["山"], 2)).toEqual(["山本 0", "山本 1"]);
  });

  it("sees every change at once, including writes made by another connection", async () => {
    const taro = await expert("山田 太郎", "やまだ たろう");
    expect(await names(["山田"])).toEqual(["山田 太郎"]);
    await db.client.expert.update({ where: { id: taro.id }, data: { nameKanji: "山川 太郎" } });
    expect(await names(["山田"])).toEqual([]);
    expect(await names(["山川"])).toEqual(["山川 太郎"]);
    await db.client.expert.update({ where: { id: taro.id }, data: { status: "suspended" } });
    expect(await names(["山川"])).toEqual([]);
    // A second process (desk import, desk seed) writes through its own connection.
    const other = await openDatabase(url);
    try {
      await other.client.expert.create({
        data: {
          nameKanji: "川口 次郎",
          nameKana: "かわぐち じろう",
          status: "active",
          qualification: "itc",
          registeredOn: "2019-09-01",
        },
      });
    } finally {
      await other.disconnect();
    }
    expect(await names(["川"])).toEqual(["川口 次郎"]);
  });

  it("forgets a deleted expert", async () => {
    const taro = await expert("山田 太郎", "やまだ たろう");
    await expert("山田 花子", "やまだ はなこ");
    expect(await names(["山田"])).toEqual(["山田 太郎", "山田 花子"]);
    await db.client.expert.delete({ where: { id: taro.id } });
    expect(await names(["山田"])).toEqual(["山田 花子"]);
  });

  it("keeps its three triggers through every migration (a redefined Expert table would drop them)", async () => {
    const triggers = (
      await db.read.all<{ name: string }>(
        db.engine === "postgresql"
          ? `SELECT tgname::text AS "name" FROM pg_trigger WHERE tgrelid = '"Expert"'::regclass AND NOT tgisinternal ORDER BY 1`
          : `SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Expert' ORDER BY name`,
      )
    ).map((t) => t.name);
    expect(triggers).toEqual([
      "Expert_name_version_delete",
      "Expert_name_version_insert",
      "Expert_name_version_update",
    ]);
  });

  it("returns each match's capacity and open cases", async () => {
    const e = await expert("高橋 健", "たかはし けん");
    const [found] = await searchActiveExperts(db.read, "高橋", 10);
    expect(found).toMatchObject({ id: e.id, nameKana: "たかはし けん", prefecture: 13, capacity: 3, open: 0 });
  });
});
