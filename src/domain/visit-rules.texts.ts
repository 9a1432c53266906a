import { defineMessages } from "../lib/i18n.js";

/** The name of each visit rule (keys are the rule codes of `visit-rules.ts`). */
export const ruleNameTexts = defineMessages("domain.visit-rules.names", {
  ja: {
    round_order: "訪問は回の順番どおり",
    report_order: "報告書は回の順番どおり",
    future_date: "未来の訪問は記録できない",
    past_date: "過去の日付には予定できない",
    before_matching: "マッチング承認日より前は不可",
    outside_program: "事業期間内に限る",
    after_program_end: "事業終了日より後は不可",
    same_day: "同じ案件の訪問は同じ日に1回まで",
    round_taken: "各回の訪問は1件",
    round_range: "訪問回数は事業の設定まで",
    case_closed: "完了・終了した案件は変更できない",
    own_case_only: "報告書は担当専門家のみ",
    secretariat_only: "受理・差戻し・支払・完了・終了は事務局のみ",
    business_days_only: "初回訪問の候補日は営業日に限る",
    first_visit_options: "初回訪問の候補日は1〜3件",
  },
  en: {
    round_order: "Visits run in order",
    report_order: "Reports follow the order of rounds",
    future_date: "No logging of future visits",
    past_date: "No planning in the past",
    before_matching: "Not before the matching was approved",
    outside_program: "Only within the program period",
    after_program_end: "Not after the program end date",
    same_day: "One visit per case per day",
    round_taken: "One visit per round",
    round_range: "Rounds up to the program's visit count",
    case_closed: "Closed cases cannot change",
    own_case_only: "Only the case's expert reports",
    secretariat_only: "Only the secretariat decides",
    business_days_only: "First-visit dates on business days only",
    first_visit_options: "One to three first-visit dates",
  },
});

/**
 * Why a visit rule refused a date or a step. Dates arrive formatted (2019/11/17); `round` is the
 * round being checked.
 */
export const visitRuleTexts = defineMessages("domain.visit-rules", {
  ja: {
    refused: (p: { rule: string; detail: string }) => `ルール「${p.rule}」により受け付けられません。${p.detail}`,
    beforeMatching: (p: { date: string; approvedOn: string }) =>
      `${p.date} はマッチング承認日 ${p.approvedOn} より前です。`,
    outsideProgram: (p: { start: string; end: string }) => `事業期間は ${p.start}〜${p.end} です。`,
    afterProgramEnd: (p: { date: string; end: string }) => `${p.date} は事業終了日 ${p.end} より後です。`,
    sameDay: (p: { date: string; round: number }) =>
      `${p.date} には第${p.round}回の訪問があります。別の日にしてください。`,
    afterPreviousRound: (p: { round: number; previousDate: string }) =>
      `第${p.round}回は第${p.round - 1}回（${p.previousDate}）より後の日にしてください。`,
    beforeNextRound: (p: { round: number; nextDate: string }) =>
      `第${p.round}回は第${p.round + 1}回（${p.nextDate}）より前の日にしてください。`,
    heldInFuture: (p: { date: string; today: string }) =>
      `実施日 ${p.date} は今日（${p.today}）より後です。訪問後に記録してください。`,
    plannedInPast: (date: string) =>
      `予定日 ${date} は過去の日付です。実施済みの訪問は、担当の専門家が \`/visit log\` で報告書を書くと記録されます（予定を登録せずに実施した訪問として選べます）。`,
    rescheduledInPast: (date: string) =>
      `予定日 ${date} は過去の日付です。この訪問を実施済みなら、\`/visit\` の一覧の「実施済みにする」で記録してください。`,
    roundRange: (visitsPerCase: number) => `この事業の訪問は第${visitsPerCase}回までです。`,
    roundTaken: (round: number) =>
      `第${round}回はすでに登録されています。日程を変える場合は「日程変更」を使ってください。`,
    scheduleOrder: (p: { round: number; previous: number; previousPlanned: boolean }) =>
      `第${p.round}回の予定は第${p.previous}回の実施後に登録できます（第${p.previous}回: ${p.previousPlanned ? "予定のみ" : "未登録"}）。`,
    reportOrder: (p: { round: number; previous: number }) =>
      `第${p.round}回の報告書は第${p.previous}回の報告書を提出した後に書けます。`,
  },
  en: {
    refused: (p) => `Refused by the rule “${p.rule}”. ${p.detail}`,
    beforeMatching: (p) => `${p.date} is before the matching was approved on ${p.approvedOn}.`,
    outsideProgram: (p) => `The program runs ${p.start}–${p.end}.`,
    afterProgramEnd: (p) => `${p.date} is after the program ends on ${p.end}.`,
    sameDay: (p) => `Visit ${p.round} is already on ${p.date}; choose another day.`,
    afterPreviousRound: (p) => `Visit ${p.round} must come after visit ${p.round - 1} (${p.previousDate}).`,
    beforeNextRound: (p) => `Visit ${p.round} must come before visit ${p.round + 1} (${p.nextDate}).`,
    heldInFuture: (p) => `${p.date} is after today (${p.today}); log the visit once it has happened.`,
    plannedInPast: (date) =>
      `${date} is in the past. A visit that already took place is recorded when the case's expert writes its report with \`/visit log\` (it offers visits held without a plan).`,
    rescheduledInPast: (date) =>
      `${date} is in the past. If this visit took place, record it with “Mark as held” in the \`/visit\` list.`,
    roundRange: (visitsPerCase) => `This program has ${visitsPerCase} visits per case.`,
    roundTaken: (round) => `Visit ${round} is already planned; use “Reschedule” to change it.`,
    scheduleOrder: (p) =>
      `Visit ${p.round} can be planned once visit ${p.previous} has been held (visit ${p.previous}: ${p.previousPlanned ? "only planned" : "not planned"}).`,
    reportOrder: (p) =>
      `The report for visit ${p.round} can be written after the report for visit ${p.previous} is submitted.`,
  },
});
