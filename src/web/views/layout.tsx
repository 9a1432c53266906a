import type { ComponentChildren } from "preact";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";

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

const DEFAULT_SITE: Record<Locale, string> = {
  ja: "中小企業の情報セキュリティ専門家指導",
  en: "Information-security guidance for SMEs",
};

export function Layout(p: LayoutProps) {
  const site = p.siteName || DEFAULT_SITE[p.locale];
  const ja = p.locale === "ja";
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
              <a href={p.otherLanguageHref} lang={ja ? "en" : "ja"} hrefLang={ja ? "en" : "ja"}>
                {ja ? "English" : "日本語"}
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
                {ja ? "お問い合わせ: " : "Contact: "}
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
                    {ja ? "電話: " : "Phone: "}
                    {p.secretariat.phone}
                  </>
                ) : null}
                {p.secretariat.email ? (
                  <>
                    <br />
                    {ja ? "メール: " : "E-mail: "}
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
