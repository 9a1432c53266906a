import { formatDayLabel } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  type Button,
  button,
  context,
  datePicker,
  header,
  input,
  type ModalView,
  modal,
  multiSelect,
  numberInput,
  option,
  section,
  textInput,
  timePicker,
} from "../../../slack/blocks.js";
import { esc, mrkdwnLink } from "../../../slack/mrkdwn.js";
import { BRIEFING_IDS, BRIEFING_TEXT_LIMITS } from "../briefings-ids.js";
import type { BriefingSession, SessionDetail } from "../briefings-repository.js";
import { briefingTexts } from "./briefing-views.texts.js";

const B = BRIEFING_IDS.blocks;
const V = BRIEFING_IDS.value;

export function sessionStatusLabel(status: string, locale: Locale): string {
  const t = briefingTexts(locale);
  const labels: Record<string, string> = {
    open: t.statusOpen,
    closed: t.statusClosed,
    cancelled: t.statusCancelled,
    held: t.statusHeld,
  };
  return labels[status] ?? status;
}

/** "8月20日(火) 14:00 名古屋（○○会議室）", as mrkdwn (city and venue escaped). */
export function sessionTitle(s: Pick<BriefingSession, "heldOn" | "startTime" | "city" | "venue">, locale: Locale) {
  const venue = s.venue ? briefingTexts(locale).venue(esc(s.venue)) : "";
  return `${formatDayLabel(s.heldOn, locale)} ${s.startTime} ${esc(s.city)}${venue}`;
}

export function counts(s: SessionDetail) {
  const accepted = s.registrations.filter((r) => r.status === "accepted").length;
  const waitlisted = s.registrations.filter((r) => r.status === "waitlisted").length;
  const attended = s.registrations.filter((r) => r.attended).length;
  return { accepted, waitlisted, attended, seatsLeft: Math.max(0, s.capacity - accepted) };
}

function videoLine(s: Pick<BriefingSession, "videoUrl" | "videoViews">, locale: Locale): string {
  if (!s.videoUrl) return "";
  const t = briefingTexts(locale);
  return t.video({ link: mrkdwnLink(s.videoUrl, t.watch), views: s.videoViews.toLocaleString("en-US") });
}

/** The secretariat's list: every session with its numbers and the buttons that manage it. */
export function secretariatList(sessions: SessionDetail[], locale: Locale) {
  const t = briefingTexts(locale);
  const blocks: Block[] = [header(t.sessions)];
  if (sessions.length === 0) blocks.push(section(t.noSessions));
  for (const s of sessions.slice(0, 20)) {
    const c = counts(s);
    const numbers = t.sessionNumbers({ capacity: s.capacity, accepted: c.accepted, waitlisted: c.waitlisted });
    const attended = s.status === "held" ? t.attended(c.attended) : "";
    const reason = s.cancelReason ? t.cancelReason(esc(s.cancelReason)) : "";
    const line = `*#${s.id} ${sessionTitle(s, locale)}* — ${sessionStatusLabel(s.status, locale)}\n${numbers}${attended}${reason}`;
    blocks.push(section(line + videoLine(s, locale)));
    const id = String(s.id);
    const buttons: Button[] = [];
    if (s.status === "open") buttons.push(button(t.closeRegistration, BRIEFING_IDS.closeButton, id));
    if (s.status === "closed") buttons.push(button(t.reopenRegistration, BRIEFING_IDS.reopenButton, id));
    if (s.status !== "cancelled") {
      buttons.push(button(t.recordAttendance, BRIEFING_IDS.attendanceButton, id));
      buttons.push(button(t.videoAndViews, BRIEFING_IDS.videoButton, id));
    }
    if (s.status === "open" || s.status === "closed")
      buttons.push(button(t.cancelSession, BRIEFING_IDS.cancelButton, id, "danger"));
    if (buttons.length > 0) blocks.push(actions(`briefing_admin_${s.id}`, buttons));
  }
  blocks.push(actions("briefing_admin_new", [button(t.createSession, BRIEFING_IDS.createButton, "new", "primary")]));
  return { text: t.sessionList, blocks };
}

