/** Slack IDs of the experts feature, defined once for builders and listeners. */
export const EXPERT_IDS = {
  registerModal: "expert_register",
  profileModal: "expert_profile",
  rejectModal: "expert_reject",
  approveButton: "expert_approve",
  rejectButton: "expert_reject_open",
  editProfileButton: "expert_profile_edit",
  blocks: {
    nameKanji: "name_kanji",
    nameKana: "name_kana",
    qualification: "qualification",
    rissNumber: "riss_number",
    prefecture: "prefecture",
    covered: "covered_prefectures",
    industries: "industries",
    capacity: "capacity",
    email: "email",
    phone: "phone",
    profile: "profile",
    reason: "reason",
  },
  /** Every input has one element; its action_id is "value". */
  value: "value",
} as const;

const B = EXPERT_IDS.blocks;

/** Text limits by block id, per modal: the inputs' max_length, the server's check and the schema's. */
export const EXPERT_TEXT_LIMITS = {
  form: { [B.nameKanji]: 60, [B.nameKana]: 60, [B.rissNumber]: 12, [B.phone]: 20, [B.profile]: 1000 },
  reject: { [B.reason]: 1000 },
} as const;
