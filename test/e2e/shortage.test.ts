import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ANNOUNCE_IDS } from "../../src/features/announcements/announcements-ids.js";
import { SHORTAGE_IDS } from "../../src/features/shortage/shortage-ids.js";
import { weeklyDigestJob } from "../../src/jobs/weekly-digest.js";
import { createApplication, createCase, createExpert } from "../support/fixtures.js";
import { DIGEST_CHANNEL, type Harness, startHarness, USERS } from "../support/harness.js";

const KYUSHU = "7";

/**
 * On Monday 2019/11/25: two valid applications from 沖縄 have waited 20 days and the only expert
 * who can visit 九州・沖縄 (山田, 福岡, capacity 1) has a case; 関東 has one application and an
 * expert with 3 free places. 九州・沖縄 is short, 関東 is not.
 */
async function seed(h: Harness) {
  const fukuoka = await createExpert(h.db, { slackUserId: USERS.expert1.id, prefecture: 40, capacity: 1 });
  await createExpert(h.db, {
    slackUserId: USERS.expert2.id,
    prefecture: 13,
    coveredPrefectures: [13, 14],
    capacity: 3,
  });
  const held = await createApplication(h.db, { company: { prefecture: 40 } });
  await createCase(h.db, { applicationId: held.id, expertId: fukuoka.id });
  for (let i = 0; i < 2; i++)
    await createApplication(h.db, { company: { prefecture: 47 }, screenedAt: new Date("2019-11-05T01:00:00Z") });
  await createApplication(h.db, { company: { prefecture: 13 }, screenedAt: new Date("2019-11-20T01:00:00Z") });
}

function buttonsOf(blocks: any[] | undefined) {
  return (blocks ?? []).flatMap((b: any) => (b.type === "actions" ? b.elements : []));
}

function blockOf(view: any, blockId: string) {
  return view.blocks.find((b: any) => b.block_id === blockId);
}

