import { defineMessages } from "../../lib/i18n.js";

/** Refusals by role, and the secretariat's `/desk admin` command. */
export const rolesTexts = defineMessages("roles", {
  ja: {
    onlySecretariat:
      "この操作は事務局メンバーだけが行えます。必要な場合は事務局に `/desk admin add` で追加を依頼してください。",
    onlyExpert: "この操作は承認済みの専門家だけが行えます。`/expert register` で登録し、事務局の承認をお待ちください。",
    onlyExpertOrSecretariat: "この操作は承認済みの専門家または事務局だけが行えます。",
    cannotRemoveSelf: "自分自身を事務局から外すことはできません。別の事務局メンバーに依頼してください。",
    adminUsage: "使い方: `/desk admin add @ユーザー`、`/desk admin remove @ユーザー`、`/desk admin list`",
    membersHead: "*事務局メンバー*\n",
    added: (user: string) => `<@${user}> を事務局メンバーに追加しました。`,
    alreadyMember: (user: string) => `<@${user}> はすでに事務局メンバーです。`,
    removed: (user: string) => `<@${user}> を事務局メンバーから外しました。`,
    notMember: (user: string) => `<@${user}> は事務局メンバーではありません。`,
    commandAdmin: "事務局メンバーを追加・削除・一覧表示する",
  },
  en: {
    onlySecretariat: "Only secretariat members can do this. Ask the secretariat to add you with `/desk admin add`.",
    onlyExpert:
      "Only approved experts can do this. Register with `/expert register` and wait for the secretariat's approval.",
    onlyExpertOrSecretariat: "Only approved experts or the secretariat can do this.",
    cannotRemoveSelf: "You cannot remove yourself from the secretariat; ask another member.",
    adminUsage: "Usage: `/desk admin add @user`, `/desk admin remove @user`, `/desk admin list`",
    membersHead: "*Secretariat members*\n",
    added: (user) => `Added <@${user}> to the secretariat.`,
    alreadyMember: (user) => `<@${user}> is already a secretariat member.`,
    removed: (user) => `Removed <@${user}> from the secretariat.`,
    notMember: (user) => `<@${user}> is not a secretariat member.`,
    commandAdmin: "Add, remove or list secretariat members",
  },
});