type Own = { sessionId: number; status: string; waitlistPos: number | null };

function ownState(own: Own | undefined, place: number | null, locale: Locale): string {
  const t = briefingTexts(locale);
  if (!own || own.status === "cancelled") return "";
  if (own.status === "accepted") return t.youAccepted;
  if (own.status === "waitlisted") return t.youWaitlisted(String(place ?? "?"));
  return t.youRefused;
}

/** Sessions an expert can register for (or is registered in), with one button each. */
export function expertSessionBlocks(
  sessions: SessionDetail[],
  own: Own[],
  places: Map<number, number>,
  locale: Locale,
  max = 10,
): Block[] {
  const t = briefingTexts(locale);
  const blocks: Block[] = [];
  for (const s of sessions.slice(0, max)) {
    const c = counts(s);
    const mine = own.find((o) => o.sessionId === s.id);
    const seats = s.status === "closed" ? t.registrationClosed : c.seatsLeft > 0 ? t.seatsLeft(c.seatsLeft) : t.full;
    blocks.push(
      section(
        `*${sessionTitle(s, locale)}* — ${seats}${ownState(mine, places.get(s.id) ?? null, locale)}${videoLine(s, locale)}`,
      ),
    );
    const registered = mine && (mine.status === "accepted" || mine.status === "waitlisted");
    if (registered)
      blocks.push(
        actions(`briefing_expert_${s.id}`, [button(t.unregister, BRIEFING_IDS.unregisterButton, String(s.id))]),
      );
    else if (s.status === "open")
      blocks.push(
        actions(`briefing_expert_${s.id}`, [
          button(c.seatsLeft > 0 ? t.register : t.joinWaitlist, BRIEFING_IDS.registerButton, String(s.id), "primary"),
        ]),
      );
  }
  return blocks;
}

export function expertList(sessions: SessionDetail[], own: Own[], places: Map<number, number>, locale: Locale) {
  const t = briefingTexts(locale);
  const blocks: Block[] = [section(t.forExperts)];
  if (sessions.length === 0) blocks.push(section(t.noneOpen));
  else blocks.push(...expertSessionBlocks(sessions, own, places, locale));
  return { text: t.sessionList, blocks };
}

export function createModal(locale: Locale): ModalView {
  const t = briefingTexts(locale);
  return modal({
    callbackId: BRIEFING_IDS.createModal,
    title: t.createTitle,
    submit: t.create,
    close: t.cancel,
    blocks: [
      input(B.heldOn, t.heldOn, datePicker(V)),
      input(B.startTime, t.startTime, timePicker(V, "14:00")),
      input(
        B.city,
        t.city,
        textInput(V, { placeholder: t.cityExample, maxLength: BRIEFING_TEXT_LIMITS.create[B.city] }),
      ),
      input(
        B.venue,
        t.venueLabel,
        textInput(V, { placeholder: t.venueExample, maxLength: BRIEFING_TEXT_LIMITS.create[B.venue] }),
        { optional: true },
      ),
      input(B.capacity, t.capacity, numberInput(V, { min: 1, max: 5000 })),
      input(B.videoUrl, t.videoUrl, { type: "url_text_input", action_id: V }, { optional: true, hint: t.videoUrlHint }),
    ],
  });
}

export function cancelModal(locale: Locale, s: SessionDetail): ModalView {
  const t = briefingTexts(locale);
  const c = counts(s);
  return modal({
    callbackId: BRIEFING_IDS.cancelModal,
    title: t.cancelTitle,
    submit: t.cancelAndNotify,
    close: t.back,
    metadata: { sessionId: s.id },
    blocks: [
      section(
        t.cancelIntro({
          session: sessionTitle(s, locale),
          registrants: c.accepted + c.waitlisted,
          accepted: c.accepted,
          waitlisted: c.waitlisted,
        }),
      ),
      input(
        B.reason,
        t.reason,
        textInput(V, {
          multiline: true,
          maxLength: BRIEFING_TEXT_LIMITS.cancel[B.reason],
          placeholder: t.reasonExample,
        }),
      ),
    ],
  });
}

