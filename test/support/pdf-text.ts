/**
 * The text of a PDF, page by page, as a reader (or a search) sees it: pdf.js's legacy build, which
 * runs in Node without a canvas. Items are joined with spaces and each page's text is one string.
 */
export async function pdfText(bytes: Buffer): Promise<string[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .filter((s) => s !== "")
        .join(" "),
    );
  }
  await doc.destroy();
  return pages;
}
