import { validateCorporateNumber } from "../../domain/corporate-number.js";
import { parseIndustry } from "../../domain/industries.js";
import { parseJapaneseDate } from "../../domain/japanese-dates.js";
import { parsePrefecture } from "../../domain/prefectures.js";
import { importsTexts } from "./imports.texts.js";

/** Formats are operator help (`desk import <kind> --help`): English, with the Japanese people write. */
const F = importsTexts.en;

/** What reading one cell gives: a value, or the message that will follow "line N, column X: ". */
export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads one cell; `format` says in words what it accepts (`desk import <kind> --help` lists it). */
export type Reader<T> = ((raw: string) => Cell<T>) & { format: string };

export const reader = <T>(format: string, read: (raw: string) => Cell<T>): Reader<T> => Object.assign(read, { format });

export const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
export const bad = (message: string): Cell<never> => ({ ok: false, message });

const show = (raw: string) => JSON.stringify(raw.trim());

export function normaliseWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ＠．－＿]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
}

export function requiredText(max: number) {
  return reader(`text, up to ${max} characters`, (raw: string): Cell<string> => {
    const t = raw.trim();
    if (t === "") return bad("is required");
    if (t.length > max) return bad(`is longer than ${max} characters`);
    return ok(t);
  });
}

export function optionalText(max: number) {
  return reader(`text, up to ${max} characters; may be blank`, (raw: string): Cell<string | null> => {
    const t = raw.trim();
    if (t.length > max) return bad(`is longer than ${max} characters`);
    return ok(t === "" ? null : t);
  });
}

export const externalId = reader(
  "text, up to 64 characters: the record's key (importing a row again updates that record)",
  (raw: string): Cell<string> => {
    const t = normaliseWidth(raw);
    if (t === "") return bad("is required");
    if (t.length > 64) return bad("is longer than 64 characters");
    return ok(t);
  },
);

/** 東京都 / 東京 / Tokyo / 13; blank gives null. */
export const optionalPrefecture = reader(F.formatPrefecture, (raw: string): Cell<number | null> => {
  if (raw.trim() === "") return ok(null);
  const code = parsePrefecture(normaliseWidth(raw));
  return code === null ? bad(`unknown prefecture ${show(raw)}`) : ok(code);
});

export const requiredPrefecture = reader(F.formatRequiredPrefecture, (raw: string): Cell<number> => {
  if (raw.trim() === "") return bad("is required");
  return optionalPrefecture(raw) as Cell<number>;
});

