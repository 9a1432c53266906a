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

const B = BRIEFING_IDS.blocks;
const V = BRIEFING_IDS.value;

export function sessionStatusLabel(status: string, locale: Locale): string {
  const ja: Record<string, string> = { open: "受付中", closed: "受付締切", cancelled: "中止", held: "開催済み" };
  const en: Record<string, string> = {
    open: "Open",
    closed: "Registration closed",
    cancelled: "Cancelled",
    held: "Held",
  };
  return (locale === "ja" ? ja : en)[status] ?? status;
}

/** "8月20日(火) 14:00 名古屋（○○会議室）", as mrkdwn (city and venue escaped). */
export function sessionTitle(s: Pick<BriefingSession, "heldOn" | "startTime" | "city" | "venue">, locale: Locale) {
  const venue = s.venue ? (locale === "ja" ? `（${esc(s.venue)}）` : ` (${esc(s.venue)})`) : "";
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
  return locale === "ja"
    ? `\n録画動画: ${mrkdwnLink(s.videoUrl, "視聴する")}（再生 ${s.videoViews.toLocaleString("en-US")} 回）`
    : `\nRecording: ${mrkdwnLink(s.videoUrl, "watch")} (${s.videoViews.toLocaleString("en-US")} views)`;
}

/** The secretariat's list: every session with its numbers and the buttons that manage it. */
export function secretariatList(sessions: SessionDetail[], locale: Locale) {
  const ja = locale === "ja";
  const blocks: Block[] = [header(ja ? "事業説明会" : "Briefing sessions")];
  if (sessions.length === 0) blocks.push(section(ja ? "説明会はまだありません。" : "There are no sessions yet."));
  for (const s of sessions.slice(0, 20)) {
    const c = counts(s);
    const line = ja
      ? `*#${s.id} ${sessionTitle(s, locale)}* — ${sessionStatusLabel(s.status, locale)}\n定員 ${s.capacity}・参加確定 ${c.accepted}・キャンセル待ち ${c.waitlisted}${s.status === "held" ? `・出席 ${c.attended}` : ""}${s.cancelReason ? `\n中止理由: ${esc(s.cancelReason)}` : ""}`
      : `*#${s.id} ${sessionTitle(s, locale)}* — ${sessionStatusLabel(s.status, locale)}\nCapacity ${s.capacity}, accepted ${c.accepted}, waitlisted ${c.waitlisted}${s.status === "held" ? `, attended ${c.attended}` : ""}${s.cancelReason ? `\nCancelled because: ${esc(s.cancelReason)}` : ""}`;
    blocks.push(section(line + videoLine(s, locale)));
    const id = String(s.id);
    const buttons: Button[] = [];
    if (s.status === "open")
      buttons.push(button(ja ? "受付を締め切る" : "Close registration", BRIEFING_IDS.closeButton, id));
    if (s.status === "closed")
      buttons.push(button(ja ? "受付を再開" : "Reopen registration", BRIEFING_IDS.reopenButton, id));
    if (s.status !== "cancelled") {
      buttons.push(button(ja ? "出席を記録" : "Record attendance", BRIEFING_IDS.attendanceButton, id));
      buttons.push(button(ja ? "動画URL・再生回数" : "Video link and views", BRIEFING_IDS.videoButton, id));
    }
    if (s.status === "open" || s.status === "closed")
      buttons.push(
        button(ja ? "中止する（全員に通知）" : "Cancel (tell everyone)", BRIEFING_IDS.cancelButton, id, "danger"),
      );
    if (buttons.length > 0) blocks.push(actions(`briefing_admin_${s.id}`, buttons));
  }
  blocks.push(
    actions("briefing_admin_new", [
      button(ja ? "説明会を作成" : "Create a session", BRIEFING_IDS.createButton, "new", "primary"),
    ]),
  );
  return { text: ja ? "事業説明会の一覧" : "Briefing sessions", blocks };
}

type Own = { sessionId: number; status: string; waitlistPos: number | null };

