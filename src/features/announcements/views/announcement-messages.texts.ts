import { defineMessages } from "../../../lib/i18n.js";

/** A recipient's copy, the counts in words, and the secretariat channel's record. */
export const announcementMessageTexts = defineMessages("announcements.messages", {
  ja: {
    fromProgram: (p: { program: string; id: number }) => `${p.program} 事務局からのお知らせ（#${p.id}）`,
    from: (id: number) => `事務局からのお知らせ（#${id}）`,
    questions: "このお知らせへのご質問は `/desk faq` から事務局にお寄せください。",
    dmText: (title: string) => `事務局からのお知らせ: ${title}`,
    pendingAll: "（メール送信が設定されていないため届きません。設定後に desk announce send-pending で送信できます）",
    pendingSome: (count: number) => `（うち ${count}件はメール未設定のため未送信）`,
    slack: (count: number) => `Slack DM ${count}件`,
    email: (p: { count: number; pending: string }) => `メール ${p.count}件${p.pending}`,
    unreachable: (count: number) => `連絡先なし ${count}人（送信されません）`,
    experts: (count: number) => `専門家 ${count}人`,
    smes: (count: number) => `指導先企業 ${count}件`,
    peopleSeparator: "・",
    nobody: "0人",
    record: (p: { id: number; title: string; people: string; by: string }) =>
      `お知らせ #${p.id}「${p.title}」を ${p.people} に送信しました（<@${p.by}>）`,
    recordSegment: (segment: string) => `宛先: ${segment}`,
  },
  en: {
    fromProgram: (p) => `From the secretariat of ${p.program} (announcement #${p.id})`,
    from: (id) => `From the secretariat (announcement #${id})`,
    questions: "Questions about this? Ask the secretariat through `/desk faq`.",
    dmText: (title) => `From the secretariat: ${title}`,
    pendingAll: " (not reached: e-mail is not configured; send them later with desk announce send-pending)",
    pendingSome: (count) => ` (${count} not sent: e-mail is not configured)`,
    slack: (count) => `Slack DM: ${count}`,
    email: (p) => `e-mail: ${p.count}${p.pending}`,
    unreachable: (count) => `no contact: ${count} (not sent)`,
    experts: (count) => `${count} experts`,
    smes: (count) => `${count} SMEs`,
    peopleSeparator: ", ",
    nobody: "nobody",
    record: (p) => `Announcement #${p.id} “${p.title}” sent to ${p.people} (<@${p.by}>)`,
    recordSegment: (segment) => `To: ${segment}`,
  },
});
