import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MATCHING_IDS } from "../../src/features/matching/matching-ids.js";
import { createApplication, createCase, createExpert } from "../support/fixtures.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";

const M = MATCHING_IDS;
const AICHI = 23;

describe("matching", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  /** Experts around an SME in Aichi: same prefecture, neighbour, same region, far, and one who is full. */
  async function pool() {
    const yamada = await createExpert(h.db, {
      nameKanji: "山田 太郎",
      nameKana: "やまだ たろう",
      slackUserId: USERS.expert1.id,
      prefecture: AICHI,
      industries: ["E"],
      email: "yamada-private@example.jp",
      phone: "090-1111-2222",
    });
    const suzuki = await createExpert(h.db, {
      nameKanji: "鈴木 花子",
      nameKana: "すずき はなこ",
      slackUserId: USERS.expert2.id,
      prefecture: 21,
      email: "suzuki-private@example.jp",
    });
    const sato = await createExpert(h.db, { nameKanji: "佐藤 次郎", nameKana: "さとう じろう", prefecture: 13 });
    const ito = await createExpert(h.db, { nameKanji: "伊藤 四郎", nameKana: "いとう しろう", prefecture: 15 });
    const takahashi = await createExpert(h.db, {
      nameKanji: "高橋 三郎",
      nameKana: "たかはし さぶろう",
      prefecture: AICHI,
      industries: ["E"],
      capacity: 1,
    });
    const other = await createApplication(h.db, { company: { name: "他社工業株式会社", prefecture: AICHI } });
    await createCase(h.db, { applicationId: other.id, expertId: takahashi.id });
    await createExpert(h.db, { nameKanji: "審査 中", nameKana: "しんさ ちゅう", status: "pending" });
    return { yamada, suzuki, sato, ito, takahashi, other };
  }

  function smeApplication(overrides: Parameters<typeof createApplication>[1] = {}) {
    return createApplication(h.db, {
      contactSlackUserId: USERS.sme1.id,
      contactEmail: "tanaka@sample-seisakusho.jp",
      contactPhone: "052-123-4567",
      company: { name: "株式会社サンプル製作所", prefecture: AICHI, industry: "E", address: "名古屋市中区1-2-3" },
      ...overrides,
    });
  }

  const candidateIds = (view: any): number[] =>
    view.blocks
      .filter((b: any) => String(b.block_id ?? "").startsWith("candidate_"))
      .map((b: any) => Number(b.block_id.slice("candidate_".length)));

  const secretariatMessage = (proposalId: number) =>
    h.fake.messages(SECRETARIAT_CHANNEL).find((m) => JSON.stringify(m.blocks).includes(`提示番号 ${proposalId}`))!;

  const lastResponse = () => JSON.stringify(h.fake.responses().at(-1)?.body ?? null);

  async function openPropose(applicationId: number) {
    await h.driver.clickButton(USERS.sec1.id, { actionId: M.proposeButton, value: String(applicationId) });
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    expect(view.view.callback_id).toBe(M.proposeModal);
    return view;
  }

  async function propose(applicationId: number, count?: string) {
    const view = await openPropose(applicationId);
    const res = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, count ? { 企業に案内する人数: count } : {}),
    );
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    return h.db.proposal.findFirstOrThrow({
      where: { applicationId },
      orderBy: { id: "desc" },
      include: { candidates: { orderBy: { rank: "asc" } } },
    });
  }

  async function recordChoice(proposalId: number, expertLabel: string) {
    await h.driver.clickButton(USERS.sec1.id, {
      actionId: M.recordChoiceButton,
      value: String(proposalId),
      message: secretariatMessage(proposalId),
    });
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    expect(view.view.callback_id).toBe(M.recordChoiceModal);
    const res = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, {
        選ばれた専門家: expertLabel,
        選択を受けた方法: "電話",
        選択を受けた日: "2019-10-01",
        メモ: "田中様より電話",
      }),
    );
    await h.settle();
    return res;
  }

  async function openApproval(applicationId: number, userId: string = USERS.sec1.id) {
    await h.driver.clickButton(userId, { actionId: M.approveButton, value: String(applicationId) });
    await h.settle();
    const view = h.fake.lastView(userId)!;
    expect(view.view.callback_id).toBe(M.approveModal);
    return view;
  }

  it("ranks a realistic pool with reasons: same prefecture > neighbour > same region > far; full drops out", async () => {
    const p = await pool();
    const app = await smeApplication();
    await h.driver.command(USERS.sec1.id, "/desk", `match #${app.id}`);
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    expect(view.view.callback_id).toBe(M.proposeModal);
    expect(candidateIds(view.view)).toEqual([p.yamada.id, p.suzuki.id, p.ito.id, p.sato.id]);
    const text = JSON.stringify(view.view.blocks);
    expect(text).toContain("同じ都道府県（愛知県）に在住");
    expect(text).toContain("隣の岐阜県に在住");
    expect(text).toContain("同じ地方（中部）");
    expect(text).toContain("遠方（東京都）");
    expect(text).toContain("担当中 0件／上限 3件");
    expect(text).toContain("製造業の支援経験あり");
    expect(text).not.toContain("高橋 三郎");
    expect(text).not.toContain("審査 中");
    const count = view.view.blocks.find((b: any) => b.block_id === "count");
    expect(count.element.initial_value).toBe("3");
  });

  it("/desk ranking changes the weights in a modal: checked per field, audited, used by the next proposal", async () => {
    const p = await pool();
    const app = await smeApplication();
    await h.driver.command(USERS.sec1.id, "/desk", "ranking");
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    expect(view.view.callback_id).toBe(M.rankingModal);
    const same = view.view.blocks.find((b: any) => b.block_id === "weight_samePrefecture");
    expect(same.label.text).toBe("企業と同じ都道府県に住んでいる");
    expect(same.element.initial_value).toBe("40");

    // A crafted submission out of range is refused next to the field; nothing is saved.
    const bad = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, { 企業と同じ都道府県に住んでいる: "1001", 隣の都道府県に住んでいる: "-1" }),
      { skipClientChecks: true },
    );
    expect(bad.body?.response_action).toBe("errors");
    expect(bad.body.errors).toEqual({
      weight_samePrefecture: "0〜1000 の整数で入力してください。",
      weight_neighbouringPrefecture: "0〜1000 の整数で入力してください。",
    });
    expect(await h.db.auditLog.count({ where: { action: "program.ranking_weights" } })).toBe(0);

    const ok = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, { 企業と同じ都道府県に住んでいる: "0", 隣の都道府県に住んでいる: "100" }),
    );
    expect(ok.body?.response_action).toBeUndefined();
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: "program.ranking_weights" } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ samePrefecture: 0, neighbouringPrefecture: 100 });

    // The neighbour now outranks the expert in the SME's own prefecture.
    await h.driver.command(USERS.sec1.id, "/desk", `match #${app.id}`);
    await h.settle();
    expect(candidateIds(h.fake.lastView(USERS.sec1.id)!.view).slice(0, 2)).toEqual([p.suzuki.id, p.yamada.id]);
  });

  it("App Home lists the valid applications waiting for candidates, and its button opens the proposal", async () => {
    await pool();
    const app = await smeApplication();
    await h.driver.appHomeOpened(USERS.sec2.id);
    await h.settle();
    const home = h.fake.homeView(USERS.sec2.id)!;
    const row = home.view.blocks.find((b: any) => b.block_id === `home_matching_valid_${app.id}`);
    expect(row.text.text).toContain(`#${app.id} 株式会社サンプル製作所`);
    expect(row.text.text).toContain("愛知県");
    expect(row.accessory.text.text).toBe("候補を提示する");
    await h.driver.clickButton(USERS.sec2.id, { actionId: M.proposeButton, view: home, value: String(app.id) });
    await h.settle();
    expect(h.fake.lastView(USERS.sec2.id)!.view.callback_id).toBe(M.proposeModal);
  });

  it("puts the expert who recruited the SME first", async () => {
    const p = await pool();
    const app = await smeApplication({ recruiterExpertId: p.sato.id });
    const view = await openPropose(app.id);
    expect(candidateIds(view.view)[0]).toBe(p.sato.id);
    expect(JSON.stringify(view.view.blocks)).toContain("この企業を紹介した専門家");
  });

  it("proposal with a removal and a searched addition; the SME chooses by DM; later clicks are told it is decided", async () => {
    const p = await pool();
    const app = await smeApplication();
    let view = await openPropose(app.id);

    await h.driver.clickButton(USERS.sec1.id, {
      actionId: M.removeCandidate,
      blockId: `candidate_${p.suzuki.id}`,
      view,
    });
    await h.settle();
    view = h.fake.lastView(USERS.sec1.id)!;
    expect(candidateIds(view.view)).toEqual([p.yamada.id, p.ito.id, p.sato.id]);

    // The search answers from the first character, in kanji or either kana script.
    for (const q of ["高", "たかはし", "タカハシ"]) {
      const found = await h.driver.suggest(USERS.sec1.id, {
        actionId: M.addCandidate,
        blockId: "add_candidate",
        value: q,
        view,
      });
      expect(found.options.map((o: any) => o.value)).toEqual([String(p.takahashi.id)]);
      expect(found.options[0].description.text).toContain("担当 1/1件");
    }
    const none = await h.driver.suggest(USERS.sec1.id, {
      actionId: M.addCandidate,
      blockId: "add_candidate",
      value: "審査",
      view,
    });
    expect(none.options).toEqual([]);
    await h.driver.selectOption(USERS.sec1.id, {
      actionId: M.addCandidate,
      selected: { value: String(p.takahashi.id), text: "高橋 三郎（たかはし さぶろう）" },
      view,
      elementType: "external_select",
    });
    await h.settle();
    view = h.fake.lastView(USERS.sec1.id)!;
    expect(candidateIds(view.view)).toEqual([p.takahashi.id, p.yamada.id, p.ito.id, p.sato.id]);
    expect(JSON.stringify(view.view.blocks)).toContain("（手動で追加）");

    const res = await h.driver.submitView(USERS.sec1.id, view, h.driver.fill(view, { 企業に案内する人数: "3" }));
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    const proposal = await h.db.proposal.findFirstOrThrow({ include: { candidates: { orderBy: { rank: "asc" } } } });
    expect(proposal.candidates.map((c) => c.expertId)).toEqual([p.takahashi.id, p.yamada.id, p.ito.id]);
    expect((await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("proposed");

    // The SME's DM: public profiles only — no private contact, nothing of another SME.
    const dm = h.fake.messages(USERS.sme1.id).at(-1)!;
    const dmText = JSON.stringify(dm);
    for (const name of ["高橋 三郎", "山田 太郎", "伊藤 四郎"]) expect(dmText).toContain(name);
    expect(dmText).not.toContain("鈴木 花子");
    expect(dmText).not.toMatch(/@example\.jp|090-/);
    expect(dmText).not.toContain("他社工業");
    expect(dmText).not.toContain("担当中");

    // Someone else clicking the SME's button is refused.
    await h.driver.clickButton(USERS.outsider.id, {
      actionId: M.chooseButton,
      value: `${proposal.id}:${p.yamada.id}`,
      blockId: `matching_choose_${proposal.id}_${p.yamada.id}`,
      message: dm,
    });
    await h.settle();
    expect(lastResponse()).toContain("あなた宛てではない");
    expect((await h.db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe("open");

    await h.driver.clickButton(USERS.sme1.id, {
      actionId: M.chooseButton,
      blockId: `matching_choose_${proposal.id}_${p.yamada.id}`,
      message: dm,
    });
    await h.settle();
    expect(lastResponse()).toContain("山田 太郎 さんを選びました");
    const chosen = await h.db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(chosen).toMatchObject({ status: "chosen", chosenExpertId: p.yamada.id, chosenVia: "slack" });
    const updatedDm = h.fake.messages(USERS.sme1.id).find((m) => m.ts === dm.ts)!;
    expect(updatedDm.updated).toBe(true);
    expect(JSON.stringify(updatedDm.blocks)).not.toContain(M.chooseButton);
    const sec = secretariatMessage(proposal.id);
    expect(sec.updated).toBe(true);
    expect(JSON.stringify(sec.blocks)).toContain(M.approveButton);
    expect(JSON.stringify(sec.blocks)).not.toContain(M.recordChoiceButton);

    // A second click from a copy of the message the client has not refreshed yet: nothing changes, and it says why.
    await h.driver.clickButton(USERS.sme1.id, {
      actionId: M.chooseButton,
      value: `${proposal.id}:${p.takahashi.id}`,
      channelId: dm.channel,
    });
    await h.settle();
    expect(lastResponse()).toContain("すでに選択済み");
    expect((await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).chosenExpertId).toBe(p.yamada.id);
    expect(await h.db.auditLog.count({ where: { action: "matching.choose" } })).toBe(1);
  });

  it("the secretariat records the choice for an SME without Slack; a later record is refused", async () => {
    const p = await pool();
    const app = await smeApplication({ contactSlackUserId: null });
    const proposal = await propose(app.id, "2");
    await h.driver.command(USERS.sec2.id, "/desk", `match ${app.id}`);
    await h.settle();
    const waiting = h.fake.responses().at(-1)!.body;
    expect(JSON.stringify(waiting)).toContain("企業の選択を待っています");
    expect(proposal.candidates.map((c) => c.expertId)).toEqual([p.yamada.id, p.suzuki.id]);
    const sec = secretariatMessage(proposal.id);
    expect(sec.text).toContain("候補を提示しました");
    expect(JSON.stringify(sec.blocks)).toContain("Slack を使っていません");
    expect(JSON.stringify(sec.blocks)).toContain("052-123-4567");
    expect(h.fake.messages(USERS.sme1.id)).toHaveLength(0);

    const res = await recordChoice(proposal.id, "鈴木 花子（すずき はなこ）");
    expect(res.body?.response_action).toBeUndefined();
    const chosen = await h.db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(chosen).toMatchObject({ status: "chosen", chosenExpertId: p.suzuki.id, chosenVia: "phone" });
    expect(chosen.chosenNote).toBe("2019/10/1 電話: 田中様より電話");

    // The "record" button of the earlier reply, on a decided proposal: told, nothing changes.
    expect(JSON.stringify(waiting.blocks)).toContain(M.recordChoiceButton);
    await h.driver.clickButton(USERS.sec2.id, { actionId: M.recordChoiceButton, value: String(proposal.id) });
    await h.settle();
    expect(lastResponse()).toContain("すでに選択済み");
  });

  it("an open proposal can be withdrawn with a reason: the SME's buttons stop, the application can be proposed again", async () => {
    const p = await pool();
    const app = await smeApplication();
    const proposal = await propose(app.id);
    const dm = h.fake.messages(USERS.sme1.id).at(-1)!;
    expect(JSON.stringify(dm.blocks)).toContain(M.chooseButton);

    await h.driver.clickButton(USERS.sec2.id, {
      actionId: M.withdrawButton,
      value: String(proposal.id),
      message: secretariatMessage(proposal.id),
    });
    await h.settle();
    const view = h.fake.lastView(USERS.sec2.id)!;
    expect(view.view.callback_id).toBe(M.withdrawModal);
    const res = await h.driver.submitView(
      USERS.sec2.id,
      view,
      h.driver.fill(view, { 取り下げの理由: "企業からいずれの候補も希望しないと連絡があったため" }),
    );
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();

    expect((await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("valid");
    expect((await h.db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe("cancelled");
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: "matching.withdraw" } });
    expect(audit).toMatchObject({ actor: USERS.sec2.id, entityId: String(app.id) });
    const updatedDm = h.fake.messages(USERS.sme1.id).find((m) => m.ts === dm.ts)!;
    expect(updatedDm.updated).toBe(true);
    expect(JSON.stringify(updatedDm.blocks)).not.toContain(M.chooseButton);
    expect(updatedDm.text).toContain("取り下げました");
    const sec = JSON.stringify(secretariatMessage(proposal.id).blocks);
    expect(sec).toContain("企業からいずれの候補も希望しないと連絡があったため");
    expect(sec).toContain(M.proposeButton);
    expect(sec).not.toContain(M.withdrawButton);

    // The SME clicking a stale copy of the DM is told the candidates are closed; nothing changes.
    await h.driver.clickButton(USERS.sme1.id, {
      actionId: M.chooseButton,
      value: `${proposal.id}:${p.yamada.id}`,
      channelId: dm.channel,
    });
    await h.settle();
    expect(lastResponse()).toContain("締め切られています");
    expect((await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("valid");

    // A second withdrawal (a double click) is refused, and a new proposal can be made.
    await h.driver.clickButton(USERS.sec1.id, { actionId: M.withdrawButton, value: String(proposal.id) });
    await h.settle();
    expect(lastResponse()).toContain("締め切られています");
    const again = await propose(app.id);
    expect(again.id).not.toBe(proposal.id);
    expect((await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("proposed");
  });

  it("approval without override opens the case, tells the expert the SME's contact and updates the messages", async () => {
    const p = await pool();
    const app = await smeApplication();
    const proposal = await propose(app.id);
    await recordChoice(proposal.id, "山田 太郎（やまだ たろう）");
    // A second member's App Home lists the pair waiting for approval.
    await h.driver.appHomeOpened(USERS.sec2.id);
    await h.settle();
    const home = h.fake.homeView(USERS.sec2.id)!;
    expect(JSON.stringify(home.view.blocks)).toContain("承認待ち: *1*件");

    const view = await openApproval(app.id);
    const checks = JSON.stringify(view.view.blocks);
    expect(checks).toContain("担当件数: 0件／上限 3件");
    expect(checks).toContain("この企業の別案件の担当: なし");
    const target = view.view.blocks.find((b: any) => b.block_id === "first_visit_target");
    expect(target.element.initial_date).toBe("2019-10-15");
    const late = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, { 初回訪問の目標日: "2020-02-10" }),
    );
    expect(late.body.errors.first_visit_target).toContain("事業の終了日");
    const res = await h.driver.submitView(USERS.sec1.id, view, h.driver.fill(view, { 初回訪問の目標日: "2019-10-20" }));
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();

    const c = await h.db.case.findUniqueOrThrow({ where: { applicationId: app.id }, include: { assignments: true } });
    expect(c).toMatchObject({
      status: "active",
      expertId: p.yamada.id,
      approvedOn: "2019-10-01",
      firstVisitTarget: "2019-10-20",
      capacityOverride: false,
      approvedBy: USERS.sec1.id,
    });
    expect(c.assignments).toHaveLength(1);
    expect((await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("matched");

    const expertDm = JSON.stringify(h.fake.messages(USERS.expert1.id).at(-1));
    expect(expertDm).toContain(`案件 #${c.id}`);
    expect(expertDm).toContain("株式会社サンプル製作所");
    expect(expertDm).toContain("tanaka@sample-seisakusho.jp");
    expect(expertDm).toContain("052-123-4567");
    const smeDm = JSON.stringify(h.fake.messages(USERS.sme1.id).at(-1));
    expect(smeDm).toContain("担当の専門家が決まりました");
    expect(smeDm).not.toMatch(/yamada-private|090-1111/);
    const sec = secretariatMessage(proposal.id);
    expect(JSON.stringify(sec.blocks)).not.toContain(M.approveButton);
    expect(JSON.stringify(sec.blocks)).toContain(M.reassignButton);

    // The Approve button on the App Home opened before: already decided.
    await h.driver.clickButton(USERS.sec2.id, { actionId: M.approveButton, view: home });
    await h.settle();
    expect(h.fake.messages(USERS.sec2.id).at(-1)!.text).toContain("すでにマッチングが承認されています");
    expect(await h.db.case.count()).toBe(2);
  });

  it("approval of an expert at capacity needs the explicit override, which is audited", async () => {
    const p = await pool();
    const app = await smeApplication({ status: "chosen", chosenExpertId: p.takahashi.id, chosenVia: "phone" });
    const view = await openApproval(app.id);
    expect(JSON.stringify(view.view.blocks)).toContain("担当件数が上限に達しています（担当中 1件／上限 1件）");
    const refused = await h.driver.submitView(USERS.sec1.id, view, h.driver.fill(view, {}));
    expect(refused.body.response_action).toBe("errors");
    expect(refused.body.errors.override).toContain("上限に達しています");
    expect(await h.db.case.count({ where: { applicationId: app.id } })).toBe(0);

    const res = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, { 担当上限の超過: ["上限を超えても担当させる（監査ログに記録されます）"] }),
    );
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    const c = await h.db.case.findUniqueOrThrow({ where: { applicationId: app.id } });
    expect(c.capacityOverride).toBe(true);
    const audit = await h.db.auditLog.findMany({ where: { entityType: "case", entityId: String(c.id) } });
    expect(audit.map((a) => a.action)).toEqual(["matching.approve", "matching.capacity_override"]);
    expect(audit[1].actor).toBe(USERS.sec1.id);
    expect(await h.db.case.count({ where: { expertId: p.takahashi.id, status: "active" } })).toBe(2);
  });

  it("rejection needs a reason and sends the application back to proposal without the refused expert", async () => {
    const p = await pool();
    const app = await smeApplication();
    const proposal = await propose(app.id);
    await recordChoice(proposal.id, "山田 太郎（やまだ たろう）");

    await h.driver.clickButton(USERS.sec1.id, {
      actionId: M.rejectButton,
      value: String(app.id),
      message: secretariatMessage(proposal.id),
    });
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    expect(view.view.callback_id).toBe(M.rejectModal);
    const blank = await h.driver.submitView(USERS.sec1.id, view, h.driver.fill(view, { 不承認の理由: "  " }));
    expect(blank.body.errors.reason).toContain("理由");
    const res = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, { 不承認の理由: "専門家の都合がつかないため" }),
    );
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();

    const back = await h.db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(back).toMatchObject({ status: "valid", chosenExpertId: null });
    expect((await h.db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe("cancelled");
    expect(await h.db.case.count({ where: { applicationId: app.id } })).toBe(0);
    const sec = secretariatMessage(proposal.id);
    expect(JSON.stringify(sec.blocks)).toContain("専門家の都合がつかないため");
    expect(JSON.stringify(sec.blocks)).toContain(M.proposeButton);
    const smeDm = JSON.stringify(h.fake.messages(USERS.sme1.id).at(-1));
    expect(smeDm).toContain("改めてご案内");
    expect(smeDm).not.toContain("都合");

    const again = await openPropose(app.id);
    expect(candidateIds(again.view)).toEqual([p.suzuki.id, p.ito.id, p.sato.id]);
  });

  it("matches the recruiting expert directly, still with the secretariat's approval", async () => {
    const p = await pool();
    const app = await smeApplication({ recruiterExpertId: p.sato.id });
    const view = await openPropose(app.id);
    expect(JSON.stringify(view.view.blocks)).toContain("この企業を紹介した専門家: *佐藤 次郎");
    await h.driver.clickButton(USERS.sec1.id, { actionId: M.directMatchButton, view });
    await h.settle();
    const approval = h.fake.lastView(USERS.sec1.id)!;
    expect(approval.view.callback_id).toBe(M.approveModal);
    expect(await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      status: "chosen",
      chosenExpertId: p.sato.id,
      chosenVia: "recruiter",
    });
    expect(await h.db.case.count({ where: { applicationId: app.id } })).toBe(0);
    const res = await h.driver.submitView(USERS.sec1.id, approval, h.driver.fill(approval, {}));
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    const c = await h.db.case.findUniqueOrThrow({ where: { applicationId: app.id } });
    expect(c.expertId).toBe(p.sato.id);
    // 佐藤 has no Slack: the secretariat is asked to tell them directly.
    const sec = h.fake.messages(SECRETARIAT_CHANNEL).find((m) => m.text.includes("マッチングを承認しました"))!;
    expect(JSON.stringify(sec.blocks)).toContain("Slack を使っていません");
    expect(JSON.stringify(h.fake.messages(USERS.sme1.id).at(-1))).toContain("佐藤 次郎");
  });

  it("reassigns a case: visits held are kept and both experts are told", async () => {
    const p = await pool();
    const app = await smeApplication();
    const c = await createCase(h.db, { applicationId: app.id, expertId: p.yamada.id });
    await h.db.visit.create({
      data: { caseId: c.id, round: 1, expertId: p.yamada.id, status: "held", heldOn: "2019-09-20" },
    });
    await h.driver.command(USERS.sec1.id, "/desk", `reassign ${c.id}`);
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    expect(view.view.callback_id).toBe(M.reassignModal);
    const found = await h.driver.suggest(USERS.sec1.id, {
      actionId: M.reassignExpertSelect,
      blockId: "expert",
      value: "すずき",
      view,
    });
    expect(found.options[0].value).toBe(String(p.suzuki.id));
    const pick = { value: String(p.suzuki.id), text: found.options[0].text.text };
    const blank = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, { 新しい担当専門家: pick, 変更の理由: " " }),
      { skipClientChecks: true },
    );
    expect(blank.body.errors.reason).toContain("理由");
    const res = await h.driver.submitView(
      USERS.sec1.id,
      view,
      h.driver.fill(view, { 新しい担当専門家: pick, 変更の理由: "専門家の体調不良のため" }),
    );
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();

    const after = await h.db.case.findUniqueOrThrow({
      where: { id: c.id },
      include: { assignments: { orderBy: { id: "asc" } }, visits: true },
    });
    expect(after.expertId).toBe(p.suzuki.id);
    expect(after.visits).toHaveLength(1);
    expect(after.visits[0]).toMatchObject({ status: "held", expertId: p.yamada.id });
    expect(after.assignments.map((a) => [a.expertId, a.untilAt !== null])).toEqual([
      [p.yamada.id, true],
      [p.suzuki.id, false],
    ]);
    expect(after.assignments[1].reason).toBe("専門家の体調不良のため");
    expect(h.fake.messages(USERS.expert1.id).at(-1)!.text).toContain("別の専門家に変更");
    const newDm = JSON.stringify(h.fake.messages(USERS.expert2.id).at(-1));
    expect(newDm).toContain("引き継いで");
    expect(newDm).toContain("実施済みの訪問: 1回");
    expect(newDm).toContain("tanaka@sample-seisakusho.jp");
    expect(JSON.stringify(h.fake.messages(USERS.sme1.id).at(-1))).toContain("鈴木 花子");
    expect(await h.db.auditLog.count({ where: { action: "matching.reassign", entityId: String(c.id) } })).toBe(1);
  });

  it("an expert or an outsider trying any secretariat step is refused and nothing changes", async () => {
    const p = await pool();
    const valid = await smeApplication();
    const chosen = await smeApplication({ status: "chosen", chosenExpertId: p.yamada.id, chosenVia: "phone" });
    const matchedApp = await smeApplication();
    const c = await createCase(h.db, { applicationId: matchedApp.id, expertId: p.suzuki.id });
    const approval = await openApproval(chosen.id);
    const proposal = await propose(valid.id);
    const snapshot = async () => ({
      apps: await h.db.application.findMany({
        orderBy: { id: "asc" },
        select: { id: true, status: true, chosenExpertId: true },
      }),
      cases: await h.db.case.findMany({ orderBy: { id: "asc" }, select: { id: true, expertId: true, status: true } }),
      proposals: await h.db.proposal.findMany({ select: { id: true, status: true } }),
      audit: await h.db.auditLog.count(),
    });
    const before = await snapshot();

    for (const user of [USERS.expert1.id, USERS.outsider.id]) {
      const refusals = h.fake.responses().length;
      await h.driver.command(user, "/desk", `match ${valid.id}`);
      await h.driver.command(user, "/desk", `reassign ${c.id}`);
      for (const [actionId, value] of [
        [M.proposeButton, valid.id],
        [M.recordChoiceButton, proposal.id],
        [M.approveButton, chosen.id],
        [M.rejectButton, chosen.id],
        [M.reassignButton, c.id],
      ] as const)
        await h.driver.clickButton(user, { actionId, value: String(value) });
      await h.settle();
      const answers = h.fake.responses().slice(refusals);
      expect(answers).toHaveLength(7);
      for (const a of answers) expect(JSON.stringify(a.body)).toContain("事務局メンバーだけ");
      const forged = await h.driver.submitView(user, approval, h.driver.fill(approval, {}));
      expect(forged.body.response_action).toBe("errors");
      const options = await h.driver.suggest(user, { actionId: M.addCandidate, blockId: "add_candidate", value: "山" });
      expect(options.options).toEqual([]);
    }
    expect(h.fake.lastView(USERS.outsider.id)).toBeUndefined();
    expect(h.fake.lastView(USERS.expert1.id)).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it("two approvals racing for one application, or for an expert's last slot, make exactly one case", async () => {
    const p = await pool();
    const app = await smeApplication({ status: "chosen", chosenExpertId: p.yamada.id, chosenVia: "phone" });
    const v1 = await openApproval(app.id, USERS.sec1.id);
    const v2 = await openApproval(app.id, USERS.sec2.id);
    const answers = await Promise.all([
      h.driver.submitView(USERS.sec1.id, v1, h.driver.fill(v1, {})),
      h.driver.submitView(USERS.sec2.id, v2, h.driver.fill(v2, {})),
    ]);
    await h.settle();
    expect(await h.db.case.count({ where: { applicationId: app.id } })).toBe(1);
    const lost = answers.filter((a) => a.body?.response_action === "errors");
    expect(lost).toHaveLength(1);
    expect(lost[0].body.errors.first_visit_target).toContain("すでに承認されています");
    expect(h.fake.messages(USERS.expert1.id).filter((m) => m.text.includes("担当が決まりました"))).toHaveLength(1);

    // The last slot: 山田 now has 1 of 2; two other SMEs chose them; two members approve at once.
    await h.db.expert.update({ where: { id: p.yamada.id }, data: { capacity: 2 } });
    const a1 = await smeApplication({ status: "chosen", chosenExpertId: p.yamada.id, chosenVia: "phone" });
    const a2 = await smeApplication({ status: "chosen", chosenExpertId: p.yamada.id, chosenVia: "mail" });
    const w1 = await openApproval(a1.id, USERS.sec1.id);
    const w2 = await openApproval(a2.id, USERS.sec2.id);
    const slot = await Promise.all([
      h.driver.submitView(USERS.sec1.id, w1, h.driver.fill(w1, {})),
      h.driver.submitView(USERS.sec2.id, w2, h.driver.fill(w2, {})),
    ]);
    await h.settle();
    expect(await h.db.case.count({ where: { expertId: p.yamada.id, status: "active" } })).toBe(2);
    const refused = slot.filter((a) => a.body?.response_action === "errors");
    expect(refused).toHaveLength(1);
    expect(refused[0].body.errors.override).toContain("上限に達しています");
  });

  it("speaks English to an English-locale member", async () => {
    await pool();
    await h.db.secretariatMember.create({ data: { slackUserId: USERS.english.id, addedBy: USERS.sec1.id } });
    const app = await smeApplication();
    await h.driver.command(USERS.english.id, "/desk", `match ${app.id}`);
    await h.settle();
    const view = h.fake.lastView(USERS.english.id)!;
    expect(view.view.title.text).toBe("Propose candidates");
    expect(JSON.stringify(view.view.blocks)).toContain("lives in the same prefecture (Aichi)");
  });
});
