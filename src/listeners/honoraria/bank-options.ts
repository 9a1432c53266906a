import type { App } from "@slack/bolt";
import { z } from "zod";
import { BANK_IDS } from "../../features/honoraria/bank/bank-ids.js";
import { codeOption } from "../../features/honoraria/bank/views/bank-messages.js";
import type { AppContext } from "../../slack/context.js";
import { parsePayload, SuggestionQuery } from "../../slack/payload.js";
import { logUnexpected } from "../../slack/reply.js";

/** The bank chosen in the same modal, as the block_suggestion's view state carries it. */
const ChosenBank = z.object({
  state: z.object({
    values: z.object({
      [BANK_IDS.blocks.bank]: z.object({
        [BANK_IDS.bankOptions]: z.object({ selected_option: z.object({ value: z.string().regex(/^\d{4}$/) }) }),
      }),
    }),
  }),
});

function chosenBank(view: unknown): string | null {
  const parsed = ChosenBank.safeParse(view);
  return parsed.success
    ? parsed.data.state.values[BANK_IDS.blocks.bank][BANK_IDS.bankOptions].selected_option.value
    : null;
}

/** The bank and branch searches of the bank-account and payer modals (by name, kana or code; ≤ 100 options). */
export function registerBankOptions(app: App, ctx: AppContext): void {
  app.options(BANK_IDS.bankOptions, async ({ ack, body }) => {
    try {
      const query = parsePayload(SuggestionQuery, body.value ?? "", "query");
      await ack({ options: ctx.services.bank.banks(query).map((b) => codeOption(b.code, b.name, b.kana)) });
    } catch (error) {
      logUnexpected(ctx.logger, error, "bank options");
      await ack({ options: [] });
    }
  });
  app.options(BANK_IDS.branchOptions, async ({ ack, body }) => {
    try {
      const query = parsePayload(SuggestionQuery, body.value ?? "", "query");
      const bank = chosenBank((body as { view?: unknown }).view);
      const branches = bank ? ctx.services.bank.branches(bank, query) : [];
      await ack({ options: branches.map((b) => codeOption(b.code, b.name, b.kana, `${bank}:${b.code}`)) });
    } catch (error) {
      logUnexpected(ctx.logger, error, "branch options");
      await ack({ options: [] });
    }
  });
}
