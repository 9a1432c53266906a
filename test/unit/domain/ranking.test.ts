import { describe, expect, it } from "vitest";
import {
  DEFAULT_RANKING_WEIGHTS,
  parseRankingWeights,
  type RankableExpert,
  rankExperts,
  scoreExpert,
} from "../../../src/domain/ranking.js";
import { reasonsText } from "../../../src/features/matching/views/matching-text.js";

const AICHI = 23;
const sme = { prefecture: AICHI, industry: "E", recruiterExpertId: null };

function expert(id: number, over: Partial<RankableExpert> = {}): RankableExpert {
  return {
    id,
    prefecture: AICHI,
    coveredPrefectures: [],
    industries: [],
    qualification: "RISS",
    capacity: 3,
    openCases: 0,
    ...over,
  };
}

/** A realistic pool around an SME in Aichi. */
const POOL = [
  expert(1, { prefecture: 13 }), // Tokyo: far
  expert(2, { prefecture: 21 }), // Gifu: neighbour
  expert(3, { prefecture: AICHI }), // same prefecture
  expert(4, { prefecture: 15 }), // Niigata: same region (Chubu), not a neighbour
  expert(5, { prefecture: AICHI, openCases: 3 }), // same prefecture but full
  expert(6, { prefecture: 27, coveredPrefectures: [27, AICHI] }), // Osaka, says they visit Aichi
];

describe("rankExperts", () => {
  it("same prefecture > covers the prefecture > neighbour > same region > far; full capacity drops out", () => {
    const ranked = rankExperts(sme, POOL);
    expect(ranked.map((r) => r.expertId)).toEqual([3, 6, 2, 4, 1]);
    expect(ranked.map((r) => r.reasons[0].code)).toEqual([
      "same_prefecture",
      "covers_prefecture",
      "neighbouring_prefecture",
      "same_region",
      "far",
    ]);
  });

  it("keeps a full expert only when asked, and says they are full", () => {
    const all = rankExperts(sme, POOL, { includeFull: true });
    const full = all.find((r) => r.expertId === 5);
    expect(full?.full).toBe(true);
    expect(full?.reasons).toContainEqual({ code: "full", open: 3, capacity: 3 });
    expect(rankExperts(sme, POOL, { keep: [5] }).some((r) => r.expertId === 5)).toBe(true);
  });

  it("puts the recruiter first even when far away", () => {
    const ranked = rankExperts({ ...sme, recruiterExpertId: 1 }, POOL);
    expect(ranked[0].expertId).toBe(1);
    expect(ranked[0].reasons[0]).toEqual({ code: "recruiter" });
  });

  it("weighs load k of n, industry and qualification", () => {
    const busy = scoreExpert(sme, expert(10, { openCases: 1 }));
    expect(busy.score).toBeCloseTo(40 + 20 * (2 / 3) + 10, 2);
    expect(busy.reasons).toContainEqual({ code: "load", open: 1, capacity: 3 });
    const knows = scoreExpert(sme, expert(11, { industries: ["E", "G"] }));
    expect(knows.reasons).toContainEqual({ code: "industry", industry: "E" });
    expect(knows.score - scoreExpert(sme, expert(12)).score).toBe(DEFAULT_RANKING_WEIGHTS.industry);
    const itc = scoreExpert(sme, expert(13, { qualification: "ITC" }));
    expect(scoreExpert(sme, expert(14)).score - itc.score).toBe(
      DEFAULT_RANKING_WEIGHTS.riss - DEFAULT_RANKING_WEIGHTS.itc,
    );
  });

  it("breaks ties by expert id whatever the input order", () => {
    const twins = [expert(9), expert(3), expert(7)];
    expect(rankExperts(sme, twins).map((r) => r.expertId)).toEqual([3, 7, 9]);
    expect(rankExperts(sme, [...twins].reverse()).map((r) => r.expertId)).toEqual([3, 7, 9]);
  });

  it("leaves out excluded experts and honours the limit", () => {
    expect(rankExperts(sme, POOL, { exclude: [3], limit: 2 }).map((r) => r.expertId)).toEqual([6, 2]);
  });

  it("follows configured weights: an industry-heavy setting puts the far specialist first", () => {
    const { weights, problems } = parseRankingWeights('{"industry": 100}');
    expect(problems).toEqual([]);
    const pool = [expert(1, { prefecture: 13, industries: ["E"] }), expert(2)];
    expect(rankExperts(sme, pool, { weights }).map((r) => r.expertId)).toEqual([1, 2]);
    expect(rankExperts(sme, pool).map((r) => r.expertId)).toEqual([2, 1]);
  });
});

describe("parseRankingWeights", () => {
  it("falls back to the defaults and says why when the setting is broken", () => {
    expect(parseRankingWeights("{not json").weights).toEqual(DEFAULT_RANKING_WEIGHTS);
    const bad = parseRankingWeights('{"industry": -1, "typo": 3}');
    expect(bad.weights).toEqual(DEFAULT_RANKING_WEIGHTS);
    expect(bad.problems.length).toBeGreaterThan(0);
    expect(parseRankingWeights("").weights).toEqual(DEFAULT_RANKING_WEIGHTS);
  });
});

describe("reasons in plain words", () => {
  it("renders codes in Japanese and English", () => {
    const { reasons } = scoreExpert(
      { ...sme, recruiterExpertId: 2 },
      expert(2, { prefecture: 21, openCases: 1, industries: ["E"] }),
    );
    expect(reasonsText(reasons, "ja")).toBe(
      "この企業を紹介した専門家・隣の岐阜県に在住・担当中 1件／上限 3件・製造業の支援経験あり・情報処理安全確保支援士（RISS）",
    );
    expect(reasonsText(reasons, "en")).toBe(
      "recruited this SME; lives in neighbouring Gifu; load 1 of 3 cases; knows the industry (Manufacturing); RISS",
    );
  });
});