function splitList(raw: string): string[] {
  return raw
    .split(/[;；、]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export const prefectureList = reader(F.formatPrefectureList, (raw: string): Cell<number[]> => {
  const codes: number[] = [];
  for (const part of splitList(raw)) {
    const code = parsePrefecture(normaliseWidth(part));
    if (code === null) return bad(`unknown prefecture ${show(part)}`);
    if (!codes.includes(code)) codes.push(code);
  }
  return ok(codes);
});

export const industryList = reader(F.formatIndustryList, (raw: string): Cell<string[]> => {
  const codes: string[] = [];
  for (const part of splitList(raw)) {
    const code = parseIndustry(normaliseWidth(part));
    if (code === null) return bad(`unknown industry ${show(part)}`);
    if (!codes.includes(code)) codes.push(code);
  }
  return ok(codes);
});

export const requiredIndustry = reader(F.formatIndustry, (raw: string): Cell<string> => {
  if (raw.trim() === "") return bad("is required");
  const code = parseIndustry(normaliseWidth(raw));
  return code === null ? bad(`unknown industry ${show(raw)}`) : ok(code);
});

/** 2019/11/17, 2019-11-17, R1.11.17, 令和元年11月17日 … inside [min, max] when given. */
export function date(range?: { min: string; max: string; what: string }) {
  const within = range ? `, within the ${range.what}` : "";
  return reader(F.formatDate(within), (raw: string): Cell<string> => {
    if (raw.trim() === "") return bad("is required");
    const iso = parseJapaneseDate(raw);
    if (iso === null) return bad(`${show(raw)} is not a date (use 2019/11/17, 2019-11-17 or R1.11.17)`);
    if (range && (iso < range.min || iso > range.max))
      return bad(`${iso} is outside the ${range.what} (${range.min} to ${range.max})`);
    return ok(iso);
  });
}

export function integer(opts: { min: number; max: number; optional?: boolean }) {
  const format = `whole number, ${opts.min} to ${opts.max}${opts.optional ? "; may be blank" : ""}`;
  return reader(format, (raw: string): Cell<number | null> => {
    const t = normaliseWidth(raw)
      .replace(/[,，]/g, "")
      .replace(/[人件名]$/, "");
    if (t === "") return opts.optional ? ok(null) : bad("is required");
    if (!/^-?\d+$/.test(t)) return bad(`${show(raw)} is not a whole number`);
    const n = Number(t);
    if (n < opts.min || n > opts.max) return bad(`${n} is outside ${opts.min}..${opts.max}`);
    return ok(n);
  });
}

/** Yen amounts as written: 10000000, 10,000,000, 1000万, 1億, 1億5000万円. Blank gives null. */
export const yen = reader(F.formatYen, (raw: string): Cell<number | null> => {
  const t = normaliseWidth(raw)
    .replace(/[,，\s]/g, "")
    .replace(/円$/, "");
  if (t === "") return ok(null);
  if (/^\d+(\.\d+)?$/.test(t)) return ok(Number(t));
  const m = /^(?:(\d+(?:\.\d+)?)億)?(?:(\d+(?:\.\d+)?)万)?(\d+)?$/.exec(t);
  if (!m || (!m[1] && !m[2])) return bad(`${show(raw)} is not an amount in yen`);
  return ok(Math.round(Number(m[1] ?? 0) * 1e8 + Number(m[2] ?? 0) * 1e4 + Number(m[3] ?? 0)));
});

export const optionalEmail = reader("email address; may be blank", (raw: string): Cell<string | null> => {
  const t = normaliseWidth(raw);
  if (t === "") return ok(null);
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t) ? ok(t) : bad(`${show(raw)} is not an email address`);
});

export const optionalPhone = reader(
  "phone number, 10 to 20 digits, - ( ) +; may be blank",
  (raw: string): Cell<string | null> => {
    const t = normaliseWidth(raw).replace(/[ー－‐]/g, "-");
    if (t === "") return ok(null);
    return /^[0-9+\-() ]{10,20}$/.test(t) ? ok(t) : bad(`${show(raw)} is not a phone number`);
  },
);

export const optionalCorporateNumber = reader(F.formatCorporateNumber, (raw: string): Cell<string | null> => {
  if (raw.trim() === "") return ok(null);
  const check = validateCorporateNumber(raw);
  if (check.ok) return ok(check.value);
  return bad(
    check.reason === "format"
      ? `${show(raw)} is not a 13-digit corporate number`
      : `${show(raw)} has a wrong check digit (not a valid corporate number)`,
  );
});

export const optionalSlackUserId = reader("Slack user ID (U…); may be blank", (raw: string): Cell<string | null> => {
  const t = raw.trim();
  if (t === "") return ok(null);
  return /^[UW][A-Z0-9]{2,}$/.test(t) ? ok(t) : bad(`${show(raw)} is not a Slack user ID (U…)`);
});

/**
 * One of a fixed set of values; `aliases` maps what people write (Japanese labels, other
 * spellings; compared case-insensitively) to the stored value.
 */
export function oneOf<T extends string>(allowed: readonly T[], aliases: Record<string, T> = {}, fallback?: T) {
  const table = new Map<string, T>();
  for (const v of allowed) table.set(v.toLowerCase(), v);
  for (const [k, v] of Object.entries(aliases)) table.set(k.toLowerCase(), v);
  const also = Object.keys(aliases);
  const format = `one of ${allowed.join(", ")}${also.length > 0 ? ` (also ${also.join(", ")})` : ""}${fallback !== undefined ? `; blank means ${fallback}` : ""}`;
  return reader(format, (raw: string): Cell<T> => {
    const t = normaliseWidth(raw).toLowerCase();
    if (t === "") return fallback !== undefined ? ok(fallback) : bad("is required");
    const v = table.get(t);
    return v !== undefined ? ok(v) : bad(`${show(raw)} is not one of ${allowed.join(", ")}`);
  });
}