function ownState(own: Own | undefined, place: number | null, locale: Locale): string {
  const ja = locale === "ja";
  if (!own || own.status === "cancelled") return "";
  if (own.status === "accepted") return ja ? "\n*あなた: 参加確定*" : "\n*You: registered*";
  if (own.status === "waitlisted")
    return ja ? `\n*あなた: キャンセル待ち（${place ?? "?"}番目）*` : `\n*You: waitlisted (#${place ?? "?"})*`;
  return ja ? "\n*あなた: お断り*" : "\n*You: not accepted*";
}

/** Sessions an expert can register for (or is registered in), with one button each. */
export function expertSessionBlocks(
  sessions: SessionDetail[],
  own: Own[],
  places: Map<number, number>,
  locale: Locale,
  max = 10,
): Block[] {
  const ja = locale === "ja";
  const blocks: Block[] = [];
  for (const s of sessions.slice(0, max)) {
    const c = counts(s);
    const mine = own.find((o) => o.sessionId === s.id);
    const seats =
      s.status === "closed"
        ? ja
          ? "受付締切"
          : "registration closed"
        : c.seatsLeft > 0
          ? ja
            ? `残り ${c.seatsLeft} 席`
            : `${c.seatsLeft} seats left`
          : ja
            ? "満席（キャンセル待ちで申込み可）"
            : "full (you can join the waitlist)";
    blocks.push(
      section(
        `*${sessionTitle(s, locale)}* — ${seats}${ownState(mine, places.get(s.id) ?? null, locale)}${videoLine(s, locale)}`,
      ),
    );
    const registered = mine && (mine.status === "accepted" || mine.status === "waitlisted");
    if (registered)
      blocks.push(
        actions(`briefing_expert_${s.id}`, [
          button(ja ? "申込みを取り消す" : "Cancel my registration", BRIEFING_IDS.unregisterButton, String(s.id)),
        ]),
      );
    else if (s.status === "open")
      blocks.push(
        actions(`briefing_expert_${s.id}`, [
          button(
            c.seatsLeft > 0
              ? ja
                ? "参加を申し込む"
                : "Register"
              : ja
                ? "キャンセル待ちで申し込む"
                : "Join the waitlist",
            BRIEFING_IDS.registerButton,
            String(s.id),
            "primary",
          ),
        ]),
      );
  }
  return blocks;
}

export function expertList(sessions: SessionDetail[], own: Own[], places: Map<number, number>, locale: Locale) {
  const ja = locale === "ja";
  const blocks: Block[] = [section(ja ? "*事業説明会（専門家向け）*" : "*Briefing sessions for experts*")];
  if (sessions.length === 0)
    blocks.push(section(ja ? "受付中の説明会はありません。" : "No session is open for registration."));
  else blocks.push(...expertSessionBlocks(sessions, own, places, locale));
  return { text: ja ? "事業説明会の一覧" : "Briefing sessions", blocks };
}

export function createModal(locale: Locale): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: BRIEFING_IDS.createModal,
    title: ja ? "説明会の作成" : "New briefing session",
    submit: ja ? "作成する" : "Create",
    close: ja ? "キャンセル" : "Cancel",
    blocks: [
      input(B.heldOn, ja ? "開催日" : "Date", datePicker(V)),
      input(B.startTime, ja ? "開始時刻" : "Start time", timePicker(V, "14:00")),
      input(
        B.city,
        ja ? "開催地（都市）" : "City",
        textInput(V, {
          placeholder: ja ? "例: 名古屋" : "e.g. Nagoya",
          maxLength: BRIEFING_TEXT_LIMITS.create[B.city],
        }),
      ),
      input(
        B.venue,
        ja ? "会場" : "Venue",
        textInput(V, {
          placeholder: ja ? "例: ○○ビル 3階 会議室" : "e.g. Room 3, XX Building",
          maxLength: BRIEFING_TEXT_LIMITS.create[B.venue],
        }),
        { optional: true },
      ),
      input(B.capacity, ja ? "定員（人）" : "Capacity (people)", numberInput(V, { min: 1, max: 5000 })),
      input(
        B.videoUrl,
        ja ? "オンライン動画のURL" : "Online video link",
        { type: "url_text_input", action_id: V },
        {
          optional: true,
          hint: ja ? "録画やライブ配信のURL（後から追加もできます）" : "Recording or live stream (can be added later)",
        },
      ),
    ],
  });
}

