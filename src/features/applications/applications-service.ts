import type { Database, DbClient } from "../../db/client.js";
import { industryByCode, type SmeCategory } from "../../domain/industries.js";
import { checkSmeEligibility, formatOkuYen, SME_THRESHOLDS } from "../../domain/sme-eligibility.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { formatSlashDate } from "../../lib/dates.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { type Locale, toLocale } from "../../lib/i18n.js";
import { screenedInvalidMail, screenedValidMail } from "../../mail/matching-mails.js";
import { esc } from "../../slack/mrkdwn.js";
import { writeAudit } from "../audit/audit-repository.js";
import { countExpertsByStatus, findExpertById, listPendingExperts } from "../experts/experts-repository.js";
import type { Channels } from "../experts/experts-service.js";
import type { Notifier } from "../outbox/notifier.js";
import type { Program, ProgramService } from "../program/program-service.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import type { SmeService } from "../sme/sme-service.js";
import {
  APPLICATION_FIELD_ERRORS,
  type ApplicationInput,
  ApplicationInputSchema,
  CLOSED_STATUSES,
  formatInvalidReason,
  InvalidReasonSchema,
  SecretariatApplicationInputSchema,
} from "./applications.schemas.js";
import { APPLICATION_IDS } from "./applications-ids.js";
import {
  type ApplicationDetail,
  countApplicationsInStatus,
  createApplication,
  findApplicationById,
  findApplicationBySubmissionKey,
  listApplicationsByCompany,
  listApplicationsByStatus,
  searchActiveExperts,
  transitionApplication,
} from "./applications-repository.js";
import { applicationReviewMessage, invalidDm, receiptDm, validDm } from "./views/application-messages.js";
import { invalidReasonSentence, labelOf, STATUS_LABELS } from "./views/application-text.js";
import type { SecretariatDashboard } from "./views/applications-home.js";

const B = APPLICATION_IDS.blocks;

/** Raw form values as strings/arrays, before validation; keys are the modal's block ids. */
export type ApplicationFormValues = {
  received_via: string | null;
  received_on: string | null;
  company_name: string;
  company_kana: string;
  corporate_number: string;
  industry: string | null;
  capital: string;
  employees: string;
  prefecture: string | null;
  address: string;
  contact_name: string;
  contact_title: string;
  contact_email: string;
  contact_phone: string;
  contact_user: string | null;
  heard_from: string | null;
  recruiter: string | null;
  schedule_wishes: string;
  overrides: string[];
};

/**
 * The key two spellings of one company share: full-width → half-width (NFKC), legal-form words
 * (株式会社, (株), 有限会社, (有)) and all spaces removed, Latin letters lower-cased.
 */
export function normaliseCompanyName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/株式会社|有限会社|\(株\)|\(有\)/g, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

const CATEGORY_LABELS: Record<Exclude<SmeCategory, "not_eligible">, Localized> = {
  manufacturing_other: { ja: "製造業その他", en: "Manufacturing and other industries" },
  wholesale: { ja: "卸売業", en: "Wholesale" },
  services: { ja: "サービス業", en: "Services" },
  retail: { ja: "小売業・飲食店", en: "Retail and eating places" },
};

const OVERRIDE_HINT = {
  eligibility: {
    ja: "このまま登録する場合は、下の「対象外に見えても登録する」にチェックしてください。",
    en: "To register it anyway, tick “Register even though it looks ineligible” below.",
  },
  duplicate: {
    ja: "このまま登録する場合は、下の「重複に見えても登録する」にチェックしてください。",
    en: "To register it anyway, tick “Register even though it looks like a duplicate” below.",
  },
};

const SUGGESTION_LIMIT = 100;

