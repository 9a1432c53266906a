/** Slack IDs of the SME-link feature, defined once for builders and listeners. */
export const SME_IDS = {
  /** 「SMEにリンクを再送する」 on the `/desk link <id>` reply; value: the application id. */
  resendButton: "sme_link_resend",
} as const;
