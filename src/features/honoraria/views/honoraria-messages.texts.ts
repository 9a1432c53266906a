import { defineMessages } from "../../../lib/i18n.js";

/** Honoraria: the expert's DMs and list, the secretariat's summary, the pay modal, App Home. */
export const honorariaTexts = defineMessages("honoraria.messages", {
  ja: {
    paid: (paidOn: string) => `支払済み（${paidOn}）`,
    payable: "支払待ち",
    payableFigures: (p: { fee: string; travel: string }) => `謝金 ${p.fee} ・ 交通費 ${p.travel}`,
    paidFigures: (p: { fee: string; travel: string; withheld: string; net: string }) =>
      `謝金 ${p.fee} ・ 交通費 ${p.travel} ・ 源泉徴収 ${p.withheld} ・ 差引 ${p.net}`,
    ownMoney: (p: { travel: string; withheld: string; net: string }) =>
      `交通費（承認済み） ${p.travel} ・ 源泉徴収税額 ${p.withheld} ・ 振込済み（差引） ${p.net}`,
    noticeHint:
      "支払のたびに支払通知書（PDF）をお送りします。源泉徴収は謝金にのみかかり、交通費（実費）にはかかりません。",
    summaryFigures: (p: { travel: string; withheld: string; net: string }) =>
      `交通費 ${p.travel} ・ 源泉徴収（見込み） ${p.withheld} ・ 差引支払額（見込み） ${p.net}`,
    expertFigures: (p: { fee: string; travel: string; withheld: string }) =>
      `謝金 ${p.fee} ・ 交通費 ${p.travel} ・ 源泉 ${p.withheld}`,
    travelInReview: (count: number) => `交通費が確認待ちの${count}件は、確認が済むまで支払処理の対象外です。`,
    batchFigures: (p: { travel: string; withheld: string; net: string }) =>
      `交通費 ${p.travel} ・ 源泉徴収税額 ${p.withheld} ・ 差引支払額 ${p.net}`,
    noticesSent: (p: { slack: number; email: number }) =>
      `支払通知書（PDF）: SlackのDM ${p.slack}名 ・ メール ${p.email}名`,
    noticesUnreachable: (names: string) =>
      `Slackにもメールにも連絡先がないため、支払通知書を送れなかった専門家: ${names}`,
    heldBack: (count: number) => `交通費が確認待ちの${count}件は今回の支払に含めていません。`,
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
      `支払待ち ${p.count}件（謝金 ${p.amount}）を支払済みにします。専門家ごとに源泉徴収税額と差引支払額を確定し、支払通知書（PDF）をDMまたはメールで送ります。交通費が確認待ちの分は次回に回ります。`,
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
    payableFigures: (p) => `fee ${p.fee} · travel ${p.travel}`,
    paidFigures: (p) => `fee ${p.fee} · travel ${p.travel} · tax withheld ${p.withheld} · net ${p.net}`,
    ownMoney: (p) => `Travel (accepted) ${p.travel} · tax withheld ${p.withheld} · paid to you (net) ${p.net}`,
    noticeHint:
      "Each payment comes with a payment notice (PDF). Tax is withheld on fees only, never on travel at cost.",
    summaryFigures: (p) => `Travel ${p.travel} · tax to withhold (estimate) ${p.withheld} · net (estimate) ${p.net}`,
    expertFigures: (p) => `fee ${p.fee} · travel ${p.travel} · tax ${p.withheld}`,
    travelInReview: (count) =>
      `${count} line(s) wait for their travel to be reviewed and are left out of a batch until then.`,
    batchFigures: (p) => `Travel ${p.travel} · tax withheld ${p.withheld} · net paid ${p.net}`,
    noticesSent: (p) => `Payment notices (PDF): ${p.slack} by Slack DM · ${p.email} by e-mail`,
    noticesUnreachable: (names) => `No notice sent (neither in Slack nor an e-mail address): ${names}`,
    heldBack: (count) => `${count} line(s) whose travel is in review were left for a later batch.`,
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
    payIntro: (p) =>
      `Marks payable lines (${p.count}, fees ${p.amount}) paid, fixes each expert's tax withheld and net, and sends each a payment notice (PDF) by DM or e-mail. Lines whose travel is in review wait for the next batch.`,
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
