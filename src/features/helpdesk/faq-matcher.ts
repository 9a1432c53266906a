import { toHiragana } from "../../lib/kana.js";

/**
 * Matching questions against the FAQ without a word splitter. Japanese has no spaces between
 * words, so Japanese text is cut into overlapping two-character pieces (bigrams): 謝金はいつ →
 * 謝金, 金は, はい, いつ. A bigram of kanji or katakana carries meaning; one of hiragana is
 * usually grammar (ます, すか), so it weighs little. English is split into words with a light
 * stemmer. Width and kana are normalised first (ＦＡＱ = FAQ, ｼｬｷﾝ = シャキン = しゃきん), and
 * rare pieces count more than common ones (inverse document frequency). Pure: no I/O.
 */

export type FaqDoc = {
  id: number;
  questionJa: string;
  answerJa: string;
  questionEn: string;
  answerEn: string;
  /** Extra words that should find this entry (synonyms, English terms), comma or space separated. */
  keywords: string;
};

export type FaqHit<T extends FaqDoc> = { entry: T; score: number };

/** Weighted pieces of a text: piece → weight (the highest seen). */
type Grams = Map<string, number>;

const EN_STOP = new Set(
  "a an the is are was were be been do does did i my me we our you your it its to of in on at for and or how what when where which who can could should would will with about from this that there any".split(
    " ",
  ),
);

const HIRAGANA = /[\u3041-\u3096]/;
const JAPANESE = /[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff\uf900-\ufaff]/;
const WORD = /[a-z0-9]/;

/** NFKC (full/half width), lower case. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function add(grams: Grams, gram: string, weight: number) {
  grams.set(gram, Math.max(grams.get(gram) ?? 0, weight));
}

/** Bigrams of each Japanese run and stemmed words of each Latin run. */
export function toGrams(text: string): Grams {
  const grams: Grams = new Map();
  const chars = Array.from(normalize(text));
  let i = 0;
  while (i < chars.length) {
    if (JAPANESE.test(chars[i])) {
      const run: { key: string; hira: boolean }[] = [];
      while (i < chars.length && JAPANESE.test(chars[i])) {
        run.push({ key: toHiragana(chars[i]), hira: HIRAGANA.test(chars[i]) });
        i++;
      }
      if (run.length === 1 && !run[0].hira) add(grams, run[0].key, 0.5);
      for (let j = 0; j + 1 < run.length; j++) {
        const hira = Number(run[j].hira) + Number(run[j + 1].hira);
        add(grams, run[j].key + run[j + 1].key, hira === 0 ? 1 : hira === 1 ? 0.5 : 0.2);
      }
    } else if (WORD.test(chars[i])) {
      let word = "";
      while (i < chars.length && WORD.test(chars[i])) word += chars[i++];
      if (!EN_STOP.has(word) && (word.length > 1 || /\d/.test(word))) add(grams, `w:${stem(word)}`, 1);
    } else i++;
  }
  return grams;
}

type Indexed<T extends FaqDoc> = { entry: T; grams: Grams };

/** Field weights: the question and keywords say what an entry is about; the answer, less so. */
function docGrams(doc: FaqDoc): Grams {
  const grams: Grams = new Map();
  const put = (text: string, factor: number) => {
    for (const [g, w] of toGrams(text)) add(grams, g, w * factor);
  };
  put(doc.answerJa, 1);
  put(doc.answerEn, 1);
  put(doc.questionJa, 2);
  put(doc.questionEn, 2);
  put(doc.keywords.replace(/[,、，]/g, " "), 2);
  return grams;
}

export class FaqIndex<T extends FaqDoc> {
  private readonly docs: Indexed<T>[];
  private readonly df = new Map<string, number>();

  constructor(entries: T[]) {
    this.docs = entries.map((entry) => ({ entry, grams: docGrams(entry) }));
    for (const d of this.docs) for (const g of d.grams.keys()) this.df.set(g, (this.df.get(g) ?? 0) + 1);
  }

  private idf(gram: string): number {
    return Math.log(1 + this.docs.length / (this.df.get(gram) ?? 0.5));
  }

  /**
   * Entries ranked by how much of the question they cover (0..1), best first. A piece found in
   * no entry still counts in the question's total, so an unrelated question scores low.
   */
  search(query: string, opts: { limit?: number; threshold?: number } = {}): FaqHit<T>[] {
    const limit = opts.limit ?? 3;
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    const q = toGrams(query);
    if (q.size === 0) return [];
    let total = 0;
    for (const [g, w] of q) total += w * this.idf(g) * 2;
    const hits: FaqHit<T>[] = [];
    for (const d of this.docs) {
      let got = 0;
      for (const [g, w] of q) {
        const field = d.grams.get(g);
        if (field) got += w * this.idf(g) * Math.min(field / w, 2);
      }
      const score = got / total;
      if (score >= threshold) hits.push({ entry: d.entry, score });
    }
    hits.sort((a, b) => b.score - a.score || a.entry.id - b.entry.id);
    // Weak runners-up next to a clear answer only distract.
    const best = hits[0]?.score ?? 0;
    return hits.filter((h) => h.score >= best * 0.5).slice(0, limit);
  }
}

/** Coverage below this is a miss: the question goes to the secretariat. */
export const DEFAULT_THRESHOLD = 0.3;
