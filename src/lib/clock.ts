import { DateTime, Settings } from "luxon";

/** Japan time: weeks, days and deadlines of the program are computed in this zone. */
export const ZONE = "Asia/Tokyo";
Settings.defaultZone = ZONE;

/** The only source of "now". Tests pass a fixed or settable clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that tests move by hand. */
export class ManualClock implements Clock {
  private current: Date;
  constructor(start: Date | string) {
    this.current = typeof start === "string" ? DateTime.fromISO(start, { zone: ZONE }).toJSDate() : start;
  }
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(to: Date | string): void {
    this.current = typeof to === "string" ? DateTime.fromISO(to, { zone: ZONE }).toJSDate() : to;
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Now in Japan time. */
export function nowJst(clock: Clock): DateTime {
  return DateTime.fromJSDate(clock.now(), { zone: ZONE });
}

/** Today's date in Japan time as YYYY-MM-DD. */
export function todayJst(clock: Clock): string {
  return nowJst(clock).toISODate() as string;
}
