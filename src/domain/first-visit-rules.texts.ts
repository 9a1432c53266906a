import { defineMessages } from "../lib/i18n.js";

/** Why the first-visit dates proposed to an SME are refused (dates arrive formatted, 2019/11/17). */
export const firstVisitRuleTexts = defineMessages("domain.first-visit-rules", {
  ja: {
    noDate: "候補日を1つ以上入力してください。",
    tooMany: (p: { max: number; count: number }) => `候補日は${p.max}件までです（${p.count}件あります）。`,
    timeMissing: "開始時刻も選んでください。",
    dayMissing: "日付も選んでください。",
    timePassed: (time: string) => `今日の ${time} はすでに過ぎています。`,
    notBusinessDay: (date: string) => `${date} は土日・祝日・年末年始のいずれかです。企業の営業日を選んでください。`,
    sameAsOther: (other: number) => `候補${other}と同じ日時です。別の日時にしてください。`,
  },
  en: {
    noDate: "Enter at least one date.",
    tooMany: (p) => `Give at most ${p.max} dates (there are ${p.count}).`,
    timeMissing: "Choose the start time as well.",
    dayMissing: "Choose the day as well.",
    timePassed: (time) => `${time} today has already passed.`,
    notBusinessDay: (date) => `${date} is a weekend, a holiday or in the year-end closure; choose a business day.`,
    sameAsOther: (other) => `This is the same as date ${other}; choose another.`,
  },
});
