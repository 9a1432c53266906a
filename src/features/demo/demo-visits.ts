import { addBusinessDays, type Closure } from "../../domain/business-days.js";
import { linesByExpert } from "../honoraria/honoraria-rules.js";
import { honorariumRate } from "../honoraria/honoraria-service.js";
import { DEFAULT_WITHHOLDING, settlePayment } from "../honoraria/withholding.js";
import { demoTexts } from "./demo.texts.js";
import type { CaseEndings } from "./demo-cases.js";
import type { ExpertFacts } from "./demo-experts.js";
import { instant, maxDate, plusDays } from "./demo-random.js";
import type { DemoReportVisit } from "./demo-report-content.js";
import type {
  DemoCase,
  DemoHonorariumBatch,
  DemoHonorariumLine,
  DemoVisit,
  DemoVisitReport,
} from "./demo-repository.js";

const T = demoTexts("ja");
/** Days the secretariat records a honorarium batch (payable lines accepted before then), paid five days later. */
const PAYMENT_RUNS = ["2019-10-18", "2019-11-20", "2019-12-20", "2020-01-10"];

export type DemoVisits = {
  visitRows: DemoVisit[];
  reportRows: DemoVisitReport[];
  honoraria: DemoHonorariumLine[];
  /** Each honorarium line's acceptance, for the payment runs. */
  acceptedAt: Date[];
};

/**
 * Each held visit with its report (some returned once first) and its honorarium line at the
 * program's rate; each case closed as its visits end (completed, or terminated early).
 */
export function buildVisits(
  rand: () => number,
  input: {
    caseRows: DemoCase[];
    experts: ExpertFacts[];
    held: Map<number, string[]>;
    endings: CaseEndings;
    rates: { riss: number; itc: number };
    closure: Closure;
    /** The stored body of a visit's report (the same for a returned version and its resubmission). */
    contentOf: (visit: DemoReportVisit) => string;
  },
): DemoVisits {
  const { caseRows, experts, held, rates } = input;
  const visitRows: DemoVisit[] = [];
  const reportRows: DemoVisitReport[] = [];
  const honoraria: DemoHonorariumLine[] = [];
  const acceptedAt: Date[] = [];
  let visitId = 0;
  let reportId = 0;
  const dueCache = new Map<string, string>();
  for (const c of caseRows) {
    const dates = held.get(c.id as number) ?? [];
    for (const [i, date] of dates.entries()) {
      visitId++;
      const round = i + 1;
      // Planned up to ten days ahead, once the previous round was held (or the matching approved).
      const plannedOn = maxDate(i === 0 ? (c.approvedOn as string) : dates[i - 1], plusDays(date, -10));
      let dueOn = dueCache.get(date);
      if (!dueOn) {
        dueOn = addBusinessDays(date, 5, input.closure);
        dueCache.set(date, dueOn);
      }
      const mode = rand() < 0.8 ? "onsite" : "online";
      const place = rand() < 0.8 ? T.placeOnsite : T.placeOnline;
      const durationMinutes = 90 + 30 * Math.floor(rand() * 3);
      visitRows.push({
        id: visitId,
        caseId: c.id as number,
        round,
        expertId: c.expertId as number,
        status: "held",
        scheduledAt: instant(date, 14),
        mode,
        place,
        heldOn: date,
        durationMinutes,
        reportDueOn: dueOn,
        createdAt: instant(plannedOn, 18),
        updatedAt: instant(plusDays(date, 5)),
      });
      const returned = rand() < 0.06;
      const content = input.contentOf({ caseId: c.id as number, round, heldOn: date, durationMinutes });
      if (returned) {
        reportId++;
        reportRows.push({
          id: reportId,
          visitId,
          version: 1,
          status: "returned",
          content,
          submittedAt: instant(plusDays(date, 2)),
          submittedBy: "demo",
          reviewedAt: instant(plusDays(date, 3)),
          reviewedBy: "demo",
          reviewComment: T.reviewComment,
          createdAt: instant(plusDays(date, 2)),
          updatedAt: instant(plusDays(date, 3)),
        });
      }
      reportId++;
      reportRows.push({
        id: reportId,
        visitId,
        version: returned ? 2 : 1,
        status: "accepted",
        content,
        submittedAt: instant(plusDays(date, returned ? 4 : 2)),
        submittedBy: "demo",
        reviewedAt: instant(plusDays(date, 5)),
        reviewedBy: "demo",
        createdAt: instant(plusDays(date, returned ? 4 : 2)),
        updatedAt: instant(plusDays(date, 5)),
      });
      // One line per accepted visit at the program's rate, created by the acceptance (paid below).
      const qualification = experts[(c.expertId as number) - 1].qualification;
      honoraria.push({
        id: visitId,
        visitId,
        expertId: c.expertId as number,
        amountYen: honorariumRate({ honorariumRissYen: rates.riss, honorariumItcYen: rates.itc }, qualification),
        status: "payable",
        netYen: honorariumRate({ honorariumRissYen: rates.riss, honorariumItcYen: rates.itc }, qualification),
        createdAt: instant(plusDays(date, 5)),
      });
      acceptedAt.push(instant(plusDays(date, 5)));
    }
    closeCase(c, dates, input.endings);
  }
  return { visitRows, reportRows, honoraria, acceptedAt };
}

function closeCase(c: DemoCase, dates: string[], endings: CaseEndings): void {
  const last = dates.at(-1);
  const stop = endings.terminatedAfter.get(c.id as number);
  if (stop) {
    c.status = "terminated";
    c.terminatedOn = plusDays(last ?? "2019-10-01", 7);
    c.closedAt = instant(c.terminatedOn);
    c.terminationReason = T.terminationReason;
  } else if (dates.length >= 3 && (dates.length === 4 || endings.completedInThree.has(c.id as number))) {
    c.status = "completed";
    // The day the last report was accepted (which completes the case).
    c.completedOn = plusDays(last as string, 5);
    c.closedAt = instant(c.completedOn);
    if (dates.length === 3) c.completionReason = T.completedInThree;
  }
}

/** Payment runs as the secretariat makes them: every line accepted before the run goes into its batch. */
export function payHonoraria(visits: DemoVisits): DemoHonorariumBatch[] {
  const batches: DemoHonorariumBatch[] = [];
  for (const [i, run] of PAYMENT_RUNS.entries()) {
    const at = instant(run);
    const batchId = i + 1;
    const paid: DemoHonorariumLine[] = [];
    for (const [k, line] of visits.honoraria.entries()) {
      if (line.status !== "payable" || visits.acceptedAt[k] >= at) continue;
      line.status = "paid";
      line.batchId = batchId;
      line.paidAt = at;
      paid.push(line);
    }
    // Tax withheld as a batch fixes it: on each expert's fees in the batch (all demo experts are individuals).
    for (const own of linesByExpert(paid).values()) {
      const payment = settlePayment(
        own.map((l) => ({ lineId: l.visitId, feeYen: l.amountYen, travelYen: 0 })),
        "individual",
        DEFAULT_WITHHOLDING,
      );
      for (const [i, settled] of payment.lines.entries()) {
        own[i].withheldYen = settled.withheldYen;
        own[i].netYen = settled.netYen;
        own[i].payeeKind = "individual";
      }
    }
    if (paid.length > 0)
      batches.push({
        id: batchId,
        paidOn: plusDays(run, 5),
        createdBy: "demo",
        note: T.batchNote(run.slice(5, 7)),
        createdAt: at,
        // Demo experts are not told: their notices count as sent.
        noticesQueuedAt: at,
      });
  }
  return batches;
}
