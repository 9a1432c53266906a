import { defineMessages } from "../../lib/i18n.js";

/** What scheduling and changing visits refuse with (chosen before the reader is known: used with both()). */
export const visitErrors = defineMessages("visits.errors", {
  ja: {
    stillPlanned: (round: number) =>
      `第${round}回が予定のままです。実施後に次の回を予定できます。日程を変える場合は「日程変更」を使ってください。`,
    allRecorded: (visitsPerCase: number) => `この案件の訪問（全${visitsPerCase}回）はすべて登録済みです。`,
    rescheduleReasonMissing: "変更の理由を入力してください。",
    cancelReasonMissing: "取消しの理由を入力してください。",
    heldOnMissing: "実施日を選んでください。",
    dateMissing: "訪問日を選んでください。",
    timeMissing: "開始時刻を選んでください。",
    modeMissing: "訪問の方法を選んでください。",
    placeMissing: "訪問先の場所（住所や事業所名）を入力してください。",
    durationInvalid: "所要時間を10〜600分の整数で入力してください。",
    visitNotFound: "訪問が見つかりません。",
    notPlanned: (p: { round: number; held: boolean }) =>
      `第${p.round}回の訪問は${p.held ? "すでに実施済み" : "取り消されています"}のため、変更できません。`,
  },
  en: {
    stillPlanned: (round) =>
      `Visit ${round} is still only planned; the next can be planned once it has been held. Use “Reschedule” to move it.`,
    allRecorded: (visitsPerCase) => `All ${visitsPerCase} visits of this case are recorded.`,
    rescheduleReasonMissing: "Enter the reason for the change.",
    cancelReasonMissing: "Enter the reason for cancelling.",
    heldOnMissing: "Choose the day of the visit.",
    dateMissing: "Choose the day of the visit.",
    timeMissing: "Choose the start time.",
    modeMissing: "Choose on site or online.",
    placeMissing: "Enter where the visit takes place.",
    durationInvalid: "Enter the duration in whole minutes (10–600).",
    visitNotFound: "Visit not found.",
    notPlanned: (p) => `Visit ${p.round} is ${p.held ? "already held" : "cancelled"} and cannot be changed.`,
  },
});
