import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import type { Actor } from "../../features/roles/actor.js";
import { formatYen } from "../../lib/dates.js";
import { AppError, isAppError } from "../../lib/errors.js";
import { print, withDatabase } from "../cli-context.js";

/** The operator at the command line acts as the secretariat. */
const OPERATOR: Actor = { userId: "cli", locale: "en", isSecretariat: true, expert: null };

const ACCOUNT_TYPES: Record<string, string> = {
  "1": "1",
  "2": "2",
  "4": "4",
  普通: "1",
  当座: "2",
  貯蓄: "4",
  ordinary: "1",
  checking: "2",
  savings: "4",
};

/** A refusal with one message per bad option, as the modal shows them next to each field. */
function rethrowWithEveryField(error: unknown): never {
  if (isAppError(error) && error.options.fields) {
    const all = Object.values(error.options.fields);
    throw new AppError(error.code, {
      en: all.map((m) => m.en).join("\n"),
      ja: all.map((m) => m.ja).join("\n"),
    });
  }
  throw error;
}

export function registerHonoraria(program: Command): void {
  const cmd = program.command("honoraria").description("honoraria: the payer, bank accounts and Zengin transfer files");
  cmd
    .command("payer")
    .description("set the payer (依頼人) of the transfer files, or show it without options")
    .option("--code <code>", "依頼人コード: the 10 digits the paying bank gave")
    .option("--name <kana>", "依頼人名 in katakana (full- or half-width)")
    .option("--bank <code>", "paying bank code (4 digits)")
    .option("--branch <code>", "paying branch code (3 digits)")
    .option("--type <type>", "account type: 普通|当座|貯蓄 (or 1|2|4, ordinary|checking|savings)")
    .option("--account <number>", "account number, up to 7 digits")
    .action((o: { code?: string; name?: string; bank?: string; branch?: string; type?: string; account?: string }) =>
      withDatabase(async ({ services }) => {
        const any = Object.values(o).some((v) => v !== undefined);
        const payer = any
          ? await services.bank
              .setPayer(OPERATOR, {
                code: o.code ?? "",
                name: o.name ?? "",
                bank: o.bank ?? null,
                branch: o.branch ?? null,
                accountType: o.type ? (ACCOUNT_TYPES[o.type.toLowerCase()] ?? o.type) : null,
                accountNumber: o.account ?? "",
              })
              .catch(rethrowWithEveryField)
          : await services.bank.payer(OPERATOR);
        if (!payer) {
          print("No payer is set: desk honoraria payer --code … --name … --bank … --branch … --type … --account …");
          return;
        }
        print(`Payer: ${payer.nameKana} (code ${payer.code})`);
        print(
          `Paying account: ${payer.bankCode} ${payer.bankName} / ${payer.branchCode} ${payer.branchName} / type ${payer.accountType} / ${payer.accountNumber}`,
        );
      }),
    );
  cmd
    .command("accounts")
    .description("list the experts' bank accounts (personal data: for the secretariat's use only)")
    .action(() =>
      withDatabase(async ({ services }) => {
        const rows = await services.bank.listAccounts(OPERATOR);
        if (rows.length === 0) print("No expert has entered a bank account yet.");
        for (const r of rows)
          print(
            `#${r.expertId} ${r.expertName}: ${r.bankCode} ${r.bankName} / ${r.branchCode} ${r.branchName} / type ${r.accountType} / ${r.accountNumber} / ${r.holderKana} / ${r.payeeKind}${r.invoiceNumber ? ` / ${r.invoiceNumber}` : ""}`,
          );
      }),
    );
  cmd
    .command("transfer-file")
    .description("write a payment batch's Zengin general-transfer file (総合振込, Shift_JIS, 120-byte records)")
    .requiredOption("--batch <id>", "the payment batch")
    .option("--out <file>", "write to this file (default: zengin-batch-<id>-<paid on>.txt)")
    .action((o: { batch: string; out?: string }) =>
      withDatabase(async ({ services }) => {
        const batchId = Number(o.batch);
        if (!Number.isInteger(batchId) || batchId < 1)
          throw new Error(`--batch must be a batch number, not "${o.batch}".`);
        const file = await services.bank.transferFile(OPERATOR, batchId);
        const path = o.out ?? file.filename;
        writeFileSync(path, file.content);
        print(
          `Wrote ${path}: ${file.payees} transfers, ${formatYen(file.totalYen, "en")} in all, paid on ${file.paidOn}.`,
        );
        print("It holds the experts' bank accounts: for the secretariat's use only.");
      }),
    );
}
