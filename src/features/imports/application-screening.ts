import { industryByCode } from "../../domain/industries.js";
import { checkSmeEligibility, formatOkuYen } from "../../domain/sme-eligibility.js";
import { formatInvalidReason, type InvalidReason } from "../applications/applications.schemas.js";
import { normaliseCompanyName } from "../applications/applications-service.js";
import type { ApplicationRow } from "./import-kinds.js";
import { importsTexts } from "./imports.texts.js";

/**
 * What the application form would refuse about an imported row: not an SME, or a duplicate of
 * another open application (same 法人番号, or the same normalised name in the same prefecture
 * when the 法人番号 do not differ). `message` follows "line N, column X: "; `reason` is what an
 * application imported as invalid stores (shown to the secretariat in Slack, hence Japanese).
 */
export type ScreeningProblem = { column: keyof ApplicationRow; message: string; reason: string };

/** An open application (in the database or earlier in the file) a row may duplicate. */
export type OpenApplication = {
  /** "application #12 (external_id A0001)" or "line 5". */
  label: string;
  /** Japanese for the stored reason: 「申込 #12」, 「取込ファイルの5行目」. */
  labelJa: string;
  corporateNumber: string | null;
  prefecture: number;
  name: string;
};

/** Stored reasons are Japanese: the secretariat reads them in Slack. */
const J = importsTexts.ja;

const FLAG_HINT = "mark the row invalid with a reason, or run the import with --ineligible invalid";

function reason(code: InvalidReason, detail: string): string {
  return formatInvalidReason(code, J.screenedOnImport(detail));
}

/** The SME check of the form (src/domain/sme-eligibility.ts) for one row. */
export function eligibilityProblem(row: ApplicationRow): ScreeningProblem | null {
  const result = checkSmeEligibility({ industry: row.industry, capitalYen: row.capital_yen, employees: row.employees });
  if (result.eligible) return null;
  const industry = industryByCode(row.industry);
  if (result.reason === "not_eligible_industry")
    return {
      column: "industry",
      message: `${industry?.en ?? row.industry} is not covered by this program (${FLAG_HINT})`,
      reason: reason("not_sme", J.industryNotCovered(industry?.ja ?? row.industry)),
    };
  const t = result.thresholds as { capitalYen: number; employees: number };
  const limits = `capital of ¥${(t.capitalYen / 1_000_000).toLocaleString("en-US")} million or less, or ${t.employees} regular employees or fewer`;
  const limitsJa = J.smeLimits({ capital: formatOkuYen(t.capitalYen), employees: t.employees });
  if (result.reason === "unknown_size")
    return {
      column: "capital_yen",
      message: `neither capital nor employees is given, so the SME criteria (${limits}) cannot be checked (${FLAG_HINT})`,
      reason: reason("not_sme", J.sizeUnknown(limitsJa)),
    };
  return {
    column: row.capital_yen === null ? "employees" : "capital_yen",
    message: `does not meet the SME criteria for ${industry?.en ?? row.industry}: ${limits} (${FLAG_HINT})`,
    reason: reason("not_sme", J.notSme({ industry: industry?.ja ?? row.industry, limits: limitsJa })),
  };
}

/**
 * Open applications by 法人番号 and by prefecture + normalised name, for the form's duplicate rule;
 * rows are added as the file is read, so a row is compared with the database and the rows above it.
 */
export class DuplicateIndex {
  private readonly byNumber = new Map<string, OpenApplication>();
  private readonly byName = new Map<string, OpenApplication[]>();

  add(app: OpenApplication): void {
    if (app.corporateNumber && !this.byNumber.has(app.corporateNumber)) this.byNumber.set(app.corporateNumber, app);
    const key = `${app.prefecture}|${normaliseCompanyName(app.name)}`;
    this.byName.set(key, [...(this.byName.get(key) ?? []), app]);
  }

  problem(row: ApplicationRow): ScreeningProblem | null {
    const same = row.corporate_number ? this.byNumber.get(row.corporate_number) : undefined;
    if (same)
      return {
        column: "corporate_number",
        message: `duplicate: corporate number ${row.corporate_number} is already given by ${same.label} (${FLAG_HINT})`,
        reason: reason("duplicate", J.sameCorporateNumber(same.labelJa)),
      };
    // Two different 法人番号 are two companies, however alike their names.
    const namesake = (this.byName.get(`${row.prefecture}|${normaliseCompanyName(row.company_name)}`) ?? []).find(
      (a) => !(row.corporate_number && a.corporateNumber && a.corporateNumber !== row.corporate_number),
    );
    if (!namesake) return null;
    return {
      column: "company_name",
      message: `duplicate: ${namesake.label} has the same company name in the same prefecture (${FLAG_HINT})`,
      reason: reason("duplicate", J.sameNameAndPrefecture(namesake.labelJa)),
    };
  }
}
