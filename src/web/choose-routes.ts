import { z } from "zod";
import type { MatchingService } from "../features/matching/matching-service.js";
import { publicProfile } from "../features/matching/views/matching-text.js";
import { isAppError } from "../lib/errors.js";
import type { WebRouter } from "./router.js";
import { pageFrame, smeLocale, smePageResponse, type WebDeps } from "./routes.js";
import { ChoiceNotice, ChooseSection, ChosenPage } from "./views/choose-section.js";
import { chooseTexts } from "./views/choose-section.texts.js";
import { errorPage } from "./views/error-page.js";

/** The route patterns (also the CSRF purposes of their forms). */
export const CHOOSE_PATHS = { choose: "/s/:token/choose", chosen: "/s/:token/chosen" } as const;

const ChoiceFormSchema = z.object({
  proposal: z.coerce.number().int().positive().max(2_147_483_647),
  expert: z.coerce.number().int().positive().max(2_147_483_647),
});

/** Why a choice was refused, as the catalog's entry. */
const REFUSED = {
  closed: "refusedClosed",
  not_candidate: "refusedNotCandidate",
  unreadable: "refusedUnreadable",
} as const;

/**
 * "Choose an expert" on the SME page: a section with the open proposal's candidates (public
 * profile only), POST /s/:token/choose → the matching service's choice (as in Slack, marked
 * 「SMEがWebで選択」) → redirect to /s/:token/chosen.
 */
export function registerChooseRoutes(router: WebRouter, deps: WebDeps & { matching: MatchingService }): void {
  deps.sections.add({
    id: "choose",
    order: 10,
    build: async ({ page, locale, token, csrfToken }) => {
      if (page.status !== "proposed") return null;
      const proposal = await deps.matching.openProposalForWeb(page.id);
      if (!proposal) return null;
      return ChooseSection({
        locale,
        action: `/s/${token}/choose`,
        csrf: csrfToken(CHOOSE_PATHS.choose),
        proposalId: proposal.id,
        cards: proposal.candidates.map((c) => ({ expertId: c.expertId, profile: publicProfile(c.expert, locale) })),
      });
    },
  });

  router.add({
    path: CHOOSE_PATHS.choose,
    post: async (req) => {
      const token = req.params.token ?? "";
      const resolved = await deps.sme.resolve(token);
      if (!resolved.ok) return { status: 404, personal: true, page: errorPage(404, req.locale) };
      const applicationId = resolved.applicationId;
      const chosenHref = `/s/${token}/chosen?lang=${req.locale}`;
      const refuse = (why: keyof typeof REFUSED, status: number) =>
        smePageResponse(deps, req, applicationId, token, {
          status,
          notice: ChoiceNotice({ message: chooseTexts(req.locale)[REFUSED[why]], locale: req.locale }),
        });
      const form = ChoiceFormSchema.safeParse({ proposal: req.form.get("proposal"), expert: req.form.get("expert") });
      if (!form.success) return refuse("unreadable", 400);
      try {
        await deps.matching.chooseOnWeb(applicationId, form.data.proposal, form.data.expert, req.locale);
        return { redirect: chosenHref };
      } catch (error) {
        if (!isAppError(error)) throw error;
        // The same button pressed again (a double click, the back button): the choice stands, once.
        const page = await deps.sme.pageData(applicationId);
        if (page?.status === "chosen" && page.chosenExpertId === form.data.expert) return { redirect: chosenHref };
        return refuse(error.code === "invalid_input" ? "not_candidate" : "closed", 409);
      }
    },
  });

  router.add({
    path: CHOOSE_PATHS.chosen,
    get: async (req) => {
      const token = req.params.token ?? "";
      const resolved = await deps.sme.resolve(token);
      if (!resolved.ok) return { status: 404, personal: true, page: errorPage(404, req.locale) };
      const page = await deps.sme.pageData(resolved.applicationId);
      if (!page) return { status: 404, personal: true, page: errorPage(404, req.locale) };
      const locale = smeLocale(req, page);
      const pageHref = `/s/${token}?lang=${locale}`;
      // Only while the choice waits for approval; afterwards the page itself says what happened.
      if (page.status !== "chosen" || !page.chosenExpert) return { redirect: pageHref };
      const { siteName, secretariat } = await pageFrame(deps, locale);
      return {
        personal: true,
        page: ChosenPage({
          locale,
          siteName,
          secretariat,
          applicationId: page.id,
          expertName: page.chosenExpert.nameKanji,
          pageHref,
        }),
      };
    },
  });
}
