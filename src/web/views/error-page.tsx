import type { Locale } from "../../lib/i18n.js";
import { errorPageTexts } from "./error-page.texts.js";
import { Layout } from "./layout.js";

export type HttpErrorStatus = 400 | 403 | 404 | 405 | 410 | 413 | 429 | 500;

/** The catalog's plain texts (every key but the retry hint). */
type Line = Exclude<keyof ReturnType<typeof errorPageTexts>, "retryIn">;

const PAGES: Record<HttpErrorStatus, { title: Line; body: Line[] }> = {
  400: { title: "title400", body: ["body400"] },
  403: { title: "title403", body: ["body403a", "body403b"] },
  404: { title: "title404", body: ["body404a", "body404b"] },
  405: { title: "title405", body: ["body405"] },
  410: { title: "title410", body: ["body410"] },
  413: { title: "title413", body: ["body413"] },
  429: { title: "title429", body: ["body429"] },
  500: { title: "title500", body: ["body500"] },
};

/** A plain, friendly error page: what happened and what to do, nothing else (no data, no detail). */
export function errorPage(status: HttpErrorStatus, locale: Locale, retryAfterSeconds?: number) {
  const t = errorPageTexts(locale);
  const title = t[PAGES[status].title];
  const minutes = retryAfterSeconds ? Math.max(1, Math.ceil(retryAfterSeconds / 60)) : null;
  return (
    <Layout locale={locale} title={title}>
      <h1>{title}</h1>
      {PAGES[status].body.map((line) => (
        <p>{t[line]}</p>
      ))}
      {status === 429 && minutes ? <p>{t.retryIn(minutes)}</p> : null}
    </Layout>
  );
}
