import { defineMessages } from "../../../lib/i18n.js";

type Figures = { waiting: string; free: string; experts: string; oldest: string };

const expertsEn = (n: string) => (n === "1" ? "1 expert" : `${n} experts`);

/** The shortage section of the weekly digest and of the secretariat's App Home. */
export const shortageBlocksTexts = defineMessages("shortage.blocks", {
  ja: {
    header: "専門家の不足（地域別）",
    digestHead: (day: string) => `*専門家の不足（地域別、${day}時点）*`,
    asOf: (day: string) => `${day}時点。候補の提示を待つ有効な申込みと、その地域を訪問できる専門家の空き枠です。`,
    days: (n: number) => `${n}日`,
    noWait: "—",
    figures: (p: Figures) =>
      `待ち件数 ${p.waiting}・空き枠 ${p.free}（専門家 ${p.experts}名）・最長待ち日数 ${p.oldest}`,
    shortMark: "⚠ 不足",
    overCapacity: "待ち件数が空き枠を上回る",
    stale: (p: { prefectures: string; days: number }) =>
      `${p.prefectures}で${p.days}日を超えて候補を提示できていない（空きのある専門家がいない）`,
    uncovered: (prefectures: string) => `空きのある専門家がいない県: ${prefectures}`,
    total: (p: Figures) =>
      `*計* 待ち件数 ${p.waiting}・空き枠 ${p.free}（専門家 ${p.experts}名、複数の地域を担当する専門家も1回だけ数えます）・最長待ち日数 ${p.oldest}`,
    summaryShort: (regions: string) => `*不足している地域: ${regions}*`,
    summaryNone: "不足している地域はありません。",
    listSeparator: "・",
    rule: (days: number) =>
      `不足の判定: 待ち件数が空き枠を上回る地域、または有効と判定されてから${days}日を超えて候補を提示できていない申込みがあり、その都道府県を訪問できる専門家に空きがない地域（${days}日は \`desk program set --shortage-days\` で変えられます）。空き枠 = その地域を訪問できる稼働中の専門家ごとの「受入上限 − 担当中の案件」の合計。複数の地域を訪問できる専門家は、それぞれの地域に数えます。`,
    recruitButton: (region: string) => `${region}の専門家を募集`,
    recruitHint:
      "募集のお知らせは登録済みの稼働中の専門家に届きます（宛先は作成画面で変えられます）。まだ登録していない方への募集は、作成画面の本文をコピーして、支援士会・ITコーディネータ協会などの経路でお送りください。",
  },
  en: {
    header: "Expert shortage by region",
    digestHead: (day) => `*Expert shortage by region (as of ${day})*`,
    asOf: (day) =>
      `As of ${day}. Valid applications waiting for candidates, against the free places of the experts who can visit the region.`,
    days: (n) => (n === 1 ? "1 day" : `${n} days`),
    noWait: "—",
    figures: (p) => `waiting ${p.waiting} · free places ${p.free} (${expertsEn(p.experts)}) · longest wait ${p.oldest}`,
    shortMark: "⚠ short",
    overCapacity: "more applications waiting than free places",
    stale: (p) => `in ${p.prefectures}, waiting more than ${p.days} days for candidates (no expert with a free place)`,
    uncovered: (prefectures) => `no expert with a free place for: ${prefectures}`,
    total: (p) =>
      `*Total* waiting ${p.waiting} · free places ${p.free} (${expertsEn(p.experts)}; an expert covering several regions counts once) · longest wait ${p.oldest}`,
    summaryShort: (regions) => `*Regions short of experts: ${regions}*`,
    summaryNone: "No region is short of experts.",
    listSeparator: ", ",
    rule: (days) =>
      `A region is short when more applications wait there than its free places, or when an application has waited more than ${days} days since it was screened valid and no expert with a free place can visit its prefecture (change the ${days} days with \`desk program set --shortage-days\`). Free places = the sum over the active experts who can visit the region of their capacity minus their active cases. An expert who can visit several regions counts in each of them.`,
    recruitButton: (region) => `Recruit experts for ${region}`,
    recruitHint:
      "The announcement reaches the registered, active experts (you can change the recipients in the composer). To recruit people who are not registered yet, copy the composer's text and send it through your own channels (RISS associations, the ITC association).",
  },
});

/** The recruiting announcement the shortage flag offers, prefilled in the composer. */
export const recruitDraftTexts = defineMessages("shortage.recruit", {
  ja: {
    title: (region: string) => `【専門家募集】${region}で指導を担当いただける専門家を募集しています`,
    body: (p: { region: string; prefectures: string; day: string; waiting: number; free: number }) =>
      `${p.region}（${p.prefectures}）で、中小企業への訪問指導を担当いただける専門家を募集しています。\n\n${p.day}時点で、この地域では候補の提示を待つ企業が${p.waiting}社あり、受け入れ可能な枠は${p.free}件です。`,
    uncovered: (prefectures: string) => `特に${prefectures}を訪問できる専門家が不足しています。`,
    asks: [
      "ご協力いただける方は、次のいずれかをお願いします。",
      "・この地域を訪問できる方: `/expert profile` の「訪問できる都道府県」に追加してください。",
      "・担当件数に余裕のある方: `/expert profile` の「同時に担当できる最大件数」を増やしてください。",
      "・参加いただけそうな情報処理安全確保支援士・ITコーディネータの方をご存じでしたら、ご紹介ください（Slack で `/expert register` から登録できます）。",
      "",
      "ご協力をお願いいたします。",
    ].join("\n"),
  },
  en: {
    title: (region) => `Experts wanted: guidance visits in ${region}`,
    body: (p) =>
      `We are looking for experts who can take on guidance visits to SMEs in ${p.region} (${p.prefectures}).\n\nAs of ${p.day}, ${p.waiting} enterprises in this region are waiting for candidates, and ${p.free} places are free.`,
    uncovered: (prefectures) => `Experts who can visit ${prefectures} are especially needed.`,
    asks: [
      "If you can help, please do one of the following:",
      "• If you can visit this region: add its prefectures to “Prefectures you can visit” in `/expert profile`.",
      "• If you have room for more cases: raise “Maximum concurrent cases” in `/expert profile`.",
      "• If you know a Registered Information Security Specialist or IT Coordinator who could take part, please introduce them (they register in Slack with `/expert register`).",
      "",
      "Thank you for your help.",
    ].join("\n"),
  },
});
