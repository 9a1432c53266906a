import { describe, expect, it } from "vitest";
import { type ReportForm, ReportFormSchema } from "../../../../src/features/visit-reports/visit-reports.schemas.js";
import { VisitReportsService } from "../../../../src/features/visit-reports/visit-reports-service.js";
import { expertActor, fakeDeps, refusal, secretariat, stranger } from "./fake-report-data.js";

/** A complete round-2 report as typed. */
const round2: ReportForm = ReportFormSchema.parse({
  heldOn: "2019-10-10",
  durationMinutes: "90",
  attendees: "代表 田中様",
  coveredItems: ["r2_policy"],
  findings: "パスワードの使い回し",
  agreedActions: "基本方針の案を作る",
});

/** Round 1 held and accepted: round 2 may be reported, held without a plan in the app. */
function world() {
  const w = fakeDeps();
  w.data.seedHeldVisit(1, "2019-09-01", "accepted");
  return { ...w, service: new VisitReportsService(w.deps) };
}

describe("VisitReportsService: drafts", () => {
  it("saving a draft of an unplanned round creates its visit once and keeps one draft version, as typed", async () => {
    const { service, data } = world();
    const first = await service.saveDraft(expertActor, { caseId: 3, round: 2 }, { ...round2, findings: "" });
    expect("visitId" in first.target).toBe(true);
    const again = await service.saveDraft(expertActor, first.target, round2);
    expect(again.target).toEqual(first.target);
    const visit = data.visits.find((v) => v.round === 2);
    expect(visit).toMatchObject({ status: "scheduled", scheduledAt: null });
    const drafts = data.reports.filter((r) => r.visitId === visit?.id);
    expect(drafts.map((r) => [r.version, r.status])).toEqual([[1, "draft"]]);
    expect(JSON.parse(drafts[0].content)).toEqual({ form: round2 });
    expect(data.audits.filter((a) => a.startsWith("report.save_draft"))).toHaveLength(2);
  });

  it("opening the report again gives the draft back with when it was saved", async () => {
    const { service } = world();
    const { target } = await service.saveDraft(expertActor, { caseId: 3, round: 2 }, round2);
    const opened = await service.openReport(expertActor, target);
    expect(opened.form).toEqual(round2);
    expect(opened.draftSavedAt).not.toBeNull();
    expect(opened.returnComment).toBeNull();
    expect(opened.round).toBe(2);
  });
});

describe("VisitReportsService: submitting", () => {
  it("a report with problems is kept as a draft and refused field by field", async () => {
    const { service, data } = world();
    const error = await refusal(
      service.submit(expertActor, { caseId: 3, round: 2 }, { ...round2, attendees: " " }, "V1"),
    );
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.options.fields ?? {})).toEqual(["attendees"]);
    expect(data.reports.filter((r) => r.status === "draft")).toHaveLength(1);
  });

  it("submits once per modal: the visit is held with its due date, the secretariat and the expert are told", async () => {
    const { service, data, notifier } = world();
    const { report, duplicate } = await service.submit(expertActor, { caseId: 3, round: 2 }, round2, "V1");
    expect(duplicate).toBe(false);
    expect(report).toMatchObject({ version: 1, status: "submitted", submittedBy: "UEXP", submissionKey: "V1" });
    expect(data.visits.find((v) => v.id === report.visitId)).toMatchObject({
      status: "held",
      heldOn: "2019-10-10",
      durationMinutes: 90,
      reportDueOn: "2019-10-18",
    });
    expect(notifier.sent.map((s) => [s.kind, s.key, s.to])).toEqual([
      ["post", `report:${report.id}:review`, "CSEC"],
      ["dm", `report:${report.id}:received`, "UEXP"],
    ]);
    const again = await service.submit(expertActor, { caseId: 3, round: 2 }, round2, "V1");
    expect(again).toEqual({ report, duplicate: true });
    expect(notifier.sent).toHaveLength(2);
    const twice = await refusal(service.submit(expertActor, { visitId: report.visitId }, round2, "V2"));
    expect(twice.userMessage.ja).toBe("第2回の報告書は提出済みで、事務局の確認待ちです。");
  });

  it("only the case's expert writes its reports; someone else learns nothing about the case", async () => {
    const { service, data } = world();
    const error = await refusal(service.saveDraft(stranger, { caseId: 3, round: 2 }, round2));
    expect(error.code).toBe("rule_violation");
    expect(error.userMessage.ja).toContain("案件 #3 の報告書は担当の専門家だけが書けます。");
    expect(error.userMessage.en).toContain("Only the case's expert writes the reports of case #3.");
    const told = await refusal(service.openReport(secretariat, { caseId: 3, round: 2 }));
    expect(told.userMessage.ja).toContain("案件 #3 の報告書は担当の専門家（山田 太郎 さん）だけが書けます。");
    expect(data.visits).toHaveLength(1);
  });
});

