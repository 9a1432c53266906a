import type { VNode } from "preact";
import { z } from "zod";
import type { ApplicationFormValues, ApplicationsService } from "../features/applications/applications-service.js";
import type { ProgramService } from "../features/program/program-service.js";
import { webActor } from "../features/roles/actor.js";
import type { SmePageData, SmeService } from "../features/sme/sme-service.js";
import { formatSlashDate } from "../lib/dates.js";
import { isAppError } from "../lib/errors.js";
import type { Locale } from "../lib/i18n.js";
import { hmac, randomToken, sameSecret } from "../lib/tokens.js";
import type { WebRequest, WebResponse, WebRouter } from "./router.js";
import type { SmeSectionRegistry } from "./sme-sections.js";
import { APPLY_FIELDS, ApplyDonePage, type ApplyField, ApplyFormPage } from "./views/apply-form.js";
import { errorPage } from "./views/error-page.js";
import { layoutTexts } from "./views/layout.texts.js";
import { SmePage, statusSection } from "./views/sme-page.js";

/** What the web routes use: the same services as the Slack listeners. */
export type WebDeps = {
  applications: ApplicationsService;
  program: ProgramService;
  sme: SmeService;
  sections: SmeSectionRegistry;
};

/** The route patterns (also the CSRF purposes of their forms). */
export const WEB_PATHS = { apply: "/apply", applyDone: "/apply/done", smePage: "/s/:token" } as const;

/** A one-time-looking key per form; a repeated submit of the same form creates one application. */
const SubmissionSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

function formValues(form: URLSearchParams): ApplicationFormValues {
  const text = (name: ApplyField) => (form.get(name) ?? "").slice(0, 5_000);
  const choice = (name: ApplyField) => {
    const v = form.get(name);
    return v === null || v === "" ? null : v.slice(0, 100);
  };
  return {
    received_via: null,
    received_on: null,
    company_name: text("company_name"),
    company_kana: text("company_kana"),
    corporate_number: text("corporate_number"),
    industry: choice("industry"),
    capital: text("capital").normalize("NFKC").replace(/[,\s]/g, ""),
    employees: text("employees").normalize("NFKC").replace(/[,\s]/g, ""),
    prefecture: choice("prefecture"),
    address: text("address"),
    contact_name: text("contact_name"),
    contact_title: text("contact_title"),
    contact_email: text("contact_email"),
    contact_phone: text("contact_phone"),
    contact_user: null,
    heard_from: choice("heard_from"),
    recruiter: null,
    schedule_wishes: text("schedule_wishes"),
    overrides: [],
  };
}

/** The program's name, the secretariat's contact and the application window, for every page's frame. */
export async function pageFrame(deps: Pick<WebDeps, "program" | "sme">, locale: Locale) {
  const [program, signature] = await Promise.all([deps.program.currentOrNull(), deps.sme.signature(locale)]);
  const window = program
    ? layoutTexts(locale).window({
        from: formatSlashDate(program.applyFrom),
        until: formatSlashDate(program.applyUntil),
      })
    : undefined;
  return { siteName: signature.programName, secretariat: signature.secretariat, windowText: window };
}

/** The SME's own language unless they asked for another on this visit (?lang= or the form's lang). */
export function smeLocale(req: WebRequest, page: Pick<SmePageData, "contactLocale">): Locale {
  return req.query.get("lang") || req.form.get("lang") ? req.locale : page.contactLocale === "en" ? "en" : "ja";
}

/**
 * The SME page of an application whose token was resolved, with its sections; `notice` goes above
 * them (e.g. why a choice could not be recorded). A vanished application is the plain 404 page.
 */
