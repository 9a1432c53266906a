import type { Database, DbClient } from "../../db/client.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { toLocale } from "../../lib/i18n.js";
import { esc } from "../../slack/mrkdwn.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import { EXPERT_FIELD_ERRORS, type ExpertInput, ExpertInputSchema } from "./experts.schemas.js";
import {
  countOpenCases,
  createExpert,
  type Expert,
  findExpertById,
  findExpertBySlackUser,
  findFormColumnsBySlackUser,
  setFormColumns,
  toColumns,
  transitionExpert,
  updateExpert,
} from "./experts-repository.js";
import { approvedDm, expertReviewMessage, registrationReceivedDm, rejectedDm } from "./views/expert-messages.js";

export type Channels = { secretariat: () => Promise<string> };

/** Raw form values as strings/arrays, before validation. */
export type ExpertFormValues = {
  name_kanji: string;
  name_kana: string;
  qualification: string | null;
  riss_number: string;
  prefecture: string | null;
  covered_prefectures: string[];
  industries: string[];
  capacity: string;
  email: string;
  phone: string;
  profile: string;
};

export function reviewKey(expertId: number, round: number) {
  return `expert:${expertId}:review:${round}`;
}

export class ExpertsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: Channels,
  ) {}

  /** Validates form values; every problem is reported on its own field. */
  parseForm(values: ExpertFormValues): ExpertInput {
    const required: Record<string, Localized> = {};
    if (!values.qualification)
      required.qualification = { ja: "資格を選んでください。", en: "Choose your qualification." };
    if (!values.prefecture)
      required.prefecture = {
        ja: "居住都道府県を選んでください（ない場合は「記載なし」）。",
        en: "Choose your prefecture (or “Not given”).",
      };
    const prefecture = values.prefecture && values.prefecture !== "none" ? Number(values.prefecture) : null;
    const parsed = ExpertInputSchema.safeParse({
      ...values,
      prefecture,
      covered_prefectures: values.covered_prefectures.map(Number),
      capacity: values.capacity === "" ? Number.NaN : Number(values.capacity),
      qualification: values.qualification ?? "RISS",
    });
    const fields: Record<string, Localized> = { ...required };
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        fields[key] ??= EXPERT_FIELD_ERRORS[issue.message] ?? EXPERT_FIELD_ERRORS.required;
      }
    }
    if (Object.keys(fields).length > 0 || !parsed.success) {
      throw new AppError("invalid_input", Object.values(fields)[0], { fields });
    }
    const input = parsed.data;
    if (input.covered_prefectures.length === 0 && input.prefecture) input.covered_prefectures = [input.prefecture];
    return input;
  }

  async findOwn(userId: string): Promise<Expert | null> {
    return findExpertBySlackUser(this.db.client, userId);
  }

  async get(actor: Actor, expertId: number): Promise<Expert> {
    const expert = await findExpertById(this.db.client, expertId);
    if (!expert || (!actor.isSecretariat && expert.slackUserId !== actor.userId))
      throw new AppError("not_found", { ja: "専門家が見つかりません。", en: "Expert not found." });
    return expert;
  }

  async openCases(expertId: number): Promise<number> {
    return countOpenCases(this.db.client, expertId);
  }

  /**
   * Creates a pending expert and asks the secretariat to review it. A repeated submission by the
   * same user while pending changes nothing; after a rejection the record is resubmitted.
   */
  async register(actor: Actor, input: ExpertInput): Promise<{ expert: Expert; created: boolean }> {
    const now = this.clock.now();
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      const existing = await findExpertBySlackUser(tx, actor.userId);
      if (existing && existing.status !== "rejected" && existing.status !== "withdrawn") {
        if (existing.status === "pending") return { expert: existing, created: false };
        throw new AppError("already_done", {
          ja: "すでに専門家として登録されています。変更は `/expert profile` から行えます。",
          en: "You are already registered as an expert. Use `/expert profile` to change your record.",
        });
      }
      const columns = toColumns(input);
      const expert = existing
        ? await updateExpert(tx, existing.id, {
            ...columns,
            status: "pending",
            statusReason: null,
            registeredOn: todayJst(this.clock),
          } as Partial<Expert>)
        : await createExpert(tx, { ...columns, slackUserId: actor.userId, registeredOn: todayJst(this.clock) });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: existing ? "expert.reapply" : "expert.register",
          entityType: "expert",
          entityId: expert.id,
          before: existing ? { status: existing.status } : null,
          after: { status: "pending", ...columns },
        },
        now,
      );
      const round = await reviewRound(tx, expert.id);
      await this.notifier.post(tx, reviewKey(expert.id, round), channel, expertReviewMessage(expert));
      await this.notifier.dm(
        tx,
        `expert:${expert.id}:received:${round}`,
        actor.userId,
        registrationReceivedDm(expert, actor.locale),
      );
      return { expert, created: true };
    });
    this.notifier.kick();
    return result;
  }

  async updateProfile(actor: Actor, input: ExpertInput): Promise<void> {
    const columns = toColumns(input);
    await this.db.transaction(async (tx) => {
      const existing = await findFormColumnsBySlackUser(
        tx,
        actor.userId,
        Object.keys(columns) as (keyof typeof columns)[],
      );
      if (!existing)
        throw new AppError("not_found", {
          ja: "専門家登録がありません。`/expert register` で登録してください。",
          en: "You have no expert record. Register with `/expert register`.",
        });
      await setFormColumns(tx, existing.id, columns);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "expert.update_profile",
          entityType: "expert",
          entityId: existing.id,
          before: pickChanged(existing, columns),
          after: columns,
        },
        this.clock.now(),
      );
    });
  }

  /** Approves a pending expert; a second click finds it decided and says so. */
  async approve(actor: Actor, expertId: number): Promise<Expert> {
    requireRole(actor, "secretariat");
    await this.refuseIfDecided(expertId);
    const result = await this.db.transaction(async (tx) => {
      const expert = await findExpertById(tx, expertId);
      if (!expert) throw new AppError("not_found", { ja: "専門家が見つかりません。", en: "Expert not found." });
      if (expert.status !== "pending") throw alreadyDecided(expert);
      const now = this.clock.now();
      const moved = await transitionExpert(tx, expertId, "pending", {
        status: "active",
        approvedAt: now,
        approvedBy: actor.userId,
        statusReason: null,
      });
      if (!moved) throw alreadyDecided(expert);
      const updated = { ...expert, status: "active", approvedAt: now, approvedBy: actor.userId };
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "expert.approve",
          entityType: "expert",
          entityId: expertId,
          before: { status: "pending" },
          after: { status: "active" },
        },
        now,
      );
      const round = await reviewRound(tx, expertId);
      await this.notifier.update(
        tx,
        `${reviewKey(expertId, round)}:decided`,
        reviewKey(expertId, round),
        expertReviewMessage(updated, { status: "active", by: actor.userId }),
      );
      if (expert.slackUserId) {
        const locale = toLocale(await findUserLocale(tx, expert.slackUserId));
        await this.notifier.dm(
          tx,
          `expert:${expertId}:approved:${round}`,
          expert.slackUserId,
          approvedDm(updated, locale),
        );
      }
      return updated;
    });
    this.notifier.kick();
    return result;
  }

  /**
   * A second click on 承認 (or a retried request) is answered from the read connection without
   * opening a transaction; the transaction below still checks, for clicks that race.
   */
  private async refuseIfDecided(expertId: number): Promise<void> {
    const row = Number.isSafeInteger(expertId)
      ? await this.db.read.get<{ status: string; nameKanji: string }>(
          'SELECT "status", "nameKanji" FROM "Expert" WHERE "id" = ?',
          expertId,
        )
      : undefined;
    if (!row) throw new AppError("not_found", { ja: "専門家が見つかりません。", en: "Expert not found." });
    if (row.status !== "pending") throw alreadyDecided(row);
  }

  async reject(actor: Actor, expertId: number, reason: string): Promise<Expert> {
    requireRole(actor, "secretariat");
    const trimmed = reason.trim();
    if (trimmed === "")
      throw new AppError(
        "invalid_input",
        { ja: "不承認の理由を入力してください。", en: "Enter the reason for rejecting." },
        { field: "reason" },
      );
    const result = await this.db.transaction(async (tx) => {
      const expert = await findExpertById(tx, expertId);
      if (!expert) throw new AppError("not_found", { ja: "専門家が見つかりません。", en: "Expert not found." });
      if (expert.status !== "pending") throw alreadyDecided(expert, "reason");
      const moved = await transitionExpert(tx, expertId, "pending", { status: "rejected", statusReason: trimmed });
      if (!moved) throw alreadyDecided(expert, "reason");
      const updated = { ...expert, status: "rejected", statusReason: trimmed };
      const now = this.clock.now();
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "expert.reject",
          entityType: "expert",
          entityId: expertId,
          before: { status: "pending" },
          after: { status: "rejected", reason: trimmed },
        },
        now,
      );
      const round = await reviewRound(tx, expertId);
      await this.notifier.update(
        tx,
        `${reviewKey(expertId, round)}:decided`,
        reviewKey(expertId, round),
        expertReviewMessage(updated, { status: "rejected", by: actor.userId, reason: trimmed }),
      );
      if (expert.slackUserId) {
        const locale = toLocale(await findUserLocale(tx, expert.slackUserId));
        await this.notifier.dm(
          tx,
          `expert:${expertId}:rejected:${round}`,
          expert.slackUserId,
          rejectedDm(updated, trimmed, locale),
        );
      }
      return updated;
    });
    this.notifier.kick();
    return result;
  }
}

/** Counts registrations of this expert (a rejected expert may apply again: a new review round). */
async function reviewRound(tx: DbClient, expertId: number): Promise<number> {
  return tx.auditLog.count({
    where: { entityType: "expert", entityId: String(expertId), action: { in: ["expert.register", "expert.reapply"] } },
  });
}

function alreadyDecided(expert: Pick<Expert, "status" | "nameKanji">, field?: string): AppError {
  const status =
    expert.status === "active"
      ? { ja: "承認済み", en: "approved" }
      : expert.status === "rejected"
        ? { ja: "不承認", en: "rejected" }
        : { ja: expert.status, en: expert.status };
  return new AppError(
    "already_done",
    {
      ja: `${esc(expert.nameKanji)} さんの登録はすでに${status.ja}です。変更はありません。`,
      en: `${esc(expert.nameKanji)}'s registration is already ${status.en}; nothing was changed.`,
    },
    field ? { field } : {},
  );
}

function pickChanged(row: Record<string, unknown>, columns: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(columns).map((k) => [k, row[k]]));
}
