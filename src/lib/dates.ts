import { DateTime } from "luxon";
import { ZONE } from "./clock.js";
import type { Locale } from "./i18n.js";

const JA_WEEKDAYS = ["月", "火", "水", "木", "金", "土", "日"];

export function parseIsoDate(date: string): DateTime {
  return DateTime.fromISO(date, { zone: ZONE });
}

/** 2019/11/17 (the program's table style), the same in both languages. */
export function formatSlashDate(date: string): string {
  // A calendar day needs no time zone arithmetic (reports format tens of thousands of them).
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (plain) return `${plain[1]}/${Number(plain[2])}/${Number(plain[3])}`;
  const d = parseIsoDate(date);
  return `${d.year}/${d.month}/${d.day}`;
}

/** 11月17日(日) in Japanese, "Sun, Nov 17" in English. */
export function formatDayLabel(date: string, locale: Locale): string {
  const d = parseIsoDate(date);
  if (locale === "en") return d.setLocale("en").toFormat("ccc, LLL d");
  return `${d.month}月${d.day}日(${JA_WEEKDAYS[d.weekday - 1]})`;
}

/** 2019/11/17 14:00 in Japan time from an instant. */
export function formatInstant(at: Date, locale: Locale): string {
  const d = DateTime.fromJSDate(at, { zone: ZONE });
  const day = formatDayLabel(d.toISODate() as string, locale);
  return `${d.year}/${day} ${d.toFormat("HH:mm")}`.replace(/^(\d{4})\//, locale === "ja" ? "$1年" : "$1 ");
}

/** Instant of a Japan-time date and HH:mm. */
export function jstDateTime(date: string, time: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toJSDate();
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseIsoDate(value).isValid;
}

/** Yen with thousands separators: 30,000円 / ¥30,000. */
export function formatYen(amount: number, locale: Locale): string {
  const n = amount.toLocaleString("en-US");
  return locale === "ja" ? `${n}円` : `¥${n}`;
}
