/** Slack IDs of the briefing-sessions feature, defined once for builders and listeners. */
export const BRIEFING_IDS = {
  createModal: "briefing_create",
  cancelModal: "briefing_cancel",
  attendanceModal: "briefing_attendance",
  videoModal: "briefing_video",
  /** Secretariat buttons; value = session id (create: "new"). */
  createButton: "briefing_create_open",
  closeButton: "briefing_close",
  reopenButton: "briefing_reopen",
  cancelButton: "briefing_cancel_open",
  attendanceButton: "briefing_attendance_open",
  videoButton: "briefing_video_open",
  /** Expert buttons; value = session id. */
  registerButton: "briefing_register",
  unregisterButton: "briefing_unregister",
  /** Shows the open sessions (in a cancellation notice); value = "open". */
  listButton: "briefing_list_open",
  blocks: {
    heldOn: "held_on",
    startTime: "start_time",
    city: "city",
    venue: "venue",
    capacity: "capacity",
    videoUrl: "video_url",
    reason: "reason",
    videoViews: "video_views",
    /** Attendance lists are split in menus of 100: "attended_0", "attended_1", … */
    attendedPrefix: "attended_",
  },
  value: "value",
} as const;

const B = BRIEFING_IDS.blocks;

/** Text limits by block id, per modal: the inputs' max_length, the server's check and the schema's. */
export const BRIEFING_TEXT_LIMITS = {
  create: { [B.city]: 40, [B.venue]: 200 },
  cancel: { [B.reason]: 500 },
} as const;
