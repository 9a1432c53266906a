import { z } from "zod";
import { FIRST_VISIT_IDS, FIRST_VISIT_TEXT_LIMITS } from "../features/first-visits/first-visits-ids.js";
import type { FirstVisitService } from "../features/first-visits/first-visits-service.js";
import type { SmeService } from "../features/sme/sme-service.js";
import { isAppError } from "../lib/errors.js";
import type { Locale } from "../lib/i18n.js";
import type { WebRequest, WebResponse, WebRouter } from "./router.js";
import type { SmeSectionRegistry } from "./sme-sections.js";
import { errorPage } from "./views/error-page.js";
import {
  FIRST_VISIT_FORM,
  FirstVisitAnswerPage,
  FirstVisitChoices,
  FirstVisitConfirmedPage,
  OtherDatesRequestedPage,
} from "./views/first-visit-views.js";
import { firstVisitWebTexts } from "./views/first-visit-views.texts.js";

/** The first-visit routes under the SME page (also the CSRF purposes of their forms). */
export const FIRST_VISIT_PATHS = {
  confirm: "/s/:token/first-visit/confirm",
  others: "/s/:token/first-visit/others",
  confirmed: "/s/:token/first-visit/confirmed",
  requested: "/s/:token/first-visit/requested",
  calendar: "/s/:token/first-visit.ics",
} as const;

/** The same limit as the secretariat's "SME's note" in Slack. */
export const WEB_ANSWER_NOTE_LIMIT = FIRST_VISIT_TEXT_LIMITS.recordAnswer[FIRST_VISIT_IDS.blocks.answerNote];

export type FirstVisitWebDeps = {
  sme: SmeService;
  firstVisits: FirstVisitService;
  sections: SmeSectionRegistry;
};

/** Ids are 32-bit integers (PostgreSQL refuses a larger one in a query): anything above is no proposal. */
const ProposalId = z.coerce.number().int().positive().max(2_147_483_647);
const ConfirmFormSchema = z.object({ proposal: ProposalId, option: z.coerce.number().int().min(1).max(3) });
const OthersFormSchema = z.object({ proposal: ProposalId, note: z.string() });

const at = (path: string, token: string) => path.replace(":token", encodeURIComponent(token));

/**
 * The SME's side of first-visit mediation on its signed page: the proposed dates with one POST
 * button each, "none fits" with a note, the pages confirming what was recorded, and the calendar
 * entry of the planned visit. Every request resolves the token again; a bad one gets the plain 404.
 */
