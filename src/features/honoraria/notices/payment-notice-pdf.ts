import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { roundLabel } from "../../../domain/curriculum.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import type { PayeeKind, WithholdingRates } from "../withholding.js";
import { paymentNoticeTexts } from "./payment-notice.texts.js";

/** Everything one payment notice shows; figures already fixed by the batch. */
export type PaymentNotice = {
  locale: Locale;
  batchId: number;
  expertId: number;
  /** YYYY-MM-DD */
  paidOn: string;
  /** YYYY-MM-DD, the day the notice was made. */
  issuedOn: string;
  payer: { name: string; programName: string; address?: string; phone?: string; email?: string };
  expertName: string;
  /** T + 13 digits; null prints the label with a blank to fill in. */
  invoiceNumber: string | null;
  payeeKind: PayeeKind;
  rates: WithholdingRates;
  lines: { companyName: string; round: number; heldOn: string | null; feeYen: number; travelYen: number }[];
  feeYen: number;
  travelYen: number;
  withheldYen: number;
  netYen: number;
};

// The font ships in an npm package (TTF): a server without Japanese fonts would print boxes.
const require = createRequire(import.meta.url);
const FONT = require.resolve("@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf");
const FONT_BOLD = require.resolve("@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf");

const LEFT = 56;
const RIGHT = 539; // A4 is 595 pt wide
const WIDTH = RIGHT - LEFT;

function amount(n: number, locale: Locale): string {
  return paymentNoticeTexts(locale).yen(n.toLocaleString("en-US"));
}

function percent(bp: number): string {
  return (bp / 100).toFixed(2);
}

/** The notice number: the batch and the expert, so a question about it finds both. */
export function noticeNumber(n: Pick<PaymentNotice, "batchId" | "expertId">): string {
  return `${n.batchId}-${n.expertId}`;
}

/** The 支払通知書 as an A4 PDF (fonts embedded as subsets, text selectable and searchable). */
export async function renderPaymentNotice(n: PaymentNotice): Promise<Buffer> {
  const t = paymentNoticeTexts(n.locale);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: LEFT, right: 595 - RIGHT },
    info: { Title: `${t.title} ${noticeNumber(n)}`, Author: n.payer.name },
    lang: t.lang,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  doc.registerFont("regular", FONT);
  doc.registerFont("bold", FONT_BOLD);

  doc.font("bold").fontSize(20).text(t.title, LEFT, 56, { width: WIDTH, align: "center" });
  doc.font("regular").fontSize(9);
  doc.text(t.issuedOn(formatSlashDate(n.issuedOn)), LEFT, 92, { width: WIDTH, align: "right" });
  doc.text(t.noticeNumber(noticeNumber(n)), { width: WIDTH, align: "right" });

  doc
    .font("bold")
    .fontSize(14)
    .text(t.addressee(n.expertName), LEFT, 124, { width: WIDTH / 2 });
  doc.font("regular").fontSize(9);
  doc.text(`${t.invoiceNumber}: ${n.invoiceNumber ?? "＿＿＿＿＿＿＿＿＿＿"}`, LEFT, doc.y + 4, {
    width: WIDTH / 2,
  });
  const leftBottom = doc.y;

  const payerLines = [
    n.payer.name,
    ...(n.payer.name.includes(n.payer.programName) ? [] : [n.payer.programName]),
    ...(n.payer.address ? [n.payer.address] : []),
    ...(n.payer.phone ? [n.payer.phone] : []),
    ...(n.payer.email ? [n.payer.email] : []),
  ];
  doc
    .font("bold")
    .fontSize(9)
    .text(t.payer, LEFT + WIDTH / 2, 124, { width: WIDTH / 2 });
  doc.font("regular");
  for (const line of payerLines) doc.text(line, { width: WIDTH / 2 });

  let y = Math.max(leftBottom, doc.y) + 18;
  doc.fontSize(10).text(t.lead, LEFT, y, { width: WIDTH });
  y = doc.y + 10;

  const summary: [string, string, boolean][] = [
    [t.paidOn, formatSlashDate(n.paidOn), false],
    [t.fees, amount(n.feeYen, n.locale), false],
    [t.travel, amount(n.travelYen, n.locale), false],
    [t.gross, amount(n.feeYen + n.travelYen, n.locale), false],
    [t.withheld, amount(n.withheldYen, n.locale), false],
    [t.net, amount(n.netYen, n.locale), true],
  ];
  const labelW = 180;
  const valueW = 160;
  for (const [label, value, strong] of summary) {
    doc.rect(LEFT, y, labelW, 20).fillAndStroke("#f0f0f0", "#999999");
    doc.rect(LEFT + labelW, y, valueW, 20).stroke("#999999");
    doc
      .fillColor("#000000")
      .font(strong ? "bold" : "regular")
      .fontSize(10);
    doc.text(label, LEFT + 6, y + 4, { width: labelW - 12 });
    doc.text(value, LEFT + labelW + 6, y + 4, { width: valueW - 12, align: "right" });
    y += 20;
  }

  y += 18;
  doc.font("bold").fontSize(11).text(t.details, LEFT, y);
  y = doc.y + 4;
  const cols = [
    { label: t.company, width: 195, align: "left" as const },
    { label: t.round, width: 55, align: "left" as const },
    { label: t.heldOn, width: 70, align: "left" as const },
    { label: t.fees, width: 75, align: "right" as const },
    { label: t.travel, width: 88, align: "right" as const },
  ];
  const row = (cells: string[], header: boolean) => {
    doc.font(header ? "bold" : "regular").fontSize(9);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i].width - 8 }))) + 8;
    if (y + h > 841 - 70) {
      doc.addPage();
      y = 56;
    }
    let x = LEFT;
    cells.forEach((c, i) => {
      if (header) doc.rect(x, y, cols[i].width, h).fillAndStroke("#f0f0f0", "#999999");
      else doc.rect(x, y, cols[i].width, h).stroke("#999999");
      doc.fillColor("#000000").text(c, x + 4, y + 4, { width: cols[i].width - 8, align: cols[i].align });
      x += cols[i].width;
    });
    y += h;
  };
  row(
    cols.map((c) => c.label),
    true,
  );
  for (const l of n.lines)
    row(
      [
        l.companyName,
        roundLabel(l.round, n.locale),
        l.heldOn ? formatSlashDate(l.heldOn) : "—",
        amount(l.feeYen, n.locale),
        amount(l.travelYen, n.locale),
      ],
      false,
    );
  row([t.total, "", "", amount(n.feeYen, n.locale), amount(n.travelYen, n.locale)], true);

  y += 14;
  const notes =
    n.payeeKind === "corporation"
      ? [t.corporationNote, t.travelNote]
      : [
          t.rateNote({
            low: percent(n.rates.withholdingRateBp),
            high: percent(n.rates.withholdingHighRateBp),
            threshold: n.rates.withholdingThresholdYen.toLocaleString("en-US"),
          }),
          t.travelNote,
        ];
  doc.font("regular").fontSize(8.5);
  for (const note of [...notes, t.keepNote]) {
    doc.text(`※ ${note}`, LEFT, y, { width: WIDTH });
    y = doc.y + 3;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
