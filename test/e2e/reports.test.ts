import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decodeCsv, parseCsv } from "../../src/features/imports/csv-file.js";
import { type Harness, startHarness, USERS } from "../support/harness.js";

describe("/desk report", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ now: "2019-12-20T10:00:00" });
    // A little live data: one expert, one matched SME and two held visits.
    const program = await h.db.program.findFirstOrThrow();
    const expert = await h.db.expert.create({
      data: {
        nameKanji: "山田 太郎",
        nameKana: "やまだ たろう",
        qualification: "RISS_ITC",
        prefecture: 23,
        status: "active",
        registeredOn: "2019-08-20",
      },
    });
    const company = await h.db.company.create({ data: { name: "株式会社サンプル", industry: "E", prefecture: 23 } });
    const app = await h.db.application.create({
      data: {
        programId: program.id,
        companyId: company.id,
        receivedOn: "2019-09-02",
        source: "web",
        contactName: "田中",
        contactEmail: "",
        contactPhone: "",
        status: "matched",
      },
    });
    const c = await h.db.case.create({
      data: {
        programId: program.id,
        applicationId: app.id,
        expertId: expert.id,
        approvedBy: "x",
        approvedAt: new Date(),
        approvedOn: "2019-09-10",
      },
    });
    await h.db.visit.createMany({
      data: [
        { caseId: c.id, round: 1, expertId: expert.id, status: "held", heldOn: "2019-11-11" },
        { caseId: c.id, round: 2, expertId: expert.id, status: "held", heldOn: "2019-11-26" },
      ],
    });
  });
  afterEach(async () => {
    await h.stop();
  });

  async function request(userId: string, values: Record<string, string>) {
    await h.driver.command(userId, "/desk", "report");
    await h.settle();
    const view = h.fake.lastView(userId)!;
    const filled = h.driver.fill(view, values as never);
    const res = await h.driver.submitView(userId, view, filled);
    await h.settle();
    return { view, res, filled };
  }

  it("the secretariat picks a report and a format and receives the file in a DM, once", async () => {
    const { view, res, filled } = await request(USERS.sec1.id, { レポート: "表3 週別の訪問実績", ファイル形式: "CSV" });
    expect(view.view.title.text).toBe("レポートを作成");
    expect(res.body.response_action).toBe("update");
    expect(JSON.stringify(res.body.view)).toContain("DM");
    const files = h.fake.files().filter((f) => f.shared);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ filename: "weekly-visits-2019-12-20.csv", channel_id: `D${USERS.sec1.id}` });
    expect(files[0].initial_comment).toContain("表3 週別の訪問実績");
    const csv = parseCsv(decodeCsv(files[0].bytes).text).map((r) => r.cells);
    expect(csv).toEqual([
      ["week_ending", "round_1", "round_2", "round_3", "round_4"],
      ["2019-11-17", "1", "0", "0", "0"],
      ["2019-11-24", "0", "0", "0", "0"],
      ["2019-12-01", "0", "1", "0", "0"],
      ["total", "1", "1", "0", "0"],
    ]);
    // Slack retries the same submission: the outbox key (the view id) sends nothing new.
    await h.driver.submitView(USERS.sec1.id, view, filled);
    await h.settle();
    expect(h.fake.files().filter((f) => f.shared)).toHaveLength(1);
    expect(await h.db.auditLog.count({ where: { action: "report.request" } })).toBe(1);
  });

  it("the final report arrives as one workbook with a sheet per table", async () => {
    // The first visit's accepted report scored the SME's self-diagnosis at 40 of 100.
    const visit = await h.db.visit.findFirstOrThrow({ where: { round: 1 } });
    const content = {
      heldOn: "2019-11-11",
      durationMinutes: 120,
      attendees: "社長",
      coveredItems: ["r1_business"],
      findings: "現状を確認",
      agreedActions: "方針を検討",
      deliverablesHanded: [],
      nextVisitOn: null,
      selfDiagnosis: { mode: "total", answers: {}, total: 40, max: 100, unknown: 0, categories: [] },
      wrapUp: null,
      finalScore: null,
      securityAction: null,
    };
    await h.db.visitReport.create({
      data: {
        visitId: visit.id,
        version: 1,
        status: "accepted",
        content: JSON.stringify({ form: {}, content }),
        submittedAt: new Date("2019-11-12T01:00:00Z"),
        reviewedAt: new Date("2019-11-13T01:00:00Z"),
      },
    });
    await request(USERS.sec2.id, { レポート: "成果報告書の表（一式）", ファイル形式: "Excel（xlsx・表ごとにシート）" });
    const file = h.fake.files().find((f) => f.shared)!;
    expect(file.filename).toBe("final-2019-12-20.xlsx");
    // The message carries the self-diagnosis line (no last visit yet).
    expect(file.initial_comment).toContain("自己診断: 第1回 平均40.0点 → 最終回 平均—点、改善 0/0社（—%）");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as never);
    // A sheet per table, the self-diagnosis sheet and the survey charts' sheet.
    expect(wb.worksheets).toHaveLength(10);
    const sd = wb.getWorksheet("自己診断・SECURITY ACTION")!;
    expect((sd.getRow(2).values as unknown[]).slice(1, 4)).toEqual(["3大都市圏", 1, 40]);
    expect(wb.getWorksheet("アンケート結果の図")!.getImages().length).toBeGreaterThan(0);
    // The survey charts also arrive as pictures, one per survey.
    expect(
      h.fake
        .files()
        .filter((f) => f.shared)
        .map((f) => f.filename),
    ).toEqual(["final-2019-12-20.xlsx", "survey-charts-expert-2019-12-20.png", "survey-charts-sme-2019-12-20.png"]);
    const experts = wb.getWorksheet("表2 専門家登録状況")!;
    expect(experts.getRow(24).values).toEqual([undefined, "愛知県", 1, 1, 0]);
    expect(await h.db.auditLog.count({ where: { action: "report.request" } })).toBe(1);
  });

  it("Table 4 counts RISS experts' matchings unless the secretariat picks ITC or every expert", async () => {
    // A second matching, in Hokkaido, by an ITC expert: not among the RISS experts' matchings.
    const program = await h.db.program.findFirstOrThrow();
    const itc = await h.db.expert.create({
      data: {
        nameKanji: "佐藤 花子",
        nameKana: "さとう はなこ",
        qualification: "ITC",
        prefecture: 1,
        status: "active",
        registeredOn: "2019-08-20",
      },
    });
    const company = await h.db.company.create({ data: { name: "株式会社北", industry: "E", prefecture: 1 } });
    const app = await h.db.application.create({
      data: {
        programId: program.id,
        companyId: company.id,
        receivedOn: "2019-09-02",
        source: "web",
        contactName: "鈴木",
        contactEmail: "",
        contactPhone: "",
        status: "matched",
      },
    });
    await h.db.case.create({
      data: {
        programId: program.id,
        applicationId: app.id,
        expertId: itc.id,
        approvedBy: "x",
        approvedAt: new Date(),
        approvedOn: "2019-09-10",
      },
    });
    const table4 = "表4 企業数とマッチング数（3大都市圏とその他）";
    const matchings = async (user: string, values: Record<string, string>) => {
      const before = h.fake.files().filter((f) => f.shared).length;
      const { view } = await request(user, { レポート: table4, ファイル形式: "CSV", ...values });
      const file = h.fake.files().filter((f) => f.shared)[before];
      return { view, rows: parseCsv(decodeCsv(file.bytes).text).map((r) => r.cells.slice(0, 4)) };
    };
    const byDefault = await matchings(USERS.sec1.id, {});
    expect(JSON.stringify(byDefault.view.view)).toContain("表4で数える専門家");
    expect(byDefault.rows.map((r) => r[3])).toEqual(["matchings", "1", "0", "1"]);
    const ofItc = await matchings(USERS.sec2.id, { 表4で数える専門家: "ITコーディネータ（ITC・両方の保有者を含む）" });
    expect(ofItc.rows.map((r) => r[3])).toEqual(["matchings", "1", "1", "2"]);
    const ofAll = await matchings(USERS.sec1.id, { 表4で数える専門家: "すべての専門家" });
    expect(ofAll.rows.map((r) => r[3])).toEqual(["matchings", "1", "1", "2"]);
  });

  it("is refused to anyone outside the secretariat", async () => {
    await h.driver.command(USERS.expert1.id, "/desk", "report");
    await h.settle();
    expect(h.fake.lastView(USERS.expert1.id)).toBeUndefined();
    expect(JSON.stringify(h.fake.responses().map((r) => r.body))).toContain("事務局メンバーだけ");
  });
});