export async function smePageResponse(
  deps: WebDeps,
  req: WebRequest,
  applicationId: number,
  token: string,
  opts: { notice?: VNode; status?: number } = {},
): Promise<WebResponse> {
  const page = await deps.sme.pageData(applicationId);
  if (!page) return { status: 404, personal: true, page: errorPage(404, req.locale) };
  const locale = smeLocale(req, page);
  const sections = await deps.sections.build({ page, locale, token, csrfToken: req.csrfToken });
  const { siteName, secretariat } = await pageFrame(deps, locale);
  return {
    status: opts.status,
    personal: true,
    page: SmePage({
      locale,
      siteName,
      secretariat,
      page,
      sections: opts.notice ? [opts.notice, ...sections] : sections,
    }),
  };
}

/** Registers the public pages: the application form and the SME page with its sections. */
export function registerWebRoutes(router: WebRouter, deps: WebDeps): void {
  deps.sections.add({ id: "status", order: 0, build: statusSection });

  const frame = (locale: Locale) => pageFrame(deps, locale);
  const doneRef = (id: number) => `${id}.${hmac(deps.sme.settings.linkSecret, `apply-done:${id}`)}`;

  const renderForm = async (
    req: WebRequest,
    state: {
      values: Partial<Record<ApplyField, string>>;
      errors: Partial<Record<ApplyField, string>>;
      formError?: string;
      submission: string;
    },
  ) => ({
    status: Object.keys(state.errors).length > 0 || state.formError ? 422 : 200,
    personal: true,
    page: ApplyFormPage({
      locale: req.locale,
      ...(await frame(req.locale)),
      ...state,
      csrf: req.csrfToken(WEB_PATHS.apply),
    }),
  });

  router.add({
    path: WEB_PATHS.apply,
    get: (req) => renderForm(req, { values: {}, errors: {}, submission: randomToken() }),
    post: async (req) => {
      const values = Object.fromEntries(APPLY_FIELDS.map((f) => [f, req.form.get(f) ?? ""])) as Record<
        ApplyField,
        string
      >;
      const submitted = SubmissionSchema.safeParse(req.form.get("submission"));
      const submission = submitted.success ? submitted.data : randomToken();
      try {
        const input = deps.applications.parseForm(formValues(req.form), false);
        const { application } = await deps.applications.apply(webActor(req.locale), input, {
          submissionKey: `web:${submission}`,
          onBehalf: false,
          web: { locale: req.locale },
        });
        return { redirect: `${WEB_PATHS.applyDone}?ref=${doneRef(application.id)}&lang=${req.locale}` };
      } catch (error) {
        if (!isAppError(error)) throw error;
        const errors: Partial<Record<ApplyField, string>> = {};
        for (const [key, message] of Object.entries(error.options.fields ?? {}))
          if ((APPLY_FIELDS as readonly string[]).includes(key)) errors[key as ApplyField] = message[req.locale];
        const field = error.options.field;
        const onField =
          error.code === "invalid_input" && field && (APPLY_FIELDS as readonly string[]).includes(field)
            ? (field as ApplyField)
            : null;
        if (onField) errors[onField] ??= error.userMessage[req.locale];
        const formError = Object.keys(errors).length === 0 ? error.userMessage[req.locale] : undefined;
        return renderForm(req, { values, errors, formError, submission });
      }
    },
  });

  router.add({
    path: WEB_PATHS.applyDone,
    get: async (req) => {
      const ref = req.query.get("ref") ?? "";
      const [idText, signature] = ref.split(".");
      const id = Number(idText);
      if (!Number.isInteger(id) || id <= 0 || !signature || !sameSecret(doneRef(id), ref))
        return { status: 404, page: errorPage(404, req.locale) };
      const { siteName, secretariat } = await frame(req.locale);
      return {
        personal: true,
        page: ApplyDonePage({ locale: req.locale, siteName, secretariat, applicationId: id }),
      };
    },
  });

  router.add({
    path: WEB_PATHS.smePage,
    get: async (req) => {
      const token = req.params.token ?? "";
      const resolved = await deps.sme.resolve(token);
      // Unknown, revoked and expired tokens get the same page: nothing tells a guesser which.
      if (!resolved.ok) return { status: 404, personal: true, page: errorPage(404, req.locale) };
      return smePageResponse(deps, req, resolved.applicationId, token);
    },
  });
}
