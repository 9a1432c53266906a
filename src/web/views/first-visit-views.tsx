import type { VNode } from "preact";
import type { ProposalView } from "../../features/first-visits/first-visits-service.js";
import { slotLabel } from "../../features/first-visits/views/first-visit-text.js";
import { modeLabel } from "../../features/visits/views/visit-text.js";
import type { Locale } from "../../lib/i18n.js";
import type { SecretariatContact } from "../../mail/layout.js";
import { CSRF_FIELD } from "../csrf.js";
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
  const ja = p.locale === "ja";
  const noteHint = `${FIRST_VISIT_FORM.noteId}-hint`;
  const noteErr = `${FIRST_VISIT_FORM.noteId}-error`;
  return (
    <section class="section" aria-labelledby={FIRST_VISIT_FORM.titleId}>
      <h2 id={FIRST_VISIT_FORM.titleId}>
        {ja ? "初回訪問の日程をお選びください" : "Choose the date of your first visit"}
      </h2>
      <p>
        {ja
          ? `担当の専門家 ${p.expertName} 様との初回訪問の候補日です。ご都合のよい日時の「この日時で確定する」を押してください。`
          : `These are the proposed dates for your first visit with ${p.expertName}. Press “Confirm this date” under the one that suits you.`}
      </p>
      <table class="facts">
        <tbody>
          <tr>
            <th scope="row">{ja ? "方法" : "How"}</th>
            <td>{how(p.proposal, p.locale)}</td>
          </tr>
          {p.proposal.noteToSme ? (
            <tr>
              <th scope="row">{ja ? "専門家からのメモ" : "Note from the expert"}</th>
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
              {ja ? `候補${i + 1}: ` : `Date ${i + 1}: `}
              {slotLabel(at, p.locale)}
            </h3>
            <form method="post" action={p.confirmAction}>
              <Hidden locale={p.locale} csrf={p.csrf.confirm} proposal={p.proposal.id} />
              <input type="hidden" name="option" value={String(i + 1)} />
              <button type="submit" class="button" aria-describedby={id}>
                {ja ? "この日時で確定する" : "Confirm this date"}
              </button>
            </form>
          </div>
        );
      })}
      <h3>{ja ? "どの日程も都合が合わない" : "None of these dates suits me"}</h3>
      <form method="post" action={p.othersAction}>
        <Hidden locale={p.locale} csrf={p.csrf.others} proposal={p.proposal.id} />
        <div class={p.noteError ? "field has-error" : "field"}>
          <label for={FIRST_VISIT_FORM.noteId}>
            {ja ? "ご都合のよい日時やご希望" : "Days and times that suit you"}
          </label>
          <span class="hint" id={noteHint}>
            {ja
              ? `例: 火曜か木曜の午後、11月後半なら終日可。${p.noteLimit}文字まで。`
              : `e.g. Tuesday or Thursday afternoons; any day in late November. Up to ${p.noteLimit} characters.`}
          </span>
          {p.noteError ? (
            <span class="field-error" id={noteErr}>
              <span class="visually-hidden">{ja ? "エラー: " : "Error: "}</span>
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
          {ja ? "別の日程を依頼する" : "Ask for other dates"}
        </button>
      </form>
    </section>
  );
}

type Frame = { locale: Locale; siteName: string; secretariat: SecretariatContact; backHref: string };

function BackLink({ locale, href }: { locale: Locale; href: string }) {
  return (
    <p>
      <a href={href}>{locale === "ja" ? "お申込みのページに戻る" : "Back to your application page"}</a>
    </p>
  );
}

/** A failed answer: the error summary on top, then the dates again (when some still wait). */
export function FirstVisitAnswerPage(
  p: Frame & { errors: { href: string; message: string }[]; choices: VNode | null },
) {
  const ja = p.locale === "ja";
  const title = ja ? "初回訪問の日程" : "Your first visit's date";
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
        <h2 id="error-summary-title">{ja ? "ご回答を記録できませんでした" : "Your answer was not recorded"}</h2>
        <ul>
          {p.errors.map((e) => (
            <li>
              <a href={e.href}>{e.message}</a>
            </li>
          ))}
        </ul>
      </div>
      <h1>{title}</h1>
      {p.choices ?? (
        <p>
          {ja ? "いまご回答いただける候補日はありません。" : "There are no proposed dates waiting for your answer now."}
        </p>
      )}
      <BackLink locale={p.locale} href={p.backHref} />
    </Layout>
  );
}

/** What was recorded: visit 1 is fixed (with its calendar entry to download). */
export function FirstVisitConfirmedPage(
  p: Frame & { round: number; start: Date; mode: string; place: string; expertName: string; icsHref: string | null },
) {
  const ja = p.locale === "ja";
  const when = slotLabel(p.start, p.locale);
  const title = ja ? `第${p.round}回訪問を ${when} に確定しました` : `Visit ${p.round} is confirmed for ${when}`;
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <div class="panel" role="status">
        <h1 class="panel-title">{title}</h1>
        <p>
          {ja
            ? `担当の専門家 ${p.expertName} 様と事務局にお伝えしました。確定のお知らせをメールでもお送りします。`
            : `Your expert, ${p.expertName}, and the secretariat have been told. We also send you a confirmation by e-mail.`}
        </p>
      </div>
      <table class="facts">
        <tbody>
          <tr>
            <th scope="row">{ja ? "日時" : "When"}</th>
            <td>{when}</td>
          </tr>
          <tr>
            <th scope="row">{ja ? "方法" : "How"}</th>
            <td>{p.place ? `${modeLabel(p.mode, p.locale)}（${p.place}）` : modeLabel(p.mode, p.locale)}</td>
          </tr>
          <tr>
            <th scope="row">{ja ? "担当の専門家" : "Your expert"}</th>
            <td>{p.expertName}</td>
          </tr>
        </tbody>
      </table>
      {p.icsHref ? (
        <p>
          <a href={p.icsHref} download="first-visit.ics">
            {ja ? "カレンダーに登録する（.ics ファイル）" : "Add to your calendar (.ics file)"}
          </a>
        </p>
      ) : null}
      <p>
        {ja
          ? "ご都合が悪くなった場合は、お早めに事務局または専門家にご連絡ください。"
          : "If the date no longer suits you, please tell the secretariat or the expert as soon as possible."}
      </p>
      <BackLink locale={p.locale} href={p.backHref} />
    </Layout>
  );
}

/** What was recorded: none of the dates suits the SME; its wishes went to the proposer. */
export function OtherDatesRequestedPage(p: Frame & { note: string; expertName: string }) {
  const ja = p.locale === "ja";
  const title = ja ? "別の日程のご希望をお伝えしました" : "We have passed on your wishes";
  return (
    <Layout locale={p.locale} title={title} siteName={p.siteName} secretariat={p.secretariat} personal>
      <div class="panel" role="status">
        <h1 class="panel-title">{title}</h1>
        <p>
          {ja
            ? `担当の専門家 ${p.expertName} 様と事務局にお伝えしました。新しい候補日が決まりましたらメールでご案内します。`
            : `Your expert, ${p.expertName}, and the secretariat have been told. We will e-mail you the new dates.`}
        </p>
      </div>
      <table class="facts">
        <tbody>
          <tr>
            <th scope="row">{ja ? "お伝えしたご希望" : "Your wishes"}</th>
            <td>{p.note}</td>
          </tr>
        </tbody>
      </table>
      <BackLink locale={p.locale} href={p.backHref} />
    </Layout>
  );
}