/** Attendance: the accepted registrants in menus of at most 100 (Slack's limit per menu). */
export function attendanceModal(locale: Locale, s: SessionDetail): ModalView {
  const t = briefingTexts(locale);
  const accepted = s.registrations.filter((r) => r.status === "accepted");
  const blocks: Block[] = [section(t.attendanceIntro({ session: sessionTitle(s, locale), accepted: accepted.length }))];
  if (accepted.length === 0) blocks.push(context([t.nobodyRegistered]));
  for (let i = 0; i * 100 < accepted.length; i++) {
    const chunk = accepted.slice(i * 100, i * 100 + 100);
    const label =
      accepted.length > 100 ? t.attendedRange({ from: i * 100 + 1, to: i * 100 + chunk.length }) : t.attendedLabel;
    blocks.push(
      input(
        `${B.attendedPrefix}${i}`,
        label,
        multiSelect(
          V,
          chunk.map((r) => option(r.expert.nameKanji, String(r.expertId))),
          {
            initial: chunk.filter((r) => r.attended).map((r) => String(r.expertId)),
            placeholder: t.whoAttended,
          },
        ),
        { optional: true },
      ),
    );
  }
  return modal({
    callbackId: BRIEFING_IDS.attendanceModal,
    title: t.attendanceTitle,
    submit: t.save,
    close: t.cancel,
    metadata: { sessionId: s.id },
    blocks,
  });
}

export function videoModal(locale: Locale, s: SessionDetail): ModalView {
  const t = briefingTexts(locale);
  return modal({
    callbackId: BRIEFING_IDS.videoModal,
    title: t.videoTitle,
    submit: t.save,
    close: t.cancel,
    metadata: { sessionId: s.id },
    blocks: [
      section(`*${sessionTitle(s, locale)}*`),
      input(
        B.videoUrl,
        t.videoLink,
        { type: "url_text_input", action_id: V, ...(s.videoUrl ? { initial_value: s.videoUrl } : {}) },
        { optional: true },
      ),
      input(B.videoViews, t.viewCount, numberInput(V, { initial: s.videoViews, min: 0, max: 100_000_000 })),
    ],
  });
}

// ---- DMs to experts

export function acceptedDm(s: BriefingSession, locale: Locale, promoted = false) {
  const t = briefingTexts(locale);
  const title = sessionTitle(s, locale);
  const text = promoted ? t.promoted(title) : t.accepted(title);
  return { text, blocks: [section(text)] };
}

export function waitlistedDm(s: BriefingSession, place: number, locale: Locale) {
  const t = briefingTexts(locale);
  const text = `${t.waitlisted({ session: sessionTitle(s, locale), place })}${s.videoUrl ? t.waitlistedVideo(esc(s.videoUrl)) : ""}`;
  return { text, blocks: [section(text)] };
}

export function sessionCancelledDm(
  s: BriefingSession,
  reason: string,
  alternatives: SessionDetail[],
  videos: string[],
  locale: Locale,
) {
  const t = briefingTexts(locale);
  const lines = alternatives.slice(0, 8).map((a) => {
    const left = counts(a).seatsLeft;
    return `• ${sessionTitle(a, locale)} — ${left > 0 ? t.seatsLeft(left) : t.fullWaitlist}`;
  });
  const alt = lines.length > 0 ? t.otherSessions + lines.join("\n") : t.noOtherSession;
  const video =
    videos.length > 0
      ? t.recordings +
        videos
          .slice(0, 3)
          .map((v) => `• ${esc(v)}`)
          .join("\n")
      : "";
  const text = `${t.cancelled({ session: sessionTitle(s, locale), reason: esc(reason) })}${alt}${video}`;
  const blocks: Block[] = [section(text)];
  if (lines.length > 0)
    blocks.push(actions("briefing_alternatives", [button(t.seeOthers, BRIEFING_IDS.listButton, "open", "primary")]));
  return { text, blocks };
}
