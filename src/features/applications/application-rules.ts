import { industryByCode, type SmeCategory } from "../../domain/industries.js";
import { checkSmeEligibility, formatOkuYen, SME_THRESHOLDS } from "../../domain/sme-eligibility.js";
import { formatSlashDate } from "../../lib/dates.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import type { ApplicationInput } from "./applications.schemas.js";
import { APPLICATION_IDS } from "./applications-ids.js";
import type { ApplicationDetail } from "./applications-repository.js";
import { applicationErrorsTexts as texts } from "./views/application-errors.texts.js";

const B = APPLICATION_IDS.blocks;

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

export function reviewKey(applicationId: number): string {
  return `application:${applicationId}:review`;
}

/**
 * The Slack users to tell about an application: its contact's Slack user, and whoever filled the
 * form in themselves (not the secretariat entering a paper application).
 */
export function applicantUsers(a: Pick<ApplicationDetail, "contactSlackUserId" | "source" | "submittedBy">): string[] {
  const users = [a.contactSlackUserId, a.source === "slack" ? a.submittedBy : null];
  return [...new Set(users.filter((u): u is string => Boolean(u)))];
}

/** The program's application window and the day an application counts as received. */
export type ApplicationWindow = { applyFrom: string; applyUntil: string };

/** Refuses a received-on day outside the window (and, for the secretariat, one in the future). */
export function checkWindow(program: ApplicationWindow, receivedOn: string, today: string, onBehalf: boolean): void {
  const window = `${formatSlashDate(program.applyFrom)}〜${formatSlashDate(program.applyUntil)}`;
  if (onBehalf && receivedOn > today)
    throw new AppError(
      "invalid_input",
      both(texts, (t) => t.receivedInFuture),
      { field: B.receivedOn },
    );
  if (receivedOn >= program.applyFrom && receivedOn <= program.applyUntil) return;
  if (onBehalf)
    throw new AppError(
      "rule_violation",
      both(texts, (t) => t.receivedOutsideWindow(window)),
      { field: B.receivedOn },
    );
  throw new AppError(
    "rule_violation",
    both(texts, (t) => t.outsideWindow(window)),
    { field: B.companyName },
  );
}

const CATEGORY_LABELS: Record<Exclude<SmeCategory, "not_eligible">, Localized> = {
  manufacturing_other: both(texts, (t) => t.categoryManufacturingOther),
  wholesale: both(texts, (t) => t.categoryWholesale),
  services: both(texts, (t) => t.categoryServices),
  retail: both(texts, (t) => t.categoryRetail),
};

/** Which SME threshold a company misses, on the field that shows it; null when it is an SME. */
export function eligibilityProblem(
  input: Pick<ApplicationInput, "industry" | "capital" | "employees">,
): { block: string; message: Localized } | null {
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
        ja: texts.ja.industryNotCovered(industry?.ja ?? input.industry),
        en: texts.en.industryNotCovered(industry?.en ?? input.industry),
      },
    };
  const limits = SME_THRESHOLDS[industry.sme];
  const label = CATEGORY_LABELS[industry.sme];
  const facts = {
    capitalYen: limits.capitalYen,
    capital: formatOkuYen(limits.capitalYen),
    employees: limits.employees,
  };
  return {
    block: input.capital === null ? B.employees : B.capital,
    message: {
      ja: texts.ja.notSme({ ...facts, category: label.ja }),
      en: texts.en.notSme({ ...facts, category: label.en }),
    },
  };
}

/** What a possible duplicate says: to the applicant, that there is no need; to the secretariat, which one. */
export function duplicateMessage(
  found: { id: number; receivedOn: string; company: { name: string } },
  onBehalf: boolean,
): Localized {
  if (!onBehalf) return both(texts, (t) => t.alreadyApplied);
  const when = formatSlashDate(found.receivedOn);
  return both(texts, (t) => t.maybeDuplicate({ id: found.id, company: found.company.name, when }));
}

const OVERRIDE_HINT = {
  eligibility: both(texts, (t) => t.overrideEligibility),
  duplicate: both(texts, (t) => t.overrideDuplicate),
};

export type Warning = { kind: "eligibility" | "duplicate"; block: string; message: Localized };

/**
 * The warnings an intake raised, weighed: an applicant sees each on its field; the secretariat
 * sees it with a hint at the override box, unless it ticked that box (then the override is
 * recorded instead).
 */
export function weighWarnings(
  warnings: Warning[],
  opts: { onBehalf: boolean; overrides: readonly string[] },
): { fields: Record<string, Localized>; overridden: { eligibility: boolean; duplicate: boolean } } {
  const fields: Record<string, Localized> = {};
  const overridden = { eligibility: false, duplicate: false };
  for (const { kind, block, message } of warnings) {
    if (opts.onBehalf && opts.overrides.includes(kind)) {
      overridden[kind] = true;
      continue;
    }
    fields[block] ??= opts.onBehalf ? withHint(message, OVERRIDE_HINT[kind]) : message;
    if (opts.onBehalf) fields[B.overrides] ??= OVERRIDE_HINT[kind];
  }
  return { fields, overridden };
}

function withHint(message: Localized, hint: Localized): Localized {
  return {
    ja: texts.ja.withHint({ message: message.ja, hint: hint.ja }),
    en: texts.en.withHint({ message: message.en, hint: hint.en }),
  };
}
