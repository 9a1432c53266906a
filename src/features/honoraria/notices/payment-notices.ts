import type { Database, DbClient } from "../../../db/client.js";
import { type Clock, todayJst } from "../../../lib/clock.js";
import { formatSlashDate, formatYen } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { defaultSecretariatName, type MailSignature, type SecretariatContact } from "../../../mail/layout.js";
import { paymentNoticeMail } from "../../../mail/payment-notice-mails.js";
import { localeOf, requireProgram } from "../../cases/case-access.js";
import type { Notifier } from "../../outbox/notifier.js";
import {
  findBatch,
  findExpertContacts,
  type LineDetail,
  listBatchesWithoutNotices,
  listLinesOfBatch,
  markNoticesQueued,
} from "../honoraria-repository.js";
import { linesByExpert } from "../honoraria-rules.js";
import type { PayeeKind } from "../withholding.js";
import { paymentNoticeTexts } from "./payment-notice.texts.js";
import { type PaymentNotice, renderPaymentNotice } from "./payment-notice-pdf.js";

/** Where an expert's qualified-invoice number comes from (the bank-account record); none by default. */
export type InvoiceNumbers = { invoiceNumbersOf(expertIds: number[]): Promise<Map<number, string>> };

export const noInvoiceNumbers: InvoiceNumbers = {
  async invoiceNumbersOf() {
    return new Map();
  },
};

/** The payer as notices and their e-mails sign; the name defaults to the program's name + 事務局. */
export type PayerContact = Omit<SecretariatContact, "name"> & { name?: string };

/** How a batch's notices went out: by Slack DM, by e-mail, or not at all (no Slack user, no address). */
export type NoticeDelivery = { slack: number; email: number; unreachable: string[] };

export const noticeKey = (batchId: number, expertId: number) => `honoraria:batch:${batchId}:notice:${expertId}`;

/**
 * One payment notice (支払通知書) per expert of a batch, as PDF: a DM with the file when the expert
 * is in Slack, else an e-mail with it attached. Each goes through the outbox under a key per batch
 * and expert, so running this again (a retried submission, a restart between paying and queueing)
 * sends nothing twice. PDFs are made outside any transaction: fonts take a moment to subset.
 */
export class PaymentNotices {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly invoiceNumbers: InvoiceNumbers,
    private readonly payer: PayerContact,
    private readonly mailEnabled: boolean,
  ) {}

  async queue(batchId: number): Promise<NoticeDelivery> {
    const delivery: NoticeDelivery = { slack: 0, email: 0, unreachable: [] };
    const batch = await findBatch(this.db.client, batchId);
    if (!batch) return delivery;
    const lines = await listLinesOfBatch(this.db.client, batchId);
    const byExpert = linesByExpert(lines);
    const expertIds = [...byExpert.keys()];
    const [program, contacts, invoices] = await Promise.all([
      requireProgram(this.db.client),
      findExpertContacts(this.db.client, expertIds),
      this.invoiceNumbers.invoiceNumbersOf(expertIds),
    ]);
    const contactOf = new Map(contacts.map((c) => [c.id, c]));
    const issuedOn = todayJst(this.clock);
    const items: ((tx: DbClient) => Promise<unknown>)[] = [];
    for (const [expertId, own] of byExpert) {
      const contact = contactOf.get(expertId);
      const slackUserId = contact?.slackUserId ?? null;
      const email = contact?.email ?? null;
      if (!slackUserId && !(email && this.mailEnabled)) {
        delivery.unreachable.push(own[0].expertName);
        continue;
      }
      if (slackUserId) delivery.slack++;
      else delivery.email++;
      // Queued already (a retry): count it, make nothing again.
      if (batch.noticesQueuedAt) continue;
      const locale = await localeOf(this.db.client, slackUserId);
      const signature = this.signature(program.name, locale);
      const notice = noticeOf(batchId, batch.paidOn, issuedOn, own, {
        locale,
        payer: { ...signature.secretariat, programName: program.name },
        invoiceNumber: invoices.get(expertId) ?? null,
        rates: program,
      });
      const pdf = (await renderPaymentNotice(notice)).toString("base64");
      const t = paymentNoticeTexts(locale);
      const paidOn = formatSlashDate(batch.paidOn);
      const filename = t.fileName({ paidOn: batch.paidOn, batchId });
      const key = noticeKey(batchId, expertId);
      if (slackUserId)
        items.push((tx) =>
          this.notifier.upload(tx, key, {
            channel: slackUserId,
            filename,
            title: t.fileTitle(paidOn),
            initialComment: t.dmText({ paidOn, net: formatYen(notice.netYen, locale) }),
            contentBase64: pdf,
          }),
        );
      else if (email) {
        const mail = paymentNoticeMail(notice, locale, signature);
        items.push((tx) =>
          this.notifier.email(tx, key, {
            to: email,
            toName: notice.expertName,
            locale,
            ...mail,
            attachments: [{ filename, contentType: "application/pdf", contentBase64: pdf }],
          }),
        );
      }
    }
    if (batch.noticesQueuedAt) return delivery;
    await this.db.transaction(async (tx) => {
      for (const send of items) await send(tx);
      await markNoticesQueued(tx, batchId, this.clock.now());
    });
    this.notifier.kick();
    return delivery;
  }

  /** Batches paid whose notices were never queued. */
  async pendingBatches(): Promise<number[]> {
    return (await listBatchesWithoutNotices(this.db.client)).map((b) => b.id);
  }

  private signature(programName: string, locale: Locale): MailSignature {
    return {
      programName,
      secretariat: { ...this.payer, name: this.payer.name ?? defaultSecretariatName(programName, locale) },
    };
  }
}

/** The notice of one expert's lines in a batch (figures as the batch fixed them). */
export function noticeOf(
  batchId: number,
  paidOn: string,
  issuedOn: string,
  lines: LineDetail[],
  o: Pick<PaymentNotice, "locale" | "payer" | "invoiceNumber" | "rates">,
): PaymentNotice {
  const sum = (pick: (l: LineDetail) => number) => lines.reduce((s, l) => s + pick(l), 0);
  return {
    ...o,
    batchId,
    expertId: lines[0].expertId,
    paidOn,
    issuedOn,
    expertName: lines[0].expertName,
    payeeKind: (lines[0].payeeKind ?? "individual") as PayeeKind,
    lines: lines.map((l) => ({
      companyName: l.companyName,
      round: l.round,
      heldOn: l.heldOn,
      feeYen: l.amountYen,
      travelYen: l.travelYen,
    })),
    feeYen: sum((l) => l.amountYen),
    travelYen: sum((l) => l.travelYen),
    withheldYen: sum((l) => l.withheldYen),
    netYen: sum((l) => l.netYen),
  };
}
