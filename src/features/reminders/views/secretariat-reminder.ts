import { formatDayLabel, formatYen } from "../../../lib/dates.js";
import { type Block, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { dateOfInstant } from "../../visits/visit-dates.js";
import type { SecretariatQueues } from "../reminders-repository.js";
import { secretariatReminderTexts } from "./secretariat-reminder.texts.js";

/** A case the secretariat should look at: it cannot finish by the end date even at a visit a week. */
export type AtRiskCase = {
  caseId: number;
  companyName: string;
  expertName: string;
  remaining: number;
  nextScheduledOn: string | null;
  projectedFinish: string;
};

export type SecretariatDigestInput = {
  today: string;
  endDate: string;
  proposalStaleDays: number;
  queues: SecretariatQueues;
  counts: { toScreen: number; staleProposals: number; toApprove: number; toReview: number; openTickets: number };
  atRisk: AtRiskCase[];
};

const t = secretariatReminderTexts("ja");
const day = (d: string) => formatDayLabel(d, "ja");
const more = (shown: number, total: number) => (total > shown ? t.more(total - shown) : "");

export function hasSecretariatItems(i: SecretariatDigestInput): boolean {
  return Object.values(i.counts).some((n) => n > 0) || i.atRisk.length > 0 || i.queues.payable.count > 0;
}

/** At-risk case lines (secretariat channel only: they name the SME). */
export function atRiskLines(list: AtRiskCase[], limit: number): string {
  const lines = list.slice(0, limit).map((c) =>
    t.atRisk({
      id: c.caseId,
      company: esc(c.companyName),
      expert: esc(c.expertName),
      remaining: c.remaining,
      next: c.nextScheduledOn ? day(c.nextScheduledOn) : null,
      finish: day(c.projectedFinish),
    }),
  );
  return lines.join("\n") + more(Math.min(limit, list.length), list.length);
}

/** The secretariat channel's daily message: every queue that has something in it, with the oldest items. */
export function secretariatReminderMessage(i: SecretariatDigestInput) {
  const q = i.queues;
  const blocks: Block[] = [header(t.header(day(i.today)))];
  const parts: string[] = [];
  const add = (title: string, count: number, lines: string[]) => {
    if (count === 0) return;
    parts.push(t.count({ title, count }));
    blocks.push(
      section(
        `${t.queueHead({ title, count })}${lines.length > 0 ? `\n${lines.join("\n")}` : ""}${more(lines.length, count)}`,
      ),
    );
  };
  add(
    t.toScreen,
    i.counts.toScreen,
    q.toScreen.map((a) => t.toScreenLine({ id: a.applicationId, company: esc(a.companyName), day: day(a.receivedOn) })),
  );
  add(
    t.staleProposals(i.proposalStaleDays),
    i.counts.staleProposals,
    q.staleProposals.map((p) =>
      t.staleProposalLine({ id: p.applicationId, company: esc(p.companyName), day: day(dateOfInstant(p.sentAt)) }),
    ),
  );
  add(
    t.toApprove,
    i.counts.toApprove,
    q.toApprove.map((a) =>
      t.toApproveLine({
        id: a.applicationId,
        company: esc(a.companyName),
        day: a.chosenAt ? day(dateOfInstant(a.chosenAt)) : null,
      }),
    ),
  );
  add(
    t.toReview,
    i.counts.toReview,
    q.toReview.map((r) =>
      t.toReviewLine({
        id: r.caseId,
        company: esc(r.companyName),
        round: r.round,
        day: r.submittedAt ? day(dateOfInstant(r.submittedAt)) : null,
      }),
    ),
  );
  if (i.atRisk.length > 0) {
    parts.push(t.atRiskCount(i.atRisk.length));
    blocks.push(
      section(`${t.atRiskHead({ end: day(i.endDate), count: i.atRisk.length })}\n${atRiskLines(i.atRisk, 8)}`),
    );
  }
  if (q.payable.count > 0) {
    parts.push(t.payableCount(q.payable.count));
    blocks.push(
      section(
        t.payable({ count: q.payable.count, yen: formatYen(q.payable.totalYen, "ja"), experts: q.payable.experts }),
      ),
    );
  }
  add(t.openTickets, i.counts.openTickets, []);
  blocks.push(context([t.footer]));
  return { text: t.text(parts), blocks };
}
