import { defineMessages } from "../../../lib/i18n.js";

/** Segments by their stored value, and an area's region. */
export const segmentTexts = defineMessages("announcements.segments", {
  ja: {
    experts_active: "稼働中の専門家（全員）",
    experts_area: "地域・都道府県の稼働中の専門家",
    smes_by_status: "状況別の指導先企業",
    everyone: "全員（稼働中の専門家と進行中の申込みの企業）",
    region: (name: string) => `${name}地方`,
  },
  en: {
    experts_active: "All active experts",
    experts_area: "Active experts in a region or prefecture",
    smes_by_status: "SMEs by application status",
    everyone: "Everyone (active experts and SMEs of open applications)",
    region: (name) => `${name} region`,
  },
});

/** SME groups by their stored value. */
export const smeStatusTexts = defineMessages("announcements.smeStatuses", {
  ja: {
    received: "受付済み（審査前）",
    valid: "審査済み（候補提示前）",
    proposed: "候補提示済み（選択・承認待ち）",
    matched_not_visited: "マッチング済み・初回訪問前",
    in_progress: "指導中（訪問あり）",
    completed: "完了",
  },
  en: {
    received: "Received (not yet screened)",
    valid: "Valid (no candidates yet)",
    proposed: "Candidates proposed (choice or approval pending)",
    matched_not_visited: "Matched, not yet visited",
    in_progress: "In progress (visited)",
    completed: "Completed",
  },
});
