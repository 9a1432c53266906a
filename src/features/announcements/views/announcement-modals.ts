import { PREFECTURES, REGIONS } from "../../../domain/prefectures.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  button,
  checkboxes,
  context,
  divider,
  input,
  type ModalView,
  modal,
  option,
  section,
  staticSelect,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { SEGMENTS, SME_STATUSES } from "../announcements.schemas.js";
import { ANNOUNCE_IDS, ANNOUNCE_TEXT_LIMITS } from "../announcements-ids.js";
import type { Announcement } from "../announcements-repository.js";
import type { AudienceCounts } from "../announcements-service.js";
import { announcementDm, countsText, peopleText } from "./announcement-messages.js";
import { areaLabel, SEGMENT_LABELS, SME_STATUS_LABELS, segmentText } from "./announcement-text.js";

const B = ANNOUNCE_IDS.blocks;
const V = ANNOUNCE_IDS.value;
const LIMIT = ANNOUNCE_TEXT_LIMITS.compose;

/** Regions first, then the 47 prefectures in JIS order: 55 options, under Slack's 100. */
function areaOptions(locale: Locale) {
  return [
    ...REGIONS.map((_, i) => option(areaLabel(`region:${i}`, locale), `region:${i}`)),
    ...PREFECTURES.map((_, i) => option(areaLabel(`pref:${i + 1}`, locale), `pref:${i + 1}`)),
  ];
}

/** `/desk announce`: recipients, title and message; the submit shows a preview. */
export function composeModal(
  locale: Locale,
  draft: Pick<Announcement, "segment" | "segmentParam" | "title" | "body"> | null = null,
): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: ANNOUNCE_IDS.composeModal,
    title: ja ? "お知らせの送信" : "Announcement",
    submit: ja ? "プレビュー" : "Preview",
    close: ja ? "キャンセル" : "Cancel",
    blocks: [
      input(
        B.segment,
        ja ? "宛先" : "Recipients",
        staticSelect(
          V,
          SEGMENTS.map((s) => option(SEGMENT_LABELS[s][locale], s)),
          { initial: draft?.segment, placeholder: ja ? "宛先を選ぶ" : "Choose recipients" },
        ),
        {
          hint: ja
            ? "Slackを使う人にはDMで、それ以外の人にはメールで届きます。送信前に人数を確認できます。"
            : "Slack users get a DM, everyone else an e-mail. You see the count before sending.",
        },
      ),
      input(
        B.area,
        ja ? "地域・都道府県（「地域・都道府県の専門家」のとき）" : "Region or prefecture (for experts in an area)",
        staticSelect(V, areaOptions(locale), {
          initial: draft?.segment === "experts_area" ? draft.segmentParam : null,
          placeholder: ja ? "地域または都道府県" : "Region or prefecture",
        }),
        {
          optional: true,
          hint: ja ? "専門家の登録上の所在都道府県で選びます。" : "By the prefecture in the expert's record.",
        },
      ),
      input(
        B.smeStatus,
        ja ? "申込みの状況（「状況別の指導先企業」のとき）" : "Application status (for SMEs by status)",
        staticSelect(
          V,
          SME_STATUSES.map((s) => option(SME_STATUS_LABELS[s][locale], s)),
          {
            initial: draft?.segment === "smes_by_status" ? draft.segmentParam : null,
            placeholder: ja ? "状況を選ぶ" : "Choose a status",
          },
        ),
        { optional: true },
      ),
      input(B.title, ja ? "件名" : "Title", textInput(V, { initial: draft?.title, maxLength: LIMIT[B.title] })),
      input(
        B.body,
        ja ? "本文" : "Message",
        textInput(V, { initial: draft?.body, multiline: true, maxLength: LIMIT[B.body] }),
        {
          hint: ja
            ? "*太字* や _斜体_ は使えます。<!channel> などのメンションやリンク記法は文字のまま表示されます。"
            : "*bold* and _italic_ work; mentions such as <!channel> and link markup are shown as typed.",
        },
      ),
    ],
  });
}

/** The preview: who gets it by which channel, the message as a recipient sees it, and Send. */
export function previewModal(locale: Locale, a: Announcement, counts: AudienceCounts, programName: string): ModalView {
  const ja = locale === "ja";
  const total = counts.slack + counts.email;
  const dm = announcementDm(a, locale, programName);
  return modal({
    callbackId: ANNOUNCE_IDS.previewModal,
    title: ja ? "お知らせの確認" : "Check and send",
    submit: ja ? "送信する" : "Send",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { announcementId: a.id },
    blocks: [
      section(
        ja
          ? `*宛先:* ${esc(segmentText(a.segment, a.segmentParam, locale))}\n*人数:* ${peopleText(counts, locale)}\n${countsText(counts, locale)}`
          : `*Recipients:* ${esc(segmentText(a.segment, a.segmentParam, locale))}\n*Count:* ${peopleText(counts, locale)}\n${countsText(counts, locale)}`,
      ),
      actions("announce_preview_edit", [button(ja ? "内容を修正" : "Edit", ANNOUNCE_IDS.editButton, String(a.id))]),
      divider(),
      context([ja ? "*受け取る人に届く内容*" : "*What recipients will see*"]),
      ...dm.blocks,
      divider(),
      input(
        B.confirm,
        ja ? "送信の確認" : "Confirm",
        checkboxes(V, [
          option(ja ? `この内容で ${total}件 送信する` : `Send this to ${total} recipients`, ANNOUNCE_IDS.confirmValue),
        ]),
        {
          hint: ja
            ? "送信した後は取り消せません。同じ人に二度届くことはありません。"
            : "Sending cannot be undone. Nobody gets it twice.",
        },
      ),
    ],
  });
}

/**
 * After Send: the announcement is on its way (its recipients are built and queued after this
 * answer, and the secretariat channel gets the record with the counts), or, for a second click or
 * a retried request, that it is being sent or was sent — never twice.
 */
export function sentModal(
  locale: Locale,
  a: Announcement,
  counts: AudienceCounts | null,
  alreadySent: boolean,
): ModalView {
  const ja = locale === "ja";
  const head = !alreadySent
    ? ja
      ? `お知らせ #${a.id} の送信を始めました。`
      : `Announcement #${a.id} is being sent.`
    : a.status === "sent"
      ? ja
        ? `お知らせ #${a.id} は送信済みです（二度は送りません）。`
        : `Announcement #${a.id} was sent already (nobody gets it twice).`
      : ja
        ? `お知らせ #${a.id} は送信中です（二度は送りません）。`
        : `Announcement #${a.id} is being sent already (nobody gets it twice).`;
  const detail = counts
    ? `${peopleText(counts, locale)}\n${countsText(counts, locale)}`
    : ja
      ? "宛先ごとに順に送ります。終わると事務局チャンネルに件数を記録します。"
      : "Each recipient's copy goes out in turn; the secretariat channel gets the counts when it is done.";
  return modal({
    callbackId: ANNOUNCE_IDS.sentModal,
    title: ja ? "送信" : "Sending",
    close: ja ? "閉じる" : "Close",
    blocks: [
      section(`*${head}*\n${ja ? `件名: ${esc(a.title)}` : `Title: ${esc(a.title)}`}\n${detail}`),
      context([
        ja
          ? "Slack DMとメールは順に送られます。送った相手は `desk announce show` で確認できます。"
          : "Slack DMs and e-mails go out paced. `desk announce show` lists who got it.",
      ]),
    ],
  });
}
