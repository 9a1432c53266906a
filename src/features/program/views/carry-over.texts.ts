import { defineMessages } from "../../../lib/i18n.js";

/** The carry-over of experts into a new program: the DM, its answer and the secretariat's view. */
export const carryOverTexts = defineMessages("program.carryOver", {
  ja: {
    askText: (p: { name: string; program: string }) =>
      `${p.name}様、${p.program}の専門家登録の継続確認をお願いします。`,
    askBody: (p: { name: string; program: string }) =>
      `*${p.program}の専門家登録の継続確認*\n${p.name}様、新しい年度（${p.program}）が始まりました。引き続き指導の候補としてご提案するため、受け入れ可能な件数と対応地域をご確認ください。確認が済むまでは、${p.program}の候補としてご提案しません。`,
    capacity: (n: number) => `*受け入れ可能件数*\n${n}件`,
    areas: (list: string) => `*対応地域*\n${list}`,
    noAreas: "（未登録）",
    separator: "、",
    keepButton: "このまま継続する",
    changeButton: "変更して継続",
    confirmed: (p: { program: string; capacity: number; areas: string }) =>
      `${p.program}も継続していただけることを確認しました。受け入れ可能件数 ${p.capacity}件、対応地域 ${p.areas} で候補にご提案します。変更は \`/expert profile\` からいつでもできます。`,
    alreadyConfirmed: (program: string) => `${program}の継続はすでに確認済みです。`,
    notCurrent: (program: string) => `${program}は現在の年度ではないため、確認は不要です。`,
    notActive: "有効な専門家登録がないため、継続の確認はできません。",
    homeHeader: (p: { program: string; count: number }) => `*${p.program}の継続確認待ちの専門家: ${p.count}名*`,
    homeMore: (n: number) => `ほか${n}名`,
    homeHint: "確認が済むまで候補として提案されません。継続確認の DM は年度の切り替え時に送られています。",
  },
  en: {
    askText: (p) => `${p.name}, please confirm you are carrying on as an expert in ${p.program}.`,
    askBody: (p) =>
      `*Carrying on into ${p.program}*\n${p.name}, a new program year (${p.program}) has begun. To keep proposing you as a candidate, please confirm how many cases you can take and the areas you cover. Until you confirm, you are not proposed for ${p.program}.`,
    capacity: (n) => `*Cases you can take*\n${n}`,
    areas: (list) => `*Areas covered*\n${list}`,
    noAreas: "(none registered)",
    separator: ", ",
    keepButton: "Carry on as is",
    changeButton: "Change and carry on",
    confirmed: (p) =>
      `Thank you: you carry on in ${p.program} with ${p.capacity} cases and ${p.areas}. Change them at any time with \`/expert profile\`.`,
    alreadyConfirmed: (program) => `You have already confirmed for ${program}.`,
    notCurrent: (program) => `${program} is not the current program: nothing to confirm.`,
    notActive: "You have no active expert registration to carry on.",
    homeHeader: (p) => `*Experts yet to confirm for ${p.program}: ${p.count}*`,
    homeMore: (n) => `and ${n} more`,
    homeHint:
      "They are not proposed as candidates until they confirm. The confirmation DM was sent when the program year changed.",
  },
});
