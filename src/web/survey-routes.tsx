import { z } from "zod";
import type { SmePageData } from "../features/sme/sme-links-repository.js";
import type { SmeService } from "../features/sme/sme-service.js";
import type { RawAnswers } from "../features/surveys/survey-questions.js";
import { SURVEY_IDS } from "../features/surveys/surveys-ids.js";
import type { SurveysService } from "../features/surveys/surveys-service.js";
import { formatInstant } from "../lib/dates.js";
import { isAppError } from "../lib/errors.js";
import type { Locale } from "../lib/i18n.js";
import { randomToken } from "../lib/tokens.js";
import type { WebRequest, WebResponse, WebRouter } from "./router.js";
import type { SmeSectionRegistry } from "./sme-sections.js";
import { CaseRecordSection, SurveySection } from "./views/case-record-section.js";
import { errorPage } from "./views/error-page.js";
import { SurveyFormPage, SurveyNoticePage, type SurveyValues } from "./views/survey-page.js";

export type SurveyWebDeps = {
  sme: SmeService;
  surveys: SurveysService;
  sections: SmeSectionRegistry;
};

/** The survey's routes (the form's CSRF purpose is its path pattern). */
export const SURVEY_WEB_PATHS = { survey: "/s/:token/survey", done: "/s/:token/survey/done" } as const;

const SubmissionSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** Every answer field is bounded before validation (the text limit itself is checked by the service). */
const RAW_CAP = 10_000;

/**
 * The SME page's record of the case (visits held, deliverables) and survey sections, and the
 * survey form at /s/:token/survey: the same questions and rules as the Slack modal.
 */
export function registerSurveyWeb(router: WebRouter, deps: SurveyWebDeps): void {
  deps.sections.add({
    id: "case-record",
    order: 40,
    build: async ({ page, locale }) => {
      const record = await deps.surveys.caseRecord(page.id);
      return record ? CaseRecordSection({ record, locale }) : null;
    },
  });
  deps.sections.add({
    id: "survey",
    order: 30,
    build: async ({ page, locale, token }) => {
      const survey = await deps.surveys.webSurvey(page.id);
      if (!survey) return null;
      return SurveySection({ locale, state: survey.state, href: `/s/${token}/survey?lang=${locale}` });
    },
  });

  /** The token's application, or the same plain 404 for tampered, expired and foreign tokens. */
  const open = async (req: WebRequest): Promise<{ token: string; page: SmePageData; locale: Locale } | null> => {
    const token = req.params.token ?? "";
    const resolved = await deps.sme.resolve(token);
    if (!resolved.ok) return null;
    const page = await deps.sme.pageData(resolved.applicationId);
    if (!page) return null;
    const asked = req.method === "POST" ? req.form.get("lang") : req.query.get("lang");
    const locale: Locale = asked ? req.locale : page.contactLocale === "en" ? "en" : "ja";
    return { token, page, locale };
  };
  const notFound = (req: WebRequest): WebResponse => ({
    status: 404,
    personal: true,
    page: errorPage(404, req.locale),
  });
  const frame = async (locale: Locale) => {
    const signature = await deps.sme.signature(locale);
    return { siteName: signature.programName, secretariat: signature.secretariat };
  };

  const renderForm = async (
    ctx: { token: string; page: SmePageData; locale: Locale },
    req: WebRequest,
    state: { values: SurveyValues; errors: Record<string, string>; submission: string },
  ): Promise<WebResponse> => {
    const survey = await deps.surveys.webSurvey(ctx.page.id);
    if (!survey) return notice(ctx, "none", null);
    if (survey.state !== "open")
      return notice(ctx, survey.state === "answered" ? "already" : "closed", survey.answeredAt);
    return {
      status: Object.keys(state.errors).length > 0 ? 422 : 200,
      personal: true,
      page: SurveyFormPage({
        locale: ctx.locale,
        ...(await frame(ctx.locale)),
        applicationId: ctx.page.id,
        companyName: ctx.page.company.name,
        contactName: ctx.page.contactName,
        expertName: ctx.page.case?.expert.nameKanji ?? "",
        questions: survey.questions,
        ...state,
        action: `/s/${ctx.token}/survey`,
        csrf: req.csrfToken(SURVEY_WEB_PATHS.survey),
        backHref: `/s/${ctx.token}?lang=${ctx.locale}`,
      }),
    };
  };
  const notice = async (
    ctx: { token: string; locale: Locale },
    kind: "thanks" | "already" | "closed" | "none",
    answeredAt: Date | null,
  ): Promise<WebResponse> => ({
    personal: true,
    page: SurveyNoticePage({
      locale: ctx.locale,
      ...(await frame(ctx.locale)),
      kind,
      answeredOn: answeredAt ? formatInstant(answeredAt, ctx.locale) : undefined,
      backHref: `/s/${ctx.token}?lang=${ctx.locale}`,
    }),
  });

  router.add({
    path: SURVEY_WEB_PATHS.survey,
    get: async (req) => {
      const ctx = await open(req);
      if (!ctx) return notFound(req);
      return renderForm(ctx, req, { values: {}, errors: {}, submission: randomToken() });
    },
    post: async (req) => {
      const ctx = await open(req);
      if (!ctx) return notFound(req);
      const survey = await deps.surveys.webSurvey(ctx.page.id);
      const values: SurveyValues = {};
      const raw: RawAnswers = {};
      for (const q of survey?.questions ?? []) {
        const got = req.form.getAll(q.id).map((v) => v.slice(0, RAW_CAP));
        values[q.id] = q.kind === "multi" ? got : (got[0] ?? "");
        raw[q.id] = q.kind === "multi" ? got : (got[0] ?? null);
      }
      const submitted = SubmissionSchema.safeParse(req.form.get("submission"));
      const submission = submitted.success ? submitted.data : randomToken();
      try {
        const { outcome } = await deps.surveys.answerOnWeb(ctx.page.id, raw, submission);
        const kind = outcome === "saved" ? "thanks" : outcome;
        return { redirect: `/s/${ctx.token}/survey/done?r=${kind}&lang=${ctx.locale}` };
      } catch (error) {
        if (!isAppError(error) || error.code !== "invalid_input") throw error;
        const errors: Record<string, string> = {};
        for (const [block, message] of Object.entries(error.options.fields ?? {}))
          if (block.startsWith(SURVEY_IDS.questionPrefix))
            errors[block.slice(SURVEY_IDS.questionPrefix.length)] = message[ctx.locale];
        return renderForm(ctx, req, { values, errors, submission });
      }
    },
  });

  router.add({
    path: SURVEY_WEB_PATHS.done,
    get: async (req) => {
      const ctx = await open(req);
      if (!ctx) return notFound(req);
      const survey = await deps.surveys.webSurvey(ctx.page.id);
      if (!survey) return notice(ctx, "none", null);
      if (survey.state === "open") return { redirect: `/s/${ctx.token}/survey?lang=${ctx.locale}` };
      if (survey.state === "closed") return notice(ctx, "closed", null);
      // "Thanks" right after the answer was stored; "already answered" after a second submission.
      return notice(ctx, req.query.get("r") === "thanks" ? "thanks" : "already", survey.answeredAt);
    },
  });
}
