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
import { announcementModalTexts } from "./announcement-modals.texts.js";
import { areaLabel, segmentLabel, segmentText, smeStatusLabel } from "./announcement-text.js";

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
  const t = announcementModalTexts(locale);
  return modal({
    callbackId: ANNOUNCE_IDS.composeModal,
    title: t.composeTitle,
    submit: t.preview,
    close: t.cancel,
    blocks: [
      input(
        B.segment,
        t.recipients,
        staticSelect(
          V,
          SEGMENTS.map((s) => option(segmentLabel(s, locale), s)),
          { initial: draft?.segment, placeholder: t.chooseRecipients },
        ),
        { hint: t.recipientsHint },
      ),
      input(
        B.area,
        t.area,
        staticSelect(V, areaOptions(locale), {
          initial: draft?.segment === "experts_area" ? draft.segmentParam : null,
          placeholder: t.areaPlaceholder,
        }),
        { optional: true, hint: t.areaHint },
      ),
      input(
        B.smeStatus,
        t.smeStatus,
        staticSelect(
          V,
          SME_STATUSES.map((s) => option(smeStatusLabel(s, locale), s)),
          {
            initial: draft?.segment === "smes_by_status" ? draft.segmentParam : null,
            placeholder: t.chooseStatus,
          },
        ),
        { optional: true },
      ),
      input(B.title, t.title, textInput(V, { initial: draft?.title, maxLength: LIMIT[B.title] })),
      input(B.body, t.body, textInput(V, { initial: draft?.body, multiline: true, maxLength: LIMIT[B.body] }), {
        hint: t.bodyHint,
      }),
    ],
  });
}

/** The preview: who gets it by which channel, the message as a recipient sees it, and Send. */
export function previewModal(locale: Locale, a: Announcement, counts: AudienceCounts, programName: string): ModalView {
  const t = announcementModalTexts(locale);
  const total = counts.slack + counts.email;
  const dm = announcementDm(a, locale, programName);
  return modal({
    callbackId: ANNOUNCE_IDS.previewModal,
    title: t.previewTitle,
    submit: t.send,
    close: t.cancel,
    metadata: { announcementId: a.id },
    blocks: [
      section(
        t.summary({
          segment: esc(segmentText(a.segment, a.segmentParam, locale)),
          people: peopleText(counts, locale),
          counts: countsText(counts, locale),
        }),
      ),
      actions("announce_preview_edit", [button(t.edit, ANNOUNCE_IDS.editButton, String(a.id))]),
      divider(),
      context([t.whatRecipientsSee]),
      ...dm.blocks,
      divider(),
      input(B.confirm, t.confirm, checkboxes(V, [option(t.confirmOption(total), ANNOUNCE_IDS.confirmValue)]), {
        hint: t.confirmHint,
      }),
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
  const t = announcementModalTexts(locale);
  const head = !alreadySent ? t.started(a.id) : a.status === "sent" ? t.sentAlready(a.id) : t.sendingAlready(a.id);
  const detail = counts ? `${peopleText(counts, locale)}\n${countsText(counts, locale)}` : t.inTurn;
  return modal({
    callbackId: ANNOUNCE_IDS.sentModal,
    title: t.sentTitle,
    close: t.close,
    blocks: [section(`*${head}*\n${t.titleLine(esc(a.title))}\n${detail}`), context([t.paced])],
  });
}
