import { DateTime } from "luxon";
import { ZONE } from "../lib/clock.js";

/** Japanese eras still met in business documents: first day and the Gregorian year of year 1. */
const ERAS = [
  { letters: ["R", "令和", "令"], start: "2019-05-01", base: 2019 },
  { letters: ["H", "平成", "平"], start: "1989-01-08", base: 1989 },
  { letters: ["S", "昭和", "昭"], start: "1926-12-25", base: 1926 },
] as const;

function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[／]/g, "/")
    .replace(/[－ー―‐]/g, "-")
    .replace(/[．]/g, ".");
}

function isoOf(y: number, m: number, d: number): string | null {
  const dt = DateTime.fromObject({ year: y, month: m, day: d }, { zone: ZONE });
  return dt.isValid ? (dt.toISODate() as string) : null;
}

/**
 * Reads a calendar date as people type it in Japanese spreadsheets: 2019/11/17, 2019-11-17,
 * 2019.11.17, 2019年11月17日, and Japanese-era dates R1.11.17, 令和元年11月17日, H31.4.30. Returns
 * YYYY-MM-DD, or null when the text is not a real date (2019/2/30, R1.4.30 — before Reiwa began).
 */
export function parseJapaneseDate(text: string): string | null {
  const t = toHalfWidth(text.trim()).replace(/\s+/g, "");
  if (t === "") return null;
  const western = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?$/.exec(t);
  if (western) return isoOf(Number(western[1]), Number(western[2]), Number(western[3]));
  const era = /^([A-Za-z]|令和|平成|昭和|令|平|昭)(\d{1,2}|元)[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?$/.exec(t);
  if (!era) return null;
  const found = ERAS.find((e) => (e.letters as readonly string[]).includes(era[1].toUpperCase()));
  if (!found) return null;
  const year = era[2] === "元" ? 1 : Number(era[2]);
  if (year < 1) return null;
  const iso = isoOf(found.base + year - 1, Number(era[3]), Number(era[4]));
  if (!iso || iso < found.start) return null;
  const next = ERAS[ERAS.indexOf(found) - 1];
  if (next && iso >= next.start) return null;
  return iso;
}
