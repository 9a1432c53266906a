import type { Localized } from "../lib/errors.js";

/**
 * The rules of visits, as pure functions. Each violation names its rule so that the refusal a
 * person reads says which rule stopped them and why.
 */
export type RuleCode =
  | "round_order"
  | "report_order"
  | "future_date"
  | "past_date"
  | "before_matching"
  | "outside_program"
  | "after_program_end"
  | "same_day"
  | "round_taken"
  | "round_range"
  | "case_closed"
  | "own_case_only"
  | "secretariat_only"
  | "business_days_only"
  | "first_visit_options";

export const RULE_NAMES: Record<RuleCode, Localized> = {
  round_order: { ja: "訪問は回の順番どおり", en: "Visits run in order" },
  report_order: { ja: "報告書は回の順番どおり", en: "Reports follow the order of rounds" },
  future_date: { ja: "未来の訪問は記録できない", en: "No logging of future visits" },
  past_date: { ja: "過去の日付には予定できない", en: "No planning in the past" },
  before_matching: { ja: "マッチング承認日より前は不可", en: "Not before the matching was approved" },
  outside_program: { ja: "事業期間内に限る", en: "Only within the program period" },
  after_program_end: { ja: "事業終了日より後は不可", en: "Not after the program end date" },
  same_day: { ja: "同じ案件の訪問は同じ日に1回まで", en: "One visit per case per day" },
  round_taken: { ja: "各回の訪問は1件", en: "One visit per round" },
  round_range: { ja: "訪問回数は事業の設定まで", en: "Rounds up to the program's visit count" },
  case_closed: { ja: "完了・終了した案件は変更できない", en: "Closed cases cannot change" },
  own_case_only: { ja: "報告書は担当専門家のみ", en: "Only the case's expert reports" },
  secretariat_only: { ja: "受理・差戻し・支払・完了・終了は事務局のみ", en: "Only the secretariat decides" },
  business_days_only: { ja: "初回訪問の候補日は営業日に限る", en: "First-visit dates on business days only" },
  first_visit_options: { ja: "初回訪問の候補日は1〜3件", en: "One to three first-visit dates" },
};

export type Violation = { rule: RuleCode; detail: Localized };

/** "ルール「…」: detail" — the text a person reads for a violation. */
export function violationText(v: Violation): Localized {
  return {
    ja: `ルール「${RULE_NAMES[v.rule].ja}」により受け付けられません。${v.detail.ja}`,
    en: `Refused by the rule “${RULE_NAMES[v.rule].en}”. ${v.detail.en}`,
  };
}

const slash = (d: string) => d.replaceAll("-", "/");

export type DateContext = {
  /** The date being checked, YYYY-MM-DD (Japan time). */
  date: string;
  today: string;
  approvedOn: string;
  programStart: string;
  programEnd: string;
  /** Dates of the case's other (not cancelled) visits. */
  otherVisits: { round: number; date: string }[];
  /** The date of the previous round's visit, when there is one. */
  previousRoundDate: string | null;
  /** The date of the next round's visit, when one is already planned or held. */
  nextRoundDate?: string | null;
  round: number;
};

