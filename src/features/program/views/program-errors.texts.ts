import { defineMessages } from "../../../lib/i18n.js";

/** What the program's settings and channel checks answer (chosen before the reader is known: both()). */
export const programErrorsTexts = defineMessages("program.errors", {
  ja: {
    noProgram: "事業が未設定です。`desk program set` で事業期間を登録してください。",
    needsSlack:
      "チャンネルを確認するには Slack の設定（SLACK_BOT_TOKEN）が必要です。.env を設定してからもう一度実行してください。",
    end_before_start: "終了日は開始日以降にしてください。",
    apply_until_before_from: "申込締切は申込開始日以降にしてください。",
    window_outside_period: "申込期間は事業期間の中に収めてください。",
    invalidValue: (p: { key: string; issue: string }) => `${p.key} の値が正しくありません（${p.issue}）。`,
    pleaseFill: "入力してください。",
    pastProgram: (name: string) =>
      `${/^\d{4}$/.test(name) ? `${name}年度` : name}は終了した年度のため変更できません（閲覧のみ）。`,
    duplicateName: (name: string) => `「${name}」という名前の年度はすでにあります。別の名前にしてください。`,
    unknownProgram: (p: { name: string; known: string }) => `年度「${p.name}」はありません。登録済みの年度: ${p.known}`,
    alreadyCurrent: (name: string) => `${name}はすでに現在の年度です。`,
    reportsAwaitingReview: (p: { name: string; count: number }) => {
      const year = /^\d{4}$/.test(p.name) ? `${p.name}年度` : p.name;
      return `${year}に審査待ちの報告書が${p.count}件あります。年度を切り替えると${year}は閲覧のみになり、受理できなくなります。先に審査してください。`;
    },
    channelRefused: (p: { channel: string; refusal: string }) =>
      `Slack がチャンネル ${p.channel} の確認を拒否しました（${p.refusal}）。アプリの権限（channels:read / groups:read）を確認してください。`,
    channelUnreachable: (channel: string) =>
      `Slack に接続できないため、チャンネル ${channel} を確認できませんでした。しばらくしてからもう一度お試しください。`,
    channelNotFound: (channel: string) =>
      `チャンネル ${channel} が見つかりません。チャンネル詳細の一番下にある ID を確認してください（非公開チャンネルは /invite @セキュリティ指導デスク で先にボットを招待してください）。`,
    channelPublic: (label: string) =>
      `${label} は公開チャンネルです。申込者の情報が見えてしまうため、非公開チャンネルを指定してください。`,
    botNotMember: (label: string) =>
      `ボットが ${label} に参加していません。/invite @セキュリティ指導デスク で招待してください。`,
  },
  en: {
    noProgram: "No program is set up yet. Run `desk program set` to create one.",
    needsSlack: "Checking the channel needs the Slack settings (SLACK_BOT_TOKEN): set them in .env and run this again.",
    end_before_start: "The end date must be on or after the start date.",
    apply_until_before_from: "The application deadline must be on or after its start.",
    window_outside_period: "The application window must lie inside the program period.",
    invalidValue: (p) => `${p.key} is not valid (${p.issue}).`,
    pleaseFill: "Please fill this in.",
    pastProgram: (name) => `The ${name} program has ended: it can be read but not changed.`,
    duplicateName: (name) => `A program named "${name}" already exists: choose another name.`,
    unknownProgram: (p) => `There is no program "${p.name}". Known programs: ${p.known}`,
    alreadyCurrent: (name) => `${name} is already the current program.`,
    reportsAwaitingReview: (p) =>
      `The ${p.name} program has ${p.count} visit report(s) waiting for review. Once another program is current, ${p.name} is read-only and they can no longer be accepted: review them first.`,
    channelRefused: (p) =>
      `Slack refused to describe channel ${p.channel} (${p.refusal}). Check the app's scopes (channels:read / groups:read).`,
    channelUnreachable: (channel) => `Could not reach Slack to check channel ${channel}. Please try again in a moment.`,
    channelNotFound: (channel) =>
      `Channel ${channel} was not found. Check the ID at the bottom of the channel details (for a private channel, first invite the bot with /invite @セキュリティ指導デスク).`,
    channelPublic: (label) =>
      `${label} is a public channel. Applicants' information would be visible to everyone there: choose a private channel.`,
    botNotMember: (label) => `The bot is not a member of ${label}. Invite it with /invite @セキュリティ指導デスク.`,
  },
});