export class ApplicationsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: Channels,
    private readonly program: ProgramService,
    /** E-mail and links for contacts outside Slack; null when the web side is not configured. */
    private readonly sme: SmeService | null = null,
  ) {}

  /** Whether the public form and SME e-mail are on (PUBLIC_BASE_URL and LINK_SECRET set). */
  get webEnabled(): boolean {
    return this.sme !== null;
  }

  /** What the modal needs: today in Japan time and the current application window. */
  async formDefaults(): Promise<{ today: string; window: { from: string; until: string } | null }> {
    const program = await this.program.currentOrNull();
    return {
      today: todayJst(this.clock),
      window: program ? { from: program.applyFrom, until: program.applyUntil } : null,
    };
  }

  /** Validates form values; every problem is reported on its own field. */
  parseForm(values: ApplicationFormValues, onBehalf: boolean): ApplicationInput {
    const schema = onBehalf ? SecretariatApplicationInputSchema : ApplicationInputSchema;
    const parsed = schema.safeParse({
      ...values,
      capital: values.capital === "" ? null : Number(values.capital),
      employees: values.employees === "" ? undefined : Number(values.employees),
      prefecture: values.prefecture === null ? undefined : Number(values.prefecture),
      recruiter: values.recruiter === null ? null : Number(values.recruiter),
      received_via: onBehalf ? values.received_via : null,
      received_on: onBehalf ? values.received_on : null,
      overrides: onBehalf ? values.overrides : [],
    });
    if (parsed.success) return parsed.data;
    const fields: Record<string, Localized> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      fields[key] ??= APPLICATION_FIELD_ERRORS[issue.message] ?? APPLICATION_FIELD_ERRORS.required;
    }
    throw new AppError("invalid_input", Object.values(fields)[0], { fields });
  }

  /**
   * Registers an application: checks the window, SME eligibility and duplicates (the secretariat
   * may override the last two), then stores it with its company, an audit row and notifications
   * in one transaction. The same submission (key) delivered again returns the first record.
   */
  async apply(
    actor: Actor,
    input: ApplicationInput,
    opts: {
      submissionKey: string;
      onBehalf: boolean;
      /** Filled in on the public web form, in this language (the contact's mail follows it). */
      web?: { locale: Locale };
    },
  ): Promise<{ application: ApplicationDetail; created: boolean }> {
    if (opts.onBehalf) requireRole(actor, "secretariat");
    const program = await this.program.current();
    const today = todayJst(this.clock);
    const receivedOn = opts.onBehalf && input.received_on ? input.received_on : today;
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      const repeated = await findApplicationBySubmissionKey(tx, opts.submissionKey);
      if (repeated) return { application: repeated, created: false };
      checkWindow(program, receivedOn, today, opts.onBehalf);

      const fields: Record<string, Localized> = {};
      const overridden = { eligibility: false, duplicate: false };
      const warn = (kind: "eligibility" | "duplicate", block: string, message: Localized) => {
        if (opts.onBehalf && input.overrides.includes(kind)) {
          overridden[kind] = true;
          return;
        }
        fields[block] ??= opts.onBehalf ? join(message, OVERRIDE_HINT[kind]) : message;
        if (opts.onBehalf) fields[B.overrides] ??= OVERRIDE_HINT[kind];
      };
      const ineligible = eligibilityProblem(input);
      if (ineligible) warn("eligibility", ineligible.block, ineligible.message);
      const duplicate = await this.findDuplicate(tx, program.id, input);
      if (duplicate) warn("duplicate", duplicate.block, duplicateMessage(duplicate.found, opts.onBehalf));
      if (input.recruiter !== null) {
        const expert = await findExpertById(tx, input.recruiter);
        if (expert?.status !== "active")
          fields[B.recruiter] = {
            ja: "選んだ専門家は現在登録されていません。別の専門家を選ぶか、空欄にしてください。",
            en: "The chosen expert is not currently registered; choose another or leave this blank.",
          };
      }
      if (Object.keys(fields).length > 0) throw new AppError("invalid_input", Object.values(fields)[0], { fields });

      const companyColumns = {
        name: input.company_name,
        nameKana: input.company_kana,
        corporateNumber: input.corporate_number,
        industry: input.industry,
        capitalYen: input.capital,
        employees: input.employees,
        prefecture: input.prefecture,
        address: input.address,
      };
      // Its own company row: a 法人番号 already on file (they are public) changes nothing of the
      // earlier application; the review message names it as a possible duplicate instead.
      const application = await createApplication(
        tx,
        {
          programId: program.id,
          receivedOn,
          source: opts.web ? "web" : opts.onBehalf && input.received_via ? input.received_via : "slack",
          contactLocale: opts.web?.locale ?? "ja",
          heardFrom: input.heard_from,
          contactName: input.contact_name,
          contactTitle: input.contact_title,
          contactEmail: input.contact_email,
          contactPhone: input.contact_phone,
          contactSlackUserId: input.contact_user,
          recruiterExpertId: input.recruiter,
          scheduleWishes: input.schedule_wishes,
          eligibilityOverride: overridden.eligibility,
          duplicateOverride: overridden.duplicate,
          submittedBy: actor.userId,
          submissionKey: opts.submissionKey,
        },
        companyColumns,
      );
      const { company: _c, recruiter: _r, sameNumber, createdAt: _ca, updatedAt: _ua, ...after } = application;
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "application.create",
          entityType: "application",
          entityId: application.id,
          before: null,
          after: { ...after, company: companyColumns, sameCorporateNumber: sameNumber.map((o) => o.id) },
        },
        this.clock.now(),
      );
      await this.notifier.post(tx, reviewKey(application.id), channel, applicationReviewMessage(application));
      for (const userId of applicantUsers(application)) {
        const locale = await this.localeOf(tx, actor, userId);
        await this.notifier.dm(
          tx,
          `application:${application.id}:receipt:${userId}`,
          userId,
          receiptDm(application, locale),
        );
      }
      await this.sme?.sendReceipt(tx, application, actor.userId);
      return { application, created: true };
    });
    if (result.created) this.notifier.kick();
    return result;
  }

  /** Active experts for the preferred-expert select, by any part of the kanji or kana name. */
  async suggestRecruiters(query: string) {
    return searchActiveExperts(this.db.read, query, SUGGESTION_LIMIT);
  }

  async get(actor: Actor, applicationId: number): Promise<ApplicationDetail> {
    requireRole(actor, "secretariat");
    const found = await findApplicationById(this.db.client, applicationId);
    if (!found) throw notFound();
    return found;
  }

  /** Screening: the application is valid. A second click finds it screened and says so. */
  async markValid(actor: Actor, applicationId: number): Promise<ApplicationDetail> {
    requireRole(actor, "secretariat");
    return this.screen(actor, applicationId, { status: "valid", invalidReason: null });
  }

  /** Screening: the application is invalid for a reason (one of the common ones, and details). */
  async markInvalid(
    actor: Actor,
    applicationId: number,
    reason: string | null,
    detail: string,
  ): Promise<ApplicationDetail> {
    requireRole(actor, "secretariat");
    const code = InvalidReasonSchema.safeParse(reason);
    const trimmed = detail.trim();
    if (!code.success)
      throw new AppError(
        "invalid_input",
        { ja: "無効とする理由を選んでください。", en: "Choose the reason." },
        { field: B.reason },
      );
    if (code.data === "other" && trimmed === "")
      throw new AppError(
        "invalid_input",
        { ja: "「その他」の場合は詳細を入力してください。", en: "Describe the reason when choosing “Other”." },
        { field: B.reasonDetail },
      );
    return this.screen(actor, applicationId, {
      status: "invalid",
      invalidReason: formatInvalidReason(code.data, trimmed),
    });
  }

  /** Applications waiting for screening, oldest first, and how many there are. */
  async queue(actor: Actor, take: number): Promise<{ items: ApplicationDetail[]; total: number }> {
    requireRole(actor, "secretariat");
    const program = await this.program.current();
    // Counted first on the read connection: an empty queue (the secretariat caught up) needs no list.
    const total = (await countApplicationsInStatus(this.db.read, program.id, ["received"])).received ?? 0;
    const items = total === 0 ? [] : await listApplicationsByStatus(this.db.client, program.id, "received", take);
    return { items, total };
  }

  async dashboard(actor: Actor, take: number): Promise<SecretariatDashboard> {
    requireRole(actor, "secretariat");
    // The Home tab must render even before a program is set up: then there are no applications.
    const program = await this.program.currentOrNull();
    const [applicationCounts, expertCounts, queue, pendingExperts] = await Promise.all([
      program ? countApplicationsInStatus(this.db.read, program.id) : ({} as Record<string, number>),
      countExpertsByStatus(this.db.read),
      program ? listApplicationsByStatus(this.db.client, program.id, "received", take) : [],
      listPendingExperts(this.db.client, take),
    ]);
    return {
      applicationCounts,
      expertCounts,
      queue,
      queueTotal: applicationCounts.received ?? 0,
      pendingExperts,
      pendingExpertsTotal: expertCounts.pending ?? 0,
    };
  }

  private async screen(
    actor: Actor,
    applicationId: number,
    decision: { status: "valid" | "invalid"; invalidReason: string | null },
  ): Promise<ApplicationDetail> {
    const field = decision.status === "invalid" ? B.reason : undefined;
    const result = await this.db.transaction(async (tx) => {
      const found = await findApplicationById(tx, applicationId);
      if (!found) throw notFound();
      if (found.status !== "received") throw alreadyScreened(found, field);
      const now = this.clock.now();
      const change = { ...decision, screenedBy: actor.userId, screenedAt: now };
      if (!(await transitionApplication(tx, applicationId, "received", change))) throw alreadyScreened(found, field);
      const updated = { ...found, ...change };
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: `application.${decision.status}`,
          entityType: "application",
          entityId: applicationId,
          before: { status: "received" },
          after: decision,
        },
        now,
      );
      const key = reviewKey(applicationId);
      await this.notifier.update(tx, `${key}:screened`, key, applicationReviewMessage(updated));
      for (const userId of applicantUsers(updated)) {
        const locale = await this.localeOf(tx, actor, userId);
        const dm = decision.status === "valid" ? validDm(updated, locale) : invalidDm(updated, locale);
        await this.notifier.dm(tx, `application:${applicationId}:screened:${userId}`, userId, dm);
      }
      await this.sme?.mailProgress(
        tx,
        `application:${applicationId}:screened:mail`,
        applicationId,
        actor.userId,
        (c) =>
          decision.status === "valid"
            ? screenedValidMail(c.data, c.locale, c.signature)
            : screenedInvalidMail(
                { ...c.data, reason: invalidReasonSentence(updated.invalidReason, c.locale) },
                c.locale,
                c.signature,
              ),
      );
      return updated;
    });
    this.notifier.kick();
    return result;
  }

  /** Same 法人番号, or the same normalised name in the same prefecture, among open applications. */
  private async findDuplicate(tx: DbClient, programId: number, input: ApplicationInput) {
    if (input.corporate_number) {
      const [found] = await listApplicationsByCompany(
        tx,
        programId,
        { corporateNumber: input.corporate_number },
        CLOSED_STATUSES,
      );
      if (found) return { block: B.corporateNumber, found };
    }
    const key = normaliseCompanyName(input.company_name);
    const sameArea = await listApplicationsByCompany(tx, programId, { prefecture: input.prefecture }, CLOSED_STATUSES);
    // Two different 法人番号 are two companies, however alike their names.
    const found = sameArea.find(
      (a) =>
        normaliseCompanyName(a.company.name) === key &&
        !(input.corporate_number && a.company.corporateNumber && a.company.corporateNumber !== input.corporate_number),
    );
    return found ? { block: B.companyName, found } : null;
  }

  private async localeOf(tx: DbClient, actor: Actor, userId: string): Promise<Locale> {
    return userId === actor.userId ? actor.locale : toLocale(await findUserLocale(tx, userId));
  }
}

