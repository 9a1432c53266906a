import type { Database } from "../../db/client.js";
import { addBusinessDays, type Closure } from "../../domain/business-days.js";
import { DEFAULT_METRO_PREFECTURES } from "../../domain/region-defaults.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { mulberry32 } from "../../lib/random.js";
import { honorariumRate } from "../honoraria/honoraria-service.js";
import { inBulkTransaction } from "./bulk-writer.js";
import {
  APPLICATIONS,
  BRIEFINGS,
  EXPERT_SURVEY_SHARES,
  EXPERTS_BY_PREFECTURE,
  METRO_MATCHING_SHARE,
  PROGRAM_2019,
  RECRUITED_SHARE,
  SME_SURVEY_RESPONSE_RATE,
  SME_SURVEY_SHARES,
  type SurveyShares,
  VISITS_BY_WEEK,
} from "./report-2019.js";

/** Options of `desk seed demo`. */
export type DemoOptions = {
  /** 1 ≈ the 2019 program (≈380 cases, ≈360 experts, ≈1,500 visits); 100 ≈ 38,000 cases. */
  scale: number;
  /** PRNG seed: the same seed gives the same data. */
  seed: number;
  /** Called with (done, total) as rows are written, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
};

export type DemoSummary = {
  experts: number;
  applications: number;
  cases: number;
  visits: number;
  reports: number;
  honoraria: number;
  briefings: number;
  /** Answered surveys (expert and SME). */
  surveys: number;
};

