/**
 * A second program year: the secretariat creates 2020 in /desk settings (inline errors, then it
 * becomes current); 2019 is read-only from then on (a change names the rule); reports and exports
 * separate the two years; an expert carries over with one click (twice = once); an SME that took
 * part in 2019 is flagged when it applies again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corporateNumberCheckDigit } from "../../src/domain/corporate-number.js";
import { PROGRAM_IDS } from "../../src/features/program/program-ids.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { createApplication, createCompany } from "../support/fixtures.js";
import { type Harness, startHarness, USERS } from "../support/harness.js";
import { lastResponse, visitCase } from "../support/visit-fixtures.js";

const CORP = `${corporateNumberCheckDigit("180301018771")}180301018771`;
const PAST_RULE = "2019年度は終了した年度のため変更できません（閲覧のみ）。";

let h: Harness;
let world: Awaited<ReturnType<typeof visitCase>>;
beforeAll(async () => {
  h = await startHarness();
  await h.db.program.updateMany({ where: { current: true }, data: { name: "2019年度" } });
  world = await visitCase(h, { company: "株式会社二〇一九製作所" });
  await h.db.company.update({ where: { id: world.application.companyId }, data: { corporateNumber: CORP } });
});
afterAll(async () => {
  await h?.stop();
});

const NEW_YEAR = {
  年度の名前: "2020年度",
  事業開始日: "2020-04-01",
  "事業終了日（訪問の最終日）": "2021-03-31",
  申込受付開始日: "2020-04-15",
  申込受付締切日: "2021-01-31",
};

describe("a second program year", () => {
  it("is created in /desk settings: a wrong date is answered next to its field, then 2020 becomes current", async () => {
    await h.driver.command(USERS.sec1.id, "/desk", "settings");
    await h.settle();
    const settings = h.fake.lastView(USERS.sec1.id)!;
    expect(settings.view.callback_id).toBe(PROGRAM_IDS.settingsModal);
    expect(JSON.stringify(settings.view.blocks)).toContain("現在の年度: *2019年度*");
    await h.driver.clickButton(USERS.sec1.id, { actionId: PROGRAM_IDS.newProgramButton, view: settings });
    await h.settle();
    const modal = h.fake.lastView(USERS.sec1.id)!;
    expect(modal.view.callback_id).toBe(PROGRAM_IDS.newProgramModal);

    const wrong = await h.driver.submitView(
      USERS.sec1.id,
      modal,
      h.driver.fill(modal, { ...NEW_YEAR, "事業終了日（訪問の最終日）": "2020-03-01" }),
    );
    expect(wrong.body).toMatchObject({
      response_action: "errors",
      errors: { endDate: "終了日は開始日以降にしてください。" },
    });
    const taken = await h.driver.submitView(
      USERS.sec1.id,
      modal,
      h.driver.fill(modal, { ...NEW_YEAR, 年度の名前: "2019年度" }),
    );
    expect(taken.body).toMatchObject({
      errors: { name: "「2019年度」という名前の年度はすでにあります。別の名前にしてください。" },
    });
    expect(await h.db.program.count()).toBe(1);

    const ok = await h.driver.submitView(USERS.sec1.id, modal, h.driver.fill(modal, NEW_YEAR));
    expect(ok.body).toMatchObject({ response_action: "clear" });
    await h.settle();
    const programs = await h.db.program.findMany({ orderBy: { id: "asc" } });
    expect(programs.map((p) => [p.name, p.current])).toEqual([
      ["2019年度", false],
      ["2020年度", true],
    ]);
    // Settings not given are the 2019 program's.
    expect(programs[1].honorariumRissYen).toBe(programs[0].honorariumRissYen);
    expect(programs[1].secretariatChannelId).toBe(programs[0].secretariatChannelId);
    expect(await h.db.auditLog.count({ where: { action: "program.switch" } })).toBe(1);
    expect(h.fake.messages(USERS.sec1.id).at(-1)?.text).toContain("2020年度を作成し、現在の年度にしました");
  });

  it("is not something an expert can create", async () => {
    await expect(
      h.services.programYears.create(
        { userId: USERS.expert1.id, isSecretariat: false },
        {
          name: "2021年度",
          startDate: "2021-04-01",
          endDate: "2022-03-31",
          applyFrom: "2021-04-01",
          applyUntil: "2022-01-31",
        },
      ),
    ).rejects.toThrow(/forbidden/);
    expect(await h.db.program.count()).toBe(2);
  });

  it("leaves 2019 read-only: scheduling a visit of a 2019 case is refused with the rule", async () => {
    await h.driver.clickButton(USERS.expert1.id, {
      actionId: VISIT_IDS.scheduleNextButton,
      value: String(world.case.id),
    });
    await h.settle();
    expect(lastResponse(h)).toContain(PAST_RULE);
    expect(await h.db.visit.count({ where: { caseId: world.case.id } })).toBe(0);
  });

  it("separates the years in reports and exports", async () => {
    const y2019 = await h.services.programYears.resolve("2019年度");
    const y2020 = await h.services.programYears.resolve();
    const render = async (program: typeof y2019) =>
      (
        await h.services.finalReport.render(await h.services.finalReport.build("cases", { program }), "csv")
      ).content.toString("utf8");
    expect(await render(y2019)).toContain("株式会社二〇一九製作所");
    expect(await render(y2020)).not.toContain("株式会社二〇一九製作所");
    const cases = async (program: typeof y2019) => (await h.services.exports.export("cases", "csv", { program })).rows;
    expect(await cases(y2019)).toBe(1);
    expect(await cases(y2020)).toBe(0);
    await expect(h.services.programYears.resolve("2018年度")).rejects.toThrow(/2020年度, 2019年度/);
  });

  it("lets an expert carry over with one click; a second click records nothing more", async () => {
    const dm = h.fake.messages(USERS.expert1.id).find((m) => m.text.includes("継続確認"));
    expect(dm).toBeDefined();
    const program = await h.services.programYears.resolve();
    await h.driver.appHomeOpened(USERS.sec1.id);
    await h.settle();
    expect(JSON.stringify(h.fake.homeView(USERS.sec1.id)?.view)).toContain("2020年度の継続確認待ちの専門家: 1名");

    // A double click: both clicks reach the app before the DM is replaced.
    const click = () =>
      h.driver.clickButton(USERS.expert1.id, {
        actionId: PROGRAM_IDS.carryOverKeepButton,
        value: String(program.id),
        message: dm,
      });
    await Promise.all([click(), click()]);
    await h.settle();
    const rows = await h.db.expertProgramConfirmation.findMany({ where: { programId: program.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ expertId: world.expert.id, capacity: world.expert.capacity, how: "as_is" });
    expect(lastResponse(h)).toContain("2020年度も継続していただけることを確認しました");
    expect(await h.db.auditLog.count({ where: { action: "expert.carry_over" } })).toBe(1);
    await h.driver.appHomeOpened(USERS.sec1.id);
    await h.settle();
    expect(JSON.stringify(h.fake.homeView(USERS.sec1.id)?.view)).not.toContain("継続確認待ちの専門家");
  });

  it("flags an SME that took part in 2019 when it applies again, with its earlier case", async () => {
    const company = await createCompany(h.db, { name: "株式会社二〇一九製作所", corporateNumber: CORP });
    await createApplication(h.db, { companyId: company.id, status: "received", receivedOn: "2020-04-20" });
    await h.driver.command(USERS.sec1.id, "/desk", "queue");
    await h.settle();
    expect(lastResponse(h)).toContain("過去の年度に参加した企業です: 2019年度 案件#");
    expect(lastResponse(h)).toContain("専門家: 山田 太郎、指導中");
  });
});
