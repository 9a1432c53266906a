import { defineMessages } from "../../../lib/i18n.js";

/** What the travel-expense service refuses, with the field it concerns. */
export const travelErrors = defineMessages("honoraria.travel.errors", {
  ja: {
    review: "交通費の承認・差戻し",
    visitNotFound: "その訪問は見つかりません。",
    notFound: "その交通費の申請は見つかりません。",
    onlyOwnVisit: "交通費は、その訪問を実施した専門家だけが申請できます。",
    notHeld: "交通費は、実施済みの訪問についてだけ申請できます。",
    alreadyPaid: "この訪問の謝金はすでに支払済みのため、交通費を追加・変更できません。事務局にご連絡ください。",
    alreadyAccepted: "この訪問の交通費はすでに承認されています。",
    inReview: "この訪問の交通費は事務局の確認待ちです。差し戻されたら修正して再申請できます。",
    amountInvalid: (max: string) => `金額を1円以上${max}円以下の整数で入力してください（例: 12,340）。`,
    descriptionMissing: "経路または内容を入力してください（例: 東京駅→新潟駅 新幹線 往復）。",
    receiptMissing: "領収書のファイルを添付するか、リンクを入力してください。",
    linkNotHttp: "リンクは https:// で始まるURLを入力してください。",
    reasonMissing: "差し戻す理由を入力してください。",
    decided: (status: string) => `この交通費はすでに${status}です。`,
  },
  en: {
    review: "accept or return travel expenses",
    visitNotFound: "That visit was not found.",
    notFound: "That travel expense was not found.",
    onlyOwnVisit: "Only the expert who held the visit can claim its travel.",
    notHeld: "Travel can only be claimed for a visit that took place.",
    alreadyPaid:
      "This visit's honorarium was already paid, so its travel cannot be added or changed. Contact the secretariat.",
    alreadyAccepted: "This visit's travel was already accepted.",
    inReview: "This visit's travel is waiting for the secretariat. If it is returned you can fix it and submit again.",
    amountInvalid: (max) => `Enter a whole number of yen from 1 to ${max} (e.g. 12,340).`,
    descriptionMissing: "Enter the route or what it was (e.g. Tokyo → Niigata, Shinkansen, return).",
    receiptMissing: "Attach the receipt as a file or give a link to it.",
    linkNotHttp: "Give a link that starts with https://.",
    reasonMissing: "Say why it is returned.",
    decided: (status) => `This travel expense is already ${status}.`,
  },
});
