import type { Locale } from "../../../lib/i18n.js";
import {
  datePicker,
  input,
  type ModalView,
  modal,
  option,
  radios,
  section,
  staticSelect,
} from "../../../slack/blocks.js";
import {
  FILE_FORMATS,
  QUALIFICATION_FILTERS,
  type QualificationFilter,
  REPORT_NAMES,
  REPORT_TITLES,
  type ReportFormat,
} from "../final-report.schemas.js";
import { finalReportTexts } from "../final-report.texts.js";
import { REPORT_IDS } from "../final-report-ids.js";

const B = REPORT_IDS.blocks;
const V = REPORT_IDS.value;

/** The file formats in the modal, in its order, with their catalog labels. */
const FORMAT_LABELS = {
  xlsx: "formatXlsx",
  csv: "formatCsv",
  html: "formatHtml",
  json: "formatJson",
} as const satisfies Record<(typeof FILE_FORMATS)[number], string>;

/** Table 4's qualification choices, in the modal's order, with their catalog labels. */
const QUALIFICATION_LABELS = {
  RISS: "qualificationRiss",
  ITC: "qualificationItc",
  all: "qualificationAll",
} as const satisfies Record<QualificationFilter, string>;

/** `/desk report`: choose a report, a file format and optionally the day it is as of. */
export function reportRequestModal(
  locale: Locale,
  today: string,
  programs: { id: number; name: string; current: boolean }[] = [],
): ModalView {
  const t = finalReportTexts(locale);
  const current = programs.find((p) => p.current);
  // With one program there is nothing to choose: the picker appears once a second year exists.
  const programPicker =
    programs.length > 1
      ? [
          input(
            B.program,
            t.programLabel,
            staticSelect(
              V,
              programs.map((p) => option(p.current ? t.programCurrent(p.name) : p.name, String(p.id))),
              current ? { initial: String(current.id) } : {},
            ),
          ),
        ]
      : [];
  return modal({
    callbackId: REPORT_IDS.requestModal,
    title: t.modalTitle,
    submit: t.submit,
    close: t.cancel,
    blocks: [
      section(t.intro),
      ...programPicker,
      input(
        B.report,
        t.reportLabel,
        staticSelect(
          V,
          REPORT_NAMES.map((n) => option(REPORT_TITLES[n][locale], n)),
          { initial: "final", placeholder: t.reportPlaceholder },
        ),
      ),
      input(
        B.format,
        t.formatLabel,
        radios(
          V,
          FILE_FORMATS.map((f) => option(t[FORMAT_LABELS[f]], f)),
          "xlsx" satisfies ReportFormat,
        ),
      ),
      input(B.at, t.atLabel, datePicker(V, today), { optional: true, hint: t.atHint }),
      input(
        B.qualification,
        t.qualificationLabel,
        staticSelect(
          V,
          QUALIFICATION_FILTERS.map((q) => option(t[QUALIFICATION_LABELS[q]], q)),
          { initial: "RISS" satisfies QualificationFilter },
        ),
        { hint: t.qualificationHint },
      ),
    ],
  });
}

/** What the modal shows after the request: the file follows in a DM. */
export function reportQueuedModal(locale: Locale, title: string): ModalView {
  const t = finalReportTexts(locale);
  return modal({
    callbackId: `${REPORT_IDS.requestModal}_done`,
    title: t.modalTitle,
    close: t.close,
    blocks: [section(t.queued(title))],
  });
}
