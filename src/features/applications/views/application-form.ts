import { formatSlashDate } from "../../../lib/dates.js";
import type { Localized } from "../../../lib/errors.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  type Block,
  checkboxes,
  context,
  datePicker,
  input,
  type ModalView,
  modal,
  numberInput,
  type Option,
  option,
  plain,
  type StaticSelect,
  section,
  staticSelect,
  textInput,
  userSelect,
} from "../../../slack/blocks.js";
import { industryOptions, prefectureOptions } from "../../experts/views/expert-form.js";
import { HeardFromSchema, InvalidReasonSchema, ReceivedViaSchema } from "../applications.schemas.js";
import { APPLICATION_IDS, APPLICATION_TEXT_LIMITS, OVERRIDE } from "../applications-ids.js";
import type { ApplicationDetail } from "../applications-repository.js";
import { applicationFormTexts } from "./application-form.texts.js";
import {
  applicationTitle,
  earlierCasesNote,
  HEARD_FROM_LABELS,
  INVALID_REASON_LABELS,
  SOURCE_LABELS,
  sameNumberNote,
} from "./application-text.js";

const B = APPLICATION_IDS.blocks;
const V = APPLICATION_IDS.value;

/** A required drop-down with the usual prompt. */
function select(locale: Locale, options: Option[]): StaticSelect {
  return staticSelect(V, options, { placeholder: applicationFormTexts(locale).choose });
}

/** The options of an enum, labelled from its table. */
function enumOptions<K extends string>(keys: readonly K[], labels: Record<K, Localized>, locale: Locale): Option[] {
  return keys.map((k) => option(labels[k][locale], k));
}

/** Who fills the form in: the applicant, or the secretariat entering an application received elsewhere. */
export type ApplyMode = "applicant" | "secretariat";
export type ApplyModalMetadata = { mode: ApplyMode };

export type ApplyModalOptions = {
  mode: ApplyMode;
  /** Today in Japan time (the received-on default). */
  today: string;
  window: { from: string; until: string } | null;
  /** The contact's Slack user pre-selected (the applicant themselves). */
  contactUser: string | null;
};

