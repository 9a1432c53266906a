import { prefectureName } from "../../../domain/prefectures.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { type Block, button, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { MATCHING_IDS } from "../matching-ids.js";
import type { MatchingHome } from "../matching-queries.js";
import { matchingReplyTexts } from "./matching-replies.texts.js";

/**
 * App Home (secretariat): how many applications wait at each matching step, the longest-waiting
 * valid applications with a button to propose candidates, and the choices waiting for approval.
 */
export function matchingHomeBlocks(locale: Locale, home: MatchingHome): Block[] {
  const t = matchingReplyTexts(locale);
  const n = (s: string) => home.counts[s] ?? 0;
  const blocks: Block[] = [
    header(t.homeHeader),
    section(t.homeCounts({ valid: n("valid"), proposed: n("proposed"), chosen: n("chosen") })),
  ];
  for (const a of home.valid) {
    blocks.push(
      section(
        t.homeValid({
          id: a.id,
          company: esc(a.companyName),
          where: prefectureName(a.prefecture, locale),
          received: formatSlashDate(a.receivedOn),
        }),
        {
          block_id: `home_matching_valid_${a.id}`,
          accessory: button(t.proposeButton, MATCHING_IDS.proposeButton, String(a.id)),
        },
      ),
    );
  }
  if (n("valid") > home.valid.length) blocks.push(context([t.homeMore(n("valid") - home.valid.length)]));
  for (const a of home.chosen) {
    blocks.push(
      section(`*#${a.id} ${esc(a.companyName)}* — ${a.expertName ? esc(a.expertName) : "—"}`, {
        block_id: `home_matching_${a.id}`,
        accessory: button(t.reviewApproval, MATCHING_IDS.approveButton, String(a.id)),
      }),
    );
  }
  return blocks;
}
