import { prefectureName, REGIONS } from "../../../domain/prefectures.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import type { Segment } from "../../announcements/announcements.schemas.js";
import type { RecruitContext } from "../shortage-service.js";
import { regionName } from "./shortage-blocks.js";
import { recruitDraftTexts, shortageBlocksTexts } from "./shortage-blocks.texts.js";

/** What the announcement composer opens with: recipients, title and body. */
export type RecruitDraft = { segment: Segment; segmentParam: string; title: string; body: string };

/**
 * The recruiting announcement for a short region, in the writer's language: to every active
 * expert (those who can add the region or take more cases, and who know colleagues), with the
 * region's figures. The secretariat edits it, or the recipients, in the composer before sending.
 */
export function recruitDraft(c: RecruitContext, locale: Locale): RecruitDraft {
  const t = recruitDraftTexts(locale);
  const sep = shortageBlocksTexts(locale).listSeparator;
  const name = regionName(c.region.region, locale);
  const prefectures = (REGIONS[c.region.region]?.codes ?? []).map((p) => prefectureName(p, locale)).join(sep);
  const uncovered = c.region.uncovered.map((p) => prefectureName(p, locale)).join(sep);
  const body = [
    t.body({
      region: name,
      prefectures,
      day: formatSlashDate(c.asOfDay),
      waiting: c.region.waiting,
      free: c.region.free,
    }),
    ...(uncovered ? [t.uncovered(uncovered)] : []),
    "",
    t.asks,
  ].join("\n");
  return { segment: "experts_active", segmentParam: "", title: t.title(name), body };
}
