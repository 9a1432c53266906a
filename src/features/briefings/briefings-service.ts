import type { Database, DbClient } from "../../db/client.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both, toLocale } from "../../lib/i18n.js";
import { findAuditFor, writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import { findCurrentProgram } from "../program/program-repository.js";
import { requireWritableProgramOf } from "../program/program-rules.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import { SESSION_FIELD_ERRORS, type SessionInput, SessionInputSchema } from "./briefings.schemas.js";
import { briefingServiceTexts } from "./briefings.texts.js";
import {
  type BriefingSession,
  countAccepted,
  countAhead,
  createSession,
  findRegistration,
  findSession,
  firstWaitlisted,
  lastWaitlistPos,
  listOwnRegistrations,
  listSessions,
  refuseWaitlisted,
  type SessionDetail,
  saveRegistration,
  setAttendance,
  setRegistrationStatus,
  transitionSession,
  updateSession,
} from "./briefings-repository.js";
import { acceptedDm, sessionCancelledDm, sessionTitle, waitlistedDm } from "./views/briefing-views.js";

/** Raw modal values before validation. */
export type SessionFormValues = {
  held_on: string | null;
  start_time: string | null;
  city: string;
  venue: string;
  capacity: string;
  video_url: string;
};

const SESSION_NOT_FOUND = both(briefingServiceTexts, (t) => t.notFound);

function sessionError(s: BriefingSession, field?: string): AppError {
  const state: Record<string, Localized> = {
    closed: both(briefingServiceTexts, (t) => t.whyClosed),
    cancelled: both(briefingServiceTexts, (t) => t.whyCancelled),
    held: both(briefingServiceTexts, (t) => t.whyHeld),
  };
  const why = state[s.status] ?? { ja: s.status, en: s.status };
  return new AppError(
    "invalid_state",
    {
      ja: briefingServiceTexts.ja.cannotChange({ session: sessionTitle(s, "ja"), why: why.ja }),
      en: briefingServiceTexts.en.cannotChange({ session: sessionTitle(s, "en"), why: why.en }),
    },
    field ? { field } : {},
  );
}

/**
 * Briefing sessions for experts (事業説明会): the secretariat creates, closes, cancels and records
 * them; experts register, are waitlisted beyond capacity and promoted in order when a seat frees.
 */
export class BriefingsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  parseForm(values: SessionFormValues): SessionInput {
    const parsed = SessionInputSchema.safeParse({
      ...values,
      held_on: values.held_on ?? "",
      start_time: values.start_time ?? "",
      capacity: values.capacity === "" ? Number.NaN : Number(values.capacity),
    });
    const fields: Record<string, Localized> = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        fields[key] ??= SESSION_FIELD_ERRORS[issue.message] ?? SESSION_FIELD_ERRORS.required;
      }
    else if (parsed.data.held_on < todayJst(this.clock)) fields.held_on = SESSION_FIELD_ERRORS.past;
    if (!parsed.success || Object.keys(fields).length > 0)
      throw new AppError("invalid_input", Object.values(fields)[0], { fields });
    return parsed.data;
  }

  async create(actor: Actor, input: SessionInput): Promise<BriefingSession> {
    requireRole(actor, "secretariat");
    return this.db.transaction(async (tx) => {
      const program = await findCurrentProgram(tx);
      if (!program)
        throw new AppError(
          "invalid_state",
          both(briefingServiceTexts, (t) => t.noProgram),
        );
      const session = await createSession(tx, {
        programId: program.id,
        heldOn: input.held_on,
        startTime: input.start_time,
        city: input.city,
        venue: input.venue,
        capacity: input.capacity,
        videoUrl: input.video_url || null,
        createdBy: actor.userId,
      });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "briefing.create",
          entityType: "briefing_session",
          entityId: session.id,
          after: input,
        },
        this.clock.now(),
      );
      return session;
    });
  }

  async get(id: number): Promise<SessionDetail> {
    const s = await findSession(this.db.client, id);
    if (!s) throw new AppError("not_found", SESSION_NOT_FOUND);
    return s;
  }

  /** The secretariat's list: upcoming sessions and those of the last 60 days. */
  async listForSecretariat(actor: Actor): Promise<SessionDetail[]> {
    requireRole(actor, "secretariat");
    const program = await findCurrentProgram(this.db.client);
    return listSessions(this.db.client, program ? { programId: program.id } : {}, 20);
  }

  /** Sessions an expert may register for, plus those they are registered in. */
  async listForExpert(actor: Actor) {
    const today = todayJst(this.clock);
    const sessions = await listSessions(this.db.client, { fromDate: today, statuses: ["open", "closed"] }, 20);
    const expert = actor.expert;
    const own = expert ? await listOwnRegistrations(this.db.client, expert.id) : [];
    const places = new Map<number, number>();
    for (const o of own)
      if (o.status === "waitlisted" && o.waitlistPos !== null)
        places.set(o.sessionId, (await countAhead(this.db.client, o.sessionId, o.waitlistPos)) + 1);
    const mineOrOpen = sessions.filter((s) => s.status === "open" || own.some((o) => o.sessionId === s.id));
    return { sessions: mineOrOpen, own, places };
  }

  private registrant(actor: Actor): number {
    const e = actor.expert;
    if (!e || (e.status !== "active" && e.status !== "pending"))
      throw new AppError(
        "forbidden",
        both(briefingServiceTexts, (t) => t.registerFirst),
      );
    return e.id;
  }

  /** Registers the acting expert: a seat while there is one, otherwise the end of the waitlist. */
  async register(
    actor: Actor,
    sessionId: number,
  ): Promise<{ status: "accepted" | "waitlisted"; place: number | null; session: BriefingSession; repeated: boolean }> {
    const expertId = this.registrant(actor);
    const result = await this.db.transaction(async (tx) => {
      const session = await findSession(tx, sessionId);
      if (!session) throw new AppError("not_found", SESSION_NOT_FOUND);
      await requireWritableProgramOf(tx, session.programId);
      const existing = await findRegistration(tx, sessionId, expertId);
      if (existing?.status === "accepted") return { status: "accepted" as const, place: null, session, repeated: true };
      if (existing?.status === "waitlisted")
        return {
          status: "waitlisted" as const,
          place: (await countAhead(tx, sessionId, existing.waitlistPos ?? 0)) + 1,
          session,
          repeated: true,
        };
      if (session.status !== "open") throw sessionError(session);
      if (session.heldOn < todayJst(this.clock)) throw sessionError({ ...session, status: "held" });
      const full = (await countAccepted(tx, sessionId)) >= session.capacity;
      const pos = full ? (await lastWaitlistPos(tx, sessionId)) + 1 : null;
      const reg = await saveRegistration(tx, sessionId, expertId, {
        status: full ? "waitlisted" : "accepted",
        waitlistPos: pos,
      });
      const place = full ? (await countAhead(tx, sessionId, pos!)) + 1 : null;
      const now = this.clock.now();
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "briefing.register",
          entityType: "briefing_registration",
          entityId: reg.id,
          before: existing ? { status: existing.status } : null,
          after: { sessionId, status: reg.status, waitlistPos: pos },
        },
        now,
      );
      // Keys carry the registration's audit count so that registering again after cancelling is told again.
      const round = (await findAuditFor(tx, "briefing_registration", reg.id)).length;
      await this.notifier.dm(
        tx,
        `briefing:${reg.id}:outcome:${round}`,
        actor.userId,
        full ? waitlistedDm(session, place!, actor.locale) : acceptedDm(session, actor.locale),
      );
      return { status: full ? ("waitlisted" as const) : ("accepted" as const), place, session, repeated: false };
    });
    this.notifier.kick();
    return result;
  }

  /** The expert withdraws; a freed seat goes to the first in line, who is told by DM. */
  async unregister(actor: Actor, sessionId: number): Promise<{ promoted: boolean; session: BriefingSession }> {
    const expertId = this.registrant(actor);
    const result = await this.db.transaction(async (tx) => {
      const session = await findSession(tx, sessionId);
      if (!session) throw new AppError("not_found", SESSION_NOT_FOUND);
      await requireWritableProgramOf(tx, session.programId);
      const reg = await findRegistration(tx, sessionId, expertId);
      if (!reg || (reg.status !== "accepted" && reg.status !== "waitlisted"))
        throw new AppError(
          "already_done",
          both(briefingServiceTexts, (t) => t.noRegistration),
        );
      if (session.status === "held" || session.status === "cancelled") throw sessionError(session);
      await setRegistrationStatus(tx, reg.id, "cancelled", null);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "briefing.unregister",
          entityType: "briefing_registration",
          entityId: reg.id,
          before: { status: reg.status },
          after: { status: "cancelled" },
        },
        this.clock.now(),
      );
      const promoted = reg.status === "accepted" ? await this.promote(tx, session) : false;
      return { promoted, session };
    });
    this.notifier.kick();
    return result;
  }

  /** Fills free seats from the waitlist in order. */
  private async promote(tx: DbClient, session: BriefingSession): Promise<boolean> {
    let promoted = false;
    while ((await countAccepted(tx, session.id)) < session.capacity) {
      const next = await firstWaitlisted(tx, session.id);
      if (!next) break;
      await setRegistrationStatus(tx, next.id, "accepted", null);
      await writeAudit(
        tx,
        {
          actor: "system",
          action: "briefing.promote",
          entityType: "briefing_registration",
          entityId: next.id,
          before: { status: "waitlisted", waitlistPos: next.waitlistPos },
          after: { status: "accepted" },
        },
        this.clock.now(),
      );
      if (next.expert.slackUserId) {
        const locale = toLocale(await findUserLocale(tx, next.expert.slackUserId));
        await this.notifier.dm(
          tx,
          `briefing:${next.id}:promoted:${next.waitlistPos}`,
          next.expert.slackUserId,
          acceptedDm(session, locale, true),
        );
      }
      promoted = true;
    }
    return promoted;
  }

  async setRegistrationOpen(actor: Actor, sessionId: number, open: boolean): Promise<SessionDetail> {
    requireRole(actor, "secretariat");
    await this.db.transaction(async (tx) => {
      const session = await findSession(tx, sessionId);
      if (!session) throw new AppError("not_found", SESSION_NOT_FOUND);
      await requireWritableProgramOf(tx, session.programId);
      const [from, to] = open ? ["closed", "open"] : ["open", "closed"];
      if (session.status === to) return;
      if (!(await transitionSession(tx, sessionId, [from], { status: to }))) throw sessionError(session);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: open ? "briefing.reopen" : "briefing.close",
          entityType: "briefing_session",
          entityId: sessionId,
          before: { status: from },
          after: { status: to },
        },
        this.clock.now(),
      );
      // Seats may have been added by reopening after a capacity change; the waitlist moves first.
      if (open) await this.promote(tx, session);
    });
    this.notifier.kick();
    return this.get(sessionId);
  }

  /** Cancels a session and tells everyone registered, with the other sessions and recordings. */
  async cancelSession(actor: Actor, sessionId: number, reason: string): Promise<{ told: number }> {
    requireRole(actor, "secretariat");
    const why = reason.trim();
    if (why === "")
      throw new AppError(
        "invalid_input",
        both(briefingServiceTexts, (t) => t.reasonRequired),
        { field: "reason" },
      );
    const result = await this.db.transaction(async (tx) => {
      const session = await findSession(tx, sessionId);
      if (!session) throw new AppError("not_found", SESSION_NOT_FOUND);
      await requireWritableProgramOf(tx, session.programId);
      if (!(await transitionSession(tx, sessionId, ["open", "closed"], { status: "cancelled", cancelReason: why })))
        throw sessionError(session, "reason");
      const now = this.clock.now();
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "briefing.cancel",
          entityType: "briefing_session",
          entityId: sessionId,
          before: { status: session.status },
          after: { status: "cancelled", reason: why },
        },
        now,
      );
      const today = todayJst(this.clock);
      const others = (await listSessions(tx, { fromDate: today, statuses: ["open"] }, 20)).filter(
        (s) => s.id !== sessionId,
      );
      const all = await listSessions(tx, { programId: session.programId }, 100);
      const videos = [...new Set(all.map((s) => s.videoUrl).filter((v): v is string => Boolean(v)))];
      let told = 0;
      for (const reg of session.registrations) {
        if (reg.status !== "accepted" && reg.status !== "waitlisted") continue;
        if (!reg.expert.slackUserId) continue;
        const locale = toLocale(await findUserLocale(tx, reg.expert.slackUserId));
        await this.notifier.dm(
          tx,
          `briefing:${sessionId}:cancelled:${reg.id}`,
          reg.expert.slackUserId,
          sessionCancelledDm(session, why, others, videos, locale),
        );
        told++;
      }
      return { told };
    });
    this.notifier.kick();
    return result;
  }

  /** The session whose attendance may be recorded now (from its day on, unless cancelled). */
  async attendanceSession(actor: Actor, sessionId: number, db: DbClient = this.db.client): Promise<SessionDetail> {
    requireRole(actor, "secretariat");
    const session = await findSession(db, sessionId);
    if (!session) throw new AppError("not_found", SESSION_NOT_FOUND);
    await requireWritableProgramOf(db, session.programId);
    if (session.status === "cancelled") throw sessionError(session);
    if (session.heldOn > todayJst(this.clock))
      throw new AppError("invalid_state", {
        ja: briefingServiceTexts.ja.attendanceFrom(sessionTitle(session, "ja")),
        en: briefingServiceTexts.en.attendanceFrom(sessionTitle(session, "en")),
      });
    return session;
  }

  /** Records who attended (the session becomes held; anyone still waitlisted was refused). */
  async recordAttendance(actor: Actor, sessionId: number, expertIds: number[]): Promise<{ attended: number }> {
    return this.db.transaction(async (tx) => {
      const session = await this.attendanceSession(actor, sessionId, tx);
      const accepted = new Set(session.registrations.filter((r) => r.status === "accepted").map((r) => r.expertId));
      const ids = [...new Set(expertIds)].filter((id) => accepted.has(id));
      await setAttendance(tx, sessionId, ids);
      await refuseWaitlisted(tx, sessionId);
      if (session.status !== "held") await updateSession(tx, sessionId, { status: "held" });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "briefing.attendance",
          entityType: "briefing_session",
          entityId: sessionId,
          before: {
            status: session.status,
            attended: session.registrations.filter((r) => r.attended).map((r) => r.expertId),
          },
          after: { status: "held", attended: ids },
        },
        this.clock.now(),
      );
      return { attended: ids.length };
    });
  }

  async recordVideo(actor: Actor, sessionId: number, data: { url: string; views: number }): Promise<SessionDetail> {
    requireRole(actor, "secretariat");
    const url = data.url.trim();
    if (url !== "" && !/^https?:\/\/\S+$/.test(url))
      throw new AppError("invalid_input", SESSION_FIELD_ERRORS.url, { field: "video_url" });
    if (!Number.isInteger(data.views) || data.views < 0)
      throw new AppError(
        "invalid_input",
        both(briefingServiceTexts, (t) => t.views),
        { field: "video_views" },
      );
    await this.db.transaction(async (tx) => {
      const session = await findSession(tx, sessionId);
      if (!session) throw new AppError("not_found", SESSION_NOT_FOUND);
      await requireWritableProgramOf(tx, session.programId);
      await updateSession(tx, sessionId, { videoUrl: url || null, videoViews: data.views });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "briefing.video",
          entityType: "briefing_session",
          entityId: sessionId,
          before: { videoUrl: session.videoUrl, videoViews: session.videoViews },
          after: { videoUrl: url || null, videoViews: data.views },
        },
        this.clock.now(),
      );
    });
    return this.get(sessionId);
  }
}
