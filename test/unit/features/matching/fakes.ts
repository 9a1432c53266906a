import type { DbClient } from "../../../../src/db/client.js";
import type { Reader } from "../../../../src/db/reader.js";
import type { MatchingContext, MatchingStore } from "../../../../src/features/matching/matching-context.js";
import type {
  CaseDetail,
  Expert,
  MatchingApplication,
  ProposalWithCandidates,
} from "../../../../src/features/matching/matching-repository.js";
import type { Program } from "../../../../src/features/program/program-repository.js";
import type { Actor } from "../../../../src/features/roles/actor.js";
import { ManualClock } from "../../../../src/lib/clock.js";
import { programRecord } from "../../../support/program-record.js";

/** Hand-written fakes for the matching use cases: no database, only what a use case reaches. */

export const secretariat: Actor = { userId: "U_SEC", locale: "ja", isSecretariat: true, expert: null };
export const smeContact: Actor = { userId: "U_SME", locale: "ja", isSecretariat: false, expert: null };
export const stranger: Actor = { userId: "U_OTHER", locale: "en", isSecretariat: false, expert: null };

const AT = new Date("2026-05-01T00:00:00Z");

export function expert(id: number, over: Partial<Expert> = {}): Expert {
  return {
    id,
    externalId: null,
    slackUserId: `U_EXPERT_${id}`,
    nameKanji: `専門家${id}`,
    nameKana: `センモンカ${id}`,
    qualification: "riss",
    rissNumber: null,
    prefecture: 13,
    coveredPrefectures: "[]",
    industries: "[]",
    capacity: 3,
    profile: "",
    email: null,
    phone: null,
    status: "active",
    statusReason: null,
    registeredOn: "2026-04-01",
    approvedAt: AT,
    approvedBy: "U_SEC",
    reviewMessageTs: null,
    reviewChannelId: null,
    nameVersion: 0,
    createdAt: AT,
    updatedAt: AT,
    ...over,
  };
}

export function application(id: number, over: Partial<MatchingApplication> = {}): MatchingApplication {
  return {
    id,
    externalId: null,
    programId: 1,
    companyId: id,
    receivedOn: "2026-04-20",
    source: "slack",
    heardFrom: "",
    contactName: "山田 花子",
    contactTitle: "",
    contactEmail: "hanako@example.jp",
    contactPhone: "03-0000-0000",
    contactSlackUserId: smeContact.userId,
    contactLocale: "ja",
    recruiterExpertId: null,
    scheduleWishes: "",
    status: "valid",
    invalidReason: null,
    eligibilityOverride: false,
    duplicateOverride: false,
    submittedBy: null,
    screenedBy: "U_SEC",
    screenedAt: AT,
    chosenExpertId: null,
    chosenVia: null,
    chosenNote: null,
    chosenAt: null,
    submissionKey: null,
    queueMessageTs: null,
    queueChannelId: null,
    createdAt: AT,
    updatedAt: AT,
    company: {
      id,
      name: "株式会社サンプル",
      nameKana: "",
      corporateNumber: null,
      industry: "E",
      capitalYen: null,
      employees: null,
      prefecture: 13,
      address: "千代田区1-1",
      createdAt: AT,
      updatedAt: AT,
    },
    case: null,
    ...over,
  };
}

export function proposal(
  id: number,
  applicationId: number,
  experts: Expert[],
  over: Partial<ProposalWithCandidates> = {},
): ProposalWithCandidates {
  return {
    id,
    applicationId,
    status: "open",
    createdBy: "U_SEC",
    sentAt: AT,
    decidedAt: null,
    decidedBy: null,
    chosenExpertId: null,
    submissionKey: null,
    messageRefs: "[]",
    candidates: experts.map((e, i) => ({ expertId: e.id, rank: i + 1, score: 10, reasons: "[]", expert: e })),
    ...over,
  };
}

/** Case `id` of application 10, held by `holder`. */
export function caseDetail(id: number, holder: Expert, over: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id,
    programId: 1,
    applicationId: 10,
    expertId: holder.id,
    status: "active",
    approvedBy: "U_SEC",
    approvedAt: AT,
    approvedOn: "2026-05-01",
    firstVisitTarget: "2026-05-15",
    capacityOverride: false,
    completedOn: null,
    completionReason: null,
    terminatedOn: null,
    terminationReason: null,
    closedAt: null,
    createdAt: AT,
    updatedAt: AT,
    application: application(10, { status: "matched" }),
    expert: holder,
    ...over,
  };
}

export const program: Program = programRecord({
  name: "情報セキュリティ指導事業",
  startDate: "2026-04-01",
  endDate: "2027-02-28",
  applyUntil: "2026-12-28",
  secretariatChannelId: "C_SEC",
  createdAt: AT,
});

export type Sent = { kind: "post" | "dm" | "update"; key: string; to: string; text: string };

/** A store whose unfaked functions fail loudly, so a test shows what a use case reached. */
function fakeStore(faked: Partial<MatchingStore>): MatchingStore {
  return new Proxy(faked as MatchingStore, {
    get(target, key: string) {
      if (key in target) return target[key as keyof MatchingStore];
      return () => {
        throw new Error(`store.${key} is not faked in this test`);
      };
    },
  });
}

/**
 * A matching context over fakes: the store functions a test gives, a notifier that records what
 * it is asked to send, a fixed clock (2026-05-11 10:00 in Japan), one program.
 */
export function fakeContext(store: Partial<MatchingStore>) {
  const sent: Sent[] = [];
  const audits: string[] = [];
  let kicks = 0;
  const tx = {} as DbClient;
  const record = (kind: Sent["kind"]) => async (_tx: DbClient, key: string, to: string, content: { text: string }) => {
    sent.push({ kind, key, to, text: content.text });
    return true;
  };
  const ctx: MatchingContext = {
    db: { client: tx, read: {} as Reader, transaction: (fn) => fn(tx) },
    store: fakeStore({
      writeAudit: async (_db, entry) => {
        audits.push(entry.action);
      },
      findUserLocale: async () => "ja",
      ...store,
    }),
    clock: new ManualClock("2026-05-11T10:00:00"),
    notifier: {
      post: record("post"),
      dm: record("dm"),
      update: record("update"),
      kick: () => {
        kicks += 1;
      },
    },
    channels: { secretariat: async () => "C_SEC" },
    program: { current: async () => program, currentOrNull: async () => program },
    sme: null,
  };
  return { ctx, sent, audits, kicks: () => kicks };
}
