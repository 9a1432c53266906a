import { demoTexts } from "./demo.texts.js";
import { drawName, type ExpertFacts } from "./demo-experts.js";
import { shuffle } from "./demo-random.js";
import type { DemoBriefingRegistration, DemoExpert } from "./demo-repository.js";
import { BRIEFINGS } from "./report-2019.js";

const T = demoTexts("ja");

/** Briefing sessions as Table 1 (capacity and video views × scale). */
export function buildBriefingSessions(scale: number) {
  return BRIEFINGS.map((b, i) => ({
    id: i + 1,
    programId: 1,
    heldOn: b.date,
    city: b.city,
    venue: T.venue(b.city),
    capacity: b.capacity * scale,
    status: b.cancelled ? "cancelled" : "held",
    cancelReason: b.cancelled ? T.briefingCancelled : null,
    videoUrl: b.videoViews ? "https://example.jp/briefing-video" : null,
    videoViews: (b.videoViews ?? 0) * scale,
    createdBy: "demo",
  }));
}

/**
 * Briefing registrations as Table 1: everyone who applied once; beyond the active experts, the
 * applicants who never went on to register are kept as withdrawn expert records (`prospects`).
 */
export function buildRegistrations(
  rand: () => number,
  scale: number,
  experts: ExpertFacts[],
): { prospects: DemoExpert[]; registrations: DemoBriefingRegistration[] } {
  const prospects: DemoExpert[] = [];
  const registrations: DemoBriefingRegistration[] = [];
  const people = shuffle(
    rand,
    experts.map((e) => e.id),
  );
  let nextPerson = 0;
  const person = () => {
    if (nextPerson < people.length) return people[nextPerson++];
    const id = experts.length + prospects.length + 1;
    const { name, kana } = drawName(rand);
    prospects.push({
      id,
      externalId: `demo-p${id}`,
      nameKanji: name,
      nameKana: kana,
      qualification: "RISS",
      rissNumber: String(100000 + id).slice(-6),
      prefecture: null,
      status: "withdrawn",
      statusReason: T.prospectReason,
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
  return { prospects, registrations };
}
