import { DEFAULT_METRO_PREFECTURES } from "../../domain/region-defaults.js";
import { DEMO_NAME_PARTS, demoTexts } from "./demo.texts.js";
import { drawName, type ExpertFacts } from "./demo-experts.js";
import {
  dayInWeek,
  daysBetween,
  INDUSTRY_WEIGHTS,
  instant,
  maxDate,
  minDate,
  pick,
  pickIndex,
  plusDays,
  shuffle,
  weighted,
} from "./demo-random.js";
import type { DemoApplication, DemoCase, DemoCaseAssignment, DemoCompany } from "./demo-repository.js";
import {
  APPLICATIONS,
  MATCHINGS_2019,
  PROGRAM_2019,
  RECRUITED_SHARE,
  RISS_RECRUITED,
  VISITS_BY_WEEK,
} from "./report-2019.js";

const T = demoTexts("ja");
const SOURCES = ["web", "mail", "fax", "slack"];

export type DemoApplications = { companies: DemoCompany[]; applications: DemoApplication[]; appPref: number[] };

/** Valid applications in the metro areas: Table 4's matchings of RISS and of ITC experts there. */
const metroMatchings = (scale: number) => (MATCHINGS_2019.riss.metro + MATCHINGS_2019.itc.metro) * scale;

/** `count` trues among `length` flags, in an order drawn from `rand`. */
function exactly(rand: () => number, count: number, length: number): boolean[] {
  return shuffle(
    rand,
    Array.from({ length }, (_, i) => i < count),
  );
}

/** Applications: valid ones become cases, exactly as many in the metro areas as Table 4 needs. */
export function buildApplications(rand: () => number, scale: number): DemoApplications {
  const totalApps = APPLICATIONS.total * scale;
  const validApps = APPLICATIONS.valid * scale;
  const others = Array.from({ length: 47 }, (_, i) => i + 1).filter((c) => !DEFAULT_METRO_PREFECTURES.includes(c));
  const companies: DemoCompany[] = [];
  const applications: DemoApplication[] = [];
  const appPref: number[] = [];
  const invalidEvery = Math.max(1, Math.round(totalApps / (totalApps - validApps)));
  let invalidLeft = totalApps - validApps;
  const metroValid = exactly(rand, metroMatchings(scale), validApps);
  let validSeen = 0;
  for (let i = 1; i <= totalApps; i++) {
    const invalid = invalidLeft > 0 && i % invalidEvery === 0;
    if (invalid) invalidLeft--;
    const metro = invalid ? rand() < 0.45 : metroValid[validSeen++];
    const prefecture = metro ? pick(rand, DEFAULT_METRO_PREFECTURES) : pick(rand, others);
    const industry = weighted(rand, INDUSTRY_WEIGHTS);
    const received = plusDays(PROGRAM_2019.applyFrom, Math.floor(rand() * 99));
    const place = pickIndex(rand, DEMO_NAME_PARTS.companyPlaces);
    const word = pickIndex(rand, DEMO_NAME_PARTS.companyWords);
    companies.push({
      id: i,
      name: T.companyName({ place, word, n: i }),
      nameKana: T.companyKana,
      corporateNumber: null,
      industry,
      capitalYen: (1 + Math.floor(rand() * 50)) * 1_000_000,
      employees: 1 + Math.floor(rand() * (rand() < 0.5 ? 20 : 200)),
      prefecture,
      address: "",
    });
    appPref.push(prefecture);
    const source = pick(rand, SOURCES);
    applications.push({
      id: i,
      externalId: `demo-a${i}`,
      programId: 1,
      companyId: i,
      receivedOn: received,
      source,
      contactName: drawName(rand).name,
      contactTitle: T.contactTitle,
      contactEmail: `contact${i}@example.co.jp`,
      contactPhone: `06-0000-${String(i % 10000).padStart(4, "0")}`,
      status: invalid ? "invalid" : "matched",
      invalidReason: invalid ? "not_sme" : null,
      screenedBy: "demo",
      screenedAt: instant(received, 15),
      createdAt: instant(received, 9),
    });
  }
  return { companies, applications, appPref };
}

const holdsRiss = (e: ExpertFacts) => e.qualification !== "ITC";

/**
 * Cases: each valid application, matched with a RISS expert (holders of both included) or an ITC
 * expert in exactly Table 4's numbers per region; the expert chosen nearby with spare capacity
 * when possible. Exactly the report's 154 of the RISS experts' matchings were brought in by them.
 */
