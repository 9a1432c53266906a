import { z } from "zod";
import { INDUSTRY_CODES } from "../../domain/industries.js";
import type { Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { EXPERT_IDS, EXPERT_TEXT_LIMITS } from "./experts-ids.js";
import { expertErrorsTexts } from "./views/expert-errors.texts.js";

const LIMIT = EXPERT_TEXT_LIMITS.form;
const B = EXPERT_IDS.blocks;

export const QualificationSchema = z.enum(["RISS", "ITC", "RISS_ITC"]);
export type Qualification = z.infer<typeof QualificationSchema>;
export const ExpertStatusSchema = z.enum(["pending", "active", "rejected", "suspended", "withdrawn"]);
export type ExpertStatus = z.infer<typeof ExpertStatusSchema>;

const prefCode = z.number().int().min(1).max(47);

/**
 * What an expert enters (registration and profile edit). Issue messages are keys of
 * EXPERT_FIELD_ERRORS; paths are the modal's block ids.
 */
export const ExpertInputSchema = z
  .object({
    name_kanji: z.string().trim().min(1, "required").max(LIMIT[B.nameKanji], "too_long"),
    name_kana: z
      .string()
      .trim()
      .min(1, "required")
      .max(LIMIT[B.nameKana], "too_long")
      .regex(/^[\u3040-\u309F\u30A0-\u30FF\u30FC\s　・]+$/, "kana"),
    qualification: QualificationSchema,
    riss_number: z
      .string()
      .trim()
      .transform((s) =>
        s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/^第|号$/g, ""),
      )
      .pipe(z.union([z.literal(""), z.string().regex(/^\d{6}$/, "riss_format")])),
    prefecture: prefCode.nullable(),
    covered_prefectures: z.array(prefCode).max(47),
    industries: z.array(z.enum(INDUSTRY_CODES as [string, ...string[]])).max(30),
    capacity: z.number({ error: "capacity" }).int("capacity").min(1, "capacity").max(20, "capacity"),
    email: z.union([z.literal(""), z.email("email")]),
    phone: z.union([z.literal(""), z.string().regex(/^[0-9+\-() ]{10,20}$/, "phone")]),
    profile: z.string().trim().max(LIMIT[B.profile], "too_long"),
  })
  .superRefine((v, ctx) => {
    if (v.qualification !== "ITC" && v.riss_number === "")
      ctx.addIssue({ code: "custom", path: ["riss_number"], message: "riss_required" });
  });

export type ExpertInput = z.infer<typeof ExpertInputSchema>;

const FIELD_ERROR_KEYS = [
  "required",
  "too_long",
  "kana",
  "riss_format",
  "riss_required",
  "capacity",
  "email",
  "phone",
] as const;

/** The form's issue messages (the schema's keys) in both languages. */
export const EXPERT_FIELD_ERRORS: Record<string, Localized> = Object.fromEntries(
  FIELD_ERROR_KEYS.map((key) => [key, both(expertErrorsTexts, (t) => t[key])]),
);
