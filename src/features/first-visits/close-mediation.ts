import type { DbClient } from "../../db/client.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { CaseRecord } from "../cases/cases-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import { findOpenProposals, transitionProposal } from "./first-visits-repository.js";
import { proposalOutcomeUpdate } from "./views/first-visit-messages.js";

/**
 * Visit 1 was planned or logged outside mediation (`/visit schedule`, a report of a visit held
 * without a plan): an open proposal is closed, audited, and its secretariat message loses its
 * buttons. Runs inside the caller's transaction.
 */
export async function closeMediationByVisit(
  tx: DbClient,
  notifier: Notifier,
  c: CaseRecord,
  visitId: number,
  by: string,
  at: Date,
): Promise<void> {
  for (const p of await findOpenProposals(tx, c.id)) {
    if (!(await transitionProposal(tx, p.id, ["open"], { status: "closed", visitId }))) continue;
    await writeAudit(
      tx,
      {
        actor: by,
        action: "first_visit.close",
        entityType: "first_visit_proposal",
        entityId: p.id,
        before: { status: "open" },
        after: { status: "closed", visitId },
      },
      at,
    );
    await notifier.update(
      tx,
      `fv:${p.id}:closed:sec-update`,
      `fv:${p.id}:proposed:sec`,
      proposalOutcomeUpdate(c, p, { kind: "closed" }, "ja"),
    );
  }
}
