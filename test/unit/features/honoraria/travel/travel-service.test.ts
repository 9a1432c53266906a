import { describe, expect, it } from "vitest";
import type { Database, DbClient } from "../../../../../src/db/client.js";
import type { TravelInput } from "../../../../../src/features/honoraria/travel/travel.schemas.js";
import type {
  TravelExpense,
  TravelRepository,
  TravelVisit,
} from "../../../../../src/features/honoraria/travel/travel-repository.js";
import { TravelService } from "../../../../../src/features/honoraria/travel/travel-service.js";
import type { Notifier } from "../../../../../src/features/outbox/notifier.js";
import type { Actor } from "../../../../../src/features/roles/actor.js";
import { ManualClock } from "../../../../../src/lib/clock.js";
import type { AppError } from "../../../../../src/lib/errors.js";

const tx = {} as DbClient;

/** Visits, claims, honorarium lines and the audit log in memory. */
class FakeTravelData {
  visits = new Map<number, TravelVisit>();
  claims: TravelExpense[] = [];
  lineTravel = new Map<number, number>();
  audits: string[] = [];

  constructor() {
    const visit = (id: number, over: Partial<TravelVisit> = {}): TravelVisit => ({
      id,
      round: id,
      status: "held",
      heldOn: `2019-10-0${id}`,
      expertId: 7,
      caseId: 3,
      companyName: "株式会社A",
      expertName: "山田 太郎",
      expertSlackUserId: "UEXP",
      honorariumStatus: "payable",
      ...over,
    });
    this.visits.set(1, visit(1));
    this.visits.set(2, visit(2, { status: "scheduled", heldOn: null, honorariumStatus: null }));
    this.visits.set(3, visit(3, { honorariumStatus: "paid" }));
  }

  repo(): TravelRepository {
    return {
      writeAudit: async (_db, entry) => {
        this.audits.push(`${entry.action}:${entry.entityId}`);
      },
      findUserLocale: async (_db, userId) => (userId === "UEXP" ? "ja" : null),
      findTravelVisit: async (_db, id) => this.visits.get(id) ?? null,
      findTravel: async (_db, id) => this.claims.find((c) => c.id === id) ?? null,
      findTravelByVisit: async (_db, visitId) => this.claims.find((c) => c.visitId === visitId) ?? null,
      findTravelBySubmissionKey: async (_db, key) => this.claims.find((c) => c.submissionKey === key) ?? null,
      listTravelOfVisits: async (_db, ids) => this.claims.filter((c) => ids.includes(c.visitId)),
      createTravel: async (_db, data) => {
        const claim: TravelExpense = {
          id: this.claims.length + 1,
          status: "submitted",
          returnReason: null,
          reviewedBy: null,
          reviewedAt: null,
          revision: 1,
          ...data,
        };
        this.claims.push(claim);
        return claim;
      },
      resubmitTravel: async (_db, id, data) => {
        const c = this.claims.find((x) => x.id === id && x.status === "returned");
        if (!c) return null;
        Object.assign(c, data, { status: "submitted", returnReason: null, reviewedBy: null, revision: c.revision + 1 });
        return c;
      },
      decideTravel: async (_db, id, data) => {
        const c = this.claims.find((x) => x.id === id && x.status === "submitted");
        if (!c) return false;
        Object.assign(c, data);
        return true;
      },
      setPayableTravel: async (_db, visitId, yen) => {
        this.lineTravel.set(visitId, yen);
      },
    };
  }
}

class FakeNotifier implements Pick<Notifier, "post" | "dm" | "update" | "kick"> {
  sent: { kind: string; key: string; to: string; text: string; blocks: string }[] = [];
  record =
    (kind: string) => async (_tx: DbClient, key: string, to: string, content: { text: string; blocks?: unknown[] }) => {
      if (this.sent.some((s) => s.key === key)) return false;
      this.sent.push({ kind, key, to, text: content.text, blocks: JSON.stringify(content.blocks ?? []) });
      return true;
    };
  post = this.record("post");
  dm = this.record("dm");
  update = this.record("update");
  kick = () => {};
}

function world() {
  const data = new FakeTravelData();
  const notifier = new FakeNotifier();
  const db: Pick<Database, "client" | "transaction"> = { client: tx, transaction: (fn) => fn(tx) };
  const service = new TravelService(
    db,
    new ManualClock("2019-10-15T10:00:00"),
    notifier,
    { secretariat: async () => "CSEC" },
    data.repo(),
  );
  return { data, notifier, service };
}