export function reviewKey(applicationId: number): string {
  return `application:${applicationId}:review`;
}

/**
 * Who hears about an application on Slack: its contact's Slack user, and whoever filled the form
 * in themselves (not the secretariat entering a paper application).
 */
/** The Slack users to tell about an application: its contact, and whoever applied through Slack. */
export function applicantUsers(a: Pick<ApplicationDetail, "contactSlackUserId" | "source" | "submittedBy">): string[] {
  const users = [a.contactSlackUserId, a.source === "slack" ? a.submittedBy : null];
  return [...new Set(users.filter((u): u is string => Boolean(u)))];
}

function checkWindow(program: Program, receivedOn: string, today: string, onBehalf: boolean): void {
  const window = `${formatSlashDate(program.applyFrom)}〜${formatSlashDate(program.applyUntil)}`;
  if (onBehalf && receivedOn > today)
    throw new AppError(
      "invalid_input",
      { ja: "受付日に今日より後の日付は指定できません。", en: "The received-on date cannot be in the future." },
      { field: B.receivedOn },
    );
  if (receivedOn >= program.applyFrom && receivedOn <= program.applyUntil) return;
  if (onBehalf)
    throw new AppError(
      "rule_violation",
      {
        ja: `受付日が申込受付期間（${window}）の外です。期間内に届いた申込みだけを登録できます。`,
        en: `The received-on date is outside the application window (${window}); only applications received inside it can be registered.`,
      },
      { field: B.receivedOn },
    );
  throw new AppError(
    "rule_violation",
    {
      ja: `申込受付期間（${window}）外のため、現在は申し込めません。ご不明な点は事務局にお問い合わせください。`,
      en: `Applications are accepted only from ${window}; you cannot apply now. Please contact the secretariat with any questions.`,
    },
    { field: B.companyName },
  );
}

