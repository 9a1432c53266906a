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
import { FILE_FORMATS, REPORT_NAMES, REPORT_TITLES, type ReportFormat } from "../final-report.schemas.js";
import { REPORT_IDS } from "../final-report-ids.js";

const B = REPORT_IDS.blocks;
const V = REPORT_IDS.value;

const FORMAT_LABELS: Record<(typeof FILE_FORMATS)[number], { ja: string; en: string }> = {
  xlsx: { ja: "Excel（xlsx・表ごとにシート）", en: "Excel (xlsx, one sheet per table)" },
  csv: { ja: "CSV", en: "CSV" },
  html: { ja: "HTML（グラフ付き・そのまま印刷可）", en: "HTML (with the chart, printable)" },
  json: { ja: "JSON（システム連携用）", en: "JSON (for other systems)" },
};

/** `/desk report`: choose a report, a file format and optionally the day it is as of. */
export function reportRequestModal(locale: Locale, today: string): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: REPORT_IDS.requestModal,
    title: ja ? "レポートを作成" : "Make a report",
    submit: ja ? "作成してDMで受け取る" : "Make and DM me",
    close: ja ? "キャンセル" : "Cancel",
    blocks: [
      section(
        ja
          ? "成果報告書の表を、いまのデータから作成します。できたファイルはこのアプリのメッセージ（DM）に届きます。"
          : "Makes the final report's tables from the current data. The file arrives in this app's messages (DM).",
      ),
      input(
        B.report,
        ja ? "レポート" : "Report",
        staticSelect(
          V,
          REPORT_NAMES.map((n) => option(REPORT_TITLES[n][locale], n)),
          { initial: "final", placeholder: ja ? "レポートを選ぶ" : "Choose a report" },
        ),
      ),
      input(
        B.format,
        ja ? "ファイル形式" : "File format",
        radios(
          V,
          FILE_FORMATS.map((f) => option(FORMAT_LABELS[f][locale], f)),
          "xlsx" satisfies ReportFormat,
        ),
      ),
      input(
        B.at,
        ja ? "集計の基準日（この日までの実績）" : "As of (count what happened by this day)",
        datePicker(V, today),
        {
          optional: true,
          hint: ja ? "空欄なら今日までの実績で作成します。" : "Leave empty for everything up to today.",
        },
      ),
    ],
  });
}

/** What the modal shows after the request: the file follows in a DM. */
export function reportQueuedModal(locale: Locale, title: string): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: `${REPORT_IDS.requestModal}_done`,
    title: ja ? "レポートを作成" : "Make a report",
    close: ja ? "閉じる" : "Close",
    blocks: [
      section(
        ja
          ? `「${title}」を作成しています。できあがるとこのアプリのメッセージ（DM）にファイルが届きます。`
          : `Making "${title}". The file will arrive in this app's messages (DM).`,
      ),
    ],
  });
}
