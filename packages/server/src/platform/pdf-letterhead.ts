// The parts of a document's pages that say whose it is: the letterhead on the first page (the
// issuing organisation, the date and the reference, tagged as content), and on every page the
// running head and the page number "1 (3)", drawn once all pages exist and marked as pagination
// artifacts so a screen reader does not read them on every page.
import type { PdfLayout } from './pdf-layout.ts';
import { FONT, STYLE } from './pdf-style.ts';

export interface Letterhead {
  issuer: string;
  title: string;
  /** Label and value, already in the reader's language: "Datum 4 januari 2027". */
  lines: [label: string, value: string][];
}

const RIGHT_BLOCK = 210;

export function drawLetterhead(layout: PdfLayout, head: Letterhead): void {
  const { doc, left, width } = layout;
  const { top } = doc.page.margins;
  layout.tagged('P', () =>
    doc
      .font(FONT.bold)
      .fontSize(STYLE.issuer)
      .fillColor(STYLE.text)
      .text(head.issuer, left, top, { width: width - RIGHT_BLOCK - 12 }),
  );
  const below = doc.y;
  doc.y = top;
  for (const [label, value] of head.lines)
    layout.tagged('P', () =>
      doc
        .font(FONT.regular)
        .fontSize(STYLE.letterhead)
        .fillColor(STYLE.text)
        .text(`${label}: ${value}`, left + width - RIGHT_BLOCK, doc.y, {
          width: RIGHT_BLOCK,
          align: 'right',
        }),
    );
  const ruleAt = Math.max(below, doc.y) + 8;
  layout.artifact(() =>
    doc
      .moveTo(left, ruleAt)
      .lineTo(left + width, ruleAt)
      .lineWidth(1)
      .stroke(STYLE.rule),
  );
  doc.x = left;
  doc.y = ruleAt + 16;
}

/** The running head (from the second page) and the page numbers, on every buffered page. */
export function drawPageFurniture(layout: PdfLayout, head: Letterhead): void {
  const { doc } = layout;
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const { left, width } = layout;
    const { top, bottom } = doc.page.margins;
    // Writing in the margins: without this pdfkit would start a new page below the bottom one.
    doc.page.margins.bottom = 0;
    layout.artifact(() => {
      doc.font(FONT.regular).fontSize(STYLE.small).fillColor(STYLE.muted);
      if (index > start) {
        const y = top - 30;
        doc.text(head.issuer, left, y, { width: width / 2, lineBreak: false, ellipsis: true });
        doc.text(head.title, left + width / 2, y, { width: width / 2, align: 'right' });
        doc
          .moveTo(left, top - 16)
          .lineTo(left + width, top - 16)
          .lineWidth(0.5)
          .stroke(STYLE.rule);
      }
      const y = doc.page.height - bottom + 24;
      doc.text(`${index - start + 1} (${count})`, left, y, { width, align: 'right' });
    }, 'Pagination');
    doc.page.margins.bottom = bottom;
  }
}
