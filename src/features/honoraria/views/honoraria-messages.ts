import { roundLabel } from "../../../domain/curriculum.js";
import { formatSlashDate, formatYen } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  context,
  datePicker,
  header,
  input,
  modal,
  section,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { HONORARIA_IDS, HONORARIA_TEXT_LIMITS } from "../honoraria-ids.js";
import type { LineDetail } from "../honoraria-repository.js";

const B = HONORARIA_IDS.blocks;
const V = HONORARIA_IDS.value;
const MAX_LINES_SHOWN = 30;

function lineText(l: LineDetail, locale: Locale): string {
  const ja = locale === "ja";
  const held = l.heldOn ? formatSlashDate(l.heldOn) : "—";
  const status =
    l.status === "paid"
      ? ja
        ? `支払済み（${l.paidOn ? formatSlashDate(l.paidOn) : "—"}）`
        : `paid (${l.paidOn ? formatSlashDate(l.paidOn) : "—"})`
      : ja
        ? "支払待ち"
        : "payable";
  return `• ${esc(l.companyName)} ${roundLabel(l.round, locale)}（${held}） ${formatYen(l.amountYen, locale)} — ${status}`;
}

/** DM to an expert when a batch pays some of their lines. */
export function paidDm(lines: LineDetail[], paidOn: string, locale: Locale) {
  const ja = locale === "ja";
  const total = lines.reduce((s, l) => s + l.amountYen, 0);
  const head = ja
    ? `謝金をお支払いしました（支払日 ${formatSlashDate(paidOn)}）: ${lines.length}件 合計 ${formatYen(total, locale)}`
    : `Honoraria paid on ${formatSlashDate(paidOn)}: ${lines.length} visit(s), ${formatYen(total, locale)} in total`;
  const detail = lines.slice(0, MAX_LINES_SHOWN).map((l) => lineText(l, locale));
  const blocks: Block[] = [
    section(`*${head}*`),
    section(detail.join("\n")),
    context([
      ja ? "自分の謝金の一覧は `/visit honoraria` で確認できます。" : "See all your honoraria with `/visit honoraria`.",
    ]),
  ];
  return { text: head, blocks };
}

/** `/visit honoraria`: an expert's own lines and totals. */
export function ownHonorariaMessage(own: { lines: LineDetail[]; payableYen: number; paidYen: number }, locale: Locale) {
  const ja = locale === "ja";
  const head = ja ? "あなたの謝金" : "Your honoraria";
  const summary = ja
    ? `支払待ち *${formatYen(own.payableYen, locale)}* ・ 支払済み *${formatYen(own.paidYen, locale)}* ・ 合計 *${formatYen(own.payableYen + own.paidYen, locale)}*（${own.lines.length}件）`
    : `Payable *${formatYen(own.payableYen, locale)}* · paid *${formatYen(own.paidYen, locale)}* · total *${formatYen(own.payableYen + own.paidYen, locale)}* (${own.lines.length} visits)`;
  const blocks: Block[] = [header(head), section(summary)];
  if (own.lines.length === 0)
    blocks.push(
      section(
        ja
          ? "まだ謝金はありません。報告書が事務局に受理されると、1回の訪問につき1件の謝金が計上されます。"
          : "No honoraria yet. Each visit whose report the secretariat accepts adds one line.",
      ),
    );
  else {
    const shown = own.lines.slice(-MAX_LINES_SHOWN).map((l) => lineText(l, locale));
    blocks.push(section(shown.join("\n")));
    if (own.lines.length > MAX_LINES_SHOWN)
      blocks.push(
        context([ja ? `最新の${MAX_LINES_SHOWN}件を表示しています。` : `Showing the latest ${MAX_LINES_SHOWN}.`]),
      );
  }
  return { text: `${head}: ${summary.replaceAll("*", "")}`, blocks };
}

