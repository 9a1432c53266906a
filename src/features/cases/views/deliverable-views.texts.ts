import { defineMessages } from "../../../lib/i18n.js";

/** The deliverable modals and DMs (`title` a case title, `kind` a kind label; people's text escaped). */
export const deliverableTexts = defineMessages("cases.deliverables", {
  ja: {
    modalTitle: "成果物の提出",
    submit: "提出する",
    cancel: "キャンセル",
    kind: "成果物の種類",
    choose: "選択してください",
    title: "タイトル",
    file: "ファイル",
    link: "リンク（共有ストレージのURLなど）",
    fileOrLink: "ファイルかリンクのどちらかが必要です。",
    accepted: (p: { title: string; kind: string }) => `${p.title} の成果物「${p.kind}」が受理されました。`,
    returned: (p: { title: string; kind: string; comment: string }) =>
      `${p.title} の成果物「${p.kind}」が差し戻されました。コメント: ${p.comment}　修正版を「成果物を提出」から提出してください。`,
    returnTitle: "成果物の差戻し",
    returnSubmit: "差し戻す",
    returnWhat: (p: { kind: string; title: string | null }) =>
      `「${p.kind}」${p.title ? `（${p.title}）` : ""}を差し戻します。コメントは専門家に届きます。`,
    whatToRevise: "修正してほしい点",
  },
  en: {
    modalTitle: "Hand in a deliverable",
    submit: "Submit",
    cancel: "Cancel",
    kind: "Kind",
    choose: "Choose",
    title: "Title",
    file: "File",
    link: "Link (e.g. a shared-storage URL)",
    fileOrLink: "A file or a link is required.",
    accepted: (p) => `The ${p.kind} of ${p.title} was accepted.`,
    returned: (p) =>
      `The ${p.kind} of ${p.title} was returned. Comment: ${p.comment}. Hand in a revised one with “Hand in a deliverable”.`,
    returnTitle: "Return a deliverable",
    returnSubmit: "Return",
    returnWhat: (p) => `Return the ${p.kind}${p.title ? ` (${p.title})` : ""}. The expert receives your comment.`,
    whatToRevise: "What should be revised",
  },
});

/** The secretariat channel's review message for a deliverable: always in Japanese (the secretariat's language). */
export const deliverableReviewTexts = defineMessages("cases.deliverableReview", {
  ja: {
    openLink: "リンクを開く",
    slackFile: (id: string) => `Slackファイル ${id}`,
    head: (status: string) => `成果物 — ${status}`,
    case: "案件",
    expert: "専門家",
    kind: "種類",
    title: "タイトル",
    where: "所在",
    comment: (comment: string) => ` ・ コメント: ${comment}`,
    accept: "受理する",
    return: "差し戻す（コメントを入力）",
    text: (p: { status: string; caseId: number; company: string; kind: string }) =>
      `成果物（${p.status}）: #${p.caseId} ${p.company} ${p.kind}`,
  },
  en: {
    openLink: "Open the link",
    slackFile: (id) => `Slack file ${id}`,
    head: (status) => `Deliverable — ${status}`,
    case: "Case",
    expert: "Expert",
    kind: "Kind",
    title: "Title",
    where: "Where",
    comment: (comment) => ` · comment: ${comment}`,
    accept: "Accept",
    return: "Return (enter a comment)",
    text: (p) => `Deliverable (${p.status}): #${p.caseId} ${p.company} ${p.kind}`,
  },
});