export function cancelModal(locale: Locale, s: SessionDetail): ModalView {
  const ja = locale === "ja";
  const c = counts(s);
  return modal({
    callbackId: BRIEFING_IDS.cancelModal,
    title: ja ? "説明会の中止" : "Cancel a session",
    submit: ja ? "中止して通知" : "Cancel and notify",
    close: ja ? "戻る" : "Back",
    metadata: { sessionId: s.id },
    blocks: [
      section(
        ja
          ? `*${sessionTitle(s, locale)}* を中止します。申込者 ${c.accepted + c.waitlisted} 名（参加確定 ${c.accepted}・キャンセル待ち ${c.waitlisted}）全員に、理由と他の説明会・録画動画の案内をDMで送ります。`
          : `Cancel *${sessionTitle(s, locale)}*. All ${c.accepted + c.waitlisted} registrants (${c.accepted} accepted, ${c.waitlisted} waitlisted) get a DM with the reason and the other sessions and recordings.`,
      ),
      input(
        B.reason,
        ja ? "中止の理由（申込者に送られます）" : "Reason (sent to the registrants)",
        textInput(V, {
          multiline: true,
          maxLength: BRIEFING_TEXT_LIMITS.cancel[B.reason],
          placeholder: ja ? "例: 台風の接近のため" : "e.g. An approaching typhoon",
        }),
      ),
    ],
  });
}

/** Attendance: the accepted registrants in menus of at most 100 (Slack's limit per menu). */
export function attendanceModal(locale: Locale, s: SessionDetail): ModalView {
  const ja = locale === "ja";
  const accepted = s.registrations.filter((r) => r.status === "accepted");
  const blocks: Block[] = [
    section(
      ja
        ? `*${sessionTitle(s, locale)}* の出席者を選んでください（参加確定 ${accepted.length} 名）。保存すると開催済みになり、キャンセル待ちの方はお断り扱いになります。`
        : `Choose who attended *${sessionTitle(s, locale)}* (${accepted.length} accepted). Saving marks the session held; anyone still waitlisted counts as not accepted.`,
    ),
  ];
  if (accepted.length === 0) blocks.push(context([ja ? "参加確定者はいません。" : "Nobody is registered."]));
  for (let i = 0; i * 100 < accepted.length; i++) {
    const chunk = accepted.slice(i * 100, i * 100 + 100);
    const label =
      accepted.length > 100
        ? ja
          ? `出席者（${i * 100 + 1}〜${i * 100 + chunk.length}人目）`
          : `Attended (${i * 100 + 1}–${i * 100 + chunk.length})`
        : ja
          ? "出席者"
          : "Attended";
    blocks.push(
      input(
        `${B.attendedPrefix}${i}`,
        label,
        multiSelect(
          V,
          chunk.map((r) => option(r.expert.nameKanji, String(r.expertId))),
          {
            initial: chunk.filter((r) => r.attended).map((r) => String(r.expertId)),
            placeholder: ja ? "出席した方" : "Who attended",
          },
        ),
        { optional: true },
      ),
    );
  }
  return modal({
    callbackId: BRIEFING_IDS.attendanceModal,
    title: ja ? "出席の記録" : "Attendance",
    submit: ja ? "保存" : "Save",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { sessionId: s.id },
    blocks,
  });
}

