import { defineMessages } from "../../lib/i18n.js";

/** What the honoraria service refuses or cannot do, and the commands' help. */
export const honorariaServiceTexts = defineMessages("honoraria.service", {
  ja: {
    see: "謝金の確認",
    pay: "謝金の支払",
    markPaid: "謝金の支払処理",
    chooseDate: "支払日を選んでください。",
    noneMatch: "条件に合う支払待ちの謝金はありません。専門家や締め日の条件を見直してください。",
    allInTravelReview: (count: number) =>
      `対象の謝金${count}件は、交通費が事務局の確認待ちのため支払えません。交通費を承認または差し戻してから支払処理をしてください。`,
    noExpert: "専門家登録がありません。`/expert register` で登録してください。",
    deskSummary: "支払待ちの謝金を確認し、まとめて支払済みにする",
    visitSummary: "自分の謝金（支払待ち・支払済み）と合計を見る",
    optionLines: (count: number) => `${count}件`,
  },
  en: {
    see: "see honoraria",
    pay: "pay honoraria",
    markPaid: "mark honoraria paid",
    chooseDate: "Choose the payment date.",
    noneMatch: "No payable honoraria match; check the experts and cut-off day.",
    allInTravelReview: (count) =>
      `The ${count} matching line(s) wait for their travel to be reviewed: accept or return the travel first.`,
    noExpert: "You have no expert record. Register with `/expert register`.",
    deskSummary: "See payable honoraria and mark a batch paid",
    visitSummary: "See my honoraria and totals",
    optionLines: (count) => `${count}`,
  },
});
