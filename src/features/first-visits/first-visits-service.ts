import type { Database, DbClient } from "../../db/client.js";
import {
  checkProposedSlots,
  type LatestProposal,
  type MediationState,
  mediationState,
} from "../../domain/first-visit-rules.js";
import { checkCanSchedule, violationText } from "../../domain/visit-rules.js";
import { type Clock, nowJst, todayJst } from "../../lib/clock.js";
import { jstDateTime } from "../../lib/dates.js";
import { AppError, type Localized } from "../../lib/errors.js";
import type { Locale } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import {
  dateContext,
  localeOf,
  readableCase,
  requireActive,
  requireProgram,
  requireSecretariat,
  ruleError,
  schedulableCase,
} from "../cases/case-access.js";
import { type CaseRecord, findCase } from "../cases/cases-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import { findCurrentProgram } from "../program/program-repository.js";
import { closureOf } from "../program/program-service.js";
import type { Actor } from "../roles/actor.js";
import { dateOfInstant, timeOfInstant } from "../visits/visit-dates.js";
import { countAudit, listVisitsOfCase, toVisitStates, type Visit } from "../visits/visits-repository.js";
import type { VisitsService } from "../visits/visits-service.js";
import {
  type AnswerChannel,
  AnswerChannelSchema,
  type ProposeInput,
  parseStoredOptions,
  VisitModeSchema,
} from "./first-visits.schemas.js";
import { FIRST_VISIT_IDS } from "./first-visits-ids.js";
import {
  countUnfixedCases,
  createProposal,
  type FirstVisitProposal,
  findActiveFirstVisit,
  findLatestProposal,
  findOpenProposals,
  findProposal,
  findProposalByKey,
  listUnfixedCases,
  transitionProposal,
} from "./first-visits-repository.js";
import type { SmeVisitMails } from "./sme-visit-mails.js";
import type { UnfixedCase } from "./views/first-visit-home.js";
import {
  confirmedMessage,
  declinedMessage,
  type ProposalOutcome,
  proposalOutcomeUpdate,
  proposedExpertDm,
  proposedPost,
} from "./views/first-visit-messages.js";
import type { AnsweredBy } from "./views/first-visit-text.js";

const B = FIRST_VISIT_IDS.blocks;

/**
 * Who answers for the SME: a secretariat member recording what came by phone, mail or fax, or
 * (through the SME's signed page) the SME itself. The web route passes the application id its
 * token is scoped to; a proposal of another application is refused like a missing one.
 */
export type AnswerBy =
  | { kind: "secretariat"; actor: Actor; channel: AnswerChannel | null }
  | { kind: "sme_web"; applicationId: number };

/** What the SME's page (or the secretariat's modal) shows of a proposal. */
export type ProposalView = {
  id: number;
  caseId: number;
  status: FirstVisitProposal["status"];
  options: Date[];
  mode: string;
  place: string;
  noteToSme: string;
  chosenOption: number | null;
  /** The SME's wishes when it asked for other dates. */
  answerNote: string | null;
};

type Change = { proposal: ProposalView; repeated: boolean };

function invalid(field: string | undefined, text: Localized): AppError {
  return new AppError("invalid_input", text, field ? { field } : {});
}

function toView(p: FirstVisitProposal): ProposalView {
  return {
    id: p.id,
    caseId: p.caseId,
    status: p.status,
    options: parseStoredOptions(p.options),
    mode: p.mode,
    place: p.place,
    noteToSme: p.noteToSme,
    chosenOption: p.chosenOption,
    answerNote: p.answerNote,
  };
}

function toLatest(p: FirstVisitProposal | null | undefined): LatestProposal | null {
  if (!p) return null;
  return {
    id: p.id,
    status: p.status,
    proposedOn: dateOfInstant(p.createdAt),
    answeredOn: p.answeredAt ? dateOfInstant(p.answeredAt) : null,
    answerNote: p.answerNote,
  };
}

