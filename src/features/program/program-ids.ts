export const PROGRAM_IDS = {
  settingsModal: "program_settings",
  openSettingsButton: "program_settings_open",
  newProgramModal: "program_new",
  newProgramButton: "program_new_open",
  switchProgramSelect: "program_switch",
  carryOverKeepButton: "program_carry_over_keep",
  carryOverChangeButton: "program_carry_over_change",
  value: "value",
  /** The new-program modal's blocks (its dates reuse the settings' block ids). */
  yearsBlocks: { makeCurrent: "makeCurrent", years: "program_years" },
  blocks: {
    name: "name",
    startDate: "startDate",
    endDate: "endDate",
    applyFrom: "applyFrom",
    applyUntil: "applyUntil",
    visitsPerCase: "visitsPerCase",
    reportDueBusinessDays: "reportDueBusinessDays",
    honorariumRissYen: "honorariumRissYen",
    honorariumItcYen: "honorariumItcYen",
    reminderTime: "reminderTime",
    digestWeekday: "digestWeekday",
    digestTime: "digestTime",
    secretariatChannelId: "secretariatChannelId",
    digestChannelId: "digestChannelId",
    yearEndClosureFrom: "yearEndClosureFrom",
    yearEndClosureUntil: "yearEndClosureUntil",
    proposalStaleDays: "proposalStaleDays",
    visitGapDays: "visitGapDays",
    surveyReminderDays: "surveyReminderDays",
    defaultCandidateCount: "defaultCandidateCount",
  },
} as const;

const B = PROGRAM_IDS.blocks;

/** Text limits of the settings modal by block id: the inputs' max_length, the server's check and the schema's. */
export const PROGRAM_TEXT_LIMITS = {
  settings: {
    [B.name]: 200,
    [B.secretariatChannelId]: 20,
    [B.digestChannelId]: 20,
    [B.yearEndClosureFrom]: 5,
    [B.yearEndClosureUntil]: 5,
  },
} as const;
