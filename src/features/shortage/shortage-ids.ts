/** Slack IDs of the shortage view, defined once for builders and listeners. */
export const SHORTAGE_IDS = {
  /** "Recruit experts" for one short region; value = the region's index in REGIONS. */
  recruitButton: "shortage_recruit",
  blocks: {
    home: "home_shortage",
    homeActions: "home_shortage_recruit",
    digestActions: "digest_shortage_recruit",
  },
} as const;
