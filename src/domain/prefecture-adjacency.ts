/**
 * Which prefectures neighbour each other, by JIS X 0401 code: shared land borders, plus the fixed
 * road/rail links people actually travel on for a day visit (Seikan Tunnel 1–2, Tokyo Bay Aqua-Line
 * 12–14, Akashi Kaikyō/Ōnaruto bridges 28–36, Seto Ōhashi 33–37, Shimanami Kaidō 34–38, Kanmon
 * 35–40). Okinawa (47) has no neighbour. Each pair is listed once; `neighbours()` is symmetric.
 */
const LAND_BORDERS: [number, number][] = [
  [2, 3],
  [2, 5],
  [3, 4],
  [3, 5],
  [4, 5],
  [4, 6],
  [4, 7],
  [5, 6],
  [6, 7],
  [6, 15],
  [7, 8],
  [7, 9],
  [7, 10],
  [7, 15],
  [8, 9],
  [8, 11],
  [8, 12],
  [9, 10],
  [9, 11],
  [10, 11],
  [10, 15],
  [10, 20],
  [11, 12],
  [11, 13],
  [11, 19],
  [11, 20],
  [12, 13],
  [13, 14],
  [13, 19],
  [14, 19],
  [14, 22],
  [15, 16],
  [15, 20],
  [16, 17],
  [16, 20],
  [16, 21],
  [17, 18],
  [17, 21],
  [18, 21],
  [18, 25],
  [18, 26],
  [19, 20],
  [19, 22],
  [20, 21],
  [20, 22],
  [20, 23],
  [21, 23],
  [21, 24],
  [21, 25],
  [22, 23],
  [23, 24],
  [24, 25],
  [24, 26],
  [24, 29],
  [24, 30],
  [25, 26],
  [26, 27],
  [26, 28],
  [26, 29],
  [27, 28],
  [27, 29],
  [27, 30],
  [28, 31],
  [28, 33],
  [29, 30],
  [31, 32],
  [31, 33],
  [31, 34],
  [32, 34],
  [32, 35],
  [33, 34],
  [34, 35],
  [36, 37],
  [36, 38],
  [36, 39],
  [37, 38],
  [38, 39],
  [40, 41],
  [40, 43],
  [40, 44],
  [41, 42],
  [43, 44],
  [43, 45],
  [43, 46],
  [44, 45],
  [45, 46],
];

const FIXED_LINKS: [number, number][] = [
  [1, 2],
  [12, 14],
  [28, 36],
  [33, 37],
  [34, 38],
  [35, 40],
];

const TABLE: ReadonlyArray<ReadonlySet<number>> = (() => {
  const sets = Array.from({ length: 48 }, () => new Set<number>());
  for (const [a, b] of [...LAND_BORDERS, ...FIXED_LINKS]) {
    sets[a].add(b);
    sets[b].add(a);
  }
  return sets;
})();

/** The neighbours of a prefecture (empty for an unknown code). */
export function neighbours(code: number): ReadonlySet<number> {
  return TABLE[code] ?? TABLE[0];
}

export function areNeighbours(a: number, b: number): boolean {
  return neighbours(a).has(b);
}