function auditActor(by: AnswerBy): string {
  return by.kind === "secretariat" ? by.actor.userId : `sme_web:${by.applicationId}`;
}

function answeredBy(by: AnswerBy): AnsweredBy {
  return by.kind === "secretariat"
    ? { kind: "secretariat", userId: by.actor.userId, channel: by.channel ?? "other" }
    : { kind: "sme_web" };
}

/**
 * First-visit mediation: after approval the case's expert or the secretariat proposes one to three
 * dates, the SME confirms one (on its page, or the secretariat on its behalf) or asks for others.
 * The confirmed date is planned as visit 1 through the visits service, under the same rules as
 * `/visit schedule`. Each change is one transaction with its audit entry and its notifications.
 */
export class FirstVisitService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: { secretariat: () => Promise<string> },
    private readonly visits: VisitsService,
    /** The SME's mails (null when the web side is off: no SME links, no mail). */
    private readonly mails: SmeVisitMails | null = null,
  ) {}

  /** What the propose modal needs; refused when the actor may not propose or visit 1 is planned. */
  async proposeContext(actor: Actor, caseId: number) {
    const c = await schedulableCase(this.db.client, actor, caseId);
    const program = await requireProgram(this.db.client, c.programId);
    await this.requireFirstVisitOpen(this.db.client, c, program.visitsPerCase);
    const today = todayJst(this.clock);
    const latest = await findLatestProposal(this.db.client, c.id);
    return {
      case: c,
      programEnd: program.endDate,
      initialDate: c.firstVisitTarget && c.firstVisitTarget >= today ? c.firstVisitTarget : null,
      state: mediationState(toLatest(latest)),
    };
  }

  /**
   * Proposes dates. A proposal still waiting for the SME is superseded (its answer would be stale).
   * `submissionKey` (the modal's view id) makes a repeated submission a no-op.
   */
  async propose(actor: Actor, caseId: number, input: ProposeInput, submissionKey?: string): Promise<Change> {
    if (submissionKey) {
      const done = await findProposalByKey(this.db.client, submissionKey);
      if (done) return { proposal: toView(done), repeated: true };
    }
    const mode = VisitModeSchema.safeParse(input.mode);
    if (!mode.success) throw invalid(B.mode, { ja: "訪問の方法を選んでください。", en: "Choose on site or online." });
    const place = input.place.trim();
    if (mode.data === "onsite" && place === "")
      throw invalid(B.place, {
        ja: "訪問先の場所（住所や事業所名）を入力してください。",
        en: "Enter where the visit takes place.",
      });
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      if (submissionKey) {
        const again = await findProposalByKey(tx, submissionKey);
        if (again) return { proposal: toView(again), repeated: true, c: null };
      }
      const c = await schedulableCase(tx, actor, caseId);
      const program = await requireProgram(tx, c.programId);
      await this.requireFirstVisitOpen(tx, c, program.visitsPerCase);
      const states = toVisitStates(await listVisitsOfCase(tx, c.id));
      const now = nowJst(this.clock);
      const base = dateContext(states, c, program, 1, "", todayJst(this.clock));
      const problems = checkProposedSlots(input.slots, {
        ...base,
        nowTime: now.toFormat("HH:mm"),
        closure: closureOf(program),
      });
      if (problems.length > 0) {
        const fields: Record<string, Localized> = {};
        for (const p of problems) fields[FIRST_VISIT_IDS.dateBlock((p.slot ?? 0) + 1)] ??= violationText(p.violation);
        const first = Object.values(fields)[0];
        throw new AppError("rule_violation", first, { fields, log: `rules ${problems.map((p) => p.violation.rule)}` });
      }
      const starts = input.slots
        .filter((s): s is { date: string; time: string } => Boolean(s.date && s.time))
        .map((s) => jstDateTime(s.date, s.time));
      const at = this.clock.now();
      let replaced = false;
      for (const old of await findOpenProposals(tx, c.id)) {
        if (!(await transitionProposal(tx, old.id, ["open"], { status: "superseded" }))) continue;
        replaced = true;
        await writeAudit(
          tx,
          {
            actor: actor.userId,
            action: "first_visit.supersede",
            entityType: "first_visit_proposal",
            entityId: old.id,
            before: { status: "open" },
            after: { status: "superseded" },
          },
          at,
        );
        await this.tell(tx, { kind: "superseded", c, p: old });
      }
      const isExpert = c.expert.slackUserId !== null && c.expert.slackUserId === actor.userId;
      const created = await createProposal(tx, {
        caseId: c.id,
        proposedBy: actor.userId,
        proposedAs: isExpert ? "expert" : "secretariat",
        options: JSON.stringify(starts.map((d) => d.toISOString())),
        mode: mode.data,
        place,
        noteToSme: input.note.trim(),
        submissionKey: submissionKey ?? null,
        createdAt: at,
      });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "first_visit.propose",
          entityType: "first_visit_proposal",
          entityId: created.id,
          after: { caseId: c.id, options: starts.map((d) => d.toISOString()), mode: mode.data, place },
        },
        at,
      );
      await this.tell(tx, { kind: "proposed", c, p: created, channel, replaced, actor: actor.userId });
      return { proposal: toView(created), repeated: false, c };
    });
    if (!result.repeated) this.notifier.kick();
    return { proposal: result.proposal, repeated: result.repeated };
  }

  /** The proposal and its case, for the record-answer modal (secretariat only; open proposals). */
  async answerContext(actor: Actor, proposalId: number) {
    requireSecretariat(actor, { ja: "SMEの回答の記録", en: "record the SME's answer" });
    const { c, p } = await this.load(this.db.client, proposalId);
    requireActive(c);
    if (p.status !== "open") throw this.notOpen(p, undefined);
    return { case: c, proposal: toView(p) };
  }

  /**
   * The SME takes option `option` (1-based): it becomes visit 1 and both sides are told. The same
   * answer again changes nothing; a proposal that was answered, replaced or closed is refused.
   */
  async confirm(by: AnswerBy, proposalId: number, option: number): Promise<Change & { visitId: number | null }> {
    if (by.kind === "secretariat") this.requireRecorder(by);
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      const { c, p } = await this.load(tx, proposalId, by);
      if (p.status === "confirmed" && p.chosenOption === option)
        return { proposal: toView(p), repeated: true, visitId: p.visitId };
      requireActive(c);
      if (p.status !== "open") throw this.notOpen(p, B.answer);
      const options = parseStoredOptions(p.options);
      const start = options[option - 1];
      if (!Number.isInteger(option) || !start)
        throw invalid(B.answer, { ja: "提案した候補日から選んでください。", en: "Choose one of the proposed dates." });
      if (start.getTime() <= this.clock.now().getTime())
        throw invalid(B.answer, {
          ja: "この候補日はすでに過ぎています。別の候補日を提案し直してください。",
          en: "This date has already passed; propose new dates.",
        });
      const at = this.clock.now();
      const moved = await transitionProposal(tx, p.id, ["open"], {
        status: "confirmed",
        chosenOption: option,
        answeredVia: by.kind,
        answeredBy: auditActor(by),
        answerChannel: by.kind === "secretariat" ? by.channel : null,
        answeredAt: at,
      });
      if (!moved) throw this.notOpen({ ...p, status: "confirmed" }, B.answer);
      const visit = await this.visits.planVisit(
        tx,
        c,
        {
          round: 1,
          date: dateOfInstant(start),
          time: timeOfInstant(start),
          mode: VisitModeSchema.parse(p.mode),
          place: p.place,
        },
        auditActor(by),
        { notifyExpert: false, notifySme: false, fields: { round: B.answer, date: B.answer } },
      );
      await transitionProposal(tx, p.id, ["confirmed"], { visitId: visit.id });
      await writeAudit(
        tx,
        {
          actor: auditActor(by),
          action: "first_visit.confirm",
          entityType: "first_visit_proposal",
          entityId: p.id,
          before: { status: "open" },
          after: { status: "confirmed", option, visitId: visit.id, via: by.kind },
        },
        at,
      );
      await this.tell(tx, {
        kind: "confirmed",
        c,
        p,
        option,
        visit,
        by: answeredBy(by),
        channel,
        actor: auditActor(by),
      });
      return {
        proposal: toView({ ...p, status: "confirmed", chosenOption: option }),
        repeated: false,
        visitId: visit.id,
      };
    });
    if (!result.repeated) this.notifier.kick();
    return result;
  }

  /** None of the dates suits the SME: the proposer is told (with the SME's note) and proposes again. */
  async askForOthers(by: AnswerBy, proposalId: number, note: string): Promise<Change> {
    if (by.kind === "secretariat") this.requireRecorder(by);
    const text = note.trim();
    if (!text)
      throw invalid(B.answerNote, {
        ja: "都合が合わない場合は、SMEの希望（都合のよい曜日・時間帯など）を入力してください。",
        en: "When none fits, enter what the SME would prefer (days, times).",
      });
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      const { c, p } = await this.load(tx, proposalId, by);
      if (p.status === "declined" && p.answerNote === text) return { proposal: toView(p), repeated: true };
      requireActive(c);
      if (p.status !== "open") throw this.notOpen(p, B.answer);
      const at = this.clock.now();
      const moved = await transitionProposal(tx, p.id, ["open"], {
        status: "declined",
        answeredVia: by.kind,
        answeredBy: auditActor(by),
        answerChannel: by.kind === "secretariat" ? by.channel : null,
        answerNote: text,
        answeredAt: at,
      });
      if (!moved) throw this.notOpen({ ...p, status: "declined" }, B.answer);
      await writeAudit(
        tx,
        {
          actor: auditActor(by),
          action: "first_visit.decline",
          entityType: "first_visit_proposal",
          entityId: p.id,
          before: { status: "open" },
          after: { status: "declined", note: text, via: by.kind },
        },
        at,
      );
      await this.tell(tx, { kind: "declined", c, p, note: text, by: answeredBy(by), channel, actor: auditActor(by) });
      return { proposal: toView({ ...p, status: "declined", answerNote: text }), repeated: false };
    });
    if (!result.repeated) this.notifier.kick();
    return result;
  }

  /** Matched cases without a fixed first visit, oldest approval first (secretariat). */
  async listUnfixed(actor: Actor, limit: number): Promise<{ total: number; items: UnfixedCase[]; today: string }> {
    requireSecretariat(actor, { ja: "未確定案件の一覧", en: "list cases without a fixed first visit" });
    const today = todayJst(this.clock);
    const program = await findCurrentProgram(this.db.client);
    if (!program) return { total: 0, items: [], today };
    const [total, rows] = await Promise.all([
      countUnfixedCases(this.db.client, program.id),
      listUnfixedCases(this.db.client, program.id, limit),
    ]);
    const items = rows.map((r) => ({
      caseId: r.id,
      companyName: r.application.company.name,
      expertName: r.expert.nameKanji,
      approvedOn: r.approvedOn,
      state: mediationState(toLatest(r.firstVisitProposals[0])),
    }));
    return { total, items, today };
  }

  /** Where a case's mediation stands, for its page (the case's expert and the secretariat). */
  async mediation(actor: Actor, caseId: number): Promise<{ state: MediationState; proposal: ProposalView | null }> {
    const c = await readableCase(this.db.client, actor, caseId);
    const latest = await findLatestProposal(this.db.client, c.id);
    const visits = toVisitStates(await listVisitsOfCase(this.db.client, c.id));
    const fixed = visits.some((v) => v.round === 1 && v.status !== "cancelled");
    return {
      state: fixed ? { kind: "fixed" } : mediationState(toLatest(latest)),
      proposal: latest ? toView(latest) : null,
    };
  }

  /** The open proposal of an application, for the SME's signed page (null when none waits). */
  async openProposalOfApplication(applicationId: number): Promise<ProposalView | null> {
    const c = await this.db.client.case.findUnique({ where: { applicationId }, select: { id: true, status: true } });
    if (c?.status !== "active") return null;
    const [open] = await findOpenProposals(this.db.client, c.id);
    return open ? toView(open) : null;
  }

  /**
   * Where the first visit of an application stands, for the SME's pages after an answer: the
   * latest proposal, and visit 1 while it is planned or held. Null without an active case.
   */
  async firstVisitOfApplication(applicationId: number): Promise<{
    case: CaseRecord;
    proposal: ProposalView | null;
    visit: Visit | null;
  } | null> {
    const found = await this.db.client.case.findUnique({ where: { applicationId }, select: { id: true } });
    const c = found ? await findCase(this.db.client, found.id) : null;
    if (!c) return null;
    const [latest, visit] = await Promise.all([
      findLatestProposal(this.db.client, c.id),
      findActiveFirstVisit(this.db.client, c.id),
    ]);
    return { case: c, proposal: latest ? toView(latest) : null, visit };
  }

  /** The calendar entry (.ics) of an application's planned visit 1, as mailed; null when none is planned. */
  async firstVisitCalendar(applicationId: number, locale: Locale): Promise<string | null> {
    const found = await this.firstVisitOfApplication(applicationId);
    const visit = found?.visit;
    if (!found || !visit || visit.status !== "scheduled" || !visit.scheduledAt || !this.mails) return null;
    const sequence = await countAudit(this.db.client, "visit", visit.id, "visit.reschedule");
    return this.mails.calendarText(found.case, visit, sequence, locale);
  }

  /**
   * Who is told what, in one place. Slack: the secretariat channel and the case's expert by DM.
   * The SME (when reached by e-mail): the dates with its link, the confirmed date with a calendar
   * entry, and the acknowledgement of "none fits" recorded on its behalf. A superseded proposal
   * gets no mail of its own: the new proposal's mail, sent in the same transaction, says that it
   * replaces the earlier dates.
   */
  private async tell(tx: DbClient, event: MediationEvent): Promise<void> {
    const { c, p } = event;
    const expert = c.expert.slackUserId;
    const expertLocale = await localeOf(tx, expert);
    const outcome = (o: ProposalOutcome) =>
      this.notifier.update(
        tx,
        `fv:${p.id}:${o.kind}:sec-update`,
        `fv:${p.id}:proposed:sec`,
        proposalOutcomeUpdate(c, p, o, "ja"),
      );
    switch (event.kind) {
      case "proposed":
        await this.notifier.post(tx, `fv:${p.id}:proposed:sec`, event.channel, proposedPost(c, p, "ja"));
        if (expert)
          await this.notifier.dm(tx, `fv:${p.id}:proposed:expert`, expert, proposedExpertDm(c, p, expertLocale));
        await this.mails?.proposed(tx, c, p, event.replaced, event.actor);
        return;
      case "superseded":
        await outcome({ kind: "superseded" });
        return;
      case "confirmed": {
        await outcome({ kind: "confirmed", option: event.option, by: event.by });
        await this.notifier.post(
          tx,
          `fv:${p.id}:confirmed:sec`,
          event.channel,
          confirmedMessage(c, p, event.visit, event.by, "ja", "secretariat"),
        );
        if (expert)
          await this.notifier.dm(
            tx,
            `fv:${p.id}:confirmed:expert`,
            expert,
            confirmedMessage(c, p, event.visit, event.by, expertLocale, "expert"),
          );
        await this.mails?.confirmed(tx, c, p, event.visit, event.by, event.actor);
        return;
      }
      case "declined": {
        await outcome({ kind: "declined", by: event.by });
        // The proposer proposes again: the expert by DM, or the secretariat in its channel (which
        // also hears when the expert was the proposer, to follow up if nothing comes).
        await this.notifier.post(
          tx,
          `fv:${p.id}:declined:sec`,
          event.channel,
          declinedMessage(c, p, event.note, event.by, "ja"),
        );
        if (expert && p.proposedAs === "expert")
          await this.notifier.dm(
            tx,
            `fv:${p.id}:declined:expert`,
            expert,
            declinedMessage(c, p, event.note, event.by, expertLocale),
          );
        // On the web the SME sees its answer recorded on the page; a recording on its behalf is mailed.
        if (event.by.kind === "secretariat") await this.mails?.othersRequested(tx, c, p, event.note, event.actor);
        return;
      }
    }
  }

  private requireRecorder(by: Extract<AnswerBy, { kind: "secretariat" }>): void {
    requireSecretariat(by.actor, { ja: "SMEの回答の記録", en: "record the SME's answer" });
    if (!by.channel || !AnswerChannelSchema.safeParse(by.channel).success)
      throw invalid(B.channel, { ja: "回答を受けた方法を選んでください。", en: "Choose how the answer came." });
  }

  /** The proposal and its case; for the SME's page only a proposal of its own application. */
  private async load(
    db: DbClient,
    proposalId: number,
    by?: AnswerBy,
  ): Promise<{ c: CaseRecord; p: FirstVisitProposal }> {
    const p = await findProposal(db, proposalId);
    const c = p ? await findCase(db, p.caseId) : null;
    if (!p || !c || (by?.kind === "sme_web" && c.applicationId !== by.applicationId))
      throw new AppError("not_found", { ja: "候補日の提案が見つかりません。", en: "Proposal not found." });
    return { c, p };
  }

  private async requireFirstVisitOpen(db: DbClient, c: CaseRecord, visitsPerCase: number): Promise<void> {
    const states = toVisitStates(await listVisitsOfCase(db, c.id));
    const v = checkCanSchedule(states, 1, visitsPerCase);
    if (v)
      throw ruleError({
        rule: v.rule,
        detail: {
          ja: `案件 #${c.id} の第1回の訪問はすでに登録されています。日程を変える場合は案件ページの「日程変更」を使ってください。`,
          en: `Visit 1 of case #${c.id} is already planned; use “Reschedule” on the case page to move it.`,
        },
      });
  }

  private notOpen(p: Pick<FirstVisitProposal, "status" | "chosenOption">, field: string | undefined): AppError {
    const text: Localized =
      p.status === "confirmed"
        ? {
            ja: `この提案はすでに確定しています（${p.chosenOption ? `候補${p.chosenOption}` : "確定済み"}）。日程を変える場合は案件ページの「日程変更」を使ってください。`,
            en: `This proposal is already confirmed${p.chosenOption ? ` (date ${p.chosenOption})` : ""}. To move the visit, use “Reschedule” on the case page.`,
          }
        : p.status === "declined"
          ? {
              ja: "この提案にはすでに「都合が合わない」と回答済みです。新しい候補日の提案をお待ちください。",
              en: "The SME already asked for other dates for this proposal; wait for the new proposal.",
            }
          : p.status === "superseded"
            ? {
                ja: "この候補日は新しい提案に置き換えられています。最新の提案から選んでください。",
                en: "These dates were replaced by a newer proposal; answer the latest one.",
              }
            : {
                ja: "第1回の訪問がすでに登録されたため、この提案は終了しています。",
                en: "Visit 1 was already scheduled, so this proposal is closed.",
              };
    return new AppError("invalid_state", text, field ? { field } : {});
  }
}

type MediationEvent =
  | { kind: "proposed"; c: CaseRecord; p: FirstVisitProposal; channel: string; replaced: boolean; actor: string }
  | { kind: "superseded"; c: CaseRecord; p: FirstVisitProposal }
  | {
      kind: "confirmed";
      c: CaseRecord;
      p: FirstVisitProposal;
      option: number;
      visit: Visit;
      by: AnsweredBy;
      channel: string;
      actor: string;
    }
  | {
      kind: "declined";
      c: CaseRecord;
      p: FirstVisitProposal;
      note: string;
      by: AnsweredBy;
      channel: string;
      actor: string;
    };
