import { defineMessages } from "../../../lib/i18n.js";

/** Honoraria: the expert's DMs and list, the secretariat's summary, the pay modal, App Home. */
export const honorariaTexts = defineMessages("honoraria.messages", {
  ja: {
    paid: (paidOn: string) => `支払済み（${paidOn}）`,
    payable: "支払待ち",
    paidHead: (p: { paidOn: string; count: number; total: string }) =>
      `謝金をお支払いしました（支払日 ${p.paidOn}）: ${p.count}件 合計 ${p.total}`,
    seeOwn: "自分の謝金の一覧は `/visit honoraria` で確認できます。",
    ownHead: "あなたの謝金",
    ownSummary: (p: { payable: string; paid: string; total: string; count: number }) =>
      `支払待ち *${p.payable}* ・ 支払済み *${p.paid}* ・ 合計 *${p.total}*（${p.count}件）`,
    noneYet: "まだ謝金はありません。報告書が事務局に受理されると、1回の訪問につき1件の謝金が計上されます。",
    latest: (max: number) => `最新の${max}件を表示しています。`,
    summaryHead: (p: { count: number; amount: string; experts: number }) =>
      `支払待ちの謝金: ${p.count}件 合計 ${p.amount}（専門家 ${p.experts}名）`,
    lines: (count: number) => `${count}件`,
    markPaidBatch: "支払済みにする（まとめて）",
    payTitle: "謝金の支払処理",
    markPaid: "支払済みにする",
    cancel: "キャンセル",
    payIntro: (p: { count: number; amount: string }) =>
      `支払待ち ${p.count}件（${p.amount}）を支払済みにします。専門家ごとに内訳をDMで通知します。`,
    paidOn: "支払日",
    experts: "対象の専門家",
    searchByName: "名前で検索",
    expertsHint: "選ばない場合は、支払待ちのすべての専門家が対象です。",
    cutOff: "締め日（この日までに受理した分）",
    cutOffHint: "選ばない場合は、受理済みのすべてが対象です。",
    note: "メモ（振込の件名など）",
    duplicate: (batchId: number) => `この支払処理はすでに記録済みです（バッチ #${batchId}）。`,
    batchDone: (p: { batchId: number; count: number; amount: string; experts: number }) =>
      `支払バッチ #${p.batchId}: ${p.count}件 合計 ${p.amount} を支払済みにしました（専門家 ${p.experts}名に通知）。`,
    homePayable: (p: { count: number; amount: string; experts: number }) =>
      `*謝金* 支払待ち ${p.count}件 ${p.amount}（専門家 ${p.experts}名）`,
    homeOwn: (p: { payable: string; paid: string }) => `*あなたの謝金* 支払待ち ${p.payable} ・ 支払済み ${p.paid}`,
    seeMine: "謝金の明細を見る",
  },
  en: {
    paid: (paidOn) => `paid (${paidOn})`,
    payable: "payable",
    paidHead: (p) => `Honoraria paid on ${p.paidOn}: ${p.count} visit(s), ${p.total} in total`,
    seeOwn: "See all your honoraria with `/visit honoraria`.",
    ownHead: "Your honoraria",
    ownSummary: (p) => `Payable *${p.payable}* · paid *${p.paid}* · total *${p.total}* (${p.count} visits)`,
    noneYet: "No honoraria yet. Each visit whose report the secretariat accepts adds one line.",
    latest: (max) => `Showing the latest ${max}.`,
    summaryHead: (p) => `Payable honoraria: ${p.count} lines, ${p.amount} (${p.experts} experts)`,
    lines: (count) => `${count} lines`,
    markPaidBatch: "Mark paid (batch)",
    payTitle: "Pay honoraria",
    markPaid: "Mark paid",
    cancel: "Cancel",
    payIntro: (p) => `Marks payable lines (${p.count}, ${p.amount}) paid; each expert gets a DM with their part.`,
    paidOn: "Payment date",
    experts: "Experts to pay",
    searchByName: "Search by name",
    expertsHint: "Leave empty to pay every expert.",
    cutOff: "Cut-off (accepted on or before)",
    cutOffHint: "Leave empty to include everything accepted.",
    note: "Note (e.g. transfer reference)",
    duplicate: (batchId) => `This batch was already recorded (batch #${batchId}).`,
    batchDone: (p) => `Batch #${p.batchId}: ${p.count} lines, ${p.amount} marked paid (${p.experts} experts notified).`,
    homePayable: (p) => `*Honoraria* payable: ${p.count} lines, ${p.amount} (${p.experts} experts)`,
    homeOwn: (p) => `*Your honoraria* payable ${p.payable} · paid ${p.paid}`,
    seeMine: "See my honoraria",
  },
});