const FAMILY = [
  "佐藤",
  "鈴木",
  "高橋",
  "田中",
  "伊藤",
  "渡辺",
  "山本",
  "中村",
  "小林",
  "加藤",
  "吉田",
  "山田",
  "佐々木",
  "山口",
  "松本",
  "井上",
  "木村",
  "林",
  "斎藤",
  "清水",
];
const FAMILY_KANA = [
  "さとう",
  "すずき",
  "たかはし",
  "たなか",
  "いとう",
  "わたなべ",
  "やまもと",
  "なかむら",
  "こばやし",
  "かとう",
  "よしだ",
  "やまだ",
  "ささき",
  "やまぐち",
  "まつもと",
  "いのうえ",
  "きむら",
  "はやし",
  "さいとう",
  "しみず",
];
const GIVEN = ["太郎", "花子", "一郎", "美咲", "健", "陽子", "大輔", "恵", "翔", "由美"];
const GIVEN_KANA = ["たろう", "はなこ", "いちろう", "みさき", "けん", "ようこ", "だいすけ", "めぐみ", "しょう", "ゆみ"];
const COMPANY_WORDS = [
  "精工",
  "工業",
  "建設",
  "商事",
  "製作所",
  "技研",
  "物産",
  "システム",
  "電機",
  "印刷",
  "食品",
  "設計",
];
const COMPANY_PLACES = ["東和", "北斗", "青葉", "緑川", "旭", "大和", "昭和", "富士", "白山", "若葉", "三和", "中央"];
const SOURCES = ["web", "mail", "fax", "slack"];
/** Honorarium per accepted visit for a program the demo creates (an existing program keeps its own rates). */
const PROGRAM_2019_RATES = { riss: 30000, itc: 30000 };
/** Days the secretariat records a honorarium batch (payable lines accepted before then), paid five days later. */
const PAYMENT_RUNS = ["2019-10-18", "2019-11-20", "2019-12-20", "2020-01-10"];
/** Industries weighted like the SME survey (manufacturing first, then professional services, construction). */
const INDUSTRY_WEIGHTS: [string, number][] = [
  ["E", 30],
  ["L", 14],
  ["D", 12],
  ["G", 10],
  ["IW", 6],
  ["IR", 6],
  ["R", 6],
  ["P", 5],
  ["H", 4],
  ["N", 3],
  ["KE", 2],
  ["MF", 2],
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

function weighted(rand: () => number, items: [string, number][]): string {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let r = rand() * total;
  for (const [v, w] of items) {
    r -= w;
    if (r < 0) return v;
  }
  return items[0][0];
}

/** The Monday–Sunday week ending `sunday`: a random weekday inside it, weekends rarer. */
function dayInWeek(rand: () => number, sunday: string): string {
  const offset = rand() < 0.9 ? 2 + Math.floor(rand() * 5) : Math.floor(rand() * 2);
  return plusDays(sunday, -offset);
}

/** Calendar arithmetic on "YYYY-MM-DD" in UTC (no zone can shift a calendar date); luxon is too slow for 10⁵ rows. */
function plusDays(date: string, days: number): string {
  const t =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

/** A Japan-time hour of a date as an instant (JST is UTC+9 all year). */
function instant(date: string, hour = 10): Date {
  return new Date(`${date}T${String(hour).padStart(2, "0")}:00:00+09:00`);
}

/**
 * Fills an EMPTY database with a realistic program in the proportions of the 2019 report: experts
 * by prefecture as Table 2, applications and cases as reported, visits per week shaped like Table 3
 * (slow start, December crunch), some returned reports, three terminations, briefing sessions as
 * Table 1. Rows are written in bulk with explicit ids (hence the empty-database requirement).
 */
export async function seedDemo(db: Database, databaseUrl: string, opts: DemoOptions): Promise<DemoSummary> {
  const { scale } = opts;
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000)
    throw new Error("--scale must be a whole number from 1 to 1000");
  const existing = await db.client.expert.count();
  const existingApps = await db.client.application.count();
  if (existing + existingApps > 0)
    throw new Error(
      "desk seed demo fills an empty database; this one already has experts or applications. Point DATABASE_URL at a new database.",
    );
  const rand = mulberry32(opts.seed);
  const closure: Closure = { from: "12-29", until: "01-03" };
  const current = await db.client.program.findFirst({
    where: { current: true },
    orderBy: { id: "desc" },
    select: { honorariumRissYen: true, honorariumItcYen: true },
  });
  const rates = current ? { riss: current.honorariumRissYen, itc: current.honorariumItcYen } : PROGRAM_2019_RATES;

  // Experts (Table 2 × scale).
  type ExpertRow = {
    id: number;
    prefecture: number | null;
    qualification: string;
    capacity: number;
    approvedOn: string;
  };
  const experts: ExpertRow[] = [];
  const expertRows: Prisma.ExpertCreateManyInput[] = [];
  for (const [pref, riss, itc] of EXPERTS_BY_PREFECTURE) {
    for (let s = 0; s < scale; s++) {
      for (let k = 0; k < riss + itc; k++) {
        const id = experts.length + 1;
        const qualification = k < riss ? (rand() < 0.08 ? "RISS_ITC" : "RISS") : "ITC";
        const f = Math.floor(rand() * FAMILY.length);
        const g = Math.floor(rand() * GIVEN.length);
        const covered = pref
          ? [pref, ...(rand() < 0.5 && pref > 1 ? [pref - 1] : []), ...(rand() < 0.5 && pref < 47 ? [pref + 1] : [])]
          : [];
        const capacity = 1 + Math.floor(rand() * 4);
        // Registered after a briefing in August, approved three days later: before the first matchings.
        const registeredOn = plusDays("2019-08-06", Math.floor(rand() * 31));
        const approvedOn = plusDays(registeredOn, 3);
        experts.push({ id, prefecture: pref, qualification, capacity, approvedOn });
        expertRows.push({
          id,
          externalId: `demo-e${id}`,
          // Demo Slack IDs so that reminders and App Home have people to address (the demo database is throw-away).
          slackUserId: `UDEMO${String(id).padStart(6, "0")}`,
          nameKanji: `${FAMILY[f]} ${GIVEN[g]}`,
          nameKana: `${FAMILY_KANA[f]} ${GIVEN_KANA[g]}`,
          qualification,
          rissNumber: qualification === "ITC" ? null : String(100000 + id).slice(-6),
          prefecture: pref,
          coveredPrefectures: JSON.stringify(covered),
          industries: JSON.stringify(
            [weighted(rand, INDUSTRY_WEIGHTS), weighted(rand, INDUSTRY_WEIGHTS)].filter(
              (v, i, a) => a.indexOf(v) === i,
            ),
          ),
          capacity,
          profile: "中小企業のセキュリティポリシー策定支援の経験があります。",
          email: `expert${id}@example.jp`,
          phone: `03-0000-${String(id % 10000).padStart(4, "0")}`,
          status: "active",
          registeredOn,
          approvedAt: instant(approvedOn),
          approvedBy: "demo",
          createdAt: instant(registeredOn, 9),
        });
      }
    }
  }

  // Applications: valid ones become cases; metro share as Table 4.
  const totalApps = APPLICATIONS.total * scale;
  const validApps = APPLICATIONS.valid * scale;
  const others = Array.from({ length: 47 }, (_, i) => i + 1).filter((c) => !DEFAULT_METRO_PREFECTURES.includes(c));
  const companies: Prisma.CompanyCreateManyInput[] = [];
  const applications: Prisma.ApplicationCreateManyInput[] = [];
  const appPref: number[] = [];
  const invalidEvery = Math.max(1, Math.round(totalApps / (totalApps - validApps)));
  let invalidLeft = totalApps - validApps;
  for (let i = 1; i <= totalApps; i++) {
    const metro = rand() < METRO_MATCHING_SHARE;
    const prefecture = metro ? pick(rand, DEFAULT_METRO_PREFECTURES) : pick(rand, others);
    const industry = weighted(rand, INDUSTRY_WEIGHTS);
    const invalid = invalidLeft > 0 && i % invalidEvery === 0;
    if (invalid) invalidLeft--;
    const received = plusDays(PROGRAM_2019.applyFrom, Math.floor(rand() * 99));
    companies.push({
      id: i,
      name: `${pick(rand, COMPANY_PLACES)}${pick(rand, COMPANY_WORDS)}株式会社 ${i}`,
      nameKana: "でもかいしゃ",
      corporateNumber: null,
      industry,
      capitalYen: (1 + Math.floor(rand() * 50)) * 1_000_000,
      employees: 1 + Math.floor(rand() * (rand() < 0.5 ? 20 : 200)),
      prefecture,
      address: "",
    });
    appPref.push(prefecture);
    applications.push({
      id: i,
      externalId: `demo-a${i}`,
      programId: 1,
      companyId: i,
      receivedOn: received,
      source: pick(rand, SOURCES),
      contactName: `${pick(rand, FAMILY)} ${pick(rand, GIVEN)}`,
      contactTitle: "総務部長",
      contactEmail: `contact${i}@example.co.jp`,
      contactPhone: `06-0000-${String(i % 10000).padStart(4, "0")}`,
      status: invalid ? "invalid" : "matched",
      invalidReason: invalid ? "not_sme" : null,
      screenedBy: "demo",
      screenedAt: instant(received, 15),
      createdAt: instant(received, 9),
    });
  }

  // Cases: each valid application, its expert chosen nearby with spare capacity when possible.
  const load = new Map<number, number>();
  const byPref = new Map<number | null, ExpertRow[]>();
  for (const e of experts) byPref.set(e.prefecture, [...(byPref.get(e.prefecture) ?? []), e]);
  const caseRows: Prisma.CaseCreateManyInput[] = [];
  const assignments: Prisma.CaseAssignmentCreateManyInput[] = [];
  const validIds = applications.filter((a) => a.status === "matched").map((a) => a.id as number);
  for (const [n, appId] of validIds.entries()) {
    const pref = appPref[appId - 1];
    const local = (byPref.get(pref) ?? []).filter((e) => (load.get(e.id) ?? 0) < e.capacity * 3);
    const expert = local.length > 0 && rand() < 0.8 ? pick(rand, local) : pick(rand, experts);
    load.set(expert.id, (load.get(expert.id) ?? 0) + 1);
    const app = applications[appId - 1];
    if (rand() < RECRUITED_SHARE) app.recruiterExpertId = expert.id;
    app.chosenExpertId = expert.id;
    app.chosenVia = "slack";
    const caseId = n + 1;
    caseRows.push({
      id: caseId,
      programId: 1,
      applicationId: appId,
      expertId: expert.id,
      status: "active",
      approvedBy: "demo",
      // Placeholders: the day is chosen below, before the case's first visit, once the visits are laid out.
      approvedAt: instant("2019-09-15"),
      approvedOn: "2019-09-15",
    });
  }

  // Visits: Table 3 × scale; round r of a case comes after its round r−1 (pair earliest with earliest).
  const cases = caseRows.length;
  const terminatedAfter = new Map<number, number>();
  const completedInThree = new Set<number>();
  for (let s = 0; s < scale; s++) {
    terminatedAfter.set(1 + s * APPLICATIONS.valid, 1);
    terminatedAfter.set(2 + s * APPLICATIONS.valid, 2);
    terminatedAfter.set(3 + s * APPLICATIONS.valid, 3);
    completedInThree.add(4 + s * APPLICATIONS.valid);
  }
  const lastRoundOf = (caseId: number) => terminatedAfter.get(caseId) ?? (completedInThree.has(caseId) ? 3 : 4);
  const held = new Map<number, string[]>();
  let previous: { caseId: number; date: string }[] = [];
  for (let round = 1; round <= 4; round++) {
    const slots: string[] = [];
    for (const row of VISITS_BY_WEEK)
      for (let k = 0; k < (row[round] as number) * scale; k++) slots.push(dayInWeek(rand, row[0]));
    slots.sort();
    const eligible =
      round === 1
        ? Array.from({ length: cases }, (_, i) => ({ caseId: i + 1, date: "2019-09-15" }))
        : previous
            .filter((p) => lastRoundOf(p.caseId) >= round)
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.caseId - b.caseId));
    // Cases that stop early take the earliest ordinal positions out, so the counts stay Table 3's.
    const order = round === 1 ? shuffle(rand, eligible) : eligible;
    const next: { caseId: number; date: string }[] = [];
    for (let i = 0; i < Math.min(order.length, slots.length); i++) {
      let date = slots[i];
      if (date <= order[i].date) date = plusDays(order[i].date, 1 + Math.floor(rand() * 3));
      held.set(order[i].caseId, [...(held.get(order[i].caseId) ?? []), date]);
      next.push({ caseId: order[i].caseId, date });
    }
    previous = next;
  }

  // Each matching falls between its application (screened the day it came) and its first visit, and
  // after its expert's approval, the order the real steps impose.
  for (const c of caseRows) {
    const app = applications[(c.applicationId as number) - 1];
    const firstVisit = held.get(c.id as number)?.[0] ?? plusDays(PROGRAM_2019.applyUntil, 7);
    const lastReceived = minDate(PROGRAM_2019.applyUntil, plusDays(firstVisit, -4));
    const received = plusDays(
      PROGRAM_2019.applyFrom,
      Math.floor(rand() * (daysBetween(PROGRAM_2019.applyFrom, lastReceived) + 1)),
    );
    const earliest = maxDate(plusDays(received, 3), experts[(c.expertId as number) - 1].approvedOn);
    const approvedOn = plusDays(earliest, Math.floor(rand() * (daysBetween(earliest, plusDays(firstVisit, -1)) + 1)));
    app.receivedOn = received;
    app.createdAt = instant(received, 9);
    app.screenedAt = instant(received, 15);
    app.chosenAt = instant(approvedOn, 9);
    c.approvedOn = approvedOn;
    c.approvedAt = instant(approvedOn, 10);
    c.createdAt = c.approvedAt;
    assignments.push({ caseId: c.id as number, expertId: c.expertId as number, fromAt: c.approvedAt, by: "demo" });
  }

  const visitRows: Prisma.VisitCreateManyInput[] = [];
  const reportRows: Prisma.VisitReportCreateManyInput[] = [];
  const honoraria: Prisma.HonorariumLineCreateManyInput[] = [];
  /** Each line's acceptance, for the payment runs below. */
  const acceptedAt: Date[] = [];
  let visitId = 0;
  let reportId = 0;
  const dueCache = new Map<string, string>();
  for (const c of caseRows) {
    const dates = held.get(c.id as number) ?? [];
    for (const [i, date] of dates.entries()) {
      visitId++;
      const round = i + 1;
      // Planned up to ten days ahead, once the previous round was held (or the matching approved).
      const plannedOn = maxDate(i === 0 ? (c.approvedOn as string) : dates[i - 1], plusDays(date, -10));
      let dueOn = dueCache.get(date);
      if (!dueOn) {
        dueOn = addBusinessDays(date, 5, closure);
        dueCache.set(date, dueOn);
      }
      visitRows.push({
        id: visitId,
        caseId: c.id as number,
        round,
        expertId: c.expertId as number,
        status: "held",
        scheduledAt: instant(date, 14),
        mode: rand() < 0.8 ? "onsite" : "online",
        place: rand() < 0.8 ? "指導先事業所" : "オンライン",
        heldOn: date,
        durationMinutes: 90 + 30 * Math.floor(rand() * 3),
        reportDueOn: dueOn,
        createdAt: instant(plannedOn, 18),
        updatedAt: instant(plusDays(date, 5)),
      });
      const returned = rand() < 0.06;
      const content = JSON.stringify({ demo: true, round, findings: "デモデータ", actions: "デモデータ" });
      if (returned) {
        reportId++;
        reportRows.push({
          id: reportId,
          visitId,
          version: 1,
          status: "returned",
          content,
          submittedAt: instant(plusDays(date, 2)),
          submittedBy: "demo",
          reviewedAt: instant(plusDays(date, 3)),
          reviewedBy: "demo",
          reviewComment: "指摘事項の記載を具体的にしてください。",
          createdAt: instant(plusDays(date, 2)),
          updatedAt: instant(plusDays(date, 3)),
        });
      }
      reportId++;
      reportRows.push({
        id: reportId,
        visitId,
        version: returned ? 2 : 1,
        status: "accepted",
        content,
        submittedAt: instant(plusDays(date, returned ? 4 : 2)),
        submittedBy: "demo",
        reviewedAt: instant(plusDays(date, 5)),
        reviewedBy: "demo",
        createdAt: instant(plusDays(date, returned ? 4 : 2)),
        updatedAt: instant(plusDays(date, 5)),
      });
      // One line per accepted visit at the program's rate, created by the acceptance (paid below).
      const qualification = experts[(c.expertId as number) - 1].qualification;
      honoraria.push({
        id: visitId,
        visitId,
        expertId: c.expertId as number,
        amountYen: honorariumRate({ honorariumRissYen: rates.riss, honorariumItcYen: rates.itc }, qualification),
        status: "payable",
        createdAt: instant(plusDays(date, 5)),
      });
      acceptedAt.push(instant(plusDays(date, 5)));
    }
    const last = dates.at(-1);
    const stop = terminatedAfter.get(c.id as number);
    if (stop) {
      c.status = "terminated";
      c.terminatedOn = plusDays(last ?? "2019-10-01", 7);
      c.closedAt = instant(c.terminatedOn);
      c.terminationReason = "指導先企業の都合により中止";
    } else if (dates.length >= 3 && (dates.length === 4 || completedInThree.has(c.id as number))) {
      c.status = "completed";
      // The day the last report was accepted (which completes the case).
      c.completedOn = plusDays(last as string, 5);
      c.closedAt = instant(c.completedOn);
      if (dates.length === 3) c.completionReason = "3回の訪問で全カリキュラムを終了";
    }
  }

  // Payment runs as the secretariat makes them: every line accepted before the run goes into its batch.
  const batches: Prisma.HonorariumBatchCreateManyInput[] = [];
  for (const [i, run] of PAYMENT_RUNS.entries()) {
    const at = instant(run);
    const batchId = i + 1;
    let lines = 0;
    for (const [k, line] of honoraria.entries()) {
      if (line.status !== "payable" || acceptedAt[k] >= at) continue;
      line.status = "paid";
      line.batchId = batchId;
      line.paidAt = at;
      lines++;
    }
    if (lines > 0)
      batches.push({
        id: batchId,
        paidOn: plusDays(run, 5),
        createdBy: "demo",
        note: `${run.slice(5, 7)}月締め`,
        createdAt: at,
      });
  }

  const briefingRows = BRIEFINGS.map((b, i) => ({
    id: i + 1,
    programId: 1,
    heldOn: b.date,
    city: b.city,
    venue: `${b.city}会場`,
    capacity: b.capacity * scale,
    status: b.cancelled ? "cancelled" : "held",
    cancelReason: b.cancelled ? "台風接近のため中止" : null,
    videoUrl: b.city === "東京" ? "https://example.jp/briefing-video" : null,
    videoViews: b.city === "東京" ? 1267 * scale : 0,
    createdBy: "demo",
  }));

  // Briefing registrations as Table 1: everyone who applied once; beyond the active experts, the
  // applicants who never went on to register are kept as withdrawn expert records.
  const prospects: Prisma.ExpertCreateManyInput[] = [];
  const registrations: Prisma.BriefingRegistrationCreateManyInput[] = [];
  const people = shuffle(
    rand,
    experts.map((e) => e.id),
  );
  let nextPerson = 0;
  const person = () => {
    if (nextPerson < people.length) return people[nextPerson++];
    const id = experts.length + prospects.length + 1;
    const f = Math.floor(rand() * FAMILY.length);
    const g = Math.floor(rand() * GIVEN.length);
    prospects.push({
      id,
      externalId: `demo-p${id}`,
      nameKanji: `${FAMILY[f]} ${GIVEN[g]}`,
      nameKana: `${FAMILY_KANA[f]} ${GIVEN_KANA[g]}`,
      qualification: "RISS",
      rissNumber: String(100000 + id).slice(-6),
      prefecture: null,
      status: "withdrawn",
      statusReason: "説明会に申し込んだが専門家登録に至らなかった",
      registeredOn: "2019-08-06",
    });
    return id;
  };
  for (const [i, b] of BRIEFINGS.entries()) {
    for (let k = 0; k < b.applied * scale; k++) {
      const accepted = k < b.accepted * scale;
      registrations.push({
        sessionId: i + 1,
        expertId: person(),
        status: accepted ? "accepted" : "refused",
        attended: accepted && k < b.attended * scale,
      });
    }
  }

  // Survey answers in the report's shares: every completed case's expert answered; 74.9% of SMEs did.
  const surveys: Prisma.SurveyResponseCreateManyInput[] = [];
  const completed = caseRows.filter((c) => c.status === "completed");
  const smeAnswered = Math.round(completed.length * SME_SURVEY_RESPONSE_RATE);
  const expertDraws = drawAnswers(rand, completed.length, EXPERT_SURVEY_SHARES);
  const smeDraws = drawAnswers(rand, smeAnswered, SME_SURVEY_SHARES);
  for (const [i, c] of completed.entries()) {
    const invitedAt = instant(c.completedOn as string, 11);
    const answeredAt = instant(plusDays(c.completedOn as string, 3), 15);
    surveys.push({
      caseId: c.id as number,
      audience: "expert",
      status: "answered",
      answers: JSON.stringify(expertDraws[i]),
      invitedAt,
      answeredAt,
      enteredBy: null,
    });
    const answered = i < smeAnswered;
    surveys.push({
      caseId: c.id as number,
      audience: "sme",
      status: answered ? "answered" : "invited",
      answers: answered
        ? JSON.stringify({ ...smeDraws[i], industry: companies[(c.applicationId as number) - 1].industry })
        : "{}",
      invitedAt,
      answeredAt: answered ? answeredAt : null,
      enteredBy: answered && rand() < 0.5 ? "demo" : null,
      remindersSent: answered ? 0 : 2,
    });
  }

  const tables: [string, Record<string, unknown>[]][] = [
    ["Expert", [...expertRows, ...prospects] as Record<string, unknown>[]],
    ["Company", companies as Record<string, unknown>[]],
    ["Application", applications as Record<string, unknown>[]],
    ["Case", caseRows as Record<string, unknown>[]],
    ["CaseAssignment", assignments as Record<string, unknown>[]],
    ["Visit", visitRows as Record<string, unknown>[]],
    ["VisitReport", reportRows as Record<string, unknown>[]],
    ["HonorariumBatch", batches as Record<string, unknown>[]],
    ["HonorariumLine", honoraria as Record<string, unknown>[]],
    ["BriefingSession", briefingRows],
    ["BriefingRegistration", registrations as Record<string, unknown>[]],
    ["SurveyResponse", surveys as Record<string, unknown>[]],
  ];
  const total = tables.reduce((n, [, rows]) => n + rows.length, 0);
  const now = new Date();
  await inBulkTransaction(databaseUrl, async (writer) => {
    const [program] = await writer.query('SELECT "id" FROM "Program" WHERE "current" = ? ORDER BY "id" DESC LIMIT 1', [
      true,
    ]);
    let programId = program?.id as number | undefined;
    const period = [
      PROGRAM_2019.name,
      PROGRAM_2019.startDate,
      PROGRAM_2019.endDate,
      PROGRAM_2019.applyFrom,
      PROGRAM_2019.applyUntil,
    ];
    if (programId) {
      await writer.query(
        'UPDATE "Program" SET "name" = ?, "startDate" = ?, "endDate" = ?, "applyFrom" = ?, "applyUntil" = ?, "updatedAt" = ? WHERE "id" = ?',
        [...period, now, programId],
      );
    } else {
      const [created] = await writer.query(
        'INSERT INTO "Program" ("name", "startDate", "endDate", "applyFrom", "applyUntil", "current", "honorariumRissYen", "honorariumItcYen", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id"',
        [...period, true, rates.riss, rates.itc, now, now],
      );
      programId = Number(created.id);
    }
    for (const rows of [applications, caseRows, briefingRows] as { programId?: number }[][])
      for (const r of rows) r.programId = programId;
    let done = 0;
    for (const [table, rows] of tables) {
      const stamps = TIMESTAMPED.has(table) ? { createdAt: now, updatedAt: now } : {};
      for (let i = 0; i < rows.length; i += 5000) {
        await writer.insert(table, rows.slice(i, i + 5000), stamps);
        done += Math.min(5000, rows.length - i);
        opts.onProgress?.(done, total);
      }
    }
    await writer.insert(
      "AuditLog",
      [
        {
          actor: "demo",
          action: "demo.seed",
          entityType: "program",
          entityId: String(programId),
          after: JSON.stringify({ scale, seed: opts.seed }),
        },
      ],
      { at: now },
    );
  });
  return {
    experts: expertRows.length,
    applications: applications.length,
    cases: caseRows.length,
    visits: visitRows.length,
    reports: reportRows.length,
    honoraria: honoraria.length,
    briefings: briefingRows.length,
    surveys: surveys.filter((r) => r.status === "answered").length,
  };
}

function shuffle<T>(rand: () => number, items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Tables whose rows carry createdAt / updatedAt without a usable SQL default. */
const TIMESTAMPED = new Set([
  "Expert",
  "Company",
  "Application",
  "Case",
  "Visit",
  "VisitReport",
  "BriefingRegistration",
]);

/**
 * n answer sets whose shares per question are exactly the given ones (largest remainder), each
 * question's answers shuffled independently.
 */
function drawAnswers(rand: () => number, n: number, shares: SurveyShares): Record<string, string>[] {
  const sets: Record<string, string>[] = Array.from({ length: n }, () => ({}));
  for (const [question, options] of Object.entries(shares)) {
    const exact = options.map(([, share]) => share * n);
    const counts = exact.map(Math.floor);
    let left = n - counts.reduce((a, b) => a + b, 0);
    const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
    for (const { i } of order) {
      if (left <= 0) break;
      counts[i]++;
      left--;
    }
    const values = shuffle(
      rand,
      options.flatMap(([value], i) => Array.from({ length: counts[i] }, () => value)),
    );
    for (let k = 0; k < n; k++) sets[k][question] = values[k];
  }
  return sets;
}
