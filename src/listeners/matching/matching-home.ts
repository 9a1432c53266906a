import { prefectureName } from "../../domain/prefectures.js";
import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import type { Actor } from "../../features/roles/actor.js";
import { formatSlashDate } from "../../lib/dates.js";
import { type Block, button, context, header, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";
import { esc } from "../../slack/mrkdwn.js";

const SHOWN = 5;

/**
 * App Home (secretariat): how many applications wait at each matching step, the longest-waiting
 * valid applications with a button to propose candidates, and the choices waiting for approval.
 */
export async function matchingHomeSection(actor: Actor, ctx: AppContext) {
  const home = await ctx.services.matching.home(actor, SHOWN);
  if (!home) return [];
  const ja = actor.locale === "ja";
  const n = (s: string) => home.counts[s] ?? 0;
  const blocks: Block[] = [
    header(ja ? "マッチング" : "Matching"),
    section(
      ja
        ? `候補の提示待ち: *${n("valid")}*件 ・ 企業の選択待ち: *${n("proposed")}*件 ・ 承認待ち: *${n("chosen")}*件`
        : `Waiting for candidates: *${n("valid")}* · waiting for the SME's choice: *${n("proposed")}* · waiting for approval: *${n("chosen")}*`,
    ),
  ];
  for (const a of home.valid) {
    const where = prefectureName(a.prefecture, actor.locale);
    blocks.push(
      section(
        ja
          ? `*#${a.id} ${esc(a.companyName)}*（${where}・受付 ${formatSlashDate(a.receivedOn)}）— 候補の提示待ち`
          : `*#${a.id} ${esc(a.companyName)}* (${where}, received ${formatSlashDate(a.receivedOn)}) — waiting for candidates`,
        {
          block_id: `home_matching_valid_${a.id}`,
          accessory: button(ja ? "候補を提示する" : "Propose candidates", MATCHING_IDS.proposeButton, String(a.id)),
        },
      ),
    );
  }
  if (n("valid") > home.valid.length)
    blocks.push(
      context([
        ja
          ? `ほか ${n("valid") - home.valid.length} 件は \`/desk match 申込番号\` で開けます。`
          : `${n("valid") - home.valid.length} more: open one with \`/desk match <application number>\`.`,
      ]),
    );
  for (const a of home.chosen) {
    blocks.push(
      section(`*#${a.id} ${esc(a.companyName)}* — ${a.expertName ? esc(a.expertName) : "—"}`, {
        block_id: `home_matching_${a.id}`,
        accessory: button(ja ? "承認の確認" : "Review approval", MATCHING_IDS.approveButton, String(a.id)),
      }),
    );
  }
  return blocks;
}
