import { z } from "zod";
import { areNeighbours } from "./prefecture-adjacency.js";
import { regionOf } from "./prefectures.js";

/**
 * Ranking of experts for one SME: a pure function, so the secretariat can read why each expert is
 * suggested and tests can pin the order.
 *
 * Score = travel + free capacity + industry + qualification, where
 * - travel is ONE of (the best that applies): the expert lives in the SME's prefecture
 *   (`samePrefecture`) > lists it among the prefectures they visit (`coversPrefecture`) > lives in a
 *   neighbouring prefecture (`neighbouringPrefecture`, see prefecture-adjacency.ts) > lives in the
 *   same region (`sameRegion`, 8-region division) > far (0);
 * - free capacity is `freeCapacity × (capacity − open cases) / capacity`, so an idle expert gets the
 *   full weight and one with k of n cases open gets the unused share;
 * - `industry` when the expert knows the SME's industry (JSIC group);
 * - `riss` for RISS holders (RISS or both), `itc` for IT Coordinators only: the program is built
 *   on RISS.
 * Order: the expert who recruited this SME comes first (they are matched directly); then score,
 * highest first; ties break by expert id, lowest first, so the order never depends on input order.
 * Experts at or over capacity drop out unless the caller asks to keep them (an explicit override).
 *
 * The weights are program settings (Program.rankingWeights, JSON); missing keys take the defaults.
 */
export type RankingWeights = {
  samePrefecture: number;
  coversPrefecture: number;
  neighbouringPrefecture: number;
  sameRegion: number;
  freeCapacity: number;
  industry: number;
  riss: number;
  itc: number;
};

export const DEFAULT_RANKING_WEIGHTS: RankingWeights = {
  samePrefecture: 40,
  coversPrefecture: 30,
  neighbouringPrefecture: 20,
  sameRegion: 10,
  freeCapacity: 20,
  industry: 15,
  riss: 10,
  itc: 5,
};

/** The most points a weight may be (the least is 0). */
export const MAX_RANKING_WEIGHT = 1000;

const weight = z.number().min(0).max(MAX_RANKING_WEIGHT);

/** A partial set of weights as stored in the program settings. */
export const RankingWeightsSchema = z
  .object({
    samePrefecture: weight,
    coversPrefecture: weight,
    neighbouringPrefecture: weight,
    sameRegion: weight,
    freeCapacity: weight,
    industry: weight,
    riss: weight,
    itc: weight,
  })
  .partial()
  .strict();

/**
 * The weights from the stored JSON merged over the defaults. A broken setting never stops
 * matching: it falls back to the defaults and says what was wrong.
 */
export function parseRankingWeights(json: string | null | undefined): { weights: RankingWeights; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json || "{}");
  } catch {
    return { weights: { ...DEFAULT_RANKING_WEIGHTS }, problems: ["rankingWeights is not valid JSON"] };
  }
  const parsed = RankingWeightsSchema.safeParse(raw);
  if (!parsed.success)
    return {
      weights: { ...DEFAULT_RANKING_WEIGHTS },
      problems: parsed.error.issues.map((i) => `${i.path.join(".") || "rankingWeights"}: ${i.message}`),
    };
  return { weights: { ...DEFAULT_RANKING_WEIGHTS, ...parsed.data }, problems: [] };
}

export type RankedSme = { prefecture: number; industry: string; recruiterExpertId: number | null };

export type RankableExpert = {
  id: number;
  prefecture: number | null;
  coveredPrefectures: readonly number[];
  industries: readonly string[];
  /** RISS | ITC | RISS_ITC */
  qualification: string;
  capacity: number;
  /** Cases the expert holds now (active). */
  openCases: number;
};

/** Why an expert is suggested; codes with parameters, rendered in words by the views. */
export type RankingReason =
  | { code: "recruiter" }
  | { code: "same_prefecture"; prefecture: number }
  | { code: "covers_prefecture"; prefecture: number }
  | { code: "neighbouring_prefecture"; prefecture: number }
  | { code: "same_region"; region: number }
  | { code: "far"; prefecture: number | null }
  | { code: "load"; open: number; capacity: number }
  | { code: "full"; open: number; capacity: number }
  | { code: "industry"; industry: string }
  | { code: "qualification"; qualification: string };

export type RankedCandidate = {
  expertId: number;
  score: number;
  recruiter: boolean;
  full: boolean;
  reasons: RankingReason[];
};

export type RankingOptions = {
  weights?: RankingWeights;
  /** Keep experts at or over capacity (an explicit override). */
  includeFull?: boolean;
  /** Experts kept even when full (the secretariat added them by hand). */
  keep?: Iterable<number>;
  /** Experts left out (e.g. already refused for this SME). */
  exclude?: Iterable<number>;
  /** Only the first n (the whole ranked list when omitted). */
  limit?: number;
};