/** `/desk honoraria`: what is payable, and the button to pay a batch. */
export function honorariaSummaryMessage(
  summary: {
    totals: { count: number; amountYen: number; experts: number };
    experts: { expertId: number; name: string; count: number; amountYen: number }[];
  },
  locale: Locale,
) {
  const ja = locale === "ja";
  const t = summary.totals;
  const head = ja
    ? `支払待ちの謝金: ${t.count}件 合計 ${formatYen(t.amountYen, locale)}（専門家 ${t.experts}名）`
    : `Payable honoraria: ${t.count} lines, ${formatYen(t.amountYen, locale)} (${t.experts} experts)`;
  const blocks: Block[] = [section(`*${head}*`)];
  if (summary.experts.length > 0)
    blocks.push(
      section(
        summary.experts
          .map((e) => `• ${esc(e.name)} — ${e.count}${ja ? "件" : " lines"} ${formatYen(e.amountYen, locale)}`)
          .join("\n"),
      ),
    );
  if (t.count > 0)
    blocks.push(
      actions("honoraria_actions", [
        button(ja ? "支払済みにする（まとめて）" : "Mark paid (batch)", HONORARIA_IDS.openPayButton, "pay", "primary"),
      ]),
    );
  return { text: head, blocks };
}

/** The batch modal: payment date, which experts (none = all), a cut-off day and a note. */
export function payModal(locale: Locale, today: string, totals: { count: number; amountYen: number }) {
  const ja = locale === "ja";
  return modal({
    callbackId: HONORARIA_IDS.payModal,
    title: ja ? "謝金の支払処理" : "Pay honoraria",
    submit: ja ? "支払済みにする" : "Mark paid",
    close: ja ? "キャンセル" : "Cancel",
    metadata: {},
    blocks: [
      section(
        ja
          ? `支払待ち ${totals.count}件（${formatYen(totals.amountYen, locale)}）を支払済みにします。専門家ごとに内訳をDMで通知します。`
          : `Marks payable lines (${totals.count}, ${formatYen(totals.amountYen, locale)}) paid; each expert gets a DM with their part.`,
      ),
      input(B.paidOn, ja ? "支払日" : "Payment date", datePicker(V, today)),
      input(
        B.experts,
        ja ? "対象の専門家" : "Experts to pay",
        {
          type: "multi_external_select",
          action_id: HONORARIA_IDS.expertOptions,
          min_query_length: 0,
          placeholder: { type: "plain_text", text: ja ? "名前で検索" : "Search by name" },
        },
        {
          optional: true,
          hint: ja ? "選ばない場合は、支払待ちのすべての専門家が対象です。" : "Leave empty to pay every expert.",
        },
      ),
      input(
        B.acceptedUntil,
        ja ? "締め日（この日までに受理した分）" : "Cut-off (accepted on or before)",
        datePicker(V),
        {
          optional: true,
          hint: ja ? "選ばない場合は、受理済みのすべてが対象です。" : "Leave empty to include everything accepted.",
        },
      ),
      input(
        B.note,
        ja ? "メモ（振込の件名など）" : "Note (e.g. transfer reference)",
        textInput(V, { maxLength: HONORARIA_TEXT_LIMITS.pay[B.note] }),
        {
          optional: true,
        },
      ),
    ],
  });
}

export function batchResultText(
  r: { batchId: number; lines: LineDetail[]; amountYen: number; experts: number; duplicate: boolean },
  locale: Locale,
) {
  const ja = locale === "ja";
  if (r.duplicate)
    return ja
      ? `この支払処理はすでに記録済みです（バッチ #${r.batchId}）。`
      : `This batch was already recorded (batch #${r.batchId}).`;
  return ja
    ? `支払バッチ #${r.batchId}: ${r.lines.length}件 合計 ${formatYen(r.amountYen, locale)} を支払済みにしました（専門家 ${r.experts}名に通知）。`
    : `Batch #${r.batchId}: ${r.lines.length} lines, ${formatYen(r.amountYen, locale)} marked paid (${r.experts} experts notified).`;
}
