// What a document writes on its pages: headings, paragraphs, key–value blocks, lists and tables
// (pdf-table.ts), each tagged (H1, H2, P, L/LI, Table) so a screen reader reads the document in
// order; the lines and shading around them are artifacts.
import type PDFDocument from 'pdfkit';
import { FONT, STYLE } from './pdf-style.ts';
import { columnWidths, PdfTable, type Cell, type PdfColumn } from './pdf-table.ts';

type Pdf = InstanceType<typeof PDFDocument>;
type Struct = PDFKit.PDFStructureElement;

export class PdfLayout {
  readonly doc: Pdf;
  /** The structure element the blocks are tagged under: the document. */
  readonly parent: Struct;

  constructor(doc: Pdf, parent: Struct) {
    this.doc = doc;
    this.parent = parent;
  }

  /** Draws lines and shading that carry no content, so assistive technology skips them. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Content drawn by `draw`, tagged as `tag` under the document (or `parent`). */
  tagged(tag: string, draw: () => void, parent: Struct = this.parent): void {
    parent.add(this.doc.struct(tag, {}, draw));
  }

  font(bold: boolean, size: number = STYLE.body): Pdf {
    return this.doc
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(size)
      .fillColor(STYLE.text);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  /** The width between the margins. */
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** A new page when less than `height` is left on this one. */
  private keepRoom(height: number): void {
    if (this.doc.y + height > this.doc.page.maxY()) this.doc.addPage();
  }

  title(text: string): void {
    this.tagged('H1', () => this.font(true, STYLE.title).text(text, this.left, this.doc.y));
    this.doc.moveDown(0.6);
  }

  heading(text: string): void {
    this.doc.moveDown(0.4);
    // A heading is not left alone at the foot of a page.
    this.keepRoom(this.font(true, STYLE.heading).currentLineHeight(true) * 3);
    this.tagged('H2', () =>
      this.font(true, STYLE.heading).text(text, this.left, this.doc.y, { width: this.width }),
    );
    this.doc.moveDown(0.3);
  }

  /** A paragraph; `small` fits a long unbroken string, such as a checksum, on one line. */
  paragraph(text: string, options: { bold?: boolean; small?: boolean } = {}): void {
    const size = options.small ? STYLE.small : STYLE.body;
    this.tagged('P', () =>
      this.font(options.bold ?? false, size).text(text, this.left, this.doc.y, {
        width: this.width,
      }),
    );
    this.doc.moveDown(0.5);
  }

  /** Items with a dash before each, as a letter lists what it concerns. */
  list(items: string[]): void {
    const list = this.doc.struct('L');
    this.parent.add(list);
    const indent = 14;
    for (const item of items) {
      const entry = this.doc.struct('LI');
      list.add(entry);
      this.font(false);
      const height = this.doc.heightOfString(item, { width: this.width - indent });
      this.keepRoom(height);
      const y = this.doc.y;
      this.tagged('Lbl', () => this.doc.text('–', this.left, y, { lineBreak: false }), entry);
      this.tagged(
        'LBody',
        () => this.doc.text(item, this.left + indent, y, { width: this.width - indent }),
        entry,
      );
      entry.end();
    }
    list.end();
    this.doc.x = this.left;
    this.doc.moveDown(0.5);
  }

  /** Label and value in two columns: the parties, the dates, the amounts. A row without a
   * value (no consultant on a placement, say) is left out. */
  fields(rows: [label: string, value: string | null | undefined | false][]): void {
    const table = new PdfTable(this, [this.width * 0.34, this.width * 0.66], null);
    for (const [label, value] of rows)
      if (value)
        table.row([
          { text: label, tag: 'TH', scope: 'Row', bold: true, align: 'left' },
          { text: value, tag: 'TD', bold: false, align: 'left' },
        ]);
    table.end();
    this.doc.moveDown(0.5);
  }

  /** A table with a header row, repeated at the top of every page the table runs onto. */
  table(columns: PdfColumn[], rows: string[][]): void {
    const header: Cell[] = columns.map((c) => ({
      text: c.header,
      tag: 'TH',
      scope: 'Column',
      bold: true,
      align: c.align ?? 'left',
    }));
    const table = new PdfTable(this, columnWidths(this, columns), header);
    for (const row of rows)
      table.row(
        row.map((text, i) => ({
          text,
          tag: 'TD',
          bold: false,
          align: columns[i]?.align ?? 'left',
        })),
      );
    table.end();
    this.doc.moveDown(0.5);
  }
}
