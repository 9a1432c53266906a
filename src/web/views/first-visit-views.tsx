import type { VNode } from "preact";
import type { ProposalView } from "../../features/first-visits/first-visits-service.js";
import { slotLabel } from "../../features/first-visits/views/first-visit-text.js";
import { modeLabel } from "../../features/visits/views/visit-text.js";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import { CSRF_FIELD } from "../csrf.js";
import { firstVisitWebTexts } from "./first-visit-views.texts.js";
import { Layout } from "./layout.js";

/** The form fields of the first-visit answers (names and element ids). */
export const FIRST_VISIT_FORM = { noteId: "fv-note", titleId: "fv-title" } as const;

export type FirstVisitChoicesProps = {
  locale: Locale;
  proposal: ProposalView;
  expertName: string;
  /** Where the two forms post (`/s/<token>/first-visit/confirm` and `…/others`). */
  confirmAction: string;
  othersAction: string;
  csrf: { confirm: string; others: string };
  /** Kept after a failed submit. */
  note?: string;
  noteError?: string;
  noteLimit: number;
};

function how(p: ProposalView, locale: Locale): string {
  return p.place ? `${modeLabel(p.mode, locale)}（${p.place}）` : modeLabel(p.mode, locale);
}

function Hidden({ locale, csrf, proposal }: { locale: Locale; csrf: string; proposal: number }) {
  return (
    <>
      <input type="hidden" name={CSRF_FIELD} value={csrf} />
      <input type="hidden" name="lang" value={locale} />
      <input type="hidden" name="proposal" value={String(proposal)} />
    </>
  );
}

/** The SME page's section while dates wait for an answer: one POST form per date, and "none fits". */
export function FirstVisitChoices(p: FirstVisitChoicesProps) {
  const t = firstVisitWebTexts(p.locale);
  const noteHint = `${FIRST_VISIT_FORM.noteId}-hint`;
  const noteErr = `${FIRST_VISIT_FORM.noteId}-error`;
  return (
    <section class="section" aria-labelledby={FIRST_VISIT_FORM.titleId}>
      <h2 id={FIRST_VISIT_FORM.titleId}>{t.choicesTitle}</h2>
      <p>{t.choicesIntro(p.expertName)}</p>
      <table class="facts">
        <tbody>
          <tr>
            <th scope="row">{t.how}</th>
            <td>{how(p.proposal, p.locale)}</td>
          </tr>
          {p.proposal.noteToSme ? (
            <tr>
              <th scope="row">{t.noteFromExpert}</th>
              <td>{p.proposal.noteToSme}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {p.proposal.options.map((at, i) => {
        const id = `fv-option-${i + 1}`;
        return (
          <div class="card">
            <h3 id={id}>
              {t.option(i + 1)}
              {slotLabel(at, p.locale)}
            </h3>
            <form method="post" action={p.confirmAction}>
              <Hidden locale={p.locale} csrf={p.csrf.confirm} proposal={p.proposal.id} />
              <input type="hidden" name="option" value={String(i + 1)} />
              <button type="submit" class="button" aria-describedby={id}>
                {t.confirmButton}
              </button>
            </form>
          </div>
        );
      })}
      <h3>{t.noneFitsTitle}</h3>
      <form method="post" action={p.othersAction}>
        <Hidden locale={p.locale} csrf={p.csrf.others} proposal={p.proposal.id} />
        <div class={p.noteError ? "field has-error" : "field"}>
          <label for={FIRST_VISIT_FORM.noteId}>{t.noteLabel}</label>
          <span class="hint" id={noteHint}>
            {t.noteHint(p.noteLimit)}
          </span>
          {p.noteError ? (
            <span class="field-error" id={noteErr}>
              <span class="visually-hidden">{t.errorPrefix}</span>
              {p.noteError}
            </span>
          ) : null}
          <textarea
            id={FIRST_VISIT_FORM.noteId}
            name="note"
            required
            maxLength={p.noteLimit}
            aria-invalid={p.noteError ? true : undefined}
            aria-describedby={p.noteError ? `${noteHint} ${noteErr}` : noteHint}
          >
            {p.note ?? ""}
          </textarea>
        </div>
        <button type="submit" class="button secondary">
          {t.askOthersButton}
        </button>
      </form>
    </section>
  );
}

type Frame = { locale: Locale; siteName: string; secretariat: SecretariatContact; backHref: string };

function BackLink({ locale, href }: { locale: Locale; href: string }) {
  return (
    <p>
      <a href={href}>{firstVisitWebTexts(locale).back}</a>
    </p>
  );
}

/** A failed answer: the error summary on top, then the dates again (when some still wait). */
export function FirstVisitAnswerPage(
  p: Frame & { errors: { href: string; message: string }[]; choices: VNode | null },
) {
  const t = firstVisitWebTexts(p.locale);
  const title = t.answerTitle;
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
        <h2 id="error-summary-title">{t.notRecorded}</h2>
        <ul>
          {p.errors.map((e) => (
            <li>
              <a href={e.href}>{e.message}</a>
            </li>
          ))}
        </ul>
      </div>
      <h1>{title}</h1>
      {p.choices ?? <p>{t.noDatesWaiting}</p>}
      <BackLink locale={p.locale} href={p.backHref} />
    </Layout>
  );
}

/** What was recorded: visit 1 is fixed (with its calendar entry to download). */
export function FirstVisitConfirmedPage(
  p: Frame & { round: number; start: Date; mode: string; place: string; expertName: string; icsHref: string | null },
) {
  const t = firstVisitWebTexts(p.locale);
  const when = slotLabel(p.start, p.locale);
  const title = t.confirmedTitle({ round: p.round, when });
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <div class="panel" role="status">
        <h1 class="panel-title">{title}</h1>
        <p>{t.confirmedBody(p.expertName)}</p>
      </div>
      <table class="facts">
        <tbody>
          <tr>
            <th scope="row">{t.when}</th>
            <td>{when}</td>
          </tr>
          <tr>
            <th scope="row">{t.how}</th>
            <td>{p.place ? `${modeLabel(p.mode, p.locale)}（${p.place}）` : modeLabel(p.mode, p.locale)}</td>
          </tr>
          <tr>
            <th scope="row">{t.yourExpert}</th>
            <td>{p.expertName}</td>
          </tr>
        </tbody>
      </table>
      {p.icsHref ? (
        <p>
          <a href={p.icsHref} download="first-visit.ics">
            {t.addToCalendar}
          </a>
        </p>
      ) : null}
      <p>{t.tellIfUnsuitable}</p>
      <BackLink locale={p.locale} href={p.backHref} />
    </Layout>
  );
}

/** What was recorded: none of the dates suits the SME; its wishes went to the proposer. */
export function OtherDatesRequestedPage(p: Frame & { note: string; expertName: string }) {
  const t = firstVisitWebTexts(p.locale);
  const title = t.requestedTitle;
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <div class="panel" role="status">
        <h1 class="panel-title">{title}</h1>
        <p>{t.requestedBody(p.expertName)}</p>
      </div>
      <table class="facts">
        <tbody>
          <tr>
            <th scope="row">{t.passedWishes}</th>
            <td>{p.note}</td>
          </tr>
        </tbody>
      </table>
      <BackLink locale={p.locale} href={p.backHref} />
    </Layout>
  );
}
