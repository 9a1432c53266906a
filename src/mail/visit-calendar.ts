import { createEvent, type EventAttributes } from "ics";
import type { EmailAttachment } from "../features/outbox/outbox.schemas.js";

/** A planned visit lasts this long in the calendar when the model has no planned duration. */
export const DEFAULT_VISIT_MINUTES = 120;

/** One visit as a calendar event. */
export type VisitEvent = {
  /** Stable per case and visit (see `visitEventUid`): a re-planned visit replaces the same entry. */
  uid: string;
  /** 0 when first planned; each change of date or place (and the cancellation) counts one up. */
  sequence: number;
  /**
   * PUBLISH, not REQUEST: the SME is told a fixed date, not invited to answer through its calendar
   * (a REQUEST would make calendars send replies to MAIL_FROM, which nobody reads as answers; the
   * SME answers on its page). CANCEL when the visit is cancelled, so calendars drop the entry.
   */
  method: "PUBLISH" | "CANCEL";
  start: Date;
  durationMinutes: number;
  summary: string;
  /** The place, or "オンライン" / "Online". */
  location: string;
  description: string;
  /** MAIL_FROM: who sends (and so who "organizes" the entry in the SME's calendar). */
  organizer: { name?: string; email: string } | null;
  /** DTSTAMP: when the entry was written (the clock's now, not the system's). */
  stamp: Date;
};

/** UID of a visit's event: `visit-<visit id>.case-<case id>@<host of PUBLIC_BASE_URL>`. */
export function visitEventUid(caseId: number, visitId: number, baseUrl: string): string {
  return `visit-${visitId}.case-${caseId}@${new URL(baseUrl).hostname}`;
}

/** `name <addr>` or a bare address (MAIL_FROM's two forms) as an ORGANIZER. */
export function organizerOf(mailFrom: string | undefined): VisitEvent["organizer"] {
  if (!mailFrom) return null;
  const named = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(mailFrom);
  if (named) return { ...(named[1] ? { name: named[1].replace(/^"|"$/g, "") } : {}), email: named[2] as string };
  return { email: mailFrom.trim() };
}

/** The iCalendar text (RFC 5545) of one visit: DTSTART in UTC, so no VTIMEZONE is needed. */
export function visitCalendarText(e: VisitEvent): string {
  const attributes: EventAttributes & { timestamp: number } = {
    productId: "-//Security Guidance Desk//JA",
    method: e.method,
    uid: e.uid,
    sequence: e.sequence,
    start: e.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: {
      hours: Math.floor(e.durationMinutes / 60),
      ...(e.durationMinutes % 60 ? { minutes: e.durationMinutes % 60 } : {}),
    },
    title: e.summary,
    location: e.location,
    description: e.description,
    status: e.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    timestamp: e.stamp.getTime(),
    ...(e.organizer ? { organizer: e.organizer } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`calendar entry failed: ${String(error)}`);
  return value;
}

/** The event as a mail attachment (text/calendar with its METHOD, as calendar clients expect). */
export function visitCalendarAttachment(e: VisitEvent, filename = "visit.ics"): EmailAttachment {
  return {
    filename,
    contentType: `text/calendar; charset=utf-8; method=${e.method}`,
    contentBase64: Buffer.from(visitCalendarText(e), "utf8").toString("base64"),
  };
}
