import type { VNode } from "preact";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import type { PublicExpertProfile } from "../../mail/matching-mails.js";
import { CSRF_FIELD } from "../csrf.js";
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
  const ja = p.locale === "ja";
  return (
    <section class="section" aria-labelledby="choose-title">
      <h2 id="choose-title">{ja ? "担当の専門家を選ぶ" : "Choose your expert"}</h2>
      <p>
        {ja
          ? "指導を担当してほしい専門家をお一人お選びください。ご選択は事務局の承認を経て確定します。"
          : "Please choose the expert you would like to guide you. The secretariat confirms the match afterwards."}
      </p>
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
                {ja ? "この専門家を選ぶ" : "Choose this expert"}
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
      <h2 id="choice-notice-title">
        {p.locale === "ja" ? "選択は記録されませんでした" : "Your choice was not recorded"}
      </h2>
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
  const ja = p.locale === "ja";
  const title = ja ? `${p.expertName}さんを選びました` : `You chose ${p.expertName}`;
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <div class="panel" role="status">
        <h1 class="panel-title">{title}</h1>
        <p>
          {ja
            ? `${p.expertName}さんを選びました。事務局の承認後にご連絡します。`
            : `You chose ${p.expertName}. We will contact you once the secretariat has approved the match.`}
        </p>
        <p class="number">{ja ? `申込番号 #${p.applicationId}` : `Application number #${p.applicationId}`}</p>
      </div>
      <p>
        <a href={p.pageHref}>{ja ? "お申込みの状況に戻る" : "Back to your application"}</a>
      </p>
    </Layout>
  );
}
