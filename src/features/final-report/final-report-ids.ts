/** Slack IDs of the reports feature, defined once for builders and listeners. */
export const REPORT_IDS = {
  requestModal: "report_request",
  blocks: {
    report: "report_name",
    format: "report_format",
    at: "report_at",
    qualification: "report_qualification",
    program: "report_program",
  },
  /** Every input has one element; its action_id is "value". */
  value: "value",
} as const;
