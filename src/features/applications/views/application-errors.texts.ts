import { defineMessages } from "../../../lib/i18n.js";

/** What the applications' checks and screening answer (chosen before the reader is known: both()), and the commands' replies. */
export const applicationErrorsTexts = defineMessages("applications.errors", {
  ja: {
    required: "入力してください。",
    too_long: "長すぎます。短くしてください。",
    too_large: "値が大きすぎます。",
    whole_number: "0以上の整数で入力してください。",
    kana: "ひらがな・カタカナで入力してください（例: かぶしきがいしゃさんぷる）。",
    corporate_format: "法人番号は13桁の数字で入力してください（ハイフン・全角数字も可）。",
    corporate_check_digit: "法人番号のチェックデジット（先頭の1桁）が合いません。番号をご確認ください。",
    email: "メールアドレスの形式が正しくありません。",
    phone: "電話番号は数字とハイフンで10〜20文字で入力してください。",
    categoryManufacturingOther: "製造業その他",
    categoryWholesale: "卸売業",
    categoryServices: "サービス業",
    categoryRetail: "小売業・飲食店",
    overrideEligibility: "このまま登録する場合は、下の「対象外に見えても登録する」にチェックしてください。",
    overrideDuplicate: "このまま登録する場合は、下の「重複に見えても登録する」にチェックしてください。",
    withHint: (p: { message: string; hint: string }) => `${p.message}${p.hint}`,
    recruiterInactive: "選んだ専門家は現在登録されていません。別の専門家を選ぶか、空欄にしてください。",
    chooseReason: "無効とする理由を選んでください。",
    describeOther: "「その他」の場合は詳細を入力してください。",
    receivedInFuture: "受付日に今日より後の日付は指定できません。",
    receivedOutsideWindow: (window: string) =>
      `受付日が申込受付期間（${window}）の外です。期間内に届いた申込みだけを登録できます。`,
    outsideWindow: (window: string) =>
      `申込受付期間（${window}）外のため、現在は申し込めません。ご不明な点は事務局にお問い合わせください。`,
    industryNotCovered: (industry: string) => `${industry}はこの事業の対象外です。`,
    notSme: (p: { category: string; capitalYen: number; capital: string; employees: number }) =>
      `中小企業の要件を満たしていません。${p.category}は資本金${p.capital}以下または従業員${p.employees}人以下が対象です。`,
    alreadyApplied:
      "この企業からのお申込みはすでに受け付けています。重ねて申し込む必要はありません。ご不明な点は事務局にお問い合わせください。",
    maybeDuplicate: (p: { id: number; company: string; when: string }) =>
      `重複の可能性があります: 申込番号 #${p.id}（${p.company}、受付日 ${p.when}）。`,
    notFound: "申込みが見つかりません。",
    alreadyScreened: (p: { id: number; company: string; status: string }) =>
      `申込み #${p.id}（${p.company}）はすでに審査済みです（${p.status}）。変更はありません。`,
    alreadyScreenedTitle: (title: string) => `${title} はすでに審査済みです。変更はありません。`,
    markedValid: (title: string) => `${title} を有効にしました。申込者に通知します。`,
    commandApply: "専門家指導に申し込む（事務局: 郵送・FAX等で届いた申込みを登録する）",
    commandQueue: "審査待ちの申込みを古い順に表示する",
  },
  en: {
    required: "Please fill this in.",
    too_long: "This is too long; please shorten it.",
    too_large: "This number is too large.",
    whole_number: "Enter a whole number (0 or more).",
    kana: "Use hiragana or katakana (e.g. カブシキガイシャサンプル).",
    corporate_format: "Enter the 13-digit corporate number (hyphens and full-width digits are fine).",
    corporate_check_digit:
      "The corporate number's check digit (its first digit) does not match; please check the number.",
    email: "This is not a valid email address.",
    phone: "Enter a phone number of 10–20 digits and hyphens.",
    categoryManufacturingOther: "Manufacturing and other industries",
    categoryWholesale: "Wholesale",
    categoryServices: "Services",
    categoryRetail: "Retail and eating places",
    overrideEligibility: "To register it anyway, tick “Register even though it looks ineligible” below.",
    overrideDuplicate: "To register it anyway, tick “Register even though it looks like a duplicate” below.",
    withHint: (p) => `${p.message} ${p.hint}`,
    recruiterInactive: "The chosen expert is not currently registered; choose another or leave this blank.",
    chooseReason: "Choose the reason.",
    describeOther: "Describe the reason when choosing “Other”.",
    receivedInFuture: "The received-on date cannot be in the future.",
    receivedOutsideWindow: (window) =>
      `The received-on date is outside the application window (${window}); only applications received inside it can be registered.`,
    outsideWindow: (window) =>
      `Applications are accepted only from ${window}; you cannot apply now. Please contact the secretariat with any questions.`,
    industryNotCovered: (industry) => `${industry} is not covered by this program.`,
    notSme: (p) =>
      `This company does not meet the SME criteria. ${p.category}: capital of ¥${p.capitalYen / 1_000_000} million or less, or ${p.employees} regular employees or fewer.`,
    alreadyApplied:
      "An application from this company has already been received; there is no need to apply again. Please contact the secretariat with any questions.",
    maybeDuplicate: (p) => `This may be a duplicate of application #${p.id} (${p.company}, received ${p.when}).`,
    notFound: "Application not found.",
    alreadyScreened: (p) =>
      `Application #${p.id} (${p.company}) has already been screened (${p.status}); nothing was changed.`,
    alreadyScreenedTitle: (title) => `${title} has already been screened; nothing was changed.`,
    markedValid: (title) => `Marked ${title} as valid; the applicant is being notified.`,
    commandApply: "Apply for expert guidance (secretariat: enter an application received by mail, fax, etc.)",
    commandQueue: "List applications waiting for screening, oldest first",
  },
});
