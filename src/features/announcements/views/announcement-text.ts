import { prefectureName, REGIONS } from "../../../domain/prefectures.js";
import type { Locale } from "../../../lib/i18n.js";
import { SEGMENTS, type Segment, SME_STATUSES, type SmeStatus } from "../announcements.schemas.js";
import { segmentTexts, smeStatusTexts } from "./announcement-text.texts.js";

/** A segment's label; an unknown stored value as it is. */
export function segmentLabel(segment: string, locale: Locale): string {
  return (SEGMENTS as readonly string[]).includes(segment) ? segmentTexts(locale)[segment as Segment] : segment;
}

/** An SME status group's label; an unknown stored value as it is. */
export function smeStatusLabel(status: string, locale: Locale): string {
  return (SME_STATUSES as readonly string[]).includes(status) ? smeStatusTexts(locale)[status as SmeStatus] : status;
}

/** "region:2" → 関東, "pref:13" → 東京都. */
export function areaLabel(area: string, locale: Locale): string {
  const [kind, n] = area.split(":");
  if (kind === "region") {
    const r = REGIONS[Number(n)];
    return r ? segmentTexts(locale).region(r[locale]) : area;
  }
  return prefectureName(Number(n), locale);
}

/** The segment in words, with its parameter: 「状況別の指導先企業: 完了」. */
export function segmentText(segment: string, param: string, locale: Locale): string {
  const label = segmentLabel(segment, locale);
  if (segment === "experts_area") return `${label}: ${areaLabel(param, locale)}`;
  if (segment === "smes_by_status") return `${label}: ${smeStatusLabel(param, locale)}`;
  return label;
}
