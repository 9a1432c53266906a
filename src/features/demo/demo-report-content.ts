import { roundPlan } from "../../domain/curriculum.js";
import { type Answer, scoreChecklist } from "../../domain/self-diagnosis.js";
import { DEFAULT_CHECKLIST } from "../cases/checklist-defaults.js";
import type {
  ReportContent,
  ReportForm,
  SecurityAction,
  StoredReport,
} from "../visit-reports/visit-reports.schemas.js";
import { demoTexts } from "./demo.texts.js";
import { plusDays } from "./demo-random.js";

const T = demoTexts("ja");

/** What a demo visit report is written for. */
export type DemoReportVisit = { caseId: number; round: number; heldOn: string; durationMinutes: number };

/**
 * Visit reports as an expert submits them (the form as typed and the validated content): round 1
 * with the 25-item self-diagnosis, the last round with the score again and SECURITY ACTION. The
 * 2019 report publishes no figures for these; the demo draws plausible ones — most SMEs score
 * higher at the end (a few no better), metro-area SMEs start a little higher (the report finds
 * them more aware), and most declare one or two stars after drafting their basic policy.
 */
export function demoReportContents(
  rand: () => number,
  opts: { finalRound: number; metro: (caseId: number) => boolean },
): (visit: DemoReportVisit) => string {
  const first = new Map<number, number>();
  return (visit) => {
    const plan = roundPlan(visit.round);
    const covered = plan.items.map((i) => i.code);
    const next = visit.round < opts.finalRound ? plusDays(visit.heldOn, 14) : null;
    let answers: Record<string, Answer> = {};
    let selfDiagnosis: ReportContent["selfDiagnosis"] = null;
    if (visit.round === 1) {
      const yes = 0.25 + rand() * 0.4 + (opts.metro(visit.caseId) ? 0.06 : 0);
      answers = Object.fromEntries(
        DEFAULT_CHECKLIST.map((item) => {
          const r = rand();
          const answer: Answer = r < yes ? "yes" : r < yes + (1 - yes) * 0.45 ? "partly" : r < 0.96 ? "no" : "unknown";
          return [String(item.number), answer];
        }),
      );
      const score = scoreChecklist(DEFAULT_CHECKLIST, answers as Record<number, Answer>);
      selfDiagnosis = { mode: "items", answers, ...score };
      first.set(visit.caseId, score.total);
    }
    const final = visit.round === opts.finalRound;
    const max = DEFAULT_CHECKLIST.length * 4;
    const before = first.get(visit.caseId) ?? Math.round(max * 0.45);
    const gain = rand() < 0.07 ? -Math.floor(rand() * 5) : 6 + Math.floor(rand() * 25);
    const finalScore = final ? Math.min(max, Math.max(0, before + gain)) : null;
    const r = rand();
    const securityAction: SecurityAction | null = final
      ? r < 0.4
        ? "two_stars"
        : r < 0.82
          ? "one_star"
          : "none"
      : null;
    const content: ReportContent = {
      heldOn: visit.heldOn,
      durationMinutes: visit.durationMinutes,
      attendees: T.reportAttendees,
      coveredItems: covered,
      findings: T.reportContent,
      agreedActions: T.reportContent,
      deliverablesHanded: [],
      nextVisitOn: next,
      selfDiagnosis,
      wrapUp: final ? T.reportWrapUp : null,
      finalScore,
      securityAction,
    };
    const form: ReportForm = {
      heldOn: visit.heldOn,
      durationMinutes: String(visit.durationMinutes),
      attendees: content.attendees,
      coveredItems: covered,
      findings: content.findings,
      agreedActions: content.agreedActions,
      deliverablesHanded: [],
      nextVisitOn: next,
      answers,
      totalScore: "",
      wrapUp: content.wrapUp ?? "",
      finalScore: finalScore === null ? "" : String(finalScore),
      securityAction,
    };
    return JSON.stringify({ form, content } satisfies StoredReport);
  };
}
