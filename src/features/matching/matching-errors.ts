import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { esc } from "../../slack/mrkdwn.js";
import { matchingErrorTexts as T } from "./matching.texts.js";
import { MATCHING_IDS } from "./matching-ids.js";
import type { Expert, MatchingApplication, ProposalWithCandidates } from "./matching-repository.js";

type Texts = (typeof T)["ja"];

/** An AppError whose text is one entry of the matching catalog, tied to a modal field when given. */
export function matchingError(code: AppError["code"], select: (t: Texts) => string, field?: string): AppError {
  return new AppError(code, both(T, select), field ? { field } : {});
}

type AppRef = Pick<MatchingApplication, "id" | "status">;

export function notProposable(app: AppRef, field?: string): AppError {
  return matchingError("invalid_state", (t) => t.notProposable(app), field);
}

export function notChoosable(app: AppRef, field?: string): AppError {
  return matchingError("invalid_state", (t) => t.notChoosable(app), field);
}

export function notApprovable(app: AppRef, field?: string): AppError {
  return matchingError("invalid_state", (t) => t.notApprovable(app), field);
}

export function caseNotActive(c: { id: number; status: string }, field?: string): AppError {
  return matchingError("invalid_state", (t) => t.caseNotActive(c), field);
}

export function proposalNotFound(field?: string): AppError {
  return matchingError("not_found", (t) => t.proposalNotFound, field);
}

export function capacityError(expert: Expert, open: number): AppError {
  return matchingError(
    "rule_violation",
    (t) => t.atCapacity({ name: expert.nameKanji, open, capacity: expert.capacity }),
    MATCHING_IDS.blocks.override,
  );
}

/** A decided or withdrawn proposal: who was chosen when someone was, else just closed. */
export function alreadyDecided(proposal: ProposalWithCandidates, field?: string): AppError {
  const chosen = proposal.candidates.find((c) => c.expertId === proposal.chosenExpertId)?.expert;
  if (proposal.status === "decided" && chosen)
    return matchingError("already_done", (t) => t.alreadyChosen(esc(chosen.nameKanji)), field);
  return matchingError("already_done", (t) => t.alreadyClosed, field);
}

export function alreadyApproved(caseId: number, by: string | null): AppError {
  return matchingError("already_done", (t) => t.alreadyApproved({ caseId, by }), MATCHING_IDS.blocks.firstVisitTarget);
}
