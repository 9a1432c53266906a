/**
 * Helpers for the visits feature's tests: a case ready for visits, and the expert's and the
 * secretariat's steps done through Slack (the modals are filled by their labels, like a person).
 */
import { expect } from "vitest";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { createApplication, createCase, createExpert } from "./fixtures.js";
import { type Harness, SECRETARIAT_CHANNEL, USERS } from "./harness.js";
import type { FillValue } from "./slack-driver.js";

export async function visitCase(
  h: Harness,
  opts: { approvedOn?: string; slackUserId?: string; company?: string; qualification?: string } = {},
) {
  const expert = await createExpert(h.db, {
    slackUserId: opts.slackUserId ?? USERS.expert1.id,
    nameKanji: "山田 太郎",
    nameKana: "やまだ たろう",
    qualification: opts.qualification ?? "RISS",
  });
  const application = await createApplication(h.db, { company: { name: opts.company ?? "株式会社サンプル製作所" } });
  const approvedOn = opts.approvedOn ?? "2019-09-10";
  const c = await createCase(h.db, {
    applicationId: application.id,
    expertId: expert.id,
    approvedOn,
    approvedAt: new Date(`${approvedOn}T01:00:00Z`),
  });
  return { expert, application, case: c };
}

/** Text of the latest private reply (response_url) the app sent. */
export function lastResponse(h: Harness): string {
  return JSON.stringify(h.fake.responses().at(-1)?.body ?? null);
}

export function lastDm(h: Harness, userId: string) {
  return h.fake.messages(userId).at(-1)!;
}

/** Clicks "schedule the next visit" for a case and submits the modal. */
export async function scheduleVisit(
  h: Harness,
  caseId: number,
  plan: { date: string; time?: string; round?: number; online?: boolean },
  userId: string = USERS.expert1.id,
) {
  await h.driver.clickButton(userId, { actionId: VISIT_IDS.scheduleNextButton, value: String(caseId) });
  await h.settle();
  const view = h.fake.lastView(userId)!;
  expect(view.view.callback_id).toBe(VISIT_IDS.scheduleModal);
  const values: Record<string, FillValue> = {
    訪問日: plan.date,
    "開始時刻（日本時間）": plan.time ?? "10:00",
    訪問の方法: plan.online ? "オンライン" : "訪問（対面）",
    "場所（住所・事業所名、オンラインの場合は会議ツール）": plan.online ? "Zoom" : "名古屋市中区1-2-3 本社",
  };
  if (plan.round) values["訪問の回"] = String(plan.round);
  const res = await h.driver.submitView(userId, view, h.driver.fill(view, values));
  await h.settle();
  return res;
}

/** The report modal's answers for a round (round 1 answers every checklist item). */
export function reportValues(view: any, round: number, over: Record<string, FillValue> = {}) {
  const values: Record<string, FillValue> = {
    "所要時間（分）": "120",
    "先方の出席者（役職・氏名）": "代表取締役 田中様、総務課長 佐藤様",
    実施したカリキュラム項目: [
      { 1: "r1_risks", 2: "r2_policy", 3: "r3_identify", 4: "r4_review" }[round] ?? "r4_review",
    ] as never,
    "把握した課題・リスク": `第${round}回: パスワードの使い回しと、バックアップの未確認。`,
    "合意した対策・次回までの宿題": "パスワード管理の方針を決め、バックアップの復元を試す。",
  };
  if (round === 1) {
    const items = view.view.blocks.filter((b: any) => /^check_\d+$/.test(b.block_id ?? ""));
    items.forEach((b: any, i: number) => {
      values[b.label.text] =
        i % 3 === 0 ? "実施している（4点）" : i % 3 === 1 ? "一部実施している（2点）" : "実施していない（0点）";
    });
  }
  if (round === 4) {
    values["指導全体のまとめ"] = "基本方針と関連規定を策定し、ハンドブックを配布した。";
    values["自己診断の合計点（再診断、100点満点）"] = "82";
    values["SECURITY ACTION の自己宣言"] = "二つ星を宣言";
  }
  return { ...values, ...over };
}

/** Opens the report modal with a button (value = visit id, or report id to revise). */
export async function openReport(h: Harness, value: number, how: "log" | "revise" = "log", userId = USERS.expert1.id) {
  await h.driver.clickButton(userId, {
    actionId: how === "log" ? VISIT_IDS.openLogButton : VISIT_IDS.reviseReportButton,
    value: String(value),
  });
  await h.settle();
  return h.fake.lastView(userId)!;
}

export async function submitReport(h: Harness, view: any, round: number, over: Record<string, FillValue> = {}) {
  const res = await h.driver.submitView(USERS.expert1.id, view, h.driver.fill(view, reportValues(view, round, over)));
  await h.settle();
  return res;
}

/** The secretariat channel's review message of a report. */
export function reviewMessage(h: Harness, reportId: number) {
  return h.fake
    .messages(SECRETARIAT_CHANNEL)
    .find((m) => JSON.stringify(m.blocks ?? []).includes(`report_review_${reportId}`))!;
}

export async function acceptReport(h: Harness, reportId: number, userId: string = USERS.sec1.id) {
  await h.driver.clickButton(userId, {
    actionId: VISIT_IDS.acceptReportButton,
    value: String(reportId),
    message: reviewMessage(h, reportId),
  });
  await h.settle();
}

export async function activeVisit(h: Harness, caseId: number, round: number) {
  return h.db.visit.findFirstOrThrow({ where: { caseId, round, status: { not: "cancelled" } } });
}

export async function latestReport(h: Harness, visitId: number) {
  return h.db.visitReport.findFirstOrThrow({ where: { visitId }, orderBy: { version: "desc" } });
}
