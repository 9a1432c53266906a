import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";

const FORM = {
  "氏名（漢字）": "山田 太郎",
  "氏名（かな）": "やまだ たろう",
  資格: "情報処理安全確保支援士（RISS）",
  "情報処理安全確保支援士 登録番号": "012345",
  居住都道府県: "愛知県",
  訪問できる都道府県: ["愛知県", "岐阜県"],
  支援経験のある業種: ["製造業"],
  同時に担当できる最大件数: "3",
  "自己紹介・得意分野": "製造業のISMS構築支援が得意です。",
};

describe("expert registration", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  async function register(userId: string, form: Record<string, unknown> = FORM) {
    await h.driver.command(userId, "/expert", "register");
    await h.settle();
    const view = h.fake.lastView(userId)!;
    expect(view.view.title.text).toMatch(/専門家登録|Expert registration/);
    const res = await h.driver.submitView(userId, view, h.driver.fill(view, form as never));
    await h.settle();
    return { view, res };
  }

  it("register → approve: the secretariat sees a review message, the expert gets a DM and becomes active", async () => {
    const { res } = await register(USERS.expert1.id);
    expect(res.status).toBe(200);
    expect(res.body?.response_action).toBeUndefined();

    const expert = await h.db.expert.findUniqueOrThrow({ where: { slackUserId: USERS.expert1.id } });
    expect(expert.status).toBe("pending");
    expect(expert.prefecture).toBe(23);
    expect(JSON.parse(expert.coveredPrefectures)).toEqual([23, 21]);

    const review = h.fake.messages(SECRETARIAT_CHANNEL).at(-1)!;
    expect(review.text).toContain("山田 太郎");
    const dm = h.fake.messages(USERS.expert1.id);
    expect(dm.at(-1)!.text).toContain("受け付けました");

    // Two members click Approve at the same moment: one approval, the other is told it is decided.
    await Promise.all([
      h.driver.clickButton(USERS.sec1.id, { actionId: "expert_approve", value: String(expert.id), message: review }),
      h.driver.clickButton(USERS.sec2.id, { actionId: "expert_approve", value: String(expert.id), message: review }),
    ]);
    await h.settle();
    expect((await h.db.expert.findUniqueOrThrow({ where: { id: expert.id } })).status).toBe("active");
    expect(h.fake.messages(USERS.expert1.id).at(-1)!.text).toContain("承認されました");
    const updated = h.fake.messages(SECRETARIAT_CHANNEL).find((m) => m.ts === review.ts)!;
    expect(updated.updated).toBe(true);
    expect(JSON.stringify(updated.blocks)).not.toContain("expert_approve");
    const audit = await h.db.auditLog.findMany({ where: { entityType: "expert", entityId: String(expert.id) } });
    expect(audit.map((a) => a.action)).toEqual(["expert.register", "expert.approve"]);
    expect(await h.db.auditLog.count({ where: { entityType: "expert" } })).toBe(2);
    expect(JSON.stringify(h.fake.responses().map((r) => r.body))).toContain("すでに承認済み");
    expect(h.fake.messages(USERS.expert1.id).filter((m) => m.text.includes("承認されました"))).toHaveLength(1);
  });

  it("register → reject with a reason asked in a modal; the expert is told the reason", async () => {
    await register(USERS.expert1.id);
    const expert = await h.db.expert.findUniqueOrThrow({ where: { slackUserId: USERS.expert1.id } });
    await h.driver.clickButton(USERS.sec1.id, { actionId: "expert_reject_open", value: String(expert.id) });
    await h.settle();
    const modal = h.fake.lastView(USERS.sec1.id)!;
    const blank = await h.driver.submitView(USERS.sec1.id, modal, h.driver.fill(modal, { 不承認の理由: "   " }));
    expect(blank.body.response_action).toBe("errors");
    const res = await h.driver.submitView(
      USERS.sec1.id,
      modal,
      h.driver.fill(modal, { 不承認の理由: "登録番号を確認できませんでした" }),
    );
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    const after = await h.db.expert.findUniqueOrThrow({ where: { id: expert.id } });
    expect(after.status).toBe("rejected");
    expect(after.statusReason).toBe("登録番号を確認できませんでした");
    expect(h.fake.messages(USERS.expert1.id).at(-1)!.text).toContain("登録番号を確認できませんでした");
  });

  it("shows inline errors for bad input and keeps nothing half-saved", async () => {
    await h.driver.command(USERS.expert1.id, "/expert", "register");
    await h.settle();
    const view = h.fake.lastView(USERS.expert1.id)!;
    const res = await h.driver.submitView(
      USERS.expert1.id,
      view,
      h.driver.fill(view, {
        ...FORM,
        "氏名（かな）": "Yamada",
        "情報処理安全確保支援士 登録番号": "",
        同時に担当できる最大件数: "50",
      } as never),
    );
    expect(res.body.response_action).toBe("errors");
    expect(res.body.errors.name_kana).toContain("ひらがな");
    expect(res.body.errors.riss_number).toContain("登録番号");
    expect(res.body.errors.capacity).toContain("1〜20");
    expect(await h.db.expert.count()).toBe(0);
  });

  it("a non-secretariat user cannot approve: refused with the reason, nothing changes", async () => {
    await register(USERS.expert1.id);
    const expert = await h.db.expert.findUniqueOrThrow({ where: { slackUserId: USERS.expert1.id } });
    await h.driver.clickButton(USERS.outsider.id, { actionId: "expert_approve", value: String(expert.id) });
    await h.settle();
    expect((await h.db.expert.findUniqueOrThrow({ where: { id: expert.id } })).status).toBe("pending");
    expect(JSON.stringify(h.fake.responses().at(-1)?.body)).toContain("事務局メンバーだけ");
  });

  it("the same submission delivered twice creates one expert", async () => {
    await h.driver.command(USERS.expert1.id, "/expert", "register");
    await h.settle();
    const view = h.fake.lastView(USERS.expert1.id)!;
    const values = h.driver.fill(view, FORM as never);
    await Promise.all([
      h.driver.submitView(USERS.expert1.id, view, values),
      h.driver.submitView(USERS.expert1.id, view, values),
    ]);
    await h.settle();
    expect(await h.db.expert.count()).toBe(1);
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(1);
  });

  it("speaks English to an English-locale user", async () => {
    await h.driver.command(USERS.english.id, "/expert", "register");
    await h.settle();
    const view = h.fake.lastView(USERS.english.id)!;
    expect(view.view.title.text).toBe("Expert registration");
    await h.driver.submitView(
      USERS.english.id,
      view,
      h.driver.fill(view, {
        "Name (kanji)": "スミス ジョン",
        "Name (kana)": "すみす じょん",
        Qualification: "IT Coordinator (ITC)",
        "Prefecture of residence": "Not given",
        "Maximum concurrent cases": "2",
      }),
    );
    await h.settle();
    expect(h.fake.messages(USERS.english.id).at(-1)!.text).toContain("we received your expert registration");
    await h.driver.command(USERS.english.id, "/expert", "profile");
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)?.body)).toContain("Your expert record");
  });

  it("/expert profile edits one's own record", async () => {
    await register(USERS.expert1.id);
    await h.driver.command(USERS.expert1.id, "/expert", "profile");
    await h.settle();
    const reply = h.fake.responses().at(-1)!.body;
    expect(JSON.stringify(reply)).toContain("あなたの専門家登録");
    await h.driver.clickButton(USERS.expert1.id, { actionId: "expert_profile_edit", value: "1" });
    await h.settle();
    const view = h.fake.lastView(USERS.expert1.id)!;
    expect(view.view.callback_id).toBe("expert_profile");
    const before = await h.db.expert.findUniqueOrThrow({ where: { slackUserId: USERS.expert1.id } });
    await h.driver.submitView(USERS.expert1.id, view, h.driver.fill(view, { 同時に担当できる最大件数: "5" }));
    await h.settle();
    const e = await h.db.expert.findUniqueOrThrow({ where: { slackUserId: USERS.expert1.id } });
    expect(e.capacity).toBe(5);
    expect(e.nameKanji).toBe("山田 太郎");
    expect(e.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    // The audit trail says what the edit changed, from what.
    const audit = await h.db.auditLog.findFirstOrThrow({
      where: { action: "expert.update_profile", entityId: String(e.id) },
    });
    expect(audit.actor).toBe(USERS.expert1.id);
    expect(JSON.parse(audit.before ?? "{}")).toMatchObject({ capacity: before.capacity, nameKanji: "山田 太郎" });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ capacity: 5, nameKanji: "山田 太郎" });
  });
});
