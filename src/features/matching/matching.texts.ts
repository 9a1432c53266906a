import { defineMessages } from "../../lib/i18n.js";

type AppRef = { id: number; status: string };

const JA_STATUS: Record<string, string> = {
  received: "まだ審査されていません",
  invalid: "無効と判定されています",
  withdrawn: "取り下げられています",
  proposed: "すでに候補を案内し、企業の選択を待っています",
  chosen: "すでに専門家が選ばれ、承認を待っています",
  matched: "すでにマッチングが承認されています",
  valid: "候補の提示を待っています",
};
const EN_STATUS: Record<string, string> = {
  received: "has not been screened yet",
  invalid: "was found invalid",
  withdrawn: "was withdrawn",
  proposed: "already has candidates waiting for the SME's choice",
  chosen: "already has a chosen expert waiting for approval",
  matched: "is already matched",
  valid: "is waiting for candidates",
};
const jaStatus = (s: string) => JA_STATUS[s] ?? `状態が ${s} です`;
const enStatus = (s: string) => EN_STATUS[s] ?? `is ${s}`;

/** What the matching use cases refuse with (AppError texts, both languages through `both()`). */
export const matchingErrorTexts = defineMessages("matching.errors", {
  ja: {
    countInvalid: "1〜10の整数で入力してください。",
    noCandidate: "案内できる候補がいません。検索から専門家を追加してください。",
    /** Names already joined; empty when the experts themselves are gone. */
    noLongerActive: (names: string[]) =>
      `${names.join("、") || "候補の一部"} さんは活動中ではなくなりました。外してから送ってください。`,
    proposalNotFound: "候補の提示が見つかりません。",
    contactedOn: "選択を受けた日を今日以前の日付で選んでください。",
    recordedVia: "選択を受けた方法を選んでください。",
    notForYou: "この候補のご案内はあなた宛てではないため、選択できません。",
    notACandidate: "その専門家はこの提示の候補ではありません。",
    withdrawReason: "取り下げの理由を入力してください。",
    noRecruiter:
      "この申込みには活動中の紹介者（専門家）がいないため、直接マッチングできません。候補を提示してください。",
    expertNotFound: "専門家が見つかりません。",
    targetRange: (p: { today: string; end: string }) =>
      `初回訪問の目標日は今日（${p.today}）から事業の終了日（${p.end}）までの日付を選んでください。`,
    expertNotActive: (name: string | null) =>
      `${name ?? "この専門家"} さんは活動中ではないため承認できません。不承認にして候補を提示し直してください。`,
    sameCompany: (p: { name: string; caseId: number }) =>
      `${p.name} さんはすでにこの企業の案件 #${p.caseId} を担当しています。`,
    rejectReason: "不承認の理由を入力してください。",
    caseNotFound: (caseId: number) => `案件 #${caseId} が見つかりません。`,
    chooseNewExpert: "新しい担当専門家を選んでください。",
    reassignReason: "変更の理由を入力してください。",
    sameExpert: "現在の担当と同じ専門家です。別の専門家を選んでください。",
    chooseActive: "活動中の専門家を選んでください。",
    reassignedMeanwhile: "この案件の担当は直前に変更されました。最新の状態を確認してください。",
    applicationNotFound: (id: number) => `申込み #${id} が見つかりません。`,
    atCapacity: (p: { name: string; open: number; capacity: number }) =>
      `${p.name} さんは担当件数の上限に達しています（担当中 ${p.open}件／上限 ${p.capacity}件）。それでも担当させる場合は「上限を超えても担当させる」にチェックしてください。`,
    /** `name` escaped by the caller (the text goes into mrkdwn). */
    alreadyChosen: (name: string) => `この候補の案内はすでに選択済みです（${name} さん）。変更はありません。`,
    alreadyClosed: "この候補の案内はすでに締め切られています。変更はありません。",
    alreadyApproved: (p: { caseId: number; by: string | null }) =>
      `このマッチングはすでに承認されています（案件 #${p.caseId}${p.by ? `、承認 <@${p.by}>` : ""}）。変更はありません。`,
    notProposable: (a: AppRef) => `申込み #${a.id} は${jaStatus(a.status)}。候補は有効な申込みにだけ提示できます。`,
    notChoosable: (a: AppRef) => `申込み #${a.id} は${jaStatus(a.status)}。`,
    notApprovable: (a: AppRef) =>
      `申込み #${a.id} は${jaStatus(a.status)}。承認できるのは専門家が選ばれた申込みだけです。変更はありません。`,
    caseNotActive: (c: AppRef) =>
      `案件 #${c.id} は進行中ではありません（${c.status}）。担当を変更できるのは進行中の案件だけです。`,
    invalidWeights: (detail: string) => `重みの値が正しくありません（${detail}）。`,
  },
  en: {
    countInvalid: "Enter a whole number from 1 to 10.",
    noCandidate: "There is no candidate to send. Add an expert with the search.",
    noLongerActive: (names) =>
      `${names.join(", ") || "Some candidates"} are no longer active; remove them and send again.`,
    proposalNotFound: "Proposal not found.",
    contactedOn: "Choose the date of the choice (today or earlier).",
    recordedVia: "Choose how the choice reached us.",
    notForYou: "These candidates were not sent to you, so you cannot choose among them.",
    notACandidate: "That expert is not among these candidates.",
    withdrawReason: "Enter the reason for withdrawing.",
    noRecruiter: "This application names no active recruiting expert; propose candidates instead.",
    expertNotFound: "Expert not found.",
    targetRange: (p) => `Choose a first-visit target between today (${p.today}) and the program's end (${p.end}).`,
    expertNotActive: (name) =>
      `${name ?? "This expert"} is not active and cannot be matched. Reject and propose again.`,
    sameCompany: (p) => `${p.name} already holds case #${p.caseId} of this company.`,
    rejectReason: "Enter the reason for rejecting.",
    caseNotFound: (caseId) => `Case #${caseId} not found.`,
    chooseNewExpert: "Choose the new expert.",
    reassignReason: "Enter the reason.",
    sameExpert: "That is the current expert; choose another.",
    chooseActive: "Choose an active expert.",
    reassignedMeanwhile: "This case was reassigned a moment ago; check its current state.",
    applicationNotFound: (id) => `Application #${id} not found.`,
    atCapacity: (p) =>
      `${p.name} is at capacity (${p.open} of ${p.capacity} cases). Tick “Assign even over capacity” to go ahead anyway.`,
    alreadyChosen: (name) => `A choice was already made for these candidates (${name}); nothing was changed.`,
    alreadyClosed: "These candidates are closed already; nothing was changed.",
    alreadyApproved: (p) =>
      `This matching was already approved (case #${p.caseId}${p.by ? `, by <@${p.by}>` : ""}); nothing was changed.`,
    notProposable: (a) =>
      `Application #${a.id} ${enStatus(a.status)}; candidates can only be proposed for a valid application.`,
    notChoosable: (a) => `Application #${a.id} ${enStatus(a.status)}.`,
    notApprovable: (a) =>
      `Application #${a.id} ${enStatus(a.status)}; only an application with a chosen expert can be approved. Nothing was changed.`,
    caseNotActive: (c) => `Case #${c.id} is not in progress (${c.status}); only cases in progress can be reassigned.`,
    invalidWeights: (detail) => `Invalid weights (${detail}).`,
  },
});
