import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import type { Actor } from "../../features/roles/actor.js";
import { button, header, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";

const SHOWN = 5;

/** App Home (secretariat): how many applications wait at each matching step; approvals first. */
export async function matchingHomeSection(actor: Actor, ctx: AppContext) {
  const home = await ctx.services.matching.home(actor, SHOWN);
  if (!home) return [];
  const ja = actor.locale === "ja";
  const n = (s: string) => home.counts[s] ?? 0;
  const blocks = [
    header(ja ? "マッチング" : "Matching"),
    section(
      ja
        ? `候補の提示待ち: *${n("valid")}*件 ・ 企業の選択待ち: *${n("proposed")}*件 ・ 承認待ち: *${n("chosen")}*件`
        : `Waiting for candidates: *${n("valid")}* · waiting for the SME's choice: *${n("proposed")}* · waiting for approval: *${n("chosen")}*`,
    ),
  ];
  for (const a of home.chosen) {
    blocks.push(
      section(`*#${a.id} ${a.companyName}* — ${a.expertName ?? "—"}`, {
        block_id: `home_matching_${a.id}`,
        accessory: button(ja ? "承認の確認" : "Review approval", MATCHING_IDS.approveButton, String(a.id)),
      }),
    );
  }
  return blocks;
}
