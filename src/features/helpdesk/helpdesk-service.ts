import { createHash } from "node:crypto";
import type { Database } from "../../db/client.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { formatSlashDate, formatYen } from "../../lib/dates.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both, toLocale } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import { findCurrentProgram } from "../program/program-repository.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import type { FaqPlaceholders } from "./default-faq.js";
import { ensureFaqDefaults } from "./faq-admin.js";
import { FaqIndex } from "./faq-matcher.js";
import { FAQ_FIELD_BLOCKS, FAQ_FIELD_ERRORS, type FaqInput, FaqInputSchema } from "./helpdesk.schemas.js";
import { helpdeskTexts } from "./helpdesk.texts.js";
import {
  answerTicket,
  countOpenTickets,
  createFaq,
  createTicket,
  deleteFaq,
  type FaqEntry,
  findFaq,
  findTicket,
  findTicketByKey,
  findTicketByMessageTs,
  listFaq,
  listOpenTickets,
  type Ticket,
  updateFaq,
} from "./helpdesk-repository.js";
import { ticketAnsweredDm, ticketMessage } from "./views/helpdesk-views.js";

/** How a thread reply marks itself as the answer (full- or half-width colon). */
const THREAD_ANSWER = /^\s*(回答|answer)\s*[:：]\s*/i;

const TICKET_NOT_FOUND = both(helpdeskTexts, (t) => t.ticketNotFound);

function ticketKey(id: number) {
  return `ticket:${id}:posted`;
}

/**
 * The help desk: FAQ answers for routine questions, and questions the FAQ cannot answer sent to
 * the secretariat as tickets, answered in a modal, told to the asker, optionally kept in the FAQ.
 */