/** Which SME threshold a company misses, on the field that shows it. */
function eligibilityProblem(input: ApplicationInput): { block: string; message: Localized } | null {
  const result = checkSmeEligibility({
    industry: input.industry,
    capitalYen: input.capital,
    employees: input.employees,
  });
  if (result.eligible) return null;
  const industry = industryByCode(input.industry);
  if (!industry || industry.sme === "not_eligible")
    return {
      block: B.industry,
      message: {
        ja: `${industry?.ja ?? input.industry}はこの事業の対象外です。`,
        en: `${industry?.en ?? input.industry} is not covered by this program.`,
      },
    };
  const t = SME_THRESHOLDS[industry.sme];
  const label = CATEGORY_LABELS[industry.sme];
  return {
    block: input.capital === null ? B.employees : B.capital,
    message: {
      ja: `中小企業の要件を満たしていません。${label.ja}は資本金${formatOkuYen(t.capitalYen)}以下または従業員${t.employees}人以下が対象です。`,
      en: `This company does not meet the SME criteria. ${label.en}: capital of ¥${t.capitalYen / 1_000_000} million or less, or ${t.employees} regular employees or fewer.`,
    },
  };
}

function duplicateMessage(
  found: { id: number; receivedOn: string; company: { name: string } },
  onBehalf: boolean,
): Localized {
  if (!onBehalf)
    return {
      ja: "この企業からのお申込みはすでに受け付けています。重ねて申し込む必要はありません。ご不明な点は事務局にお問い合わせください。",
      en: "An application from this company has already been received; there is no need to apply again. Please contact the secretariat with any questions.",
    };
  const when = formatSlashDate(found.receivedOn);
  return {
    ja: `重複の可能性があります: 申込番号 #${found.id}（${found.company.name}、受付日 ${when}）。`,
    en: `This may be a duplicate of application #${found.id} (${found.company.name}, received ${when}).`,
  };
}

function join(a: Localized, b: Localized): Localized {
  return { ja: `${a.ja}${b.ja}`, en: `${a.en} ${b.en}` };
}

function notFound(): AppError {
  return new AppError("not_found", { ja: "申込みが見つかりません。", en: "Application not found." });
}

function alreadyScreened(a: ApplicationDetail, field?: string): AppError {
  const status = (l: Locale) => labelOf(STATUS_LABELS, a.status, l);
  return new AppError(
    "already_done",
    {
      ja: `申込み #${a.id}（${esc(a.company.name)}）はすでに審査済みです（${status("ja")}）。変更はありません。`,
      en: `Application #${a.id} (${esc(a.company.name)}) has already been screened (${status("en")}); nothing was changed.`,
    },
    field ? { field } : {},
  );
}
