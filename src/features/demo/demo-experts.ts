import { DEMO_NAME_PARTS, demoTexts } from "./demo.texts.js";
import { INDUSTRY_WEIGHTS, instant, pickIndex, plusDays, weighted } from "./demo-random.js";
import type { DemoExpert } from "./demo-repository.js";
import { EXPERTS_BY_PREFECTURE } from "./report-2019.js";

const T = demoTexts("ja");

/** What the rest of the demo needs to know of an expert. */
export type ExpertFacts = {
  id: number;
  prefecture: number | null;
  qualification: string;
  capacity: number;
  approvedOn: string;
};

/** A made-up name: family and given name drawn in that order. */
export function drawName(rand: () => number): { name: string; kana: string } {
  const parts = { family: pickIndex(rand, DEMO_NAME_PARTS.family), given: pickIndex(rand, DEMO_NAME_PARTS.given) };
  return { name: T.personName(parts), kana: T.personKana(parts) };
}

/** Experts as Table 2 × scale: registered after a briefing in August, approved three days later. */
export function buildExperts(rand: () => number, scale: number): { experts: ExpertFacts[]; rows: DemoExpert[] } {
  const experts: ExpertFacts[] = [];
  const rows: DemoExpert[] = [];
  for (const [pref, riss, itc] of EXPERTS_BY_PREFECTURE) {
    for (let s = 0; s < scale; s++) {
      for (let k = 0; k < riss + itc; k++) {
        const id = experts.length + 1;
        const qualification = k < riss ? (rand() < 0.08 ? "RISS_ITC" : "RISS") : "ITC";
        const { name, kana } = drawName(rand);
        const covered = pref
          ? [pref, ...(rand() < 0.5 && pref > 1 ? [pref - 1] : []), ...(rand() < 0.5 && pref < 47 ? [pref + 1] : [])]
          : [];
        const capacity = 1 + Math.floor(rand() * 4);
        // Registered after a briefing in August, approved three days later: before the first matchings.
        const registeredOn = plusDays("2019-08-06", Math.floor(rand() * 31));
        const approvedOn = plusDays(registeredOn, 3);
        experts.push({ id, prefecture: pref, qualification, capacity, approvedOn });
        rows.push({
          id,
          externalId: `demo-e${id}`,
          // Demo Slack IDs so that reminders and App Home have people to address (the demo database is throw-away).
          slackUserId: `UDEMO${String(id).padStart(6, "0")}`,
          nameKanji: name,
          nameKana: kana,
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
          profile: T.expertProfile,
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
  return { experts, rows };
}
