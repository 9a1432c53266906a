import { prefectureName, REGIONS } from "../../../domain/prefectures.js";
import type { Localized } from "../../../lib/errors.js";
import type { Locale } from "../../../lib/i18n.js";
import type { Segment, SmeStatus } from "../announcements.schemas.js";

export const SEGMENT_LABELS: Record<Segment, Localized> = {
  experts_active: { ja: "稼働中の専門家（全員）", en: "All active experts" },
  experts_area: { ja: "地域・都道府県の稼働中の専門家", en: "Active experts in a region or prefecture" },
  smes_by_status: { ja: "状況別の指導先企業", en: "SMEs by application status" },
  everyone: {
    ja: "全員（稼働中の専門家と進行中の申込みの企業）",
    en: "Everyone (active experts and SMEs of open applications)",
  },
};

export const SME_STATUS_LABELS: Record<SmeStatus, Localized> = {
  received: { ja: "受付済み（審査前）", en: "Received (not yet screened)" },
  valid: { ja: "審査済み（候補提示前）", en: "Valid (no candidates yet)" },
  proposed: { ja: "候補提示済み（選択・承認待ち）", en: "Candidates proposed (choice or approval pending)" },
  matched_not_visited: { ja: "マッチング済み・初回訪問前", en: "Matched, not yet visited" },
  in_progress: { ja: "指導中（訪問あり）", en: "In progress (visited)" },
  completed: { ja: "完了", en: "Completed" },
};

/** "region:2" → 関東, "pref:13" → 東京都. */
export function areaLabel(area: string, locale: Locale): string {
  const [kind, n] = area.split(":");
  if (kind === "region") {
    const r = REGIONS[Number(n)];
    return r ? (locale === "ja" ? `${r.ja}地方` : `${r.en} region`) : area;
  }
  return prefectureName(Number(n), locale);
}

/** The segment in words, with its parameter: 「状況別の指導先企業: 完了」. */
export function segmentText(segment: string, param: string, locale: Locale): string {
  const label = SEGMENT_LABELS[segment as Segment]?.[locale] ?? segment;
  if (segment === "experts_area") return `${label}: ${areaLabel(param, locale)}`;
  if (segment === "smes_by_status") return `${label}: ${SME_STATUS_LABELS[param as SmeStatus]?.[locale] ?? param}`;
  return label;
}