describe("VisitReportsService: review", () => {
  async function submitted() {
    const w = world();
    const { report } = await w.service.submit(expertActor, { caseId: 3, round: 2 }, round2, "V1");
    w.notifier.sent = [];
    return { ...w, report };
  }

  it("returning needs a comment; the expert gets it with a button to revise; a revision is a new version", async () => {
    const { service, data, notifier, report } = await submitted();
    const empty = await refusal(service.returnForRevision(secretariat, report.id, "  "));
    expect(empty.options.field).toBe("comment");
    await service.returnForRevision(secretariat, report.id, "出席者の役職を書いてください");
    expect(data.reports.find((r) => r.id === report.id)).toMatchObject({
      status: "returned",
      reviewedBy: "USEC",
      reviewComment: "出席者の役職を書いてください",
    });
    expect(notifier.sent.map((s) => [s.kind, s.key])).toEqual([
      ["update", `report:${report.id}:review:decided`],
      ["dm", `report:${report.id}:returned`],
    ]);
    const revising = await service.openRevision(expertActor, report.id);
    expect(revising.returnComment).toBe("出席者の役職を書いてください");
    expect(revising.form).toEqual(round2);
    const { report: v2 } = await service.submit(expertActor, revising.target, round2, "V2");
    expect(v2.version).toBe(2);
    const late = await refusal(service.accept(secretariat, report.id));
    expect(late.userMessage.ja).toBe("この報告書（第1版）はすでに差戻し済みです。変更はありません。");
  });

  it("accepting makes the honorarium payable; accepting the last round completes the case and sends the surveys", async () => {
    const { service, data, report, invited, lines } = await submitted();
    const r2 = await service.accept(secretariat, report.id);
    expect(r2).toMatchObject({ completed: false, amountYen: 30000 });
    expect(lines).toEqual([report.visitId]);
    data.seedHeldVisit(3, "2019-10-12", "accepted");
    const { report: last } = await service.submit(
      expertActor,
      { caseId: 3, round: 4 },
      {
        ...round2,
        heldOn: "2019-10-14",
        coveredItems: ["r4_wrapup"],
        wrapUp: "まとめ",
        finalScore: "0",
        securityAction: "one_star",
      },
      "V4",
    );
    const r4 = await service.accept(secretariat, last.id);
    expect(r4.completed).toBe(true);
    expect(data.cases.get(3)?.status).toBe("completed");
    expect(invited).toEqual([3]);
    expect(data.audits).toContain("case.complete case:3");
  });

  it("only the secretariat decides", async () => {
    const { service, report } = await submitted();
    const error = await refusal(service.accept(expertActor, report.id));
    expect(error.code).toBe("rule_violation");
    expect(error.userMessage.ja).toContain("報告書の受理は事務局メンバーだけが行えます。");
    expect(error.userMessage.en).toContain("Only secretariat members can accept reports.");
  });
});
