/** Industries weighted like the SME survey (manufacturing first, then professional services, construction). */
export const INDUSTRY_WEIGHTS: [string, number][] = [
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

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** An index below `count`, as `pick` draws it. */
export function pickIndex(rand: () => number, count: number): number {
  return Math.floor(rand() * count);
}

export function weighted(rand: () => number, items: [string, number][]): string {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let r = rand() * total;
  for (const [v, w] of items) {
    r -= w;
    if (r < 0) return v;
  }
  return items[0][0];
}

export function shuffle<T>(rand: () => number, items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** The Monday–Sunday week ending `sunday`: a random weekday inside it, weekends rarer. */
export function dayInWeek(rand: () => number, sunday: string): string {
  const offset = rand() < 0.9 ? 2 + Math.floor(rand() * 5) : Math.floor(rand() * 2);
  return plusDays(sunday, -offset);
}

/** Calendar arithmetic on "YYYY-MM-DD" in UTC (no zone can shift a calendar date); luxon is too slow for 10⁵ rows. */
export function plusDays(date: string, days: number): string {
  const t =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);

/** A Japan-time hour of a date as an instant (JST is UTC+9 all year). */
export function instant(date: string, hour = 10): Date {
  return new Date(`${date}T${String(hour).padStart(2, "0")}:00:00+09:00`);
}
