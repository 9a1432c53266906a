import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { YU_GOTHIC } from "../../lib/fonts.js";
import { escapeHtml as esc } from "../../lib/html.js";
import { numberFigures, type SurveyFigureGroup, surveyFigurePng } from "./survey-charts.js";
import { surveyChartTexts } from "./survey-charts.texts.js";

/**
 * The survey charts' sheet of the workbook: per survey a heading and its response line, then each
 * chart as a picture with its caption.
 *
 * The workbook is written row by row (ExcelJS's streaming writer: the cases sheet has 38,000 rows
 * at scale 100), and that writer cannot place pictures on a sheet (only a background). So the
 * sheet's text is streamed like every other sheet, room is left for each picture, and the
 * pictures are added to the finished file as the drawing part Excel itself writes (OOXML
 * SpreadsheetDrawing: one anchored picture per chart).
 */

const T = surveyChartTexts("ja");
type Writer = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/** PNGs are drawn at twice their size; the sheet shows them at their own (sharp when zoomed). */
const PNG_SCALE = 2;
/** Excel's default row height, 15 pt = 20 px. */
const ROW_PX = 20;
/** English Metric Units per pixel (96 dpi). */
const EMU_PER_PX = 9525;

type Picture = { png: Buffer; row: number; widthPx: number; heightPx: number; name: string };
/** What the sheet left room for: pictures to add to the finished file. */
export type SurveyChartSheet = { sheetId: number; pictures: Picture[] };

/** A PNG's size from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Streams the charts' sheet (its headings and captions) and returns the pictures to place. */
export async function addSurveyChartSheet(
  workbook: Writer,
  groups: readonly SurveyFigureGroup[],
  usedNames: Set<string>,
): Promise<SurveyChartSheet> {
  // Pictures, not a table: no filter or repeated header, but printed one page wide like the rest.
  const ws = workbook.addWorksheet(T.sheet, {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  usedNames.add(T.sheet);
  ws.columns = [{ width: 110 }];
  const pictures: Picture[] = [];
  let row = 0;
  const text = (value: string, font: Partial<ExcelJS.Font> = {}) => {
    const r = ws.addRow([value]);
    r.font = { name: YU_GOTHIC, family: 3, charset: 128, size: 11, ...font };
    r.commit();
    row++;
  };
  text(T.section, { bold: true, size: 14 });
  for (const { group, labels } of numberFigures(groups)) {
    text("");
    text(group.title, { bold: true, size: 12 });
    text(group.responses);
    const pngs = await Promise.all(group.figures.map(surveyFigurePng));
    group.figures.forEach((f, i) => {
      const caption = T.caption(labels[i], f.chart.title);
      text(caption, { bold: true });
      const size = pngSize(pngs[i]);
      const widthPx = Math.round(size.width / PNG_SCALE);
      const heightPx = Math.round(size.height / PNG_SCALE);
      pictures.push({ png: pngs[i], row, widthPx, heightPx, name: caption });
      for (let k = 0; k < Math.ceil(heightPx / ROW_PX) + 1; k++) text("");
    });
  }
  ws.commit();
  return { sheetId: ws.id, pictures };
}

function drawingXml(pictures: readonly Picture[]): string {
  const anchors = pictures.map((p, i) => {
    const cx = p.widthPx * EMU_PER_PX;
    const cy = p.heightPx * EMU_PER_PX;
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>${EMU_PER_PX * 8}</xdr:colOff>` +
      `<xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="${cx}" cy="${cy}"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="${esc(p.name)}" descr="${esc(p.name)}"/>` +
      `<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="rId${i + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
      `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `${anchors.join("")}</xdr:wsDr>`
  );
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;
}

/** Adds the pictures the charts' sheet left room for to the finished workbook. */
export async function embedSurveyCharts(xlsx: Buffer, sheet: SurveyChartSheet): Promise<Buffer> {
  if (sheet.pictures.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = `xl/worksheets/sheet${sheet.sheetId}.xml`;
  const sheetRelsPath = `xl/worksheets/_rels/sheet${sheet.sheetId}.xml.rels`;
  // The streaming writer makes no drawings of its own; readers (ExcelJS among them) expect plain
  // part names (drawingN, letters and digits only).
  const drawing = "drawing1";
  sheet.pictures.forEach((p, i) => {
    zip.file(`xl/media/surveychart${i + 1}.png`, p.png);
  });
  zip.file(`xl/drawings/${drawing}.xml`, drawingXml(sheet.pictures));
  zip.file(
    `xl/drawings/_rels/${drawing}.xml.rels`,
    relsXml(
      sheet.pictures.map((_, i) => ({
        id: `rId${i + 1}`,
        type: REL_IMAGE,
        target: `../media/surveychart${i + 1}.png`,
      })),
    ),
  );
  const relId = "rIdSurveyCharts";
  const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/${drawing}.xml"/>`;
  const existingRels = await zip.file(sheetRelsPath)?.async("string");
  zip.file(
    sheetRelsPath,
    existingRels
      ? existingRels.replace("</Relationships>", `${rel}</Relationships>`)
      : relsXml([{ id: relId, type: REL_DRAWING, target: `../drawings/${drawing}.xml` }]),
  );
  // <drawing> comes after the page setup and before any legacy drawing, background or tables.
  const xml = (await zip.file(sheetPath)?.async("string")) ?? "";
  const element = `<drawing r:id="${relId}"/>`;
  const before = xml.search(/<(?:legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|tableParts|extLst)\b/);
  zip.file(
    sheetPath,
    before >= 0
      ? xml.slice(0, before) + element + xml.slice(before)
      : xml.replace("</worksheet>", `${element}</worksheet>`),
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const png = /Extension="png"/.test(types) ? "" : '<Default Extension="png" ContentType="image/png"/>';
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `${png}<Override PartName="/xl/drawings/${drawing}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
