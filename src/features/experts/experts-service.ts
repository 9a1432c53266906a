import type { Database } from "../../db/client.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both, toLocale } from "../../lib/i18n.js";
import { esc } from "../../slack/mrkdwn.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import { EXPERT_FIELD_ERRORS, type ExpertInput, ExpertInputSchema } from "./experts.schemas.js";
import {
  countOpenCases,
  countRegistrations,
  createExpert,
  type Expert,
  findExpertById,
  findExpertBySlackUser,
  findFormColumnsBySlackUser,
  readExpertStatus,
  setFormColumns,
  toColumns,
  transitionExpert,
  updateExpert,
} from "./experts-repository.js";
import { expertErrorsTexts } from "./views/expert-errors.texts.js";
import { approvedDm, expertReviewMessage, registrationReceivedDm, rejectedDm } from "./views/expert-messages.js";

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

/**
 * Validates the registration / profile form; every problem is reported on its own field. With no
 * prefecture to visit chosen, the expert visits their own.
 */
export function parseExpertForm(values: ExpertFormValues): ExpertInput {
  const required: Record<string, Localized> = {};
  if (!values.qualification) required.qualification = both(expertErrorsTexts, (t) => t.chooseQualification);
  if (!values.prefecture) required.prefecture = both(expertErrorsTexts, (t) => t.choosePrefecture);
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

export class ExpertsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: SecretariatChannel,
  ) {}

  /** Validates form values; every problem is reported on its own field. */
  parseForm(values: ExpertFormValues): ExpertInput {
    return parseExpertForm(values);
  }

  async findOwn(userId: string): Promise<Expert | null> {
    return findExpertBySlackUser(this.db.client, userId);
  }

  async get(actor: Actor, expertId: number): Promise<Expert> {
    const expert = await findExpertById(this.db.client, expertId);
    if (!expert || (!actor.isSecretariat && expert.slackUserId !== actor.userId)) throw notFound();
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
        throw new AppError(
          "already_done",
          both(expertErrorsTexts, (t) => t.alreadyRegistered),
        );
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
      const round = await countRegistrations(tx, expert.id);
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
        throw new AppError(
          "not_found",
          both(expertErrorsTexts, (t) => t.noRecord),
        );
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
      if (!expert) throw notFound();
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
      const round = await countRegistrations(tx, expertId);
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
    const row = Number.isSafeInteger(expertId) ? await readExpertStatus(this.db.read, expertId) : undefined;
    if (!row) throw notFound();
    if (row.status !== "pending") throw alreadyDecided(row);
  }

  async reject(actor: Actor, expertId: number, reason: string): Promise<Expert> {
    requireRole(actor, "secretariat");
    const trimmed = reason.trim();
    if (trimmed === "")
      throw new AppError(
        "invalid_input",
        both(expertErrorsTexts, (t) => t.enterReason),
        { field: "reason" },
      );
    const result = await this.db.transaction(async (tx) => {
      const expert = await findExpertById(tx, expertId);
      if (!expert) throw notFound();
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
      const round = await countRegistrations(tx, expertId);
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

function notFound(): AppError {
  return new AppError(
    "not_found",
    both(expertErrorsTexts, (t) => t.notFound),
  );
}

function alreadyDecided(expert: Pick<Expert, "status" | "nameKanji">, field?: string): AppError {
  const status = (t: (typeof expertErrorsTexts)["ja"]) =>
    expert.status === "active" ? t.statusApproved : expert.status === "rejected" ? t.statusRejected : expert.status;
  return new AppError(
    "already_done",
    both(expertErrorsTexts, (t) => t.alreadyDecided({ name: esc(expert.nameKanji), status: status(t) })),
    field ? { field } : {},
  );
}

function pickChanged(row: Record<string, unknown>, columns: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(columns).map((k) => [k, row[k]]));
}
