import { formatDayLabel } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, button, context, fields, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { EXPERT_IDS } from "../experts-ids.js";
import type { Expert } from "../experts-repository.js";
import { expertSummaryFields, statusLabel } from "./expert-text.js";

/** The secretariat channel's review message; without buttons once decided. */
export function expertReviewMessage(e: Expert, decided?: { status: string; by: string; reason?: string | null }) {
  const blocks: Block[] = [
    header(decided ? `専門家登録 — ${statusLabel(decided.status, "ja")}` : "専門家登録の申請"),
    fields(expertSummaryFields(e, "ja")),
  ];
  if (e.profile) blocks.push(section(`*自己紹介*\n${esc(e.profile)}`));
  blocks.push(
    context([`専門家ID ${e.id} ・ 申請日 ${formatDayLabel(e.registeredOn, "ja")} ・ 申請者 <@${e.slackUserId}>`]),
  );
  if (decided) {
    blocks.push(
      section(
        `*${statusLabel(decided.status, "ja")}* — <@${decided.by}>${decided.reason ? `\n理由: ${esc(decided.reason)}` : ""}`,
      ),
    );
  } else {
    blocks.push(
      actions(`expert_review_${e.id}`, [
        button("承認する", EXPERT_IDS.approveButton, String(e.id), "primary"),
        button("不承認にする（理由を入力）", EXPERT_IDS.rejectButton, String(e.id), "danger"),
      ]),
    );
  }
  const text = decided
    ? `専門家登録 ${esc(e.nameKanji)}: ${statusLabel(decided.status, "ja")}`
    : `専門家登録の申請: ${esc(e.nameKanji)}（${esc(e.nameKana)}）`;
  return { text, blocks };
}

export function registrationReceivedDm(e: Expert, locale: Locale) {
  const text =
    locale === "ja"
      ? `${esc(e.nameKanji)} さん、専門家登録の申請を受け付けました。事務局の確認後、結果をお知らせします。`
      : `${esc(e.nameKanji)}, we received your expert registration. The secretariat will review it and tell you the result.`;
  return { text, blocks: [section(text)] };
}

export function approvedDm(e: Expert, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `${esc(e.nameKanji)} さん、専門家登録が承認されました。指導先の候補として事務局から紹介されるようになります。\`/expert profile\` で登録内容を確認・変更できます。\`/desk help\` でできることを確認できます。`
    : `${esc(e.nameKanji)}, your expert registration was approved. The secretariat can now propose you to SMEs. See or edit your record with \`/expert profile\`; \`/desk help\` lists what you can do.`;
  return { text, blocks: [section(text)] };
}

export function rejectedDm(e: Expert, reason: string, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `${esc(e.nameKanji)} さん、申し訳ありませんが専門家登録は承認されませんでした。\n理由: ${esc(reason)}\n内容を修正して \`/expert register\` から再申請できます。ご不明な点は事務局までお問い合わせください。`
    : `${esc(e.nameKanji)}, your expert registration was not approved.\nReason: ${esc(reason)}\nYou can correct it and apply again with \`/expert register\`. Contact the secretariat with any questions.`;
  return { text, blocks: [section(text)] };
}

/** `/expert profile`: one's own record with an edit button. */
export function profileMessage(e: Expert, locale: Locale, openCases: number) {
  const ja = locale === "ja";
  const blocks: Block[] = [
    section(
      ja
        ? `*あなたの専門家登録* — ${statusLabel(e.status, locale)}`
        : `*Your expert record* — ${statusLabel(e.status, locale)}`,
    ),
    fields([
      ...expertSummaryFields(e, locale),
      `*${ja ? "連絡先" : "Contact"}*\n${e.email ? esc(e.email) : "—"}\n${e.phone ? esc(e.phone) : ""}`,
      `*${ja ? "担当中の案件" : "Open cases"}*\n${openCases} / ${e.capacity}`,
    ]),
  ];
  if (e.profile) blocks.push(section(`*${ja ? "自己紹介" : "Profile"}*\n${esc(e.profile)}`));
  if (e.status === "rejected" && e.statusReason)
    blocks.push(section(`*${ja ? "不承認の理由" : "Reason for rejection"}*\n${esc(e.statusReason)}`));
  blocks.push(
    actions("expert_profile_actions", [
      button(ja ? "登録内容を変更" : "Edit my profile", EXPERT_IDS.editProfileButton, String(e.id)),
    ]),
  );
  const text = ja
    ? `あなたの専門家登録: ${statusLabel(e.status, locale)}`
    : `Your expert record: ${statusLabel(e.status, locale)}`;
  return { text, blocks };
}
