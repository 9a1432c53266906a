import { defineMessages } from "../../../lib/i18n.js";

/** Labels of an expert's record, shared by the experts' messages and other features' views. */
export const expertTextTexts = defineMessages("experts.text", {
  ja: {
    qualification: (q: string) =>
      ({ RISS: "情報処理安全確保支援士（RISS）", ITC: "ITコーディネータ（ITC）", RISS_ITC: "RISS・ITC 両方" })[q] ?? q,
    status: (status: string) =>
      ({
        pending: "審査待ち",
        active: "承認済み（活動中）",
        rejected: "不承認",
        suspended: "一時停止",
        withdrawn: "辞退",
      })[status] ?? status,
    notGiven: "記載なし",
    noneChosen: "（未選択）",
    listSeparator: "、",
    name: "氏名",
    qualificationHead: "資格",
    regNo: "登録番号",
    prefecture: "居住都道府県",
    canVisit: "訪問可能な都道府県",
    industries: "得意な業種",
    capacityHead: "同時担当の上限",
    capacity: (n: number) => `${n}件`,
  },
  en: {
    qualification: (q) => ({ RISS: "RISS", ITC: "IT Coordinator (ITC)", RISS_ITC: "RISS and ITC" })[q] ?? q,
    status: (status) =>
      ({
        pending: "Waiting for review",
        active: "Approved (active)",
        rejected: "Rejected",
        suspended: "Suspended",
        withdrawn: "Withdrawn",
      })[status] ?? status,
    notGiven: "Not given",
    noneChosen: "(none)",
    listSeparator: ", ",
    name: "Name",
    qualificationHead: "Qualification",
    regNo: "Reg. no.",
    prefecture: "Prefecture",
    canVisit: "Can visit",
    industries: "Industries",
    capacityHead: "Max concurrent cases",
    capacity: (n) => `${n}`,
  },
});