function commonDateRules(c: DateContext): Violation | null {
  if (c.date < c.approvedOn)
    return {
      rule: "before_matching",
      detail: {
        ja: `${slash(c.date)} はマッチング承認日 ${slash(c.approvedOn)} より前です。`,
        en: `${slash(c.date)} is before the matching was approved on ${slash(c.approvedOn)}.`,
      },
    };
  if (c.date < c.programStart)
    return {
      rule: "outside_program",
      detail: {
        ja: `事業期間は ${slash(c.programStart)}〜${slash(c.programEnd)} です。`,
        en: `The program runs ${slash(c.programStart)}–${slash(c.programEnd)}.`,
      },
    };
  if (c.date > c.programEnd)
    return {
      rule: "after_program_end",
      detail: {
        ja: `${slash(c.date)} は事業終了日 ${slash(c.programEnd)} より後です。`,
        en: `${slash(c.date)} is after the program ends on ${slash(c.programEnd)}.`,
      },
    };
  const clash = c.otherVisits.find((v) => v.date === c.date && v.round !== c.round);
  if (clash)
    return {
      rule: "same_day",
      detail: {
        ja: `${slash(c.date)} には第${clash.round}回の訪問があります。別の日にしてください。`,
        en: `Visit ${clash.round} is already on ${slash(c.date)}; choose another day.`,
      },
    };
  if (c.previousRoundDate && c.date < c.previousRoundDate)
    return {
      rule: "round_order",
      detail: {
        ja: `第${c.round}回は第${c.round - 1}回（${slash(c.previousRoundDate)}）より後の日にしてください。`,
        en: `Visit ${c.round} must come after visit ${c.round - 1} (${slash(c.previousRoundDate)}).`,
      },
    };
  if (c.nextRoundDate && c.date > c.nextRoundDate)
    return {
      rule: "round_order",
      detail: {
        ja: `第${c.round}回は第${c.round + 1}回（${slash(c.nextRoundDate)}）より前の日にしてください。`,
        en: `Visit ${c.round} must come before visit ${c.round + 1} (${slash(c.nextRoundDate)}).`,
      },
    };
  return null;
}

/** Rules for the day a visit was held (logging a visit). */
export function checkHeldDate(c: DateContext): Violation | null {
  if (c.date > c.today)
    return {
      rule: "future_date",
      detail: {
        ja: `実施日 ${slash(c.date)} は今日（${slash(c.today)}）より後です。訪問後に記録してください。`,
        en: `${slash(c.date)} is after today (${slash(c.today)}); log the visit once it has happened.`,
      },
    };
  return commonDateRules(c);
}

/**
 * Rules for the planned day of a visit (scheduling a new round, or moving a planned one). A past day
 * points to how a visit that already took place is recorded: a new round by writing its report
 * (`/visit log` offers rounds held without a plan), a planned one with "Mark as held".
 */
export function checkPlannedDate(c: DateContext, purpose: "schedule" | "reschedule" = "schedule"): Violation | null {
  if (c.date < c.today)
    return {
      rule: "past_date",
      detail:
        purpose === "schedule"
          ? {
              ja: `予定日 ${slash(c.date)} は過去の日付です。実施済みの訪問は、担当の専門家が \`/visit log\` で報告書を書くと記録されます（予定を登録せずに実施した訪問として選べます）。`,
              en: `${slash(c.date)} is in the past. A visit that already took place is recorded when the case's expert writes its report with \`/visit log\` (it offers visits held without a plan).`,
            }
          : {
              ja: `予定日 ${slash(c.date)} は過去の日付です。この訪問を実施済みなら、\`/visit\` の一覧の「実施済みにする」で記録してください。`,
              en: `${slash(c.date)} is in the past. If this visit took place, record it with “Mark as held” in the \`/visit\` list.`,
            },
    };
  return commonDateRules(c);
}

/** A visit as the rules see it. `reportStatus` is the latest report's status (null if none). */
export type VisitState = {
  id: number;
  round: number;
  status: "scheduled" | "held" | "cancelled";
  /** Planned day (scheduled) or held day. */
  date: string | null;
  heldOn: string | null;
  reportDueOn: string | null;
  reportStatus: "draft" | "submitted" | "accepted" | "returned" | null;
  reportId: number | null;
};

/** The visit of each round that counts (cancelled ones are history). */
export function activeVisits(visits: VisitState[]): Map<number, VisitState> {
  const map = new Map<number, VisitState>();
  for (const v of visits) if (v.status !== "cancelled") map.set(v.round, v);
  return map;
}

