import { describe, expect, it } from "vitest";
import { areNeighbours, neighbours } from "../../../src/domain/prefecture-adjacency.js";

describe("prefecture adjacency", () => {
  it("is symmetric, never self-adjacent, and leaves only Okinawa without neighbours", () => {
    for (let a = 1; a <= 47; a++) {
      expect(neighbours(a).has(a)).toBe(false);
      for (const b of neighbours(a)) expect(areNeighbours(b, a)).toBe(true);
      expect(neighbours(a).size > 0).toBe(a !== 47);
    }
  });

  it("knows some borders and fixed links", () => {
    expect(areNeighbours(13, 11)).toBe(true); // Tokyo–Saitama
    expect(areNeighbours(23, 21)).toBe(true); // Aichi–Gifu
    expect(areNeighbours(28, 36)).toBe(true); // Hyogo–Tokushima (Akashi Kaikyō bridge)
    expect(areNeighbours(23, 13)).toBe(false);
    expect(neighbours(99).size).toBe(0);
  });
});
