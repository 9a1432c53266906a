/**
 * Ranking benchmark: 10,000 synthetic active experts, one proposal = ranking all of them for one
 * SME and keeping the top 10 (what the propose modal shows). Part of `npm run bench`.
 */
import { INDUSTRY_CODES } from "../src/domain/industries.js";
import { neighbours } from "../src/domain/prefecture-adjacency.js";
import { DEFAULT_RANKING_WEIGHTS, type RankableExpert, rankExperts } from "../src/domain/ranking.js";

const EXPERTS = 10_000;
const PROPOSALS = 500;
const WARMUP = 50;
const SHOWN = 10;

/** Deterministic numbers (a linear congruential generator) so runs are comparable. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

const rand = rng(2019);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const prefecture = () => 1 + Math.floor(rand() * 47);

function syntheticExpert(id: number): RankableExpert {
  const home = rand() < 0.03 ? null : prefecture();
  const covered = home ? [home, ...[...neighbours(home)].filter(() => rand() < 0.5)] : [];
  const industries = [...new Set(Array.from({ length: Math.floor(rand() * 4) }, () => pick(INDUSTRY_CODES)))];
  const capacity = 1 + Math.floor(rand() * 5);
  const q = rand();
  return {
    id,
    prefecture: home,
    coveredPrefectures: covered,
    industries,
    qualification: q < 0.8 ? "RISS" : q < 0.9 ? "ITC" : "RISS_ITC",
    capacity,
    openCases: Math.floor(rand() * (capacity + 1)),
  };
}

/** Ranks all experts for each synthetic SME; returns per-proposal percentiles. */
export function benchRanking(): { experts: number; proposals: number; p50_ms: number; p99_ms: number; max_ms: number } {
  const experts = Array.from({ length: EXPERTS }, (_, i) => syntheticExpert(i + 1));
  const smes = Array.from({ length: PROPOSALS + WARMUP }, () => ({
    prefecture: prefecture(),
    industry: pick(INDUSTRY_CODES),
    recruiterExpertId: rand() < 0.5 ? 1 + Math.floor(rand() * EXPERTS) : null,
  }));
  const times: number[] = [];
  smes.forEach((sme, i) => {
    const started = process.hrtime.bigint();
    rankExperts(sme, experts, { weights: DEFAULT_RANKING_WEIGHTS, limit: SHOWN });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (i >= WARMUP) times.push(ms);
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => Number(times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)].toFixed(3));
  return { experts: EXPERTS, proposals: PROPOSALS, p50_ms: at(0.5), p99_ms: at(0.99), max_ms: at(1) };
}
