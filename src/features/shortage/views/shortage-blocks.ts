import { prefectureName, REGIONS } from "../../../domain/prefectures.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, button, context, header, section } from "../../../slack/blocks.js";
import { SHORTAGE_IDS } from "../shortage-ids.js";
import type { RegionShortage } from "../shortage-rule.js";
import type { ShortageOverview } from "../shortage-service.js";
import { shortageBlocksTexts } from "./shortage-blocks.texts.js";

const n = (v: number) => v.toLocaleString("en-US");

export function regionName(region: number, locale: Locale): string {
  return REGIONS[region]?.[locale] ?? "—";
}

function regionLine(r: RegionShortage, days: number, locale: Locale): string {
  const t = shortageBlocksTexts(locale);
  const figures = t.figures({
    waiting: n(r.waiting),
    free: n(r.free),
    experts: n(r.experts),
    oldest: r.oldestWaitDays === null ? t.noWait : t.days(r.oldestWaitDays),
  });
  const name = `*${regionName(r.region, locale)}*`;
  const uncovered = r.uncovered.map((p) => prefectureName(p, locale)).join(t.listSeparator);
  if (!r.short) return `${name}　${figures}${uncovered ? `\n　${t.uncovered(uncovered)}` : ""}`;
  const why = r.reasons.map((reason) =>
    reason === "over_capacity" ? t.overCapacity : t.stale({ prefectures: uncovered, days }),
  );
  return `${t.shortMark} ${name}　${figures}\n　${why.join(t.listSeparator)}`;
}

/**
 * Every region's waiting applications against the free places of the experts who can visit it,
 * the flag with its reasons, the rule in words, and a recruit button per short region. `digest`:
 * the weekly digest's part (a bold line instead of a header, Japanese like the digest).
 */
export function shortageBlocks(s: ShortageOverview, locale: Locale, surface: "home" | "digest"): Block[] {
  const t = shortageBlocksTexts(locale);
  const day = formatSlashDate(s.asOfDay);
  const short = s.regions.filter((r) => r.short);
  const summary = short.length
    ? t.summaryShort(short.map((r) => regionName(r.region, locale)).join(t.listSeparator))
    : t.summaryNone;
  const total = t.total({
    waiting: n(s.total.waiting),
    free: n(s.total.free),
    experts: n(s.total.experts),
    oldest: s.total.oldestWaitDays === null ? t.noWait : t.days(s.total.oldestWaitDays),
  });
  const regions = s.regions.map((r) => regionLine(r, s.horizonDays, locale)).join("\n");
  // Few blocks: the App Home holds 100 in all, shared with every other section.
  const blocks: Block[] =
    surface === "home" ? [header(t.header), context([t.asOf(day)])] : [section(t.digestHead(day))];
  blocks.push(
    section(`${summary}\n\n${regions}\n\n${total}`, surface === "home" ? { block_id: SHORTAGE_IDS.blocks.home } : {}),
  );
  if (short.length > 0)
    blocks.push(
      actions(
        surface === "home" ? SHORTAGE_IDS.blocks.homeActions : SHORTAGE_IDS.blocks.digestActions,
        short.map((r) =>
          button(t.recruitButton(regionName(r.region, locale)), SHORTAGE_IDS.recruitButton, String(r.region)),
        ),
      ),
    );
  blocks.push(context(short.length > 0 ? [t.rule(s.horizonDays), t.recruitHint] : [t.rule(s.horizonDays)]));
  return blocks;
}