/** The `/apply` modal. The secretariat gets how and when it arrived, and override checkboxes. */
export function applyModal(locale: Locale, o: ApplyModalOptions): ModalView {
  const t = applicationFormTexts(locale);
  const secretariat = o.mode === "secretariat";
  const window = o.window
    ? t.window({ from: formatSlashDate(o.window.from), until: formatSlashDate(o.window.until) })
    : "";
  const intro = secretariat ? t.introSecretariat : t.introApplicant;
  const blocks: Block[] = [section([intro, window].filter(Boolean).join("\n"))];
  if (secretariat) {
    blocks.push(
      input(
        B.receivedVia,
        t.receivedVia,
        select(locale, enumOptions(ReceivedViaSchema.options, SOURCE_LABELS, locale)),
      ),
      input(B.receivedOn, t.receivedOn, datePicker(V, o.today), {
        hint: t.receivedOnHint,
      }),
    );
  }
  blocks.push(
    input(
      B.companyName,
      t.companyName,
      textInput(V, {
        placeholder: t.companyNamePlaceholder,
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.companyName],
      }),
    ),
    input(
      B.companyKana,
      t.companyKana,
      textInput(V, {
        placeholder: t.companyKanaPlaceholder,
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.companyKana],
      }),
    ),
    input(
      B.corporateNumber,
      t.corporateNumber,
      textInput(V, { placeholder: "1234567890123", maxLength: APPLICATION_TEXT_LIMITS.apply[B.corporateNumber] }),
      {
        optional: true,
        hint: t.soleProprietorHint,
      },
    ),
    input(B.industry, t.industry, select(locale, industryOptions(locale))),
    input(B.capital, t.capital, numberInput(V, { min: 0 }), {
      optional: true,
      hint: t.soleProprietorHint,
    }),
    input(B.employees, t.employees, numberInput(V, { min: 0 })),
    input(B.prefecture, t.prefecture, select(locale, prefectureOptions(locale, false))),
    input(
      B.address,
      t.address,
      textInput(V, {
        placeholder: t.addressPlaceholder,
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.address],
      }),
    ),
    input(
      B.contactName,
      t.contactName,
      textInput(V, {
        placeholder: t.contactNamePlaceholder,
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.contactName],
      }),
    ),
    input(
      B.contactTitle,
      t.contactTitle,
      textInput(V, {
        placeholder: t.contactTitlePlaceholder,
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.contactTitle],
      }),
      { optional: true },
    ),
    input(B.contactEmail, t.contactEmail, {
      type: "email_text_input",
      action_id: V,
    }),
    input(
      B.contactPhone,
      t.contactPhone,
      textInput(V, { placeholder: "03-1234-5678", maxLength: APPLICATION_TEXT_LIMITS.apply[B.contactPhone] }),
    ),
    input(B.contactUser, t.contactUser, userSelect(V, o.contactUser), {
      optional: true,
      hint: t.contactUserHint,
    }),
    input(B.heardFrom, t.heardFrom, select(locale, enumOptions(HeardFromSchema.options, HEARD_FROM_LABELS, locale))),
    input(
      B.recruiter,
      t.recruiter,
      {
        type: "external_select",
        action_id: APPLICATION_IDS.recruiterSelect,
        min_query_length: 1,
        placeholder: plain(t.recruiterPlaceholder, 150),
      },
      { optional: true },
    ),
    input(
      B.scheduleWishes,
      t.scheduleWishes,
      textInput(V, {
        multiline: true,
        maxLength: APPLICATION_TEXT_LIMITS.apply[B.scheduleWishes],
        placeholder: t.scheduleWishesPlaceholder,
      }),
      { optional: true },
    ),
  );
  if (secretariat) {
    blocks.push(
      input(
        B.overrides,
        t.overrides,
        checkboxes(V, [
          option(t.overrideEligibility, OVERRIDE.eligibility),
          option(t.overrideDuplicate, OVERRIDE.duplicate),
        ]),
        { optional: true },
      ),
    );
  }
  return modal({
    callbackId: APPLICATION_IDS.applyModal,
    title: secretariat ? t.titleSecretariat : t.titleApplicant,
    submit: secretariat ? t.submitSecretariat : t.submitApplicant,
    close: t.cancel,
    metadata: { mode: o.mode } satisfies ApplyModalMetadata,
    blocks,
  });
}

/** Where the Invalid button was clicked, so that the view there can be refreshed afterwards. */
export type InvalidModalMetadata = { applicationId: number; fromHome: boolean };

/** Modal asking why an application is invalid (a common reason, and details). */
export function invalidReasonModal(locale: Locale, a: ApplicationDetail, fromHome: boolean): ModalView {
  const t = applicationFormTexts(locale);
  const same = sameNumberNote(a, locale);
  const earlier = earlierCasesNote(a, locale);
  return modal({
    callbackId: APPLICATION_IDS.invalidModal,
    title: t.invalidTitle,
    submit: t.invalidSubmit,
    close: t.cancel,
    metadata: { applicationId: a.id, fromHome } satisfies InvalidModalMetadata,
    blocks: [
      section(t.invalidIntro(applicationTitle(a))),
      ...(same ? [context([`:warning: ${same}`])] : []),
      ...(earlier ? [context([`:warning: ${earlier}`])] : []),
      input(
        B.reason,
        t.reason,
        select(locale, enumOptions(InvalidReasonSchema.options, INVALID_REASON_LABELS, locale)),
      ),
      input(
        B.reasonDetail,
        t.detail,
        textInput(V, {
          multiline: true,
          maxLength: APPLICATION_TEXT_LIMITS.invalid[B.reasonDetail],
          placeholder: t.detailPlaceholder,
        }),
        { optional: true, hint: t.detailHint },
      ),
    ],
  });
}
