import { createHash } from "node:crypto";
import type { Database } from "../../../db/client.js";
import type { Clock } from "../../../lib/clock.js";
import { AppError } from "../../../lib/errors.js";
import { both } from "../../../lib/i18n.js";
import { writeAudit } from "../../audit/audit-repository.js";
import { requireProgram, requireSecretariat } from "../../cases/case-access.js";
import type { Notifier } from "../../outbox/notifier.js";
import type { SecretariatChannel } from "../../program/program-channels.js";
import type { Actor } from "../../roles/actor.js";
import { listLinesOfBatch } from "../honoraria-repository.js";
import { linesByExpert } from "../honoraria-rules.js";
import { transferAmountOf } from "../zengin/transfer-amount.js";
import { writeZenginTransfer, type ZenginHeader, type ZenginPayee } from "../zengin/zengin-file.js";
import { zenginKanaLenient } from "../zengin/zengin-kana.js";
import { bankServiceTexts } from "./bank.texts.js";
import {
  type ExpertBankAccount,
  findAccountBySubmissionKey,
  findAccountOfExpert,
  findBatch,
  findExpertName,
  findPayerOfProgram,
  listAccountsOfExperts,
  listAccountsWithExperts,
  listRecentBatches,
  type StoredAccount,
  saveAccount,
  updatePayerOfProgram,
} from "./bank-account-repository.js";
import {
  type BankAccountFields,
  checkBankAccount,
  checkPayer,
  maskAccountNumber,
  type PayerFields,
} from "./bank-account-rules.js";
import { problemsByBlock } from "./bank-problems.js";
import { transferFileComment } from "./views/bank-messages.js";
import { bankName, branchName, findBank, findBranch, searchBanks, searchBranches } from "./zengin-banks.js";

/** A stored account with its bank's and branch's names (from the zengin-code data). */
export type AccountView = StoredAccount & { bankName: string; branchName: string; updatedAt: Date };

/** The payer with its bank's names; null fields until the secretariat sets it. */
export type PayerView = {
  code: string;
  nameKana: string;
  bankCode: string;
  branchCode: string;
  accountType: string;
  accountNumber: string;
  bankName: string;
  branchName: string;
};

export type TransferFile = { filename: string; content: Buffer; payees: number; totalYen: number; paidOn: string };

const MAX_AMOUNT = 9_999_999_999;

function viewOf(a: StoredAccount & { updatedAt: Date }): AccountView {
  return {
    bankCode: a.bankCode,
    branchCode: a.branchCode,
    accountType: a.accountType,
    accountNumber: a.accountNumber,
    holderKana: a.holderKana,
    payeeKind: a.payeeKind,
    invoiceNumber: a.invoiceNumber,
    updatedAt: a.updatedAt,
    bankName: bankName(a.bankCode),
    branchName: branchName(a.bankCode, a.branchCode),
  };
}

/** What the audit log keeps of an account: everything but the account number, which it masks. */
function auditOf(a: StoredAccount) {
  return { ...a, accountNumber: maskAccountNumber(a.accountNumber) };
}

/**
 * Experts' bank accounts and invoice numbers (seen by the expert and the secretariat only), the
 * payer of the program's transfers and the Zengin transfer file of a payment batch.
 */
