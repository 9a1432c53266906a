import { defineMessages } from "../../lib/i18n.js";

/**
 * The FAQ a new installation starts with (see DEFAULT_FAQ): each entry's question, answer and
 * search words per language; the stored keywords are the Japanese words, then the English ones.
 */
export const defaultFaqTexts = defineMessages("helpdesk.defaultFaq", {
  ja: {
    scheduleQuestion: "事業全体のスケジュール（申込期間・指導期間）を教えてください",
    scheduleAnswer:
      "中小企業からの申込受付は {apply_from}〜{apply_until} です。訪問指導（4回）は事業期間 {program_start}〜{program_end} の間に行い、最後の訪問は {program_end} までに終える必要があります。訪問の間隔は2週間程度、1社あたり約2か月が目安です。",
    scheduleKeywords: "スケジュール,日程,期間,いつまで,締切,締め切り,期限,申込期間,事業期間",
    honorariumQuestion: "謝金はいつ、どのように支払われますか",
    honorariumAnswer:
      "謝金は訪問1回ごとに、その回の訪問報告書が事務局に受理された時点で支払対象になります（RISS {honorarium_riss}、ITC {honorarium_itc}／回）。事務局が支払対象をまとめて、登録の口座へ振り込みます。振込日はまとまり次第お知らせします。報告書が差し戻された場合は、再提出して受理された後に対象になります。",
    honorariumKeywords: "謝金,報酬,支払,支払い,振込,振り込み,入金,口座,手続き,請求",
    templatesQuestion: "指導で使うひな形・テンプレートや資料はどこからダウンロードできますか",
    templatesAnswer:
      "セキュリティ基本方針・関連規程・ハンドブックのひな形と自己診断シートは、このアプリの App Home（ホーム）タブの「資料」欄にあるリンクからダウンロードできます。IPA「中小企業の情報セキュリティ対策ガイドライン」の付録にも同じひな形があります。",
    templatesKeywords: "ひな形,雛形,ひながた,テンプレート,様式,書式,資料,ダウンロード,ガイドライン,自己診断",
    reportsQuestion: "訪問報告書の様式と提出方法、提出済みの報告書はどこで確認できますか",
    reportsAnswer:
      "訪問報告書はこのアプリの `/visit` から、訪問後 {report_due_days} 営業日以内に入力・提出します（様式のダウンロードは不要です）。提出した報告書と事務局の確認状況は `/visit` の案件一覧と App Home で確認できます。成果物（基本方針・規程など）のファイルも同じ画面から提出します。",
    reportsKeywords: "報告書,訪問報告,提出,様式,報告,ダウンロード,確認,成果物",
    applyQuestion: "中小企業はどうやって指導を申し込めますか",
    applyAnswer:
      "Slack をお使いの方は `/apply` から申し込めます（参加費無料・専門家が4回訪問）。Slack をお使いでない場合は、メール・FAX・電話で事務局にお申し込みください。事務局が代わりに登録します。受付期間は {apply_from}〜{apply_until} です。",
    applyKeywords: "申込,申込み,申し込み,申し込む,応募,参加,方法,中小企業",
    registerQuestion: "専門家として登録するにはどうすればよいですか",
    registerAnswer:
      "情報処理安全確保支援士（登録セキスペ）または ITコーディネータの方は、`/expert register` から登録を申請してください。事務局が確認し、結果をこのアプリのメッセージでお知らせします。登録内容は `/expert profile` で変更できます。",
    registerKeywords: "専門家,登録,登録方法,支援士,セキスペ,ITコーディネータ,プロフィール",
    visitsQuestion: "指導は何回で、費用はかかりますか",
    visitsAnswer:
      "専門家が1社あたり4回訪問します（参加費無料）。1回目 リスクの洗い出し、2回目 重点領域・対策・基本方針、3回目 関連規定の検討、4回目 規定のレビューと全体のまとめ、の順に進めます。",
    visitsKeywords: "回数,費用,無料,料金,カリキュラム,内容,4回",
    briefingQuestion: "専門家向けの事業説明会にはどうやって申し込めますか",
    briefingAnswer:
      "`/expert briefings` または App Home の「事業説明会」から申し込めます。定員を超えた場合はキャンセル待ちになり、空きが出たら順番に繰り上げてお知らせします。録画動画がある場合は一覧にリンクがあります。",
    briefingKeywords: "説明会,事業説明会,セミナー,動画,録画,キャンセル待ち",
    rescheduleQuestion: "訪問日程を変更したいときはどうすればよいですか",
    rescheduleAnswer:
      "訪問日程は `/visit` から変更できます（変更理由を入力してください）。1回目の訪問日程は事務局が指導先との間に入って調整しますので、事務局にご連絡ください。",
    rescheduleKeywords: "日程変更,変更,訪問日,延期,リスケ,日程調整",
    surveyQuestion: "アンケートはいつ、どのように回答しますか",
    surveyAnswer:
      "指導が完了すると、専門家と指導先企業のご担当者にアンケートの依頼がこのアプリのメッセージで届きます。ボタンから回答でき、締切までは回答を変更できます。Slack をお使いでない指導先には、事務局が紙やWebで回答をいただき代理入力します。",
    surveyKeywords: "アンケート,回答,調査",
  },
  en: {
    scheduleQuestion: "What is the schedule of the program (application period, guidance period)?",
    scheduleAnswer:
      "SMEs can apply from {apply_from} to {apply_until}. The four guidance visits take place within the program period {program_start}–{program_end}; the last visit must be held by {program_end}. Visits are usually about two weeks apart, about two months per company.",
    scheduleKeywords: "schedule,deadline,period,dates,until",
    honorariumQuestion: "When and how is the honorarium paid?",
    honorariumAnswer:
      "Each visit becomes payable once its visit report is accepted by the secretariat (RISS {honorarium_riss}, ITC {honorarium_itc} per visit). The secretariat pays payable visits in batches by bank transfer to your registered account and tells you the payment date. A returned report becomes payable after it is resubmitted and accepted.",
    honorariumKeywords: "honorarium,fee,payment,pay,paid,transfer,bank,invoice",
    templatesQuestion: "Where can I download the templates and materials used in the guidance?",
    templatesAnswer:
      "Templates for the basic security policy, related rules and handbook, and the self-check sheet, are linked in the “Resources” section of this app's Home tab. The same templates are in the appendices of IPA's SME information security guidelines.",
    templatesKeywords: "template,templates,download,materials,forms,guideline",
    reportsQuestion: "How do I submit visit reports, and where can I see the reports I submitted?",
    reportsAnswer:
      "Enter and submit each visit report in this app with `/visit`, within {report_due_days} business days after the visit (no form to download). Your submitted reports and their review status are listed under `/visit` and on the Home tab; deliverables (policy, rules) are submitted there too.",
    reportsKeywords: "report,reports,submit,visit report,deliverable",
    applyQuestion: "How can an SME apply for the guidance?",
    applyAnswer:
      "If you use Slack, apply with `/apply` (free of charge; an expert visits four times). Otherwise apply to the secretariat by email, fax or phone and we enter it for you. Applications are accepted from {apply_from} to {apply_until}.",
    applyKeywords: "apply,application,join,sign up,sme",
    registerQuestion: "How do I register as an expert?",
    registerAnswer:
      "Registered Information Security Specialists (RISS) and IT Coordinators apply with `/expert register`. The secretariat reviews it and tells you the result in this app's messages. Change your record with `/expert profile`.",
    registerKeywords: "expert,register,registration,riss,itc,profile",
    visitsQuestion: "How many visits are there, and is there a cost?",
    visitsAnswer:
      "An expert visits each company four times, free of charge: 1) finding risks, 2) priority areas, countermeasures and the basic policy, 3) drafting related rules, 4) reviewing the rules and wrap-up.",
    visitsKeywords: "visits,cost,free,price,curriculum,how many",
    briefingQuestion: "How do I sign up for a briefing session for experts?",
    briefingAnswer:
      "Use `/expert briefings` or the “Briefing sessions” section of the Home tab. If a session is full you join its waitlist and are promoted in order when a seat frees up. Recordings, when available, are linked in the list.",
    briefingKeywords: "briefing,session,seminar,video,recording,waitlist",
    rescheduleQuestion: "How do I change a visit date?",
    rescheduleAnswer:
      "Change visit dates with `/visit` (give the reason). The first visit is arranged through the secretariat, so contact us for that one.",
    rescheduleKeywords: "reschedule,change,date,postpone",
    surveyQuestion: "When and how do I answer the survey?",
    surveyAnswer:
      "When a case completes, its expert and the SME contact receive a survey request in this app's messages. Answer with the button; you can change your answers until the survey closes. SMEs not on Slack answer on paper or the web and the secretariat enters it.",
    surveyKeywords: "survey,questionnaire,answer",
  },
});
