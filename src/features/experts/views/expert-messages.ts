import { formatDayLabel } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, button, context, fields, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { EXPERT_IDS } from "../experts-ids.js";
import type { Expert } from "../experts-repository.js";
import { expertMessagesTexts } from "./expert-messages.texts.js";
import { expertSummaryFields, statusLabel } from "./expert-text.js";

/** The secretariat channel's review message (in Japanese); without buttons once decided. */
export function expertReviewMessage(e: Expert, decided?: { status: string; by: string; reason?: string | null }) {
  const t = expertMessagesTexts("ja");
  const blocks: Block[] = [
    header(decided ? t.decidedHeader(statusLabel(decided.status, "ja")) : t.reviewHeader),
    fields(expertSummaryFields(e, "ja")),
  ];
  if (e.profile) blocks.push(section(`*${t.profileHead}*\n${esc(e.profile)}`));
  blocks.push(context([t.reviewContext({ id: e.id, day: formatDayLabel(e.registeredOn, "ja"), user: e.slackUserId })]));
  if (decided) {
    blocks.push(
      section(
        `*${statusLabel(decided.status, "ja")}* — <@${decided.by}>${decided.reason ? t.reasonLine(esc(decided.reason)) : ""}`,
      ),
    );
  } else {
    blocks.push(
      actions(`expert_review_${e.id}`, [
        button(t.approveButton, EXPERT_IDS.approveButton, String(e.id), "primary"),
        button(t.rejectButton, EXPERT_IDS.rejectButton, String(e.id), "danger"),
      ]),
    );
  }
  const text = decided
    ? t.decidedText({ name: esc(e.nameKanji), status: statusLabel(decided.status, "ja") })
    : t.reviewText({ name: esc(e.nameKanji), kana: esc(e.nameKana) });
  return { text, blocks };
}

export function registrationReceivedDm(e: Expert, locale: Locale) {
  const text = expertMessagesTexts(locale).received(esc(e.nameKanji));
  return { text, blocks: [section(text)] };
}

export function approvedDm(e: Expert, locale: Locale) {
  const text = expertMessagesTexts(locale).approved(esc(e.nameKanji));
  return { text, blocks: [section(text)] };
}

export function rejectedDm(e: Expert, reason: string, locale: Locale) {
  const text = expertMessagesTexts(locale).rejected({ name: esc(e.nameKanji), reason: esc(reason) });
  return { text, blocks: [section(text)] };
}

/** `/expert profile`: one's own record with an edit button. */
export function profileMessage(e: Expert, locale: Locale, openCases: number) {
  const t = expertMessagesTexts(locale);
  const blocks: Block[] = [
    section(t.yourRecord(statusLabel(e.status, locale))),
    fields([
      ...expertSummaryFields(e, locale),
      `*${t.contact}*\n${e.email ? esc(e.email) : "—"}\n${e.phone ? esc(e.phone) : ""}`,
      `*${t.openCases}*\n${openCases} / ${e.capacity}`,
    ]),
  ];
  if (e.profile) blocks.push(section(`*${t.profile}*\n${esc(e.profile)}`));
  if (e.status === "rejected" && e.statusReason) blocks.push(section(`*${t.rejectionReason}*\n${esc(e.statusReason)}`));
  blocks.push(actions("expert_profile_actions", [button(t.editProfile, EXPERT_IDS.editProfileButton, String(e.id))]));
  return { text: t.yourRecordText(statusLabel(e.status, locale)), blocks };
}
