import { japanDayOf, japanTimeOf } from "../../lib/calendar-days.js";

/** The Japan-time day of an instant, YYYY-MM-DD. */
export function dateOfInstant(at: Date): string {
  return japanDayOf(at);
}

/** The Japan-time HH:mm of an instant. */
export function timeOfInstant(at: Date): string {
  return japanTimeOf(at);
}