export function videoModal(locale: Locale, s: SessionDetail): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: BRIEFING_IDS.videoModal,
    title: ja ? "動画と再生回数" : "Video and views",
    submit: ja ? "保存" : "Save",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { sessionId: s.id },
    blocks: [
      section(`*${sessionTitle(s, locale)}*`),
      input(
        B.videoUrl,
        ja ? "動画のURL" : "Video link",
        { type: "url_text_input", action_id: V, ...(s.videoUrl ? { initial_value: s.videoUrl } : {}) },
        { optional: true },
      ),
      input(
        B.videoViews,
        ja ? "再生回数（配信サービスの集計値）" : "View count (from the video service)",
        numberInput(V, { initial: s.videoViews, min: 0, max: 100_000_000 }),
      ),
    ],
  });
}

// ---- DMs to experts

export function acceptedDm(s: BriefingSession, locale: Locale, promoted = false) {
  const ja = locale === "ja";
  const text = promoted
    ? ja
      ? `キャンセルが出たため、事業説明会 *${sessionTitle(s, locale)}* への参加が確定しました。当日お待ちしております。参加できなくなった場合は \`/expert briefings\` から取り消してください。`
      : `A seat became free: you are now registered for the briefing session *${sessionTitle(s, locale)}*. If you cannot come, cancel with \`/expert briefings\`.`
    : ja
      ? `事業説明会 *${sessionTitle(s, locale)}* への参加を受け付けました。当日お待ちしております。参加できなくなった場合は \`/expert briefings\` から取り消してください。`
      : `You are registered for the briefing session *${sessionTitle(s, locale)}*. If you cannot come, cancel with \`/expert briefings\`.`;
  return { text, blocks: [section(text)] };
}

export function waitlistedDm(s: BriefingSession, place: number, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `事業説明会 *${sessionTitle(s, locale)}* は定員に達しているため、キャンセル待ち（${place}番目）として受け付けました。空きが出たら順番に繰り上げ、このメッセージでお知らせします。${s.videoUrl ? `\n説明の内容は録画動画でもご覧いただけます: ${esc(s.videoUrl)}` : ""}`
    : `The briefing session *${sessionTitle(s, locale)}* is full, so you are on the waitlist (#${place}). We promote people in order when seats free up and will tell you here.${s.videoUrl ? `\nThe content is also available as a video: ${esc(s.videoUrl)}` : ""}`;
  return { text, blocks: [section(text)] };
}

export function sessionCancelledDm(
  s: BriefingSession,
  reason: string,
  alternatives: SessionDetail[],
  videos: string[],
  locale: Locale,
) {
  const ja = locale === "ja";
  const lines = alternatives.slice(0, 8).map((a) => {
    const left = counts(a).seatsLeft;
    return `• ${sessionTitle(a, locale)} — ${left > 0 ? (ja ? `残り ${left} 席` : `${left} seats left`) : ja ? "満席（キャンセル待ち可）" : "full (waitlist)"}`;
  });
  const alt =
    lines.length > 0
      ? (ja
          ? "\n\n*ほかの説明会（お申込みは下のボタンから）*\n"
          : "\n\n*Other sessions (register with the button below)*\n") + lines.join("\n")
      : ja
        ? "\n\n現在受付中のほかの説明会はありません。"
        : "\n\nNo other session is open at the moment.";
  const video =
    videos.length > 0
      ? (ja ? "\n\n*録画動画*\n" : "\n\n*Recordings*\n") +
        videos
          .slice(0, 3)
          .map((v) => `• ${esc(v)}`)
          .join("\n")
      : "";
  const text = ja
    ? `申し訳ありません。事業説明会 *${sessionTitle(s, locale)}* は中止になりました。\n理由: ${esc(reason)}${alt}${video}`
    : `We are sorry: the briefing session *${sessionTitle(s, locale)}* is cancelled.\nReason: ${esc(reason)}${alt}${video}`;
  const blocks: Block[] = [section(text)];
  if (lines.length > 0)
    blocks.push(
      actions("briefing_alternatives", [
        button(ja ? "ほかの説明会を見る" : "See other sessions", BRIEFING_IDS.listButton, "open", "primary"),
      ]),
    );
  return { text, blocks };
}
