import { describe, expect, it } from "vitest";
import type { ExpertReminderItems, ReminderVisit } from "../../../../src/domain/reminder-rules.js";
import { expertReminderMessage, MAX_ITEMS_PER_KIND } from "../../../../src/features/reminders/views/expert-reminder.js";

const visit = (over: Partial<ReminderVisit> = {}): ReminderVisit => ({
  id: 31,
  round: 2,
  status: "scheduled",
  scheduledOn: "2019-12-03",
  scheduledAt: null,
  mode: "onsite",
  place: "",
  heldOn: null,
  reportDueOn: null,
  latestReport: null,
  ...over,
});

const none: ExpertReminderItems = { upcoming: [], overdue: [], unreported: [], unscheduled: [], returned: [] };
const opts = { today: "2019-12-02", horizon: "2019-12-03", tomorrow: "2019-12-03", visitGapDays: 21 };

/** The texts of a message's blocks, in order. */
function texts(message: ReturnType<typeof expertReminderMessage>): string[] {
  return message.blocks.flatMap((b) =>
    b.type === "section"
      ? [b.text?.text ?? ""]
      : b.type === "context"
        ? b.elements.map((e) => ("text" in e ? e.text : ""))
        : b.type === "header"
          ? [b.text.text]
          : [],
  );
}

describe("the expert's daily reminder", () => {
  it("shows at most MAX_ITEMS_PER_KIND items of a kind and counts the rest", () => {
    const upcoming = Array.from({ length: MAX_ITEMS_PER_KIND + 2 }, (_, i) => ({
      kind: "upcoming" as const,
      caseId: i,
      companyName: `社${i}`,
      visit: visit({ id: i }),
    }));
    const message = expertReminderMessage({ ...none, upcoming }, { ...opts, locale: "ja" });
    const lines = texts(message);
    expect(lines.filter((l) => l.includes("社")).length).toBe(MAX_ITEMS_PER_KIND);
    expect(lines).toContain("ほか 2 件は `/visit list` で確認できます。");
    expect(message.text).toBe(`今日のリマインド: 訪問予定 ${MAX_ITEMS_PER_KIND + 2}件`);
  });

  it("orders the kinds by urgency: overdue, returned, unreported, upcoming, unscheduled", () => {
    const items: ExpertReminderItems = {
      upcoming: [{ kind: "upcoming", caseId: 1, companyName: "D", visit: visit() }],
      overdue: [
        { kind: "overdue", caseId: 2, companyName: "A", visit: visit(), visitOn: "2019-11-20", dueOn: "2019-11-27" },
      ],
      unreported: [
        { kind: "unreported", caseId: 3, companyName: "C", visit: visit(), visitOn: "2019-11-28", dueOn: "2019-12-05" },
      ],
      unscheduled: [
        {
          kind: "unscheduled",
          caseId: 4,
          companyName: "E",
          nextRound: 3,
          since: "2019-10-01",
          sinceKind: "visit",
          plannedOn: null,
        },
      ],
      returned: [{ kind: "returned", caseId: 5, companyName: "B", visit: visit(), reportId: 8, comment: "直して" }],
    };
    const message = expertReminderMessage(items, { ...opts, locale: "en" });
    const heads = texts(message).filter((l) => /^\*[^*]+\*$/.test(l));
    expect(heads).toEqual([
      "*Reports past their due date*",
      "*Reports returned for revision*",
      "*Reports not submitted yet*",
      "*Visits tomorrow*",
      "*Cases without a date for the next visit*",
    ]);
    expect(message.text).toBe(
      "Today's reminders: overdue reports: 1, returned reports: 1, reports to submit: 1, visits: 1, visits to schedule: 1",
    );
  });

  it("escapes company names and the secretariat's comment", () => {
    const message = expertReminderMessage(
      {
        ...none,
        returned: [{ kind: "returned", caseId: 5, companyName: "A<B>", visit: visit(), reportId: 8, comment: "x & y" }],
      },
      { ...opts, locale: "ja" },
    );
    expect(texts(message)).toContain("*A&lt;B&gt;* 第2回の報告書が差し戻されました\n事務局のコメント: x &amp; y");
  });
});
