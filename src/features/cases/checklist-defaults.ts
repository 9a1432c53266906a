import type { Localized } from "../../lib/errors.js";
import type { ChecklistRow } from "../visits/visits.schemas.js";

/** Labels of the default categories; a category the secretariat invents is shown as written. */
export const CHECKLIST_CATEGORIES: Record<string, Localized> = {
  basic: { ja: "基本的な対策", en: "Basic measures" },
  staff: { ja: "従業員としての対策", en: "Measures by every employee" },
  organization: { ja: "組織としての対策", en: "Measures by the organisation" },
};

export function categoryLabel(category: string, locale: "ja" | "en"): string {
  return CHECKLIST_CATEGORIES[category]?.[locale] ?? category;
}

const row = (number: number, category: string, textJa: string, textEn: string): ChecklistRow => ({
  number,
  category,
  textJa,
  textEn,
});

/**
 * The default 25-item self-check for small businesses, written for this program. The secretariat
 * replaces it with `desk checklist import FILE.csv`.
 */
export const DEFAULT_CHECKLIST: ChecklistRow[] = [
  row(
    1,
    "basic",
    "パソコンやスマートフォンのOS・ソフトウェアに、更新プログラムを速やかに適用していますか。",
    "Are updates to the operating systems and software of PCs and smartphones applied promptly?",
  ),
  row(
    2,
    "basic",
    "すべての端末にウイルス対策ソフトを入れ、定義ファイルを最新に保っていますか。",
    "Is anti-malware installed on every device and kept up to date?",
  ),
  row(
    3,
    "basic",
    "パスワードは推測されにくい長さと文字の組合せにし、サービスごとに使い分けていますか。",
    "Are passwords long, hard to guess and different for each service?",
  ),
  row(
    4,
    "basic",
    "共有フォルダやクラウドの共有設定を、必要な人だけが見られるように確認していますか。",
    "Are shared folders and cloud sharing limited to the people who need them?",
  ),
  row(
    5,
    "basic",
    "新しい手口の攻撃や脅威の情報を定期的に集め、社内で共有していますか。",
    "Do you regularly gather news of new attacks and threats and share it internally?",
  ),
  row(
    6,
    "staff",
    "不審なメールの添付ファイルやリンクを開かないよう、気をつけていますか。",
    "Do staff avoid opening attachments and links in suspicious emails?",
  ),
  row(
    7,
    "staff",
    "メールやファクスを送る前に、宛先を確かめていますか。",
    "Are recipients checked before an email or fax is sent?",
  ),
  row(
    8,
    "staff",
    "重要な情報をメールで送るときは、暗号化やパスワード保護をしていますか。",
    "Is important information encrypted or password-protected when sent by email?",
  ),
  row(
    9,
    "staff",
    "席を離れるときは、パソコンの画面をロックしていますか。",
    "Do staff lock their screens when they leave their desks?",
  ),
  row(
    10,
    "staff",
    "重要な書類や記録媒体を机の上に置いたままにせず、鍵のかかる場所に保管していますか。",
    "Are important papers and storage media locked away instead of left on desks?",
  ),
  row(
    11,
    "staff",
    "パソコンや記録媒体を社外に持ち出すときの決まりを守っていますか。",
    "Are the rules for taking PCs and storage media out of the office followed?",
  ),
  row(
    12,
    "staff",
    "最後に退出する人が、事務所の施錠と戸締まりを確かめていますか。",
    "Does the last person to leave check that the office is locked?",
  ),
  row(
    13,
    "staff",
    "不要になった書類や記録媒体は、読み取れない方法で廃棄していますか。",
    "Are unneeded papers and media destroyed so that nothing can be read from them?",
  ),
  row(
    14,
    "staff",
    "私物の端末やUSBメモリを業務に使う場合の決まりがありますか。",
    "Are there rules for using personal devices and USB sticks for work?",
  ),
  row(
    15,
    "staff",
    "重要なデータを定期的にバックアップし、元に戻せることを確かめていますか。",
    "Is important data backed up regularly, and has a restore been tried?",
  ),
  row(
    16,
    "staff",
    "SNS などに業務上の情報を書き込まないよう、気をつけていますか。",
    "Do staff avoid posting business information on social media?",
  ),
  row(
    17,
    "staff",
    "来訪者が入れる場所を限り、受付で記録を残していますか。",
    "Are visitors kept to certain areas and recorded at reception?",
  ),
  row(
    18,
    "staff",
    "無線LANを暗号化し、来客用と業務用のネットワークを分けていますか。",
    "Is Wi-Fi encrypted, with guests kept off the business network?",
  ),
  row(
    19,
    "organization",
    "情報セキュリティの方針を定め、従業員に伝えていますか。",
    "Is there an information security policy that every employee has been told about?",
  ),
  row(
    20,
    "organization",
    "情報セキュリティの責任者と担当者を決めていますか。",
    "Are a person responsible and staff in charge of information security named?",
  ),
  row(
    21,
    "organization",
    "守るべき重要な情報を洗い出し、保管場所と管理する人を把握していますか。",
    "Have you listed your important information, where it is kept and who looks after it?",
  ),
  row(
    22,
    "organization",
    "従業員に守秘義務を課し、退職後の扱いも取り決めていますか。",
    "Are employees bound to confidentiality, including after they leave?",
  ),
  row(
    23,
    "organization",
    "従業員に情報セキュリティの教育を定期的に行っていますか。",
    "Do employees receive information security training regularly?",
  ),
  row(
    24,
    "organization",
    "委託先や取引先と、情報の取扱いを契約で取り決めていますか。",
    "Do contracts with contractors and partners settle how information is handled?",
  ),
  row(
    25,
    "organization",
    "ウイルス感染や情報漏えいが起きたときの連絡先と対応の手順を決めていますか。",
    "Are contacts and steps agreed for a malware infection or an information leak?",
  ),
];
