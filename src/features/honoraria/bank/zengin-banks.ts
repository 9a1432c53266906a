import { createRequire } from "node:module";

/**
 * Banks and branches from the `zengin-code` package (the 全銀協 codes, refreshed with each release
 * of the package). Its 5 MB of data load on first use, not at start-up.
 */
export type ZenginBranch = { code: string; name: string; kana: string; hira: string; roma: string };
export type ZenginBank = ZenginBranch & { branches: Record<string, ZenginBranch> };

let banks: Record<string, ZenginBank> | null = null;

function allBanks(): Record<string, ZenginBank> {
  if (!banks) {
    const data: Record<string, ZenginBank> = createRequire(import.meta.url)("zengin-code");
    banks = data;
  }
  return banks;
}

export function findBank(code: string): ZenginBank | null {
  return Object.hasOwn(allBanks(), code) ? allBanks()[code] : null;
}

export function findBranch(bankCode: string, branchCode: string): ZenginBranch | null {
  const bank = findBank(bankCode);
  return bank && Object.hasOwn(bank.branches, branchCode) ? bank.branches[branchCode] : null;
}

/** A bank's name, or its code when the data no longer lists it. */
export function bankName(code: string): string {
  return findBank(code)?.name ?? code;
}

export function branchName(bankCode: string, branchCode: string): string {
  return findBranch(bankCode, branchCode)?.name ?? branchCode;
}

const SMALL_HIRA = "ぁぃぅぇぉっゃゅょゎ";
const LARGE_HIRA = "あいうえおつやゆよわ";

/**
 * A query as the data spells it: katakana to hiragana, small kana full-size (the data writes
 * とうきよう), full-width to half-width, lower case, without a trailing 銀行 or 支店.
 */
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[ァ-ヶ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[ぁぃぅぇぉっゃゅょゎ]/g, (c) => LARGE_HIRA[SMALL_HIRA.indexOf(c)])
    .replace(/\s+/g, "")
    .replace(/(銀行|信用金庫|信用組合|支店|営業部)$/, "")
    .toLowerCase();
}

/**
 * Entries matching a query by code (prefix), name, kana or romaji: the exact code first, then
 * names that start with the query, then the rest, each group in code order.
 */
function search<T extends ZenginBranch>(entries: T[], query: string, take: number): T[] {
  const q = normalise(query);
  if (!q) return entries.slice(0, take);
  const rank = (e: T): number => {
    if (e.code === q) return 0;
    const keys = [normalise(e.name), e.hira, e.roma];
    if (e.code.startsWith(q) || keys.some((k) => k.startsWith(q))) return 1;
    return keys.some((k) => k.includes(q)) ? 2 : 3;
  };
  return entries
    .map((e) => ({ e, r: rank(e) }))
    .filter((x) => x.r < 3)
    .sort((a, b) => a.r - b.r || a.e.code.localeCompare(b.e.code))
    .slice(0, take)
    .map((x) => x.e);
}

export function searchBanks(query: string, take: number): ZenginBank[] {
  return search(Object.values(allBanks()), query, take);
}

export function searchBranches(bankCode: string, query: string, take: number): ZenginBranch[] {
  const bank = findBank(bankCode);
  return bank ? search(Object.values(bank.branches), query, take) : [];
}