const expert: Actor = { userId: "UEXP", locale: "ja", isSecretariat: false, expert: { id: 7, status: "active" } };
const otherExpert: Actor = { userId: "UOTH", locale: "en", isSecretariat: false, expert: { id: 8, status: "active" } };
const secretariat: Actor = { userId: "USEC", locale: "ja", isSecretariat: true, expert: null };
const claim: TravelInput = {
  visitId: 1,
  amount: "１２,３４０円",
  description: "東京駅→新潟駅 新幹線 往復",
  receiptFileId: "F123",
  receiptUrl: "",
};

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("travel expenses: the expert claims", () => {
  it("a claim with a receipt goes to the secretariat channel once, even when the modal is submitted twice", async () => {
    const { service, data, notifier } = world();
    const first = await service.submit(expert, claim, "V1");
    const again = await service.submit(expert, claim, "V1");
    expect(again.id).toBe(first.id);
    expect(data.claims).toHaveLength(1);
    expect(first).toMatchObject({ amountYen: 12_340, status: "submitted", receiptFileId: "F123", receiptUrl: null });
    const posts = notifier.sent.filter((s) => s.kind === "post");
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ to: "CSEC", text: "交通費の申請: 山田 太郎 株式会社A 12,340円" });
    expect(posts[0].blocks).toContain("travel_expense_accept");
    expect(data.audits).toEqual(["travel.submit:1"]);
  });

  it("refuses field by field: amount, route, receipt, link", async () => {
    const { service } = world();
    const field = async (over: Partial<TravelInput>) =>
      (await refusal(service.submit(expert, { ...claim, ...over }, null))).options.field;
    expect(await field({ amount: "12.5" })).toBe("travel_amount");
    expect(await field({ amount: "0" })).toBe("travel_amount");
    expect(await field({ amount: "600000" })).toBe("travel_amount");
    expect(await field({ description: "  " })).toBe("travel_description");
    expect(await field({ receiptFileId: null, receiptUrl: "" })).toBe("travel_receipt_url");
    expect(await field({ receiptFileId: null, receiptUrl: "javascript:alert(1)" })).toBe("travel_receipt_url");
  });

  it("only the expert who held the visit, only once it was held, never after its honorarium was paid", async () => {
    const { service, data } = world();
    const other = await refusal(service.submit(otherExpert, claim, null));
    expect(other.code).toBe("forbidden");
    expect(other.userMessage.en).toBe("Only the expert who held the visit can claim its travel.");
    expect((await refusal(service.submit(secretariat, claim, null))).code).toBe("forbidden");
    expect((await refusal(service.submit(expert, { ...claim, visitId: 2 }, null))).code).toBe("invalid_state");
    const paid = await refusal(service.submit(expert, { ...claim, visitId: 3 }, null));
    expect(paid.userMessage.ja).toContain("支払済み");
    expect(data.claims).toHaveLength(0);
  });

  it("a claim in review cannot be claimed again", async () => {
    const { service } = world();
    await service.submit(expert, claim, "V1");
    expect((await refusal(service.submit(expert, claim, "V2"))).code).toBe("already_done");
    expect((await refusal(service.claimable(expert, 1))).code).toBe("already_done");
  });
});

describe("travel expenses: the secretariat decides", () => {
  it("accepting puts the amount on the visit's payable line and tells the expert; the review message loses its buttons", async () => {
    const { service, data, notifier } = world();
    const c = await service.submit(expert, claim, "V1");
    await service.accept(secretariat, c.id);
    expect(data.claims[0]).toMatchObject({ status: "accepted", reviewedBy: "USEC" });
    expect(data.lineTravel.get(1)).toBe(12_340);
    const dm = notifier.sent.find((s) => s.kind === "dm");
    expect(dm?.text).toContain("交通費が承認されました");
    expect(dm?.text).toContain("12,340円");
    const update = notifier.sent.find((s) => s.kind === "update");
    expect(update?.blocks).not.toContain("travel_expense_accept");
    expect(update?.blocks).toContain("承認済み");
    expect((await refusal(service.accept(secretariat, c.id))).code).toBe("already_done");
    expect((await refusal(service.submit(expert, claim, "V3"))).userMessage.en).toBe(
      "This visit's travel was already accepted.",
    );
  });

  it("only the secretariat accepts or returns, checked by the service", async () => {
    const { service, data } = world();
    const c = await service.submit(expert, claim, "V1");
    expect((await refusal(service.accept(expert, c.id))).code).toBe("rule_violation");
    expect((await refusal(service.returnForRevision(expert, c.id, "no"))).code).toBe("rule_violation");
    expect((await refusal(service.reviewable(otherExpert, c.id))).code).toBe("rule_violation");
    expect(data.claims[0].status).toBe("submitted");
  });

  it("a return needs a reason; the expert fixes the claim and it is reviewed afresh", async () => {
    const { service, data, notifier } = world();
    const c = await service.submit(expert, claim, "V1");
    expect((await refusal(service.returnForRevision(secretariat, c.id, " "))).options.field).toBe(
      "travel_return_reason",
    );
    await service.returnForRevision(secretariat, c.id, "領収書の日付が読めません");
    const dm = notifier.sent.find((s) => s.kind === "dm");
    expect(dm?.text).toContain("理由: 領収書の日付が読めません");
    expect(dm?.blocks).toContain("travel_expense_open");
    const reopened = await service.claimable(expert, 1);
    expect(reopened.travel?.returnReason).toBe("領収書の日付が読めません");

    await service.submit(
      expert,
      { ...claim, amount: "11,800", receiptFileId: null, receiptUrl: "https://example.jp/r.pdf" },
      "V2",
    );
    expect(data.claims).toHaveLength(1);
    expect(data.claims[0]).toMatchObject({ status: "submitted", amountYen: 11_800, revision: 2, returnReason: null });
    const posts = notifier.sent.filter((s) => s.kind === "post");
    expect(posts.map((p) => p.key)).toEqual(["travel:1:r1:review", "travel:1:r2:review"]);
    await service.accept(secretariat, c.id);
    expect(data.lineTravel.get(1)).toBe(11_800);
    expect(data.audits).toEqual(["travel.submit:1", "travel.return:1", "travel.resubmit:1", "travel.accept:1"]);
  });
});
