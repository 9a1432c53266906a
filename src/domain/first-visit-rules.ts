import type { Localized } from "../lib/errors.js";
import { both } from "../lib/i18n.js";
import type { Closure } from "./business-days.js";
import { isBusinessDay } from "./business-days.js";
import { firstVisitRuleTexts } from "./first-visit-rules.texts.js";
import { checkPlannedDate, type DateContext, type Violation } from "./visit-rules.js";

/**
 * First-visit mediation as pure rules: the dates proposed to an SME, and where a case's mediation
 * stands. The proposed dates obey the rules of `/visit schedule` (the confirmed one becomes visit 1)
 * and, because an SME's office is what is visited, fall on business days.
 */

export const MAX_FIRST_VISIT_OPTIONS = 3;

/** One proposed start as entered: a Japan-time day and HH:mm. */
export type ProposedSlot = { date: string | null; time: string | null };

/** The case around the proposal (visit 1's date context, without the date itself). */
export type ProposalContext = Omit<DateContext, "date" | "round"> & {
  /** Now in Japan time, HH:mm (a start earlier today is in the past). */
  nowTime: string;
  closure: Closure;
};

/** A refusal of one slot (`slot` is 0-based) or of the proposal as a whole (`slot` null). */
export type SlotViolation = { slot: number | null; violation: Violation };

const slash = (d: string) => d.replaceAll("-", "/");
const detail = (select: (t: typeof firstVisitRuleTexts.ja) => string): Localized => both(firstVisitRuleTexts, select);

/**
 * Every reason the proposed slots are refused, at most one per slot, in slot order. Empty slots
 * (neither day nor time) are skipped; a slot with only one of them is refused.
 */
export function checkProposedSlots(slots: ProposedSlot[], c: ProposalContext): SlotViolation[] {
  const out: SlotViolation[] = [];
  const filled = slots.map((s, i) => ({ ...s, i })).filter((s) => s.date || s.time);
  if (filled.length === 0 || filled.length > MAX_FIRST_VISIT_OPTIONS)
    return [
      {
        slot: filled.length === 0 ? 0 : null,
        violation: {
          rule: "first_visit_options",
          detail: detail((t) =>
            filled.length === 0 ? t.noDate : t.tooMany({ max: MAX_FIRST_VISIT_OPTIONS, count: filled.length }),
          ),
        },
      },
    ];
  const seen = new Map<string, number>();
  for (const s of filled) {
    const v = checkSlot(s, c, seen);
    if (v) out.push({ slot: s.i, violation: v });
    if (s.date && s.time) seen.set(`${s.date}T${s.time}`, s.i);
  }
  return out;
}

function checkSlot(s: ProposedSlot & { i: number }, c: ProposalContext, seen: Map<string, number>): Violation | null {
  if (!s.date || !s.time)
    return {
      rule: "first_visit_options",
      detail: detail((t) => (s.date ? t.timeMissing : t.dayMissing)),
    };
  const { date, time } = s;
  const rules = checkPlannedDate({ ...c, date, round: 1 });
  if (rules) return rules;
  if (date === c.today && time <= c.nowTime)
    return {
      rule: "past_date",
      detail: detail((t) => t.timePassed(time)),
    };
  if (!isBusinessDay(date, c.closure))
    return {
      rule: "business_days_only",
      detail: detail((t) => t.notBusinessDay(slash(date))),
    };
  const twin = seen.get(`${date}T${time}`);
  if (twin !== undefined)
    return {
      rule: "first_visit_options",
      detail: detail((t) => t.sameAsOther(twin + 1)),
    };
  return null;
}

/** Where a case's first-visit mediation stands, from its latest proposal (null: none yet). */
export type MediationState =
  | { kind: "no_proposal" }
  | { kind: "waiting_for_sme"; proposalId: number; since: string }
  | { kind: "sme_asked_for_others"; proposalId: number; since: string; note: string }
  | { kind: "fixed" };

export type LatestProposal = {
  id: number;
  status: string;
  /** Japan-time day the proposal was made. */
  proposedOn: string;
  /** Japan-time day the SME answered, when it has. */
  answeredOn: string | null;
  answerNote: string | null;
};

export function mediationState(latest: LatestProposal | null): MediationState {
  if (!latest) return { kind: "no_proposal" };
  switch (latest.status) {
    case "open":
      return { kind: "waiting_for_sme", proposalId: latest.id, since: latest.proposedOn };
    case "declined":
      return {
        kind: "sme_asked_for_others",
        proposalId: latest.id,
        since: latest.answeredOn ?? latest.proposedOn,
        note: latest.answerNote ?? "",
      };
    case "confirmed":
      return { kind: "fixed" };
    default:
      // superseded or closed without a visit (a visit 1 cancelled since): nothing is pending.
      return { kind: "no_proposal" };
  }
}

/** Whole calendar days from one YYYY-MM-DD to another (0 on the same day). */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}