// Region of each prefecture code, looked up once (the ranking runs over every active expert).
const REGION_BY_CODE: readonly number[] = Array.from({ length: 48 }, (_, code) => (code === 0 ? -1 : regionOf(code)));

/**
 * The score of one expert; fills `reasons` when given. Ranking calls it without reasons for every
 * expert and with reasons only for those it keeps, so a pool of 10,000 costs no garbage.
 */
function evaluate(
  sme: RankedSme,
  e: RankableExpert,
  weights: RankingWeights,
  reasons: RankingReason[] | null,
): { score: number; full: boolean } {
  if (reasons && sme.recruiterExpertId === e.id) reasons.push({ code: "recruiter" });
  let score = 0;
  if (e.prefecture === sme.prefecture) {
    score += weights.samePrefecture;
    reasons?.push({ code: "same_prefecture", prefecture: sme.prefecture });
  } else if (e.coveredPrefectures.includes(sme.prefecture)) {
    score += weights.coversPrefecture;
    reasons?.push({ code: "covers_prefecture", prefecture: sme.prefecture });
  } else if (e.prefecture !== null && areNeighbours(e.prefecture, sme.prefecture)) {
    score += weights.neighbouringPrefecture;
    reasons?.push({ code: "neighbouring_prefecture", prefecture: e.prefecture });
  } else if (e.prefecture !== null && REGION_BY_CODE[e.prefecture] === REGION_BY_CODE[sme.prefecture]) {
    score += weights.sameRegion;
    reasons?.push({ code: "same_region", region: REGION_BY_CODE[sme.prefecture] });
  } else {
    reasons?.push({ code: "far", prefecture: e.prefecture });
  }
  const capacity = Math.max(0, e.capacity);
  const full = e.openCases >= capacity;
  if (full) reasons?.push({ code: "full", open: e.openCases, capacity });
  else {
    score += (weights.freeCapacity * (capacity - e.openCases)) / capacity;
    reasons?.push({ code: "load", open: e.openCases, capacity });
  }
  if (e.industries.includes(sme.industry)) {
    score += weights.industry;
    reasons?.push({ code: "industry", industry: sme.industry });
  }
  const riss = e.qualification === "RISS" || e.qualification === "RISS_ITC";
  score += riss ? weights.riss : e.qualification === "ITC" ? weights.itc : 0;
  reasons?.push({ code: "qualification", qualification: e.qualification });
  // Rounded so that float noise never decides a tie: equal scores fall through to the id.
  return { score: Math.round(score * 100) / 100, full };
}

/** Score and reasons of one expert for one SME. */
export function scoreExpert(
  sme: RankedSme,
  e: RankableExpert,
  weights: RankingWeights = DEFAULT_RANKING_WEIGHTS,
): { score: number; reasons: RankingReason[]; full: boolean; recruiter: boolean } {
  const reasons: RankingReason[] = [];
  const { score, full } = evaluate(sme, e, weights, reasons);
  return { score, reasons, full, recruiter: sme.recruiterExpertId === e.id };
}

type Scored = { expert: RankableExpert; score: number; recruiter: boolean };

/** Experts ranked for one SME (see the module comment for the rules). */
export function rankExperts(
  sme: RankedSme,
  experts: readonly RankableExpert[],
  opts: RankingOptions = {},
): RankedCandidate[] {
  const weights = opts.weights ?? DEFAULT_RANKING_WEIGHTS;
  const keep = new Set(opts.keep ?? []);
  const exclude = new Set(opts.exclude ?? []);
  const limit = opts.limit ?? Number.POSITIVE_INFINITY;
  if (limit <= 0) return [];
  // With a limit, only the best `limit` are kept (sorted insertion), instead of sorting everyone.
  const best: Scored[] = [];
  for (const e of experts) {
    if (exclude.has(e.id)) continue;
    const { score, full } = evaluate(sme, e, weights, null);
    if (full && !opts.includeFull && !keep.has(e.id)) continue;
    const item = { expert: e, score, recruiter: sme.recruiterExpertId === e.id };
    if (best.length >= limit && compareScored(item, best[best.length - 1]) >= 0) continue;
    if (limit === Number.POSITIVE_INFINITY) {
      best.push(item);
      continue;
    }
    let i = best.length;
    while (i > 0 && compareScored(item, best[i - 1]) < 0) i--;
    best.splice(i, 0, item);
    if (best.length > limit) best.pop();
  }
  if (limit === Number.POSITIVE_INFINITY) best.sort(compareScored);
  return best.map((b) => ({ expertId: b.expert.id, ...scoreExpert(sme, b.expert, weights) }));
}

function compareScored(a: Scored, b: Scored): number {
  if (a.recruiter !== b.recruiter) return a.recruiter ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  return a.expert.id - b.expert.id;
}