describe("expert shortage by region", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ now: "2019-11-25T09:00:00" });
    await seed(h);
  });
  afterEach(async () => {
    await h.stop();
  });

  it("the weekly digest shows the shortage, and its button opens the composer prefilled for the secretariat", async () => {
    await weeklyDigestJob.run(h.app.ctx, h.clock.now());
    await h.settle();
    const digest = h.fake.messages(DIGEST_CHANNEL)[0];
    const text = JSON.stringify(digest.blocks);
    expect(text).toContain("*専門家の不足（地域別、2019/11/25時点）*");
    expect(text).toContain("*不足している地域: 九州・沖縄*");
    expect(text).toContain("⚠ 不足 *九州・沖縄*　待ち件数 2・空き枠 0（専門家 1名）・最長待ち日数 20日");
    expect(text).toContain("待ち件数が空き枠を上回る・沖縄県で14日を超えて候補を提示できていない");
    expect(text).toContain("*関東*　待ち件数 1・空き枠 3（専門家 1名）・最長待ち日数 5日");
    expect(text).toContain("*計* 待ち件数 3・空き枠 3（専門家 2名");
    expect(text).toContain("不足の判定: 待ち件数が空き枠を上回る地域");
    const [recruit] = buttonsOf(digest.blocks);
    expect(recruit).toMatchObject({ action_id: SHORTAGE_IDS.recruitButton, value: KYUSHU });
    expect(recruit.text.text).toBe("九州・沖縄の専門家を募集");

    await h.driver.clickButton(USERS.sec1.id, {
      actionId: SHORTAGE_IDS.recruitButton,
      message: { channel: DIGEST_CHANNEL, ts: digest.ts },
    });
    await h.settle();
    const composer = h.fake.lastView(USERS.sec1.id)!;
    expect(composer.view.callback_id).toBe(ANNOUNCE_IDS.composeModal);
    expect(blockOf(composer.view, ANNOUNCE_IDS.blocks.segment).element.initial_option.value).toBe("experts_active");
    expect(blockOf(composer.view, ANNOUNCE_IDS.blocks.title).element.initial_value).toBe(
      "【専門家募集】九州・沖縄で指導を担当いただける専門家を募集しています",
    );
    const body = blockOf(composer.view, ANNOUNCE_IDS.blocks.body).element.initial_value as string;
    expect(body).toContain("2019/11/25時点で、この地域では候補の提示を待つ企業が2社あり、受け入れ可能な枠は0件です。");
    expect(body).toContain("特に沖縄県を訪問できる専門家が不足しています。");

    // The composer is the announcement feature's: its preview counts the two active experts.
    await h.driver.submitView(USERS.sec1.id, composer, h.driver.fill(composer));
    await h.settle();
    const preview = h.fake.view(composer.id)!;
    expect(preview.view.callback_id).toBe(ANNOUNCE_IDS.previewModal);
    expect(JSON.stringify(preview.view.blocks)).toContain("専門家 2人");
    expect(await h.db.announcement.count()).toBe(1);
  });

  it("an expert who clicks the digest's button is refused and no composer opens", async () => {
    await weeklyDigestJob.run(h.app.ctx, h.clock.now());
    await h.settle();
    const digest = h.fake.messages(DIGEST_CHANNEL)[0];
    const res = await h.driver.clickButton(USERS.expert1.id, {
      actionId: SHORTAGE_IDS.recruitButton,
      message: { channel: DIGEST_CHANNEL, ts: digest.ts },
    });
    await h.settle();
    expect(JSON.stringify(h.fake.responses(res.responseUrl).at(-1)!.body)).toContain("事務局メンバーだけ");
    expect(h.fake.lastView(USERS.expert1.id)).toBeUndefined();
    expect(await h.db.announcement.count()).toBe(0);
  });

  it("App Home shows the shortage to the secretariat with a recruit button, and not to experts", async () => {
    await h.driver.appHomeOpened(USERS.sec2.id);
    await h.driver.appHomeOpened(USERS.expert1.id);
    await h.settle();
    const home = h.fake.homeView(USERS.sec2.id)!;
    const text = JSON.stringify(home.view.blocks);
    expect(text).toContain("専門家の不足（地域別）");
    expect(blockOf(home.view, SHORTAGE_IDS.blocks.home).text.text).toContain(
      "⚠ 不足 *九州・沖縄*　待ち件数 2・空き枠 0（専門家 1名）・最長待ち日数 20日",
    );
    expect(text).toContain("本文をコピーして");
    const recruit = blockOf(home.view, SHORTAGE_IDS.blocks.homeActions).elements[0];
    expect(recruit).toMatchObject({ action_id: SHORTAGE_IDS.recruitButton, value: KYUSHU });

    await h.driver.clickButton(USERS.sec2.id, { actionId: SHORTAGE_IDS.recruitButton, view: home, value: KYUSHU });
    await h.settle();
    const composer = h.fake.lastView(USERS.sec2.id)!;
    expect(composer.view.callback_id).toBe(ANNOUNCE_IDS.composeModal);
    expect(blockOf(composer.view, ANNOUNCE_IDS.blocks.title).element.initial_value).toContain("九州・沖縄");

    const expertHome = JSON.stringify(h.fake.homeView(USERS.expert1.id)!.view.blocks);
    expect(expertHome).not.toContain("専門家の不足");
    expect(expertHome).not.toContain(SHORTAGE_IDS.recruitButton);
  });

  it("in English for an English-speaking secretariat member, composer included", async () => {
    await h.db.secretariatMember.create({ data: { slackUserId: USERS.english.id, addedBy: "test" } });
    await h.driver.appHomeOpened(USERS.english.id);
    await h.settle();
    const home = h.fake.homeView(USERS.english.id)!;
    const text = JSON.stringify(home.view.blocks);
    expect(text).toContain("Expert shortage by region");
    expect(text).toContain("⚠ short *Kyushu-Okinawa*　waiting 2 · free places 0 (1 expert) · longest wait 20 days");
    await h.driver.clickButton(USERS.english.id, { actionId: SHORTAGE_IDS.recruitButton, view: home, value: KYUSHU });
    await h.settle();
    const composer = h.fake.lastView(USERS.english.id)!;
    expect(blockOf(composer.view, ANNOUNCE_IDS.blocks.title).element.initial_value).toBe(
      "Experts wanted: guidance visits in Kyushu-Okinawa",
    );
  });

  it("a forged click (no such button on their screen, or a value our views never write) is refused", async () => {
    const forged = await h.driver.clickButton(USERS.outsider.id, {
      actionId: SHORTAGE_IDS.recruitButton,
      value: KYUSHU,
      channelId: "C0GENERAL",
    });
    await h.settle();
    expect(JSON.stringify(h.fake.responses(forged.responseUrl).at(-1)!.body)).toContain("事務局メンバーだけ");
    expect(h.fake.lastView(USERS.outsider.id)).toBeUndefined();

    const bad = await h.driver.clickButton(USERS.sec1.id, {
      actionId: SHORTAGE_IDS.recruitButton,
      value: "9",
      channelId: "C0GENERAL",
    });
    await h.settle();
    expect(h.fake.responses(bad.responseUrl)).toHaveLength(1);
    expect(h.fake.lastView(USERS.sec1.id)).toBeUndefined();
    expect(h.errors()).toEqual([]);
  });
});
