import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import type { Locale } from "../../lib/i18n.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import type { Actor } from "../roles/actor.js";
import type { VisitsService } from "../visits/visits-service.js";
import { answerContext, askForOtherDates, confirmFirstVisit } from "./answer-first-visit.js";
import { type AnswerBy, type Change, type FirstVisitContext, firstVisitStore } from "./first-visit-context.js";
import * as queries from "./first-visit-queries.js";
import type { ProposeInput } from "./first-visits.schemas.js";
import { proposeContext, proposeFirstVisit } from "./propose-first-visit.js";
import type { SmeVisitMails } from "./sme-visit-mails.js";

export type { AnswerBy, ProposalView } from "./first-visit-context.js";

/**
 * First-visit mediation: after approval the case's expert or the secretariat proposes one to three
 * dates, the SME confirms one (on its page, or the secretariat on its behalf) or asks for others.
 * The confirmed date is planned as visit 1 through the visits service, under the same rules as
 * `/visit schedule`. Each change is one transaction with its audit entry and its notifications.
 * The use cases live in propose-first-visit, answer-first-visit and first-visit-queries.
 */
export class FirstVisitService {
  private readonly ctx: FirstVisitContext;

  constructor(
    db: Database,
    clock: Clock,
    notifier: Notifier,
    channels: SecretariatChannel,
    visits: VisitsService,
    /** The SME's mails (null when the web side is off: no SME links, no mail). */
    mails: SmeVisitMails | null = null,
  ) {
    this.ctx = { db, store: firstVisitStore, clock, notifier, channels, visits, mails };
  }

  proposeContext(actor: Actor, caseId: number) {
    return proposeContext(this.ctx, actor, caseId);
  }

  propose(actor: Actor, caseId: number, input: ProposeInput, submissionKey?: string): Promise<Change> {
    return proposeFirstVisit(this.ctx, actor, caseId, input, submissionKey);
  }

  answerContext(actor: Actor, proposalId: number) {
    return answerContext(this.ctx, actor, proposalId);
  }

  confirm(by: AnswerBy, proposalId: number, option: number) {
    return confirmFirstVisit(this.ctx, by, proposalId, option);
  }

  askForOthers(by: AnswerBy, proposalId: number, note: string): Promise<Change> {
    return askForOtherDates(this.ctx, by, proposalId, note);
  }

  listUnfixed(actor: Actor, limit: number) {
    return queries.listUnfixed(this.ctx, actor, limit);
  }

  mediation(actor: Actor, caseId: number) {
    return queries.mediationOfCase(this.ctx, actor, caseId);
  }

  openProposalOfApplication(applicationId: number) {
    return queries.openProposalOfApplication(this.ctx, applicationId);
  }

  firstVisitOfApplication(applicationId: number): Promise<queries.FirstVisitOfApplication | null> {
    return queries.firstVisitOfApplication(this.ctx, applicationId);
  }

  firstVisitCalendar(applicationId: number, locale: Locale): Promise<string | null> {
    return queries.firstVisitCalendar(this.ctx, applicationId, locale);
  }
}
