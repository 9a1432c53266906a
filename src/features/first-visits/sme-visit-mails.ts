import type { DbClient } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import type { Locale } from "../../lib/i18n.js";
import {
  otherDatesRequestedMail,
  proposalMail,
  type VisitMailBase,
  type VisitMailData,
  visitChangedMail,
  visitConfirmedMail,
} from "../../mail/first-visit-mails.js";
import { firstVisitMailTexts } from "../../mail/first-visit-mails.texts.js";
import {
  DEFAULT_VISIT_MINUTES,
  organizerOf,
  type VisitEvent,
  visitCalendarAttachment,
  visitCalendarText,
  visitEventUid,
} from "../../mail/visit-calendar.js";
import { type ApplicationDetail, findApplicationById } from "../applications/applications-repository.js";
import type { CaseRecord } from "../cases/cases-repository.js";
import type { SmeService } from "../sme/sme-service.js";
import type { Visit } from "../visits/visits-repository.js";
import { parseStoredOptions } from "./first-visits.schemas.js";
import type { FirstVisitProposal } from "./first-visits-repository.js";
import type { AnsweredBy } from "./views/first-visit-text.js";

/** What a visit's calendar entry needs of the visit. */
type PlannedVisit = Pick<Visit, "id" | "round" | "scheduledAt" | "mode" | "place" | "durationMinutes">;

/**
 * The SME's mails about its visits (dates proposed, confirmed, planned, moved, cancelled), written
 * inside the caller's transaction through `SmeService.mailContact`: only to contacts who are not on
 * Slack, in the language of their form, each with their personal link (the live one, never a new
 * one that would revoke it). The caller kicks the outbox after commit.
 */
export class SmeVisitMails {
  constructor(
    private readonly sme: SmeService,
    private readonly clock: Clock,
  ) {}

  async proposed(tx: DbClient, c: CaseRecord, p: FirstVisitProposal, replaces: boolean, by: string): Promise<void> {
    await this.send(tx, c, `fv:${p.id}:proposed:sme`, by, (base, locale, sig) =>
      proposalMail(
        {
          ...base,
          options: parseStoredOptions(p.options),
          mode: p.mode,
          place: p.place,
          note: p.noteToSme,
          replaces,
        },
        locale,
        sig,
      ),
    );
  }

  /** Visit 1 fixed from a proposal, by the SME on its page or by the secretariat on its behalf. */
  async confirmed(
    tx: DbClient,
    c: CaseRecord,
    p: FirstVisitProposal,
    visit: PlannedVisit,
    by: AnsweredBy,
    actor: string,
  ): Promise<void> {
    if (!visit.scheduledAt) return;
    const data = { round: visit.round, start: visit.scheduledAt, mode: visit.mode, place: visit.place };
    await this.send(
      tx,
      c,
      `fv:${p.id}:confirmed:sme`,
      actor,
      (base, locale, sig) => visitConfirmedMail({ ...base, ...data, by: by.kind }, locale, sig),
      (locale) => this.event(c, visit, 0, "PUBLISH", locale),
    );
  }

  /** "None fits", recorded by the secretariat: the SME hears that its wishes were passed on. */
  async othersRequested(tx: DbClient, c: CaseRecord, p: FirstVisitProposal, note: string, by: string): Promise<void> {
    await this.send(tx, c, `fv:${p.id}:declined:sme`, by, (base, locale, sig) =>
      otherDatesRequestedMail({ ...base, note }, locale, sig),
    );
  }

  /**
   * A visit planned directly (`/visit schedule`), moved or cancelled. `change` counts the visit's
   * reschedules so far (the calendar's SEQUENCE); a cancellation comes after them.
   */
  async visitChanged(
    tx: DbClient,
    c: CaseRecord,
    visit: PlannedVisit,
    kind: "planned" | "rescheduled" | "cancelled",
    change: { reason: string; sequence: number; key: string },
    by: string,
  ): Promise<void> {
    const start = visit.scheduledAt;
    if (!start) return;
    const data: Omit<VisitMailData, keyof VisitMailBase> = {
      round: visit.round,
      start,
      mode: visit.mode,
      place: visit.place,
    };
    await this.send(
      tx,
      c,
      change.key,
      by,
      (base, locale, sig) => visitChangedMail({ ...base, ...data, kind, reason: change.reason }, locale, sig),
      (locale) => this.event(c, visit, change.sequence, kind === "cancelled" ? "CANCEL" : "PUBLISH", locale),
    );
  }

  /** The .ics of a planned visit for the SME's page (the same entry as in the mails). */
  calendarText(c: Pick<CaseRecord, "id" | "expert">, visit: PlannedVisit, sequence: number, locale: Locale): string {
    return visitCalendarText(this.event(c, visit, sequence, "PUBLISH", locale));
  }

  private event(
    c: Pick<CaseRecord, "id" | "expert">,
    visit: PlannedVisit,
    sequence: number,
    method: VisitEvent["method"],
    locale: Locale,
  ): VisitEvent {
    const t = firstVisitMailTexts(locale);
    const online = visit.mode === "online";
    return {
      uid: visitEventUid(c.id, visit.id, this.sme.settings.baseUrl),
      sequence,
      method,
      start: visit.scheduledAt as Date,
      durationMinutes: visit.durationMinutes ?? DEFAULT_VISIT_MINUTES,
      summary: t.calendarSummary(visit.round),
      location: online ? `${t.calendarOnline}${visit.place ? ` (${visit.place})` : ""}` : visit.place,
      description: t.calendarExpert(c.expert.nameKanji),
      organizer: organizerOf(this.sme.settings.mailFrom),
      stamp: this.clock.now(),
    };
  }

  private async send(
    tx: DbClient,
    c: CaseRecord,
    key: string,
    by: string,
    build: (
      base: VisitMailBase,
      locale: Locale,
      sig: Parameters<typeof proposalMail>[2],
    ) => ReturnType<typeof proposalMail>,
    calendar?: (locale: Locale) => VisitEvent,
  ): Promise<void> {
    const application = await findApplicationById(tx, c.applicationId);
    if (!application || !this.sme.emailsContact(application)) return;
    const pageUrl = await this.sme.currentLinkUrl(tx, application.id, by);
    await this.sme.mailContact(tx, key, application, ({ locale, signature }) => {
      const mail = build(baseOf(application, c, pageUrl), locale, signature);
      return calendar ? { ...mail, attachments: [visitCalendarAttachment(calendar(locale))] } : mail;
    });
  }
}

function baseOf(a: ApplicationDetail, c: CaseRecord, pageUrl: string): VisitMailBase {
  return {
    applicationId: a.id,
    recipient: { company: a.company.name, name: a.contactName },
    expertName: c.expert.nameKanji,
    pageUrl,
  };
}
