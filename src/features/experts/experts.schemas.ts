import { z } from "zod";
import { INDUSTRY_CODES } from "../../domain/industries.js";
import { EXPERT_IDS, EXPERT_TEXT_LIMITS } from "./experts-ids.js";

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

export const EXPERT_FIELD_ERRORS: Record<string, { ja: string; en: string }> = {
  required: { ja: "入力してください。", en: "Please fill this in." },
  too_long: { ja: "長すぎます。短くしてください。", en: "This is too long; please shorten it." },
  kana: {
    ja: "ひらがな・カタカナで入力してください（例: やまだ たろう）。",
    en: "Use hiragana or katakana (e.g. やまだ たろう).",
  },
  riss_format: {
    ja: "登録番号は6桁の数字で入力してください（例: 012345）。",
    en: "Enter the 6-digit registration number (e.g. 012345).",
  },
  riss_required: {
    ja: "情報処理安全確保支援士の方は登録番号を入力してください。",
    en: "RISS holders must enter their registration number.",
  },
  capacity: { ja: "1〜20の整数で入力してください。", en: "Enter a whole number from 1 to 20." },
  email: { ja: "メールアドレスの形式が正しくありません。", en: "This is not a valid email address." },
  phone: {
    ja: "電話番号は数字とハイフンで10〜20文字で入力してください。",
    en: "Enter a phone number of 10–20 digits and hyphens.",
  },
};
