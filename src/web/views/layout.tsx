import type { ComponentChildren } from "preact";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import { OTHER_LOCALE } from "../language.js";
import { layoutTexts } from "./layout.texts.js";

/** What every page's frame shows. */
export type LayoutProps = {
  locale: Locale;
  /** The page's own title (the <title> is "title | site"). */
  title: string;
  /** The program's name in the header; a neutral name when none is known (error pages). */
  siteName?: string;
  /** Where the other language's version of this page is (GET pages only). */
  otherLanguageHref?: string;
  /** Personal pages are never indexed. */
  personal?: boolean;
  secretariat?: SecretariatContact;
  children: ComponentChildren;
};

export function Layout(p: LayoutProps) {
  const t = layoutTexts(p.locale);
  const site = p.siteName || t.defaultSite;
  const other = OTHER_LOCALE[p.locale];
  return (
    <html lang={p.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {p.personal ? <meta name="robots" content="noindex, nofollow" /> : null}
        <title>{`${p.title} | ${site}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <header class="site-header">
          <div class="inner">
            <span class="site-name">{site}</span>
            {p.otherLanguageHref ? (
              <a href={p.otherLanguageHref} lang={other} hrefLang={other}>
                {t.otherLanguage}
              </a>
            ) : null}
          </div>
        </header>
        <main class="site-main" id="main">
          {p.children}
        </main>
        {p.secretariat ? (
          <footer class="site-footer">
            <div class="inner">
              <p>
                {t.contact}
                {p.secretariat.name}
                {p.secretariat.address ? (
                  <>
                    <br />
                    {p.secretariat.address}
                  </>
                ) : null}
                {p.secretariat.phone ? (
                  <>
                    <br />
                    {t.phone}
                    {p.secretariat.phone}
                  </>
                ) : null}
                {p.secretariat.email ? (
                  <>
                    <br />
                    {t.email}
                    <a href={`mailto:${p.secretariat.email}`}>{p.secretariat.email}</a>
                  </>
                ) : null}
              </p>
            </div>
          </footer>
        ) : null}
      </body>
    </html>
  );
}
