import { DateTime } from "luxon";
import { ZONE } from "../../lib/clock.js";

/** The Japan-time day of an instant, YYYY-MM-DD. */
export function dateOfInstant(at: Date): string {
  return DateTime.fromJSDate(at, { zone: ZONE }).toISODate() as string;
}

/** The Japan-time HH:mm of an instant. */
export function timeOfInstant(at: Date): string {
  return DateTime.fromJSDate(at, { zone: ZONE }).toFormat("HH:mm");
}
