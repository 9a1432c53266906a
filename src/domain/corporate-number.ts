/**
 * 法人番号 (corporate number): 13 digits, the first being a check digit over the other 12:
 * check = 9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right of the 12-digit base,
 * Qn = 1 for odd n and 2 for even n (国税庁「法人番号の指定等に関する省令」).
 */
export function corporateNumberCheckDigit(base12: string): number {
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = Number(base12[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

export type CorporateNumberCheck = { ok: true; value: string } | { ok: false; reason: "format" | "check_digit" };

/** Accepts full-width digits and hyphens/spaces, which people paste from documents. */
export function validateCorporateNumber(input: string): CorporateNumberCheck {
  const normalised = input
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-‐－]/g, "");
  if (!/^\d{13}$/.test(normalised)) return { ok: false, reason: "format" };
  if (corporateNumberCheckDigit(normalised.slice(1)) !== Number(normalised[0]))
    return { ok: false, reason: "check_digit" };
  return { ok: true, value: normalised };
}
