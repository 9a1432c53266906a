import { z } from "zod";
import { validateCorporateNumber } from "../../domain/corporate-number.js";
import { INDUSTRY_CODES } from "../../domain/industries.js";
import { isIsoDate } from "../../lib/dates.js";
import type { Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { APPLICATION_IDS, APPLICATION_TEXT_LIMITS } from "./applications-ids.js";
import { applicationErrorsTexts } from "./views/application-errors.texts.js";

/** slack: entered by the applicant in Slack; the others: entered by the secretariat. */
export const ApplicationSourceSchema = z.enum(["slack", "mail", "fax", "web", "phone", "import"]);
export type ApplicationSource = z.infer<typeof ApplicationSourceSchema>;
export const ReceivedViaSchema = z.enum(["mail", "fax", "web", "phone"]);
export type ReceivedVia = z.infer<typeof ReceivedViaSchema>;
export const HeardFromSchema = z.enum(["ipa_website", "chamber", "seminar", "mail_magazine", "expert", "other"]);
export type HeardFrom = z.infer<typeof HeardFromSchema>;
export const ApplicationStatusSchema = z.enum([
  "received",
  "valid",
  "invalid",
  "proposed",
  "chosen",
  "matched",
  "withdrawn",
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>;
export const InvalidReasonSchema = z.enum([
  "not_sme",
  "duplicate",
  "outside_window",
  "incomplete",
  "withdrawn",
  "other",
]);
export type InvalidReason = z.infer<typeof InvalidReasonSchema>;
export const OverrideSchema = z.enum(["eligibility", "duplicate"]);

/** Statuses that no longer count when looking for a duplicate. */
export const CLOSED_STATUSES: ApplicationStatus[] = ["invalid", "withdrawn"];

const required = { error: "required" };
/** A blank number arrives as undefined (required) or NaN/fraction (not a whole number). */
const LIMIT = APPLICATION_TEXT_LIMITS.apply;
const B = APPLICATION_IDS.blocks;

const wholeNumber = (max: number) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? "required" : "whole_number") })
    .int("whole_number")
    .min(0, "whole_number")
    .max(max, "too_large");
const kana = z
  .string()
  .transform((s) => s.normalize("NFKC").trim())
  .pipe(
    z
      .string()
      .min(1, "required")
      .max(LIMIT[B.companyKana], "too_long")
      .regex(/^[\u3040-\u309F\u30A0-\u30FF\s・]+$/, "kana"),
  );
const isoDate = z.string({ error: "required" }).refine(isIsoDate, "required");

/**
 * What an SME application carries. Keys are the modal's block ids, so every issue lands on its
 * field; messages are keys of APPLICATION_FIELD_ERRORS.
 */
export const ApplicationInputSchema = z.object({
  company_name: z.string().trim().min(1, "required").max(LIMIT[B.companyName], "too_long"),
  company_kana: kana,
  corporate_number: z.string().transform((s, ctx) => {
    if (s.trim() === "") return null;
    const checked = validateCorporateNumber(s);
    if (checked.ok) return checked.value;
    ctx.addIssue({
      code: "custom",
      message: checked.reason === "format" ? "corporate_format" : "corporate_check_digit",
    });
    return z.NEVER;
  }),
  industry: z.enum(INDUSTRY_CODES as [string, ...string[]], required),
  capital: wholeNumber(1e15).nullable(),
  employees: wholeNumber(10_000_000),
  prefecture: z.number(required).int().min(1, "required").max(47, "required"),
  address: z.string().trim().min(1, "required").max(LIMIT[B.address], "too_long"),
  contact_name: z.string().trim().min(1, "required").max(LIMIT[B.contactName], "too_long"),
  contact_title: z.string().trim().max(LIMIT[B.contactTitle], "too_long"),
  contact_email: z.string().trim().min(1, "required").pipe(z.email("email")),
  contact_phone: z
    .string()
    .transform((s) => s.normalize("NFKC").trim())
    .pipe(
      z
        .string()
        .min(1, "required")
        .regex(/^[0-9+\-() ]{10,20}$/, "phone"),
    ),
  contact_user: z
    .string()
    .regex(/^[UW][A-Z0-9]+$/, "required")
    .nullable(),
  heard_from: z.enum(HeardFromSchema.options, required),
  recruiter: z.number().int().positive().nullable(),
  schedule_wishes: z.string().trim().max(LIMIT[B.scheduleWishes], "too_long"),
  received_via: ReceivedViaSchema.nullable(),
  received_on: isoDate.nullable(),
  overrides: z.array(OverrideSchema),
});

/** The secretariat's entry: how and when the application arrived are required. */
export const SecretariatApplicationInputSchema = ApplicationInputSchema.extend({
  received_via: z.enum(ReceivedViaSchema.options, required),
  received_on: isoDate,
});

export type ApplicationInput = z.infer<typeof ApplicationInputSchema>;

const FIELD_ERROR_KEYS = [
  "required",
  "too_long",
  "too_large",
  "whole_number",
  "kana",
  "corporate_format",
  "corporate_check_digit",
  "email",
  "phone",
] as const;

/** The form's issue messages (the schema's keys) in both languages. */
export const APPLICATION_FIELD_ERRORS: Record<string, Localized> = Object.fromEntries(
  FIELD_ERROR_KEYS.map((key) => [key, both(applicationErrorsTexts, (t) => t[key])]),
);

/** Stored as "code" or "code: detail" so that the column stays readable and the code stays parseable. */
export function formatInvalidReason(code: InvalidReason, detail: string): string {
  return detail === "" ? code : `${code}: ${detail}`;
}

export function parseInvalidReason(stored: string): { code: InvalidReason | null; detail: string } {
  const at = stored.indexOf(": ");
  const head = at < 0 ? stored : stored.slice(0, at);
  const parsed = InvalidReasonSchema.safeParse(head);
  if (!parsed.success) return { code: null, detail: stored };
  return { code: parsed.data, detail: at < 0 ? "" : stored.slice(at + 2) };
}