export function buildCases(
  rand: () => number,
  scale: number,
  experts: ExpertFacts[],
  apps: DemoApplications,
): DemoCase[] {
  const { applications, appPref } = apps;
  const load = new Map<number, number>();
  const free = (e: ExpertFacts) => (load.get(e.id) ?? 0) < e.capacity * 3;
  const pools = { riss: experts.filter(holdsRiss), itc: experts.filter((e) => !holdsRiss(e)) };
  const byPref = new Map<string, ExpertFacts[]>();
  for (const e of experts) {
    const key = `${holdsRiss(e)}:${e.prefecture}`;
    byPref.set(key, [...(byPref.get(key) ?? []), e]);
  }
  const caseRows: DemoCase[] = [];
  const validIds = applications.filter((a) => a.status === "matched").map((a) => a.id as number);
  const isMetro = (appId: number) => DEFAULT_METRO_PREFECTURES.includes(appPref[appId - 1]);
  // Which metro (and which other) application goes to a RISS expert: exactly Table 4's counts.
  const metroCount = validIds.filter(isMetro).length;
  const rissIn = {
    metro: exactly(rand, MATCHINGS_2019.riss.metro * scale, metroCount),
    other: exactly(rand, MATCHINGS_2019.riss.other * scale, validIds.length - metroCount),
  };
  const rissCases = (MATCHINGS_2019.riss.metro + MATCHINGS_2019.riss.other) * scale;
  const recruited = exactly(rand, RISS_RECRUITED * scale, rissCases);
  const seen = { metro: 0, other: 0 };
  let rissSeen = 0;
  for (const [n, appId] of validIds.entries()) {
    const pref = appPref[appId - 1];
    const region = isMetro(appId) ? "metro" : "other";
    const riss = rissIn[region][seen[region]++] ?? true;
    const pool = riss ? pools.riss : pools.itc;
    const local = (byPref.get(`${riss}:${pref}`) ?? []).filter(free);
    const spare = pool.filter(free);
    const expert = local.length > 0 && rand() < 0.8 ? pick(rand, local) : pick(rand, spare.length > 0 ? spare : pool);
    load.set(expert.id, (load.get(expert.id) ?? 0) + 1);
    const app = applications[appId - 1];
    if (riss ? (recruited[rissSeen++] ?? false) : rand() < RECRUITED_SHARE) app.recruiterExpertId = expert.id;
    app.chosenExpertId = expert.id;
    app.chosenVia = "slack";
    caseRows.push({
      id: n + 1,
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
  return caseRows;
}

/** Which cases stop early: terminated after round 1, 2 or 3, or completed in three visits (per scale unit). */
export type CaseEndings = { terminatedAfter: Map<number, number>; completedInThree: Set<number> };

export function caseEndings(scale: number): CaseEndings {
  const terminatedAfter = new Map<number, number>();
  const completedInThree = new Set<number>();
  for (let s = 0; s < scale; s++) {
    terminatedAfter.set(1 + s * APPLICATIONS.valid, 1);
    terminatedAfter.set(2 + s * APPLICATIONS.valid, 2);
    terminatedAfter.set(3 + s * APPLICATIONS.valid, 3);
    completedInThree.add(4 + s * APPLICATIONS.valid);
  }
  return { terminatedAfter, completedInThree };
}

/**
 * Visit days as Table 3 × scale, by case: round r of a case comes after its round r−1 (pair
 * earliest with earliest).
 */
export function layoutVisits(
  rand: () => number,
  scale: number,
  cases: number,
  endings: CaseEndings,
): Map<number, string[]> {
  const lastRoundOf = (caseId: number) =>
    endings.terminatedAfter.get(caseId) ?? (endings.completedInThree.has(caseId) ? 3 : 4);
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
  return held;
}

/**
 * Dates each matching between its application (screened the day it came) and its first visit, and
 * after its expert's approval, the order the real steps impose; returns the cases' assignments.
 */
export function dateMatchings(
  rand: () => number,
  caseRows: DemoCase[],
  applications: DemoApplication[],
  experts: ExpertFacts[],
  held: Map<number, string[]>,
): DemoCaseAssignment[] {
  const assignments: DemoCaseAssignment[] = [];
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
  return assignments;
}
