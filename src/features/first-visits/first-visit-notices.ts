import type { DbClient } from "../../db/client.js";
import { toLocale } from "../../lib/i18n.js";
import type { CaseRecord } from "../cases/cases-repository.js";
import type { Visit } from "../visits/visits-repository.js";
import type { FirstVisitContext } from "./first-visit-context.js";
import type { FirstVisitProposal } from "./first-visits-repository.js";
import {
  confirmedMessage,
  declinedMessage,
  type ProposalOutcome,
  proposalOutcomeUpdate,
  proposedExpertDm,
  proposedPost,
} from "./views/first-visit-messages.js";
import type { AnsweredBy } from "./views/first-visit-text.js";

export type MediationEvent =
  | { kind: "proposed"; c: CaseRecord; p: FirstVisitProposal; channel: string; replaced: boolean; actor: string }
  | { kind: "superseded"; c: CaseRecord; p: FirstVisitProposal }
  | {
      kind: "confirmed";
      c: CaseRecord;
      p: FirstVisitProposal;
      option: number;
      visit: Visit;
      by: AnsweredBy;
      channel: string;
      actor: string;
    }
  | {
      kind: "declined";
      c: CaseRecord;
      p: FirstVisitProposal;
      note: string;
      by: AnsweredBy;
      channel: string;
      actor: string;
    };

/**
 * Who is told what, in one place. Slack: the secretariat channel and the case's expert by DM.
 * The SME (when reached by e-mail): the dates with its link, the confirmed date with a calendar
 * entry, and the acknowledgement of "none fits" recorded on its behalf. A superseded proposal
 * gets no mail of its own: the new proposal's mail, sent in the same transaction, says that it
 * replaces the earlier dates.
 */
export async function tellMediation(ctx: FirstVisitContext, tx: DbClient, event: MediationEvent): Promise<void> {
  const { c, p } = event;
  const { notifier, mails } = ctx;
  const expert = c.expert.slackUserId;
  const expertLocale = expert ? toLocale(await ctx.store.findUserLocale(tx, expert)) : "ja";
  const outcome = (o: ProposalOutcome) =>
    notifier.update(
      tx,
      `fv:${p.id}:${o.kind}:sec-update`,
      `fv:${p.id}:proposed:sec`,
      proposalOutcomeUpdate(c, p, o, "ja"),
    );
  switch (event.kind) {
    case "proposed":
      await notifier.post(tx, `fv:${p.id}:proposed:sec`, event.channel, proposedPost(c, p, "ja"));
      if (expert) await notifier.dm(tx, `fv:${p.id}:proposed:expert`, expert, proposedExpertDm(c, p, expertLocale));
      await mails?.proposed(tx, c, p, event.replaced, event.actor);
      return;
    case "superseded":
      await outcome({ kind: "superseded" });
      return;
    case "confirmed": {
      await outcome({ kind: "confirmed", option: event.option, by: event.by });
      await notifier.post(
        tx,
        `fv:${p.id}:confirmed:sec`,
        event.channel,
        confirmedMessage(c, p, event.visit, event.by, "ja", "secretariat"),
      );
      if (expert)
        await notifier.dm(
          tx,
          `fv:${p.id}:confirmed:expert`,
          expert,
          confirmedMessage(c, p, event.visit, event.by, expertLocale, "expert"),
        );
      await mails?.confirmed(tx, c, p, event.visit, event.by, event.actor);
      return;
    }
    case "declined": {
      await outcome({ kind: "declined", by: event.by });
      // The proposer proposes again: the expert by DM, or the secretariat in its channel (which
      // also hears when the expert was the proposer, to follow up if nothing comes).
      await notifier.post(
        tx,
        `fv:${p.id}:declined:sec`,
        event.channel,
        declinedMessage(c, p, event.note, event.by, "ja"),
      );
      if (expert && p.proposedAs === "expert")
        await notifier.dm(
          tx,
          `fv:${p.id}:declined:expert`,
          expert,
          declinedMessage(c, p, event.note, event.by, expertLocale),
        );
      // On the web the SME sees its answer recorded on the page; a recording on its behalf is mailed.
      if (event.by.kind === "secretariat") await mails?.othersRequested(tx, c, p, event.note, event.actor);
      return;
    }
  }
}
