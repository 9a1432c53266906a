import type { DbClient } from "../../../db/client.js";
import type { ExpertBankAccount } from "../../../generated/prisma/client.js";

export type { ExpertBankAccount };

export type StoredAccount = Pick<
  ExpertBankAccount,
  "bankCode" | "branchCode" | "accountType" | "accountNumber" | "holderKana" | "payeeKind" | "invoiceNumber"
>;

export function findAccountOfExpert(db: DbClient, expertId: number): Promise<ExpertBankAccount | null> {
  return db.expertBankAccount.findUnique({ where: { expertId } });
}

export function findAccountBySubmissionKey(db: DbClient, submissionKey: string): Promise<ExpertBankAccount | null> {
  return db.expertBankAccount.findUnique({ where: { submissionKey } });
}

export function saveAccount(
  db: DbClient,
  expertId: number,
  data: StoredAccount & { updatedBy: string; submissionKey: string | null; at: Date },
): Promise<ExpertBankAccount> {
  const { at, ...fields } = data;
  return db.expertBankAccount.upsert({
    where: { expertId },
    create: { expertId, ...fields, createdAt: at, updatedAt: at },
    update: { ...fields, updatedAt: at },
  });
}

export function listAccountsOfExperts(db: DbClient, expertIds: number[]): Promise<ExpertBankAccount[]> {
  return db.expertBankAccount.findMany({ where: { expertId: { in: expertIds } } });
}

export function listAccountsWithExperts(db: DbClient) {
  return db.expertBankAccount.findMany({
    include: { expert: { select: { nameKanji: true, externalId: true } } },
    orderBy: { expertId: "asc" },
  });
}

export function findExpertName(db: DbClient, expertId: number) {
  return db.expert.findUnique({ where: { id: expertId }, select: { id: true, nameKanji: true, slackUserId: true } });
}

const PAYER_SELECT = {
  payerCode: true,
  payerNameKana: true,
  payerBankCode: true,
  payerBranchCode: true,
  payerAccountType: true,
  payerAccountNumber: true,
} as const;

export type StoredPayer = {
  payerCode: string | null;
  payerNameKana: string | null;
  payerBankCode: string | null;
  payerBranchCode: string | null;
  payerAccountType: string | null;
  payerAccountNumber: string | null;
};

export function findPayerOfProgram(db: DbClient, programId: number): Promise<StoredPayer | null> {
  return db.program.findUnique({ where: { id: programId }, select: PAYER_SELECT });
}

export async function updatePayerOfProgram(db: DbClient, programId: number, payer: StoredPayer): Promise<void> {
  await db.program.update({ where: { id: programId }, data: payer });
}

export function findBatch(db: DbClient, batchId: number) {
  return db.honorariumBatch.findUnique({ where: { id: batchId } });
}

export function listRecentBatches(db: DbClient, take: number) {
  return db.honorariumBatch.findMany({
    orderBy: { id: "desc" },
    take,
    select: { id: true, paidOn: true, _count: { select: { lines: true } } },
  });
}