export class BankAccountService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: SecretariatChannel,
  ) {}

  /** Only the expert themself and the secretariat see or change an expert's account. */
  private async requireAccountAccess(actor: Actor, expertId: number) {
    if (actor.expert?.id !== expertId && !actor.isSecretariat)
      throw new AppError(
        "forbidden",
        both(bankServiceTexts, (t) => t.notYours),
      );
    const expert = await findExpertName(this.db.client, expertId);
    if (!expert)
      throw new AppError(
        "not_found",
        both(bankServiceTexts, (t) => t.expertNotFound),
      );
    return expert;
  }

  /** The actor's own expert id, for "my bank account". */
  ownExpertId(actor: Actor): number {
    if (!actor.expert)
      throw new AppError(
        "not_found",
        both(bankServiceTexts, (t) => t.noExpert),
      );
    return actor.expert.id;
  }

  /**
   * Whether each expert is paid as an individual or a corporation (withholding applies to
   * individuals only), from their bank accounts; an expert without an account counts as an individual.
   */
  async kindsOf(expertIds: number[]): Promise<Map<number, "individual" | "corporation">> {
    const accounts = expertIds.length > 0 ? await listAccountsOfExperts(this.db.client, expertIds) : [];
    return new Map(
      accounts.map((a) => [a.expertId, a.payeeKind === "corporation" ? "corporation" : "individual"] as const),
    );
  }

  /** The qualified-invoice numbers (T + 13 digits) of the experts who registered one. */
  async invoiceNumbersOf(expertIds: number[]): Promise<Map<number, string>> {
    const accounts = expertIds.length > 0 ? await listAccountsOfExperts(this.db.client, expertIds) : [];
    return new Map(accounts.flatMap((a) => (a.invoiceNumber ? [[a.expertId, a.invoiceNumber] as const] : [])));
  }

  async accountOf(actor: Actor, expertId: number): Promise<{ expertName: string; account: AccountView | null }> {
    const expert = await this.requireAccountAccess(actor, expertId);
    const account = await findAccountOfExpert(this.db.client, expertId);
    return { expertName: expert.nameKanji, account: account ? viewOf(account) : null };
  }

  /**
   * Saves an expert's account from the modal's fields; every bad field gets its own message. A
   * retried submission (same key) changes nothing twice.
   */
  async saveAccount(
    actor: Actor,
    expertId: number,
    fields: BankAccountFields,
    submissionKey: string | null,
  ): Promise<AccountView> {
    await this.requireAccountAccess(actor, expertId);
    const checked = checkBankAccount(fields);
    if (!checked.ok) {
      const errors = problemsByBlock(checked.problems);
      throw new AppError("invalid_input", Object.values(errors)[0], { fields: errors, log: "bank account fields" });
    }
    const saved = await this.db.transaction(async (tx) => {
      if (submissionKey) {
        const done = await findAccountBySubmissionKey(tx, submissionKey);
        if (done) return done;
      }
      const before = await findAccountOfExpert(tx, expertId);
      const now = this.clock.now();
      const v = checked.value;
      const data: StoredAccount = {
        bankCode: v.bankCode,
        branchCode: v.branchCode,
        accountType: v.accountType,
        accountNumber: v.accountNumber,
        holderKana: v.holderKana,
        payeeKind: v.payeeKind,
        invoiceNumber: v.invoiceNumber,
      };
      const account = await saveAccount(tx, expertId, { ...data, updatedBy: actor.userId, submissionKey, at: now });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: before ? "bank_account.update" : "bank_account.create",
          entityType: "expert_bank_account",
          entityId: expertId,
          before: before ? auditOf(before) : undefined,
          after: auditOf(data),
        },
        now,
      );
      return account;
    });
    return viewOf(saved);
  }

  /** Every account with its expert (secretariat), for `desk honoraria accounts`. */
  async listAccounts(actor: Actor) {
    requireSecretariat(
      actor,
      both(bankServiceTexts, (t) => t.seeAccount),
    );
    const rows = await listAccountsWithExperts(this.db.client);
    return rows.map((r: ExpertBankAccount & { expert: { nameKanji: string; externalId: string | null } }) => ({
      expertId: r.expertId,
      expertName: r.expert.nameKanji,
      ...viewOf(r),
    }));
  }

  /** The current program's payer, null until set (secretariat). */
  async payer(actor: Actor): Promise<PayerView | null> {
    requireSecretariat(
      actor,
      both(bankServiceTexts, (t) => t.payer),
    );
    return this.currentPayer();
  }

  private async currentPayer(): Promise<PayerView | null> {
    const program = await requireProgram(this.db.client);
    const p = await findPayerOfProgram(this.db.client, program.id);
    if (
      !p?.payerCode ||
      !p.payerNameKana ||
      !p.payerBankCode ||
      !p.payerBranchCode ||
      !p.payerAccountType ||
      !p.payerAccountNumber
    )
      return null;
    return {
      code: p.payerCode,
      nameKana: p.payerNameKana,
      bankCode: p.payerBankCode,
      branchCode: p.payerBranchCode,
      accountType: p.payerAccountType,
      accountNumber: p.payerAccountNumber,
      bankName: bankName(p.payerBankCode),
      branchName: branchName(p.payerBankCode, p.payerBranchCode),
    };
  }

  /** Sets the payer of the current program's transfers (secretariat); bad fields each get a message. */
  async setPayer(actor: Actor, fields: PayerFields): Promise<PayerView> {
    requireSecretariat(
      actor,
      both(bankServiceTexts, (t) => t.payer),
    );
    const checked = checkPayer(fields);
    if (!checked.ok) {
      const errors = problemsByBlock(checked.problems);
      throw new AppError("invalid_input", Object.values(errors)[0], { fields: errors, log: "payer fields" });
    }
    const v = checked.value;
    await this.db.transaction(async (tx) => {
      const program = await requireProgram(tx);
      const before = await findPayerOfProgram(tx, program.id);
      const after = {
        payerCode: v.code,
        payerNameKana: v.nameKana,
        payerBankCode: v.bankCode,
        payerBranchCode: v.branchCode,
        payerAccountType: v.accountType,
        payerAccountNumber: v.accountNumber,
      };
      await updatePayerOfProgram(tx, program.id, after);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "program.set_payer",
          entityType: "program",
          entityId: program.id,
          before: before ?? undefined,
          after,
        },
        this.clock.now(),
      );
    });
    const payer = await this.currentPayer();
    if (!payer) throw new Error("payer not stored");
    return payer;
  }

  /** The last payment batches, newest first (secretariat), for the App Home's transfer-file buttons. */
  async recentBatches(actor: Actor, take = 5) {
    requireSecretariat(
      actor,
      both(bankServiceTexts, (t) => t.transferFile),
    );
    const rows = await listRecentBatches(this.db.client, take);
    return rows.map((b) => ({ id: b.id, paidOn: b.paidOn, lines: b._count.lines }));
  }

  /**
   * The batch's 総合振込 file: one record per expert with the sum of their lines. Refused, naming
   * them, when an expert has no account; refused when the payer is not set.
   */
  async transferFile(actor: Actor, batchId: number): Promise<TransferFile> {
    requireSecretariat(
      actor,
      both(bankServiceTexts, (t) => t.transferFile),
    );
    const batch = await findBatch(this.db.client, batchId);
    if (!batch)
      throw new AppError(
        "not_found",
        both(bankServiceTexts, (t) => t.batchNotFound(batchId)),
      );
    const payer = await this.currentPayer();
    if (!payer)
      throw new AppError(
        "invalid_state",
        both(bankServiceTexts, (t) => t.noPayer),
      );
    const byExpert = linesByExpert(await listLinesOfBatch(this.db.client, batchId));
    const accounts = new Map(
      (await listAccountsOfExperts(this.db.client, [...byExpert.keys()])).map((a) => [a.expertId, a]),
    );
    const missing = [...byExpert.values()].filter((lines) => !accounts.has(lines[0].expertId));
    if (missing.length > 0) {
      const names = missing.map((lines) => lines[0].expertName).join("、");
      throw new AppError(
        "invalid_state",
        both(bankServiceTexts, (t) => t.missingAccounts(names)),
      );
    }
    const payees: ZenginPayee[] = [...byExpert.entries()].map(([expertId, lines]) => {
      const a = viewOf(accounts.get(expertId) as ExpertBankAccount);
      const amountYen = lines.reduce((s, l) => s + transferAmountOf(l), 0);
      if (amountYen > MAX_AMOUNT)
        throw new AppError(
          "invalid_state",
          both(bankServiceTexts, (t) => t.amountTooLarge(lines[0].expertName)),
        );
      return {
        bankCode: a.bankCode,
        bankName: zenginKanaLenient(findBank(a.bankCode)?.kana ?? ""),
        branchCode: a.branchCode,
        branchName: zenginKanaLenient(findBranch(a.bankCode, a.branchCode)?.kana ?? ""),
        accountType: a.accountType,
        accountNumber: a.accountNumber,
        holderName: a.holderKana,
        amountYen,
        customerCode: String(expertId),
      };
    });
    const header: ZenginHeader = {
      payerCode: payer.code,
      payerName: payer.nameKana,
      transferDate: batch.paidOn,
      bankCode: payer.bankCode,
      bankName: zenginKanaLenient(findBank(payer.bankCode)?.kana ?? ""),
      branchCode: payer.branchCode,
      branchName: zenginKanaLenient(findBranch(payer.bankCode, payer.branchCode)?.kana ?? ""),
      accountType: payer.accountType,
      accountNumber: payer.accountNumber,
    };
    return {
      filename: `zengin-batch-${batchId}-${batch.paidOn}.txt`,
      content: writeZenginTransfer(header, payees),
      payees: payees.length,
      totalYen: payees.reduce((s, p) => s + p.amountYen, 0),
      paidOn: batch.paidOn,
    };
  }

  /**
   * Shares the batch's transfer file in the secretariat channel (through the outbox); what is
   * refused is refused before anything is queued. Keyed by the file's content: a double click
   * shares one file, a file changed since (an account corrected) is shared again.
   */
  async sendTransferFile(actor: Actor, batchId: number): Promise<TransferFile> {
    const file = await this.transferFile(actor, batchId);
    const requestKey = `${batchId}:${createHash("sha256").update(file.content).digest("hex").slice(0, 32)}`;
    const channel = await this.channels.secretariat();
    await this.db.transaction(async (tx) => {
      const queued = await this.notifier.upload(tx, `transfer-file:${requestKey}`, {
        channel,
        filename: file.filename,
        title: file.filename,
        initialComment: transferFileComment({ batchId, ...file, by: actor.userId }, actor.locale),
        contentBase64: file.content.toString("base64"),
      });
      if (!queued) return;
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "honorarium.transfer_file",
          entityType: "honorarium_batch",
          entityId: batchId,
          after: { payees: file.payees, totalYen: file.totalYen, filename: file.filename },
        },
        this.clock.now(),
      );
    });
    this.notifier.kick();
    return file;
  }

  /** The bank search of the modals (≤ 100 options, Slack's limit). */
  banks(query: string) {
    return searchBanks(query, 100);
  }

  /** The chosen bank's branches matching a query. */
  branches(bankCode: string, query: string) {
    return searchBranches(bankCode, query, 100);
  }
}
