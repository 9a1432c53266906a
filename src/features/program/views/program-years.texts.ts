import { defineMessages } from "../../../lib/i18n.js";

/** Program years in `/desk settings`: creating a new year and switching the current one. */
export const programYearsTexts = defineMessages("program.years", {
  ja: {
    newButton: "新しい年度を作成",
    switchPlaceholder: "現在の年度を切り替え",
    switchOption: (p: { name: string; current: boolean }) =>
      p.current ? `${p.name}（現在の年度）` : `${p.name}（終了・閲覧のみ）`,
    yearsLine: (p: { current: string; count: number }) =>
      `現在の年度: *${p.current}*（登録済み ${p.count}年度）。終了した年度は閲覧のみで、変更できません。`,
    title: "新しい年度を作成",
    create: "作成",
    cancel: "キャンセル",
    intro:
      "事業期間と申込期間を入力してください。謝金やリマインドなどの設定は現在の年度からコピーされます（作成後に「事業の設定」で変更できます）。",
    name: "年度の名前",
    nameHint: "例: 2020年度",
    startDate: "事業開始日",
    endDate: "事業終了日（訪問の最終日）",
    applyFrom: "申込受付開始日",
    applyUntil: "申込受付締切日",
    makeCurrent: "作成した年度を現在の年度にする",
    makeCurrentHint: "現在の年度にすると、それまでの年度は閲覧のみになり、登録中の専門家に継続確認の DM が届きます。",
    created: (name: string) => `${name}を作成しました。`,
    createdCurrent: (p: { name: string; invited: number }) =>
      `${p.name}を作成し、現在の年度にしました。専門家 ${p.invited}名に継続確認の DM を送りました。`,
    switched: (p: { name: string; invited: number }) =>
      `現在の年度を${p.name}に切り替えました。${p.invited > 0 ? `専門家 ${p.invited}名に継続確認の DM を送りました。` : ""}`,
  },
  en: {
    newButton: "Create a new program year",
    switchPlaceholder: "Switch the current program",
    switchOption: (p) => (p.current ? `${p.name} (current)` : `${p.name} (ended: read-only)`),
    yearsLine: (p) =>
      `Current program: *${p.current}* (${p.count} program years). Programs that have ended can be read but not changed.`,
    title: "New program year",
    create: "Create",
    cancel: "Cancel",
    intro:
      "Enter the program period and the application window. Honoraria, reminders and the other settings are copied from the current program (change them afterwards in Program settings).",
    name: "Name",
    nameHint: "e.g. 2020",
    startDate: "Program start",
    endDate: "Program end (last day for visits)",
    applyFrom: "Applications open",
    applyUntil: "Applications close",
    makeCurrent: "Make it the current program",
    makeCurrentHint:
      "The previous program becomes read-only and every active expert is asked by DM to confirm they carry on.",
    created: (name) => `Created ${name}.`,
    createdCurrent: (p) =>
      `Created ${p.name} and made it the current program. Asked ${p.invited} experts by DM to confirm they carry on.`,
    switched: (p) =>
      `${p.name} is now the current program.${p.invited > 0 ? ` Asked ${p.invited} experts by DM to confirm they carry on.` : ""}`,
  },
});
