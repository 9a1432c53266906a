import { DateTime } from "luxon";
import type { DbClient } from "../../db/client.js";
import { ZONE } from "../../lib/clock.js";
import { type CaseMailData, completionMail, surveyMail, terminationMail } from "../../mail/case-mails.js";
import { type ApplicationDetail, findApplicationById } from "../applications/applications-repository.js";
import { deliverableKindLabel } from "../visits/views/visit-text.js";
import { findCaseRecordById, type SmeCaseRecord } from "./case-record-repository.js";
import type { SmeService } from "./sme-service.js";

/** Who is recorded as having issued a link when a case mail needs a new one. */
const SYSTEM = "system";

/**
 * The mails at the end of a case to an SME contact who is not on Slack: completion, the survey
 * invitation and its reminders, and early termination. Each is enqueued inside the caller's
 * transaction under its own outbox key (call `notifier.kick()` after the commit), with the SME's
 * current personal link.
 */
export class SmeCaseMails {
  constructor(private readonly sme: SmeService) {}

  private async load(tx: DbClient, caseId: number): Promise<{ c: SmeCaseRecord; a: ApplicationDetail } | null> {
    const c = await findCaseRecordById(tx, caseId);
    if (!c) throw new Error(`case ${caseId} does not exist`);
    const a = await findApplicationById(tx, c.applicationId);
    if (!a || !this.sme.emailsContact(a)) return null;
    return { c, a };
  }

  private async data(tx: DbClient, c: SmeCaseRecord, a: ApplicationDetail, locale: "ja" | "en"): Promise<CaseMailData> {
    return {
      applicationId: a.id,
      recipient: { company: a.company.name, name: a.contactName },
      expertName: c.expert.nameKanji,
      closedOn: c.completedOn ?? c.terminatedOn,
      visits: c.visits,
      deliverables: c.deliverables.map((d) => ({ kind: deliverableKindLabel(d.kind, locale), title: d.title })),
      pageUrl: await this.sme.currentLinkUrl(tx, a.id, SYSTEM),
    };
  }

  /** Thanks and what was delivered; key `case:<id>:completed:mail`. */
  async completed(tx: DbClient, caseId: number): Promise<boolean> {
    const loaded = await this.load(tx, caseId);
    if (!loaded) return false;
    const { c, a } = loaded;
    const locale = a.contactLocale === "en" ? "en" : "ja";
    const d = await this.data(tx, c, a, locale);
    return this.sme.mailContact(tx, `case:${caseId}:completed:mail`, a, (m) =>
      completionMail(d, m.locale, m.signature),
    );
  }

  /** The survey invitation (`reminder` absent) or reminder N; keys `survey:<responseId>:invite:mail` / `:reminder:<n>:mail`. */
  async survey(
    tx: DbClient,
    caseId: number,
    responseId: number,
    reminder?: { round: number; max: number },
  ): Promise<boolean> {
    const loaded = await this.load(tx, caseId);
    if (!loaded) return false;
    const { c, a } = loaded;
    const locale = a.contactLocale === "en" ? "en" : "ja";
    const d = await this.data(tx, c, a, locale);
    const key = reminder ? `survey:${responseId}:reminder:${reminder.round}:mail` : `survey:${responseId}:invite:mail`;
    return this.sme.mailContact(tx, key, a, (m) => surveyMail(d, m.locale, m.signature, reminder));
  }

  /** The early end, with the reason category in words; key `case:<id>:terminated:mail`. */
  async terminated(tx: DbClient, caseId: number, reason: { ja: string; en: string }): Promise<boolean> {
    const loaded = await this.load(tx, caseId);
    if (!loaded) return false;
    const { c, a } = loaded;
    const locale = a.contactLocale === "en" ? "en" : "ja";
    const d = await this.data(tx, c, a, locale);
    return this.sme.mailContact(tx, `case:${caseId}:terminated:mail`, a, (m) =>
      terminationMail(d, reason[m.locale], m.locale, m.signature),
    );
  }
}

/** A deliverable's day (Japan time), for pages. */
export function deliverableDay(at: Date): string {
  return DateTime.fromJSDate(at, { zone: ZONE }).toISODate() as string;
}
