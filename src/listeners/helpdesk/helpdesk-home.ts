import { openTicketsHome } from "../../features/helpdesk/views/helpdesk-views.js";
import { resourcesHome } from "../../features/helpdesk/views/resources-home.js";
import { type Actor, isActiveExpert } from "../../features/roles/actor.js";
import type { AppContext } from "../../slack/context.js";

/** App Home for everyone: materials, the curriculum and the deadlines that concern their role. */
export async function resourcesHomeSection(actor: Actor, ctx: AppContext) {
  const program = await ctx.services.program.currentOrNull();
  const role = actor.isSecretariat ? "secretariat" : isActiveExpert(actor) ? "expert" : "general";
  return resourcesHome(actor.locale, role, program, program?.visitsPerCase ?? 4);
}

/** App Home for the secretariat: questions waiting for an answer. */
export async function openTicketsHomeSection(actor: Actor, ctx: AppContext) {
  if (!actor.isSecretariat) return [];
  const { tickets, total } = await ctx.services.helpdesk.openTickets(actor, 5);
  return openTicketsHome(tickets, total, actor.locale);
}
