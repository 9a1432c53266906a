import type { Reader } from "../../db/reader.js";
import { searchForm } from "../../lib/kana.js";
import {
  type ExpertNameRow,
  listActiveExpertNames,
  listExpertNamesChangedSince,
  readExpertNameVersion,
} from "./experts-repository.js";

export type NameMatch = { id: number; nameKanji: string; nameKana: string; prefecture: number | null };

type Entry = NameMatch & { line: string };

/**
 * The active experts' names in memory, for the name searches behind the candidate and recruiter
 * pickers (options loads Slack waits on, typed character by character).
 *
 * A LIKE scan of every name costs 2–8 ms of blocking SQLite per keystroke at 36,000 experts; here
 * all names sit in one string in name order and a search is a few `indexOf` jumps that stop at
 * the limit. Triggers on "Expert" (migration …_search_indexes) bump ExpertNameVersion and stamp
 * the changed expert's nameVersion whenever a name, prefecture or status changes, whichever
 * process wrote it (the app, `desk import`, `desk seed`). Each search compares that one number
 * and reads only the experts stamped since; a deleted expert or a restore (a new random epoch)
 * reloads everything.
 */
export class ExpertNameIndex {
  private version: number | null = null;
  private epoch: number | null = null;
  private entries: Entry[] = [];
  /** Every entry's line, joined by "\n", and where each line starts. */
  private text = "";
  private lineStarts = new Int32Array(0);

  constructor(private readonly read: Reader) {}

  /**
   * Active experts whose kanji or kana name contains every term (any width, either kana
   * script, any case), in name order (kana, kanji, prefecture, id), at most `take`.
   */
  async search(terms: string[], take: number): Promise<NameMatch[]> {
    const wanted = [...new Set(terms.map(searchForm).filter((t) => t !== "" && !/[\t\n]/.test(t)))];
    if (wanted.length === 0 || take <= 0) return [];
    await this.refresh();
    // Jump between the occurrences of the longest term; check the others on the same line.
    wanted.sort((a, b) => b.length - a.length);
    const [first, ...others] = wanted;
    const found: NameMatch[] = [];
    let from = 0;
    while (found.length < take) {
      const at = this.text.indexOf(first, from);
      if (at < 0) break;
      const i = this.lineOf(at);
      const { line, ...match } = this.entries[i];
      if (others.every((t) => line.includes(t))) found.push(match);
      from = this.lineStarts[i] + line.length + 1;
    }
    return found;
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private async refresh(): Promise<void> {
    // The version is read before the experts: a change between the two reads is read twice, which is harmless.
    const state = await readExpertNameVersion(this.read);
    if (state && state.version === this.version && state.epoch === this.epoch) return;
    // A smaller version or another epoch: experts were deleted or the database was restored.
    if (!state || this.version === null || state.epoch !== this.epoch || state.version < this.version) {
      const rows = await listActiveExpertNames(this.read);
      // Sorted here, not by the database: a PostgreSQL collation (ja_JP, en_US) orders names
      // otherwise than the code-unit order the incremental inserts below keep.
      this.entries = rows.map(toEntry).sort(compare);
    } else {
      const changed = await listExpertNamesChangedSince(this.read, this.version);
      const ids = new Set(changed.map((r) => r.id));
      const kept = this.entries.filter((e) => !ids.has(e.id));
      for (const row of changed) if (row.status === "active") insertSorted(kept, toEntry(row));
      this.entries = kept;
    }
    const starts = new Int32Array(this.entries.length);
    let offset = 0;
    for (const [i, e] of this.entries.entries()) {
      starts[i] = offset;
      offset += e.line.length + 1;
    }
    this.text = this.entries.map((e) => e.line).join("\n");
    this.lineStarts = starts;
    this.version = state?.version ?? null;
    this.epoch = state?.epoch ?? null;
  }
}

/** Tabs separate the two names, so that no term (which has no whitespace) spans both. */
function toEntry(row: ExpertNameRow): Entry {
  const clean = (name: string) => searchForm(name).replace(/[\t\n]/g, " ");
  return {
    id: row.id,
    nameKanji: row.nameKanji,
    nameKana: row.nameKana,
    prefecture: row.prefecture,
    line: `${clean(row.nameKanji)}\t${clean(row.nameKana)}`,
  };
}

/** Name order: kana, kanji (code units), prefecture (none first), id. */
function compare(a: NameMatch, b: NameMatch): number {
  if (a.nameKana !== b.nameKana) return a.nameKana < b.nameKana ? -1 : 1;
  if (a.nameKanji !== b.nameKanji) return a.nameKanji < b.nameKanji ? -1 : 1;
  if (a.prefecture !== b.prefecture) return (a.prefecture ?? -1) - (b.prefecture ?? -1);
  return a.id - b.id;
}

function insertSorted(entries: Entry[], entry: Entry): void {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(entries[mid], entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  entries.splice(lo, 0, entry);
}
