/** A briefing session (事業説明会) with its registrations, as Table 1 needs it. */
export type SessionForTable = {
  heldOn: string;
  city: string;
  capacity: number;
  /** open | closed | cancelled | held */
  status: string;
  videoViews: number;
  /** status: accepted | waitlisted | refused | cancelled */
  registrations: readonly { status: string; attended: boolean }[];
};

export type BriefingRow = {
  date: string;
  city: string;
  capacity: number;
  applications: number;
  accepted: number;
  refused: number;
  attended: number;
  /** 1 when the session was cancelled (the total row counts cancelled sessions). */
  cancelled: number;
  videoViews: number;
};

/**
 * Table 1 of the final report, one row per session in date order plus a total row. Applications
 * count every registration; a waitlisted registration counts as refused (it was never given a
 * seat); a registrant's own cancellation counts only as an application. When the session itself
 * was cancelled, its accepted registrants were turned away too: they count as accepted and as
 * refused, as the 2019 report counts Niigata's 29 (受付 29, 受付お断り 29 (中止); total 630).
 */
export function computeBriefingTable(sessions: readonly SessionForTable[]): BriefingRow[] {
  const rows = [...sessions]
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.city.localeCompare(b.city))
    .map(
      (s): BriefingRow => ({
        date: s.heldOn,
        city: s.city,
        capacity: s.capacity,
        applications: s.registrations.length,
        accepted: s.registrations.filter((r) => r.status === "accepted").length,
        refused: s.registrations.filter(
          (r) =>
            r.status === "refused" ||
            r.status === "waitlisted" ||
            (s.status === "cancelled" && r.status === "accepted"),
        ).length,
        attended: s.registrations.filter((r) => r.attended).length,
        cancelled: s.status === "cancelled" ? 1 : 0,
        videoViews: s.videoViews,
      }),
    );
  const sum = (k: keyof BriefingRow) => rows.reduce((a, r) => a + (r[k] as number), 0);
  const total: BriefingRow = {
    date: "total",
    city: "",
    capacity: sum("capacity"),
    applications: sum("applications"),
    accepted: sum("accepted"),
    refused: sum("refused"),
    attended: sum("attended"),
    cancelled: sum("cancelled"),
    videoViews: sum("videoViews"),
  };
  return [...rows, total];
}
