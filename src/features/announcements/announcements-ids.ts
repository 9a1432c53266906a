/** Slack IDs of `/desk announce`, defined once for builders and listeners. */
export const ANNOUNCE_IDS = {
  composeModal: "announce_compose",
  previewModal: "announce_preview",
  /** What was sent; it has no submit button and is never submitted. */
  sentModal: "announce_sent",
  /** On the preview: back to the compose modal with the draft filled in; value = announcement id. */
  editButton: "announce_edit",
  blocks: {
    segment: "segment",
    area: "area",
    smeStatus: "sme_status",
    title: "title",
    body: "body",
    confirm: "confirm",
  },
  value: "value",
  confirmValue: "send",
} as const;

const B = ANNOUNCE_IDS.blocks;

/** Text limits by block id: the inputs' max_length, the server's check and the schema's. */
export const ANNOUNCE_TEXT_LIMITS = {
  // The title becomes a header block (150 characters); the body is split over sections of 3000
  // after escaping, and a long body still has to stay under Slack's total for one message.
  compose: { [B.title]: 100, [B.body]: 2500 },
} as const;
