import type { VNode } from "preact";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import type { PublicExpertProfile } from "../../mail/matching-mails.js";
import { CSRF_FIELD } from "../csrf.js";
import { chooseTexts } from "./choose-section.texts.js";
import { Layout } from "./layout.js";

/** One candidate as the SME sees it: the public profile and what its button posts. */
export type ChooseCard = { expertId: number; profile: PublicExpertProfile };

export type ChooseSectionProps = {
  locale: Locale;
  /** Where the forms post: /s/<token>/choose. */
  action: string;
  csrf: string;
  proposalId: number;
  cards: ChooseCard[];
};

/** "Choose your expert": one card per candidate, each a POST form with one button. */
export function ChooseSection(p: ChooseSectionProps): VNode {
  const t = chooseTexts(p.locale);
  return (
    <section class="section" aria-labelledby="choose-title">
      <h2 id="choose-title">{t.sectionTitle}</h2>
      <p>{t.sectionIntro}</p>
      {p.cards.map((c) => {
        const headingId = `expert-${c.expertId}`;
        return (
          <article class="card" aria-labelledby={headingId}>
            <h3 id={headingId}>{c.profile.name}</h3>
            <dl class="facts">
              {c.profile.facts.map(([k, v]) => (
                <>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </>
              ))}
            </dl>
            <form method="post" action={p.action}>
              <input type="hidden" name={CSRF_FIELD} value={p.csrf} />
              <input type="hidden" name="lang" value={p.locale} />
              <input type="hidden" name="proposal" value={String(p.proposalId)} />
              <input type="hidden" name="expert" value={String(c.expertId)} />
              <button type="submit" class="button" aria-describedby={headingId}>
                {t.chooseButton}
              </button>
            </form>
          </article>
        );
      })}
    </section>
  );
}

/** Why a choice was not recorded, above the page's sections. */
export function ChoiceNotice(p: { message: string; locale: Locale }): VNode {
  return (
    <div class="error-summary" role="alert" aria-labelledby="choice-notice-title">
      <h2 id="choice-notice-title">{chooseTexts(p.locale).noticeTitle}</h2>
      <p>{p.message}</p>
    </div>
  );
}

export type ChosenPageProps = {
  locale: Locale;
  siteName: string;
  secretariat: SecretariatContact;
  applicationId: number;
  expertName: string;
  /** Back to the SME page: /s/<token>?lang=… */
  pageHref: string;
};

/** After the choice (POST → redirect → GET): what was recorded. */
export function ChosenPage(p: ChosenPageProps): VNode {
  const t = chooseTexts(p.locale);
  const title = t.chosenTitle(p.expertName);
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <div class="panel" role="status">
        <h1 class="panel-title">{title}</h1>
        <p>{t.chosenBody(p.expertName)}</p>
        <p class="number">{t.applicationNumber(p.applicationId)}</p>
      </div>
      <p>
        <a href={p.pageHref}>{t.back}</a>
      </p>
    </Layout>
  );
}
