/** Slack IDs of the applications feature, defined once for builders and listeners. */
export const APPLICATION_IDS = {
  applyModal: "application_apply",
  invalidModal: "application_invalid",
  validButton: "application_valid",
  invalidButton: "application_invalid_open",
  openApplyButton: "application_apply_open",
  /** The preferred-expert external_select: its own action_id so that its options handler is unambiguous. */
  recruiterSelect: "application_recruiter",
  blocks: {
    receivedVia: "received_via",
    receivedOn: "received_on",
    companyName: "company_name",
    companyKana: "company_kana",
    corporateNumber: "corporate_number",
    industry: "industry",
    capital: "capital",
    employees: "employees",
    prefecture: "prefecture",
    address: "address",
    contactName: "contact_name",
    contactTitle: "contact_title",
    contactEmail: "contact_email",
    contactPhone: "contact_phone",
    contactUser: "contact_user",
    heardFrom: "heard_from",
    recruiter: "recruiter",
    scheduleWishes: "schedule_wishes",
    overrides: "overrides",
    reason: "reason",
    reasonDetail: "reason_detail",
  },
  /** Every other input has one element; its action_id is "value". */
  value: "value",
} as const;

/** Values of the secretariat's override checkboxes. */
export const OVERRIDE = { eligibility: "eligibility", duplicate: "duplicate" } as const;

const B = APPLICATION_IDS.blocks;

/** Text limits by block id, per modal: the inputs' max_length, the server's check and the schema's. */
export const APPLICATION_TEXT_LIMITS = {
  apply: {
    [B.companyName]: 100,
    [B.companyKana]: 100,
    [B.corporateNumber]: 20,
    [B.address]: 200,
    [B.contactName]: 60,
    [B.contactTitle]: 60,
    [B.contactPhone]: 20,
    [B.scheduleWishes]: 1000,
  },
  invalid: { [B.reasonDetail]: 500 },
} as const;