export class HelpdeskService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: SecretariatChannel,
  ) {}

  /** Program values that FAQ answers may quote ({apply_until} …). */
  async placeholders(): Promise<FaqPlaceholders> {
    const p = await findCurrentProgram(this.db.client);
    if (!p) return {};
    return {
      program_name: p.name,
      program_start: formatSlashDate(p.startDate),
      program_end: formatSlashDate(p.endDate),
      apply_from: formatSlashDate(p.applyFrom),
      apply_until: formatSlashDate(p.applyUntil),
      report_due_days: String(p.reportDueBusinessDays),
      honorarium_riss: formatYen(p.honorariumRissYen, "ja"),
      honorarium_itc: formatYen(p.honorariumItcYen, "ja"),
      visits_per_case: String(p.visitsPerCase),
    };
  }

  async listFaq(): Promise<FaqEntry[]> {
    await ensureFaqDefaults(this.db, this.clock);
    return listFaq(this.db.client);
  }

  /** The FAQ entries that answer a question, best first ([] is a miss). */
  async search(query: string) {
    const entries = await this.listFaq();
    return new FaqIndex(entries).search(query);
  }

  async getFaq(actor: Actor, id: number): Promise<FaqEntry> {
    requireRole(actor, "secretariat");
    const entry = await findFaq(this.db.client, id);
    if (!entry)
      throw new AppError(
        "not_found",
        both(helpdeskTexts, (t) => t.faqNotFound(id)),
      );
    return entry;
  }

  /** Validates modal values; each problem is shown next to its field. */
  parseFaq(values: Record<string, string>): FaqInput {
    const parsed = FaqInputSchema.safeParse(values);
    if (parsed.success) return parsed.data;
    const fields: Record<string, Localized> = {};
    for (const issue of parsed.error.issues) {
      const block = FAQ_FIELD_BLOCKS[String(issue.path[0])] ?? "question_ja";
      fields[block] ??= FAQ_FIELD_ERRORS[issue.message] ?? FAQ_FIELD_ERRORS.required;
    }
    throw new AppError("invalid_input", Object.values(fields)[0], { fields });
  }

  async saveFaq(actor: Actor, id: number | null, input: FaqInput): Promise<FaqEntry> {
    requireRole(actor, "secretariat");
    await ensureFaqDefaults(this.db, this.clock);
    return this.db.transaction(async (tx) => {
      const columns = {
        questionJa: input.questionJa,
        answerJa: input.answerJa,
        questionEn: input.questionEn,
        answerEn: input.answerEn,
        keywords: input.keywords,
      };
      const before = id ? await findFaq(tx, id) : null;
      if (id && !before)
        throw new AppError(
          "not_found",
          both(helpdeskTexts, (t) => t.faqNotFound(id)),
        );
      const row = before
        ? await updateFaq(tx, before.id, columns)
        : await createFaq(tx, { ...columns, createdBy: actor.userId });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: before ? "faq.update" : "faq.create",
          entityType: "faq_entry",
          entityId: row.id,
          before: before ? pickFaq(before) : null,
          after: columns,
        },
        this.clock.now(),
      );
      return row;
    });
  }

  async deleteFaq(actor: Actor, id: number): Promise<void> {
    requireRole(actor, "secretariat");
    await this.db.transaction(async (tx) => {
      const before = await findFaq(tx, id);
      if (!before) return;
      await deleteFaq(tx, id);
      await writeAudit(
        tx,
        { actor: actor.userId, action: "faq.delete", entityType: "faq_entry", entityId: id, before: pickFaq(before) },
        this.clock.now(),
      );
    });
  }

  /**
   * Sends a question to the secretariat channel as a ticket. The same person sending the same
   * question on the same day (a double click) gets the existing ticket back.
   */
  async ask(actor: Actor, question: string, requestKey?: string): Promise<{ ticket: Ticket; repeated: boolean }> {
    const text = question.trim();
    if (text === "")
      throw new AppError(
        "invalid_input",
        both(helpdeskTexts, (t) => t.questionRequired),
        { field: "question" },
      );
    const digest = createHash("sha256").update(text).digest("hex").slice(0, 16);
    const key = requestKey ?? `ask:${actor.userId}:${todayJst(this.clock)}:${digest}`;
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      const existing = await findTicketByKey(tx, key);
      if (existing) return { ticket: existing, repeated: true };
      const ticket = await createTicket(tx, {
        askerSlackId: actor.userId,
        question: text,
        channelId: channel,
        submissionKey: key,
        createdAt: this.clock.now(),
      });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "ticket.open",
          entityType: "ticket",
          entityId: ticket.id,
          after: { question: text },
        },
        this.clock.now(),
      );
      await this.notifier.post(tx, ticketKey(ticket.id), channel, ticketMessage(ticket));
      return { ticket, repeated: false };
    });
    this.notifier.kick();
    return result;
  }

  async getTicket(actor: Actor, id: number): Promise<Ticket> {
    requireRole(actor, "secretariat");
    const t = await findTicket(this.db.client, id);
    if (!t) throw new AppError("not_found", TICKET_NOT_FOUND);
    if (t.status !== "open") throw alreadyAnswered(t);
    return t;
  }

  /**
   * Answers a ticket: the asker gets a DM, the channel message shows the answer instead of the
   * button, and with `addToFaq` the question and answer become an FAQ entry.
   */
  async answer(
    actor: Actor,
    ticketId: number,
    answer: string,
    opts: { addToFaq: boolean; faqQuestion?: string },
  ): Promise<{ ticket: Ticket; faqEntryId: number | null }> {
    requireRole(actor, "secretariat");
    const text = answer.trim();
    if (text === "")
      throw new AppError(
        "invalid_input",
        both(helpdeskTexts, (t) => t.answerRequired),
        { field: "answer" },
      );
    const result = await this.db.transaction(async (tx) => {
      const t = await findTicket(tx, ticketId);
      if (!t) throw new AppError("not_found", TICKET_NOT_FOUND);
      if (t.status !== "open") throw alreadyAnswered(t, "answer");
      const now = this.clock.now();
      let faqEntryId: number | null = null;
      if (opts.addToFaq) {
        const question = (opts.faqQuestion?.trim() || t.question).slice(0, 500);
        const english = !/[\u3040-\u30ff\u4e00-\u9fff]/.test(question + text);
        const entry = await createFaq(tx, {
          questionJa: question,
          answerJa: text.slice(0, 2900),
          questionEn: english ? question : "",
          answerEn: english ? text.slice(0, 2900) : "",
          keywords: "",
          createdBy: actor.userId,
        });
        faqEntryId = entry.id;
        await writeAudit(
          tx,
          {
            actor: actor.userId,
            action: "faq.create",
            entityType: "faq_entry",
            entityId: entry.id,
            after: { fromTicket: t.id, question },
          },
          now,
        );
      }
      if (!(await answerTicket(tx, t.id, { answer: text, answeredBy: actor.userId, answeredAt: now, faqEntryId })))
        throw alreadyAnswered(t, "answer");
      const answered: Ticket = {
        ...t,
        status: "answered",
        answer: text,
        answeredBy: actor.userId,
        answeredAt: now,
        faqEntryId,
      };
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "ticket.answer",
          entityType: "ticket",
          entityId: t.id,
          before: { status: "open" },
          after: { status: "answered", answer: text, faqEntryId },
        },
        now,
      );
      const locale = toLocale(await findUserLocale(tx, t.askerSlackId));
      await this.notifier.dm(tx, `ticket:${t.id}:answer`, t.askerSlackId, ticketAnsweredDm(t, text, locale));
      await this.notifier.update(tx, `ticket:${t.id}:answered`, ticketKey(t.id), ticketMessage(answered));
      return { ticket: answered, faqEntryId };
    });
    this.notifier.kick();
    return result;
  }

  /**
   * A secretariat member's reply in a ticket's thread that starts with "回答:" (or "answer:") is
   * the answer; other replies are the members' own discussion. Returns null when the reply is not
   * an answer to a ticket.
   */
  async answerFromThread(actor: Actor, threadTs: string, text: string) {
    const m = THREAD_ANSWER.exec(text);
    if (!m || !actor.isSecretariat) return null;
    const ticket = await findTicketByMessageTs(this.db.client, threadTs);
    if (!ticket) return null;
    return this.answer(actor, ticket.id, text.slice(m[0].length), { addToFaq: false });
  }

  async openTickets(actor: Actor, take = 5): Promise<{ tickets: Ticket[]; total: number }> {
    requireRole(actor, "secretariat");
    const [tickets, total] = await Promise.all([
      listOpenTickets(this.db.client, take),
      countOpenTickets(this.db.client),
    ]);
    return { tickets, total };
  }

  /** For the daily secretariat reminder: how many questions wait for an answer. */
  async openTicketCount(): Promise<number> {
    return countOpenTickets(this.db.client);
  }
}

function pickFaq(e: FaqEntry) {
  return {
    questionJa: e.questionJa,
    answerJa: e.answerJa,
    questionEn: e.questionEn,
    answerEn: e.answerEn,
    keywords: e.keywords,
  };
}

function alreadyAnswered(t: Ticket, field?: string): AppError {
  return new AppError(
    "already_done",
    both(helpdeskTexts, (m) => m.alreadyAnswered({ id: t.id, by: t.answeredBy })),
    field ? { field } : {},
  );
}
