import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness, USERS } from "../support/harness.js";

describe("explore", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.stop();
  });
  for (const [name, fault] of [
    ["500", { status: 500 }],
    ["429", { status: 429, retryAfter: 1 }],
    ["internal_error", { error: "internal_error" }],
    ["slow", { delayMs: 3200 }],
  ] as const) {
    it.skip(`views.open ${name}`, async () => {
      h = await startHarness();
      h.fake.failNext("views.open", fault);
      const t = Date.now();
      const res = await h.driver.command(USERS.expert1.id, "/expert", "register");
      await h.settle();
      console.log(name, res.status, res.ms, Date.now() - t, JSON.stringify(h.fake.responses().map((r) => r.body.text)), h.fake.calls("views.open").map((c) => c.status), h.fake.lastView(USERS.expert1.id)?.id);
    });
  }
  it("users.info slow on a view submission", async () => {
    h = await startHarness();
    await h.driver.command(USERS.expert1.id, "/expert", "register");
    await h.settle();
    const view = h.fake.lastView(USERS.expert1.id)!;
    await h.db.slackUser.deleteMany();
    h.fake.failNext("users.info", { delayMs: 5000 });
    const res = await h.driver.submitView(USERS.expert1.id, view, h.driver.fill(view, {
  "氏名（漢字）": "山田 太郎",
  "氏名（かな）": "やまだ たろう",
  資格: "情報処理安全確保支援士（RISS）",
  "情報処理安全確保支援士 登録番号": "012345",
  居住都道府県: "愛知県",
  訪問できる都道府県: ["愛知県", "岐阜県"],
  支援経験のある業種: ["製造業"],
  同時に担当できる最大件数: "3",
  "自己紹介・得意分野": "製造業のISMS構築支援が得意です。",
}));
    console.log("submit", res.status, res.ms, JSON.stringify(res.body));
  }, 20000);
});
