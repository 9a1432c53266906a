import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { briefingTable } from "../../src/features/briefings/briefing-table.js";
import { type Harness, startHarness, USERS } from "../support/harness.js";
import { createActiveExpert } from "../support/survey-fixtures.js";

describe("briefing sessions (事業説明会)", () => {
  let h: Harness;
  beforeEach(async () => {
    // 2019-08-06: registration for the sessions opened.
    h = await startHarness({ now: "2019-08-06T10:00:00" });
    await createActiveExpert(h.db, { slackUserId: USERS.expert1.id, name: "山田 太郎" });
    await createActiveExpert(h.db, { slackUserId: USERS.expert2.id, name: "鈴木 花子" });
    await createActiveExpert(h.db, { slackUserId: USERS.english.id, name: "スミス ジョン" });
    await createActiveExpert(h.db, { slackUserId: USERS.outsider.id, name: "部外 者" });
  });
  afterEach(async () => {
    await h.stop();
  });

  async function createSession(form: { date: string; city: string; capacity: string; venue?: string; video?: string }) {
    await h.driver.command(USERS.sec1.id, "/desk", "briefing create");
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    const res = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, {
        開催日: form.date,
        開始時刻: "14:00",
        "開催地（都市）": form.city,
        会場: form.venue ?? "",
        "定員（人）": form.capacity,
        オンライン動画のURL: form.video ?? "",
      }),
    );
    await h.settle();
    expect(res.body?.response_action).toBeUndefined();
    return h.db.briefingSession.findFirstOrThrow({ where: { city: form.city }, orderBy: { id: "desc" } });
  }

  const lastResponse = () => JSON.stringify(h.fake.responses().at(-1)!.body);
  const dmText = (user: string) =>
    h.fake
      .messages(user)
      .map((m) => m.text)
      .join("\n---\n");

  async function register(user: string, sessionId: number) {
    await h.driver.clickButton(user, { actionId: "briefing_register", value: String(sessionId) });
    await h.settle();
  }

  it("fills up, waitlists beyond capacity, promotes in order when someone cancels", async () => {
    const nagoya = await createSession({ date: "2019-08-20", city: "名古屋", capacity: "2", venue: "名古屋会議室" });

    // An expert sees the session with a register button.
    await h.driver.command(USERS.expert1.id, "/expert", "briefings");
    await h.settle();
    expect(lastResponse()).toContain("名古屋（名古屋会議室）");
    expect(lastResponse()).toContain("残り 2 席");
    expect(lastResponse()).toContain("briefing_register");

    await register(USERS.expert1.id, nagoya.id);
    await register(USERS.expert2.id, nagoya.id);
    await register(USERS.english.id, nagoya.id);
    await register(USERS.outsider.id, nagoya.id);
    // Each is told the outcome by DM.
    expect(dmText(USERS.expert1.id)).toContain("参加を受け付けました");
    expect(dmText(USERS.expert2.id)).toContain("参加を受け付けました");
    expect(dmText(USERS.english.id)).toContain("on the waitlist (#1)");
    expect(dmText(USERS.outsider.id)).toContain("キャンセル待ち（2番目）");

    // A double click changes nothing.
    await register(USERS.outsider.id, nagoya.id);
    expect(lastResponse()).toContain("すでに申し込んでいます（キャンセル待ち 2番目）");
    expect(h.fake.messages(USERS.outsider.id)).toHaveLength(1);

    // expert1 cancels: the first in line (english) is promoted and told; outsider moves up to #1.
    await h.driver.clickButton(USERS.expert1.id, { actionId: "briefing_unregister", value: String(nagoya.id) });
    await h.settle();
    expect(lastResponse()).toContain("申込みを取り消しました");
    expect(h.fake.messages(USERS.english.id).at(-1)!.text).toContain("A seat became free");
    await h.driver.command(USERS.outsider.id, "/expert", "briefings");
    await h.settle();
    expect(lastResponse()).toContain("キャンセル待ち（1番目）");

    const regs = await h.db.briefingRegistration.findMany({ where: { sessionId: nagoya.id }, orderBy: { id: "asc" } });
    expect(regs.map((r) => r.status)).toEqual(["cancelled", "accepted", "accepted", "waitlisted"]);

    // Closing registration refuses newcomers but keeps the waitlist moving.
    await h.driver.command(USERS.sec1.id, "/desk", `briefing close ${nagoya.id}`);
    await h.settle();
    expect(lastResponse()).toContain("受付締切");
    await register(USERS.expert1.id, nagoya.id);
    expect(lastResponse()).toContain("受付を締め切っています");
    await h.driver.clickButton(USERS.expert2.id, { actionId: "briefing_unregister", value: String(nagoya.id) });
    await h.settle();
    expect(h.fake.messages(USERS.outsider.id).at(-1)!.text).toContain("参加が確定しました");
  });

  it("a cancelled session tells everyone registered, with the other sessions and the recording", async () => {
    const niigata = await createSession({ date: "2019-09-12", city: "新潟", capacity: "1" });
    const tokyo = await createSession({
      date: "2019-08-30",
      city: "東京",
      capacity: "105",
      video: "https://video.example.jp/briefing-tokyo",
    });
    await register(USERS.expert1.id, niigata.id);
    await register(USERS.expert2.id, niigata.id); // waitlisted
    await register(USERS.english.id, niigata.id); // waitlisted, then withdraws
    await h.driver.clickButton(USERS.english.id, { actionId: "briefing_unregister", value: String(niigata.id) });
    await h.settle();

    // The list shows the session with a cancel button that asks for the reason.
    await h.driver.command(USERS.sec1.id, "/desk", "briefing");
    await h.settle();
    expect(lastResponse()).toContain("briefing_cancel_open");
    await h.driver.clickButton(USERS.sec1.id, { actionId: "briefing_cancel_open", value: String(niigata.id) });
    await h.settle();
    const modal = h.fake.lastView(USERS.sec1.id)!;
    expect(JSON.stringify(modal.view.blocks)).toContain("申込者 2 名");
    await h.driver.submitView(
      USERS.sec1.id,
      modal,
      h.driver.fill(modal, { "中止の理由（申込者に送られます）": "申込者が少ないため" }),
    );
    await h.settle();

    for (const user of [USERS.expert1.id, USERS.expert2.id]) {
      const dm = h.fake.messages(user).at(-1)!;
      expect(dm.text).toContain("中止になりました");
      expect(dm.text).toContain("申込者が少ないため");
      expect(dm.text).toContain("東京");
      expect(dm.text).toContain("https://video.example.jp/briefing-tokyo");
      expect(JSON.stringify(dm.blocks)).toContain("briefing_list_open");
    }
    // The expert who had withdrawn is not told.
    expect(dmText(USERS.english.id)).not.toContain("中止");
    expect(lastDm(h, USERS.sec1.id)).toContain("申込者 2 名に通知しました");
    expect((await h.db.briefingSession.findUniqueOrThrow({ where: { id: niigata.id } })).status).toBe("cancelled");

    // The "other sessions" button shows what is open.
    const notice = h.fake.messages(USERS.expert1.id).at(-1)!;
    await h.driver.clickButton(USERS.expert1.id, { actionId: "briefing_list_open", message: notice });
    await h.settle();
    expect(lastResponse()).toContain("東京");
    expect(lastResponse()).not.toContain("新潟");

    // Registering for the cancelled session is refused.
    await register(USERS.outsider.id, niigata.id);
    expect(lastResponse()).toContain("中止になりました");
    expect(tokyo.status).toBe("open");
  });

  it("attendance, video views and the Table 1 columns", async () => {
    const osaka = await createSession({ date: "2019-09-03", city: "大阪", capacity: "2" });
    for (const u of [USERS.expert1.id, USERS.expert2.id, USERS.english.id]) await register(u, osaka.id);

    // Attendance can be recorded from the day of the session.
    await h.driver.clickButton(USERS.sec1.id, { actionId: "briefing_attendance_open", value: String(osaka.id) });
    await h.settle();
    expect(lastResponse()).toContain("開催日");
    h.clock.set("2019-09-03T17:00:00");
    await h.driver.clickButton(USERS.sec1.id, { actionId: "briefing_attendance_open", value: String(osaka.id) });
    await h.settle();
    const attendance = h.fake.lastView(USERS.sec1.id)!;
    await h.driver.submitView(USERS.sec1.id, attendance, h.driver.fill(attendance, { 出席者: ["山田 太郎"] }));
    await h.settle();

    await h.driver.command(USERS.sec1.id, "/desk", `briefing video ${osaka.id}`);
    await h.settle();
    const video = h.fake.lastView(USERS.sec1.id)!;
    await h.driver.submitView(
      USERS.sec1.id,
      video,
      h.driver.fill(video, { 動画のURL: "https://video.example.jp/osaka", "再生回数（配信サービスの集計値）": "1267" }),
    );
    await h.settle();

    const rows = await briefingTable(h.db);
    expect(rows[0]).toMatchObject({
      date: "2019-09-03",
      city: "大阪",
      capacity: 2,
      applications: 3,
      accepted: 2,
      refused: 1,
      attended: 1,
      cancelled: 0,
      videoViews: 1267,
    });
    expect(rows.at(-1)).toMatchObject({ date: "total", applications: 3, attended: 1, videoViews: 1267 });
    const session = await h.db.briefingSession.findUniqueOrThrow({ where: { id: osaka.id } });
    expect(session.status).toBe("held");
    expect(session.videoUrl).toBe("https://video.example.jp/osaka");
    // The expert left waiting was never given a seat.
    const english = await h.db.briefingRegistration.findFirstOrThrow({
      where: { sessionId: osaka.id, expert: { slackUserId: USERS.english.id } },
    });
    expect(english.status).toBe("refused");
  });

  it("only the secretariat manages sessions; experts see open sessions on App Home", async () => {
    await h.driver.command(USERS.expert1.id, "/desk", "briefing create");
    await h.settle();
    expect(lastResponse()).toContain("事務局メンバーだけ");

    const fukuoka = await createSession({ date: "2019-09-06", city: "福岡", capacity: "60" });
    await h.driver.appHomeOpened(USERS.expert1.id);
    await h.settle();
    const home = JSON.stringify(h.fake.homeView(USERS.expert1.id)!.view.blocks);
    expect(home).toContain("事業説明会");
    expect(home).toContain("福岡");
    // Registering from App Home redraws the Home tab with the new state.
    const homeView = h.fake.homeView(USERS.expert1.id)!;
    await h.driver.clickButton(USERS.expert1.id, {
      actionId: "briefing_register",
      view: homeView,
      value: String(fukuoka.id),
    });
    await h.settle();
    expect(JSON.stringify(h.fake.homeView(USERS.expert1.id)!.view.blocks)).toContain("あなた: 参加確定");

    // A past date is refused inline.
    await h.driver.command(USERS.sec1.id, "/desk", "briefing create");
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    const res = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, { 開催日: "2019-08-01", 開始時刻: "14:00", "開催地（都市）": "札幌", "定員（人）": "100" }),
    );
    expect(res.body.response_action).toBe("errors");
    expect(res.body.errors.held_on).toContain("今日以降");
  });
});

function lastDm(h: Harness, user: string): string {
  return h.fake.messages(user).at(-1)?.text ?? "";
}