/** The round that may be scheduled next: one past the last held round, if within the plan. */
export function nextRoundToSchedule(visits: VisitState[], visitsPerCase: number): number | null {
  const active = activeVisits(visits);
  for (let r = 1; r <= visitsPerCase; r++) {
    const v = active.get(r);
    if (!v) return r;
    if (v.status !== "held") return null;
  }
  return null;
}

/** Whether round `round` may be scheduled now; a violation says why not. */
export function checkCanSchedule(visits: VisitState[], round: number, visitsPerCase: number): Violation | null {
  if (round < 1 || round > visitsPerCase)
    return {
      rule: "round_range",
      detail: {
        ja: `この事業の訪問は第${visitsPerCase}回までです。`,
        en: `This program has ${visitsPerCase} visits per case.`,
      },
    };
  const active = activeVisits(visits);
  if (active.has(round))
    return {
      rule: "round_taken",
      detail: {
        ja: `第${round}回はすでに登録されています。日程を変える場合は「日程変更」を使ってください。`,
        en: `Visit ${round} is already planned; use “Reschedule” to change it.`,
      },
    };
  for (let r = 1; r < round; r++) {
    const prev = active.get(r);
    if (prev?.status !== "held")
      return {
        rule: "round_order",
        detail: {
          ja: `第${round}回の予定は第${r}回の実施後に登録できます（第${r}回: ${prev ? "予定のみ" : "未登録"}）。`,
          en: `Visit ${round} can be planned once visit ${r} has been held (visit ${r}: ${prev ? "only planned" : "not planned"}).`,
        },
      };
  }
  return null;
}

/** Whether a report for round `round` may be written now (earlier rounds' reports submitted). */
export function checkCanReport(visits: VisitState[], round: number): Violation | null {
  const active = activeVisits(visits);
  for (let r = 1; r < round; r++) {
    const prev = active.get(r);
    const s = prev?.reportStatus;
    if (s !== "submitted" && s !== "accepted")
      return {
        rule: "report_order",
        detail: {
          ja: `第${round}回の報告書は第${r}回の報告書を提出した後に書けます。`,
          en: `The report for visit ${round} can be written after the report for visit ${r} is submitted.`,
        },
      };
  }
  return null;
}

/** What a case's expert can do next, in the order to show them. */
export type Step =
  | { kind: "schedule"; round: number }
  | { kind: "upcoming"; round: number; visitId: number; date: string | null }
  | { kind: "write_report"; round: number; visitId: number; dueOn: string | null; draft: boolean }
  | { kind: "revise"; round: number; visitId: number; reportId: number }
  | { kind: "in_review"; round: number; visitId: number; reportId: number };

/** Steps for an active case; `today` decides whether a planned visit can be reported yet. */
export function caseSteps(visits: VisitState[], visitsPerCase: number, today: string): Step[] {
  const steps: Step[] = [];
  const active = activeVisits(visits);
  for (let r = 1; r <= visitsPerCase; r++) {
    const v = active.get(r);
    if (!v) break;
    if (v.reportStatus === "accepted") continue;
    if (v.reportStatus === "submitted") {
      steps.push({ kind: "in_review", round: r, visitId: v.id, reportId: v.reportId! });
      continue;
    }
    if (v.reportStatus === "returned") {
      steps.push({ kind: "revise", round: r, visitId: v.id, reportId: v.reportId! });
      continue;
    }
    const reportable = v.status === "held" || v.reportStatus === "draft" || (v.date !== null && v.date <= today);
    if (reportable && checkCanReport(visits, r) === null)
      steps.push({
        kind: "write_report",
        round: r,
        visitId: v.id,
        dueOn: v.reportDueOn,
        draft: v.reportStatus === "draft",
      });
    else if (v.status === "scheduled") steps.push({ kind: "upcoming", round: r, visitId: v.id, date: v.date });
  }
  const next = nextRoundToSchedule(visits, visitsPerCase);
  if (next !== null) steps.push({ kind: "schedule", round: next });
  return steps;
}