export function registerFirstVisitWeb(router: WebRouter, deps: FirstVisitWebDeps): void {
  const noteLimit = WEB_ANSWER_NOTE_LIMIT;

  deps.sections.add({
    id: "first-visit",
    order: 20,
    async build({ page, locale, token, csrfToken }) {
      const proposal = await deps.firstVisits.openProposalOfApplication(page.id);
      if (!proposal || !page.case) return null;
      return (
        <FirstVisitChoices
          locale={locale}
          proposal={proposal}
          expertName={page.case.expert.nameKanji}
          confirmAction={at(FIRST_VISIT_PATHS.confirm, token)}
          othersAction={at(FIRST_VISIT_PATHS.others, token)}
          csrf={{ confirm: csrfToken(FIRST_VISIT_PATHS.confirm), others: csrfToken(FIRST_VISIT_PATHS.others) }}
          noteLimit={noteLimit}
        />
      );
    },
  });

  /** The token's application and the language to answer in (the form's, else the SME's own). */
  const open = async (req: WebRequest) => {
    const token = req.params.token ?? "";
    const resolved = await deps.sme.resolve(token);
    if (!resolved.ok) return null;
    const page = await deps.sme.pageData(resolved.applicationId);
    if (!page) return null;
    const asked = req.method === "POST" ? req.form.get("lang") : req.query.get("lang");
    const locale: Locale = asked ? req.locale : page.contactLocale === "en" ? "en" : "ja";
    const signature = await deps.sme.signature(locale);
    return {
      token,
      page,
      locale,
      frame: {
        locale,
        siteName: signature.programName,
        secretariat: signature.secretariat,
        backHref: `${at("/s/:token", token)}?lang=${locale}`,
      },
    };
  };
  type Opened = NonNullable<Awaited<ReturnType<typeof open>>>;
  const notFound = (req: WebRequest): WebResponse => ({
    status: 404,
    personal: true,
    page: errorPage(404, req.locale),
  });

  /** The answer page again after a refusal: what went wrong on top, the current dates below. */
  const refused = async (
    req: WebRequest,
    o: Opened,
    errors: { href: string; message: string }[],
    kept: { note?: string; noteError?: string } = {},
  ): Promise<WebResponse> => {
    const proposal = await deps.firstVisits.openProposalOfApplication(o.page.id);
    const choices =
      proposal && o.page.case ? (
        <FirstVisitChoices
          locale={o.locale}
          proposal={proposal}
          expertName={o.page.case.expert.nameKanji}
          confirmAction={at(FIRST_VISIT_PATHS.confirm, o.token)}
          othersAction={at(FIRST_VISIT_PATHS.others, o.token)}
          csrf={{
            confirm: req.csrfToken(FIRST_VISIT_PATHS.confirm),
            others: req.csrfToken(FIRST_VISIT_PATHS.others),
          }}
          noteLimit={noteLimit}
          {...kept}
        />
      ) : null;
    return { status: 422, personal: true, page: FirstVisitAnswerPage({ ...o.frame, errors, choices }) };
  };
  const formError = (message: string) => [{ href: `#${FIRST_VISIT_FORM.titleId}`, message }];

  router.add({
    path: FIRST_VISIT_PATHS.confirm,
    post: async (req) => {
      const o = await open(req);
      if (!o) return notFound(req);
      const t = firstVisitWebTexts(o.locale);
      const form = ConfirmFormSchema.safeParse({ proposal: req.form.get("proposal"), option: req.form.get("option") });
      if (!form.success) return refused(req, o, formError(t.unreadableDate));
      try {
        await deps.firstVisits.confirm(
          { kind: "sme_web", applicationId: o.page.id },
          form.data.proposal,
          form.data.option,
        );
      } catch (error) {
        if (!isAppError(error)) throw error;
        // A proposal of another application is "not found": the same plain page as a bad token.
        if (error.code === "not_found") return notFound(req);
        return refused(req, o, formError(error.userMessage[o.locale]));
      }
      return { redirect: `${at(FIRST_VISIT_PATHS.confirmed, o.token)}?lang=${o.locale}` };
    },
  });

  router.add({
    path: FIRST_VISIT_PATHS.others,
    post: async (req) => {
      const o = await open(req);
      if (!o) return notFound(req);
      const t = firstVisitWebTexts(o.locale);
      const form = OthersFormSchema.safeParse({ proposal: req.form.get("proposal"), note: req.form.get("note") ?? "" });
      if (!form.success) return refused(req, o, formError(t.unreadableAnswer));
      const note = form.data.note.slice(0, noteLimit * 4);
      const length = [...note.trim()].length;
      const noteError = !note.trim()
        ? t.noteMissing
        : length > noteLimit
          ? t.noteTooLong({ limit: noteLimit, length })
          : null;
      if (noteError)
        return refused(req, o, [{ href: `#${FIRST_VISIT_FORM.noteId}`, message: noteError }], { note, noteError });
      try {
        await deps.firstVisits.askForOthers({ kind: "sme_web", applicationId: o.page.id }, form.data.proposal, note);
      } catch (error) {
        if (!isAppError(error)) throw error;
        if (error.code === "not_found") return notFound(req);
        return refused(req, o, formError(error.userMessage[o.locale]), { note });
      }
      return { redirect: `${at(FIRST_VISIT_PATHS.requested, o.token)}?lang=${o.locale}` };
    },
  });

  router.add({
    path: FIRST_VISIT_PATHS.confirmed,
    get: async (req) => {
      const o = await open(req);
      if (!o) return notFound(req);
      const found = await deps.firstVisits.firstVisitOfApplication(o.page.id);
      const visit = found?.visit;
      if (!found || !visit?.scheduledAt) return { redirect: o.frame.backHref };
      return {
        personal: true,
        page: FirstVisitConfirmedPage({
          ...o.frame,
          round: visit.round,
          start: visit.scheduledAt,
          mode: visit.mode,
          place: visit.place,
          expertName: found.case.expert.nameKanji,
          icsHref: visit.status === "scheduled" ? `${at(FIRST_VISIT_PATHS.calendar, o.token)}?lang=${o.locale}` : null,
        }),
      };
    },
  });

  router.add({
    path: FIRST_VISIT_PATHS.requested,
    get: async (req) => {
      const o = await open(req);
      if (!o) return notFound(req);
      const found = await deps.firstVisits.firstVisitOfApplication(o.page.id);
      const asked = found?.proposal;
      if (!found || asked?.status !== "declined" || !asked.answerNote) return { redirect: o.frame.backHref };
      return {
        personal: true,
        page: OtherDatesRequestedPage({ ...o.frame, note: asked.answerNote, expertName: found.case.expert.nameKanji }),
      };
    },
  });

  router.add({
    path: FIRST_VISIT_PATHS.calendar,
    get: async (req) => {
      const o = await open(req);
      if (!o) return notFound(req);
      const body = await deps.firstVisits.firstVisitCalendar(o.page.id, o.locale);
      if (!body) return notFound(req);
      return { file: { body, contentType: "text/calendar; charset=utf-8", filename: "first-visit.ics" } };
    },
  });
}
