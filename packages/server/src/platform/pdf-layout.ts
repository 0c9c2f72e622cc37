// What a document writes on its pages: headings, paragraphs, key–value blocks, lists and tables,
// each tagged (H2, P, L/LI, Table/TR/TH/TD) so a screen reader reads the document in order; the
// lines and shading around them are artifacts. pdfkit's own table does not repeat its header
// row on a new page, which a ranking over two pages needs, so the table is drawn here.
import type PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;
type Struct = PDFKit.PDFStructureElement;

/** The registered names of the embedded fonts (see pdf.ts). */
export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

export const STYLE = {
  body: 10,
  small: 8.5,
  heading: 12.5,
  title: 18,
  text: '#000000',
  /** Dark enough on white for small text (WCAG AA). */
  muted: '#4a5560',
  rule: '#9aa5ad',
  shade: '#e8ecef',
  cellPadding: 4,
} as const;

export interface PdfColumn {
  header: string;
  /** The column's share of the width; the shares of a table are added up. */
  width: number;
  /** Money and counts line up on the right. */
  align?: 'left' | 'right';
}

interface Cell {
  text: string;
  tag: 'TH' | 'TD';
  scope?: 'Row' | 'Column';
  bold: boolean;
  align: 'left' | 'right';
}

type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' };

export class PdfLayout {
  readonly doc: Pdf;
  private readonly parent: Struct;

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

  private font(bold: boolean, size: number = STYLE.body): Pdf {
    return this.doc
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(size)
      .fillColor(STYLE.text);
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** A new page when less than `height` is left on this one. */
  private keepRoom(height: number): boolean {
    if (this.doc.y + height <= this.doc.page.maxY()) return false;
    this.doc.addPage();
    return true;
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
    const table = this.doc.struct('Table');
    this.parent.add(table);
    const widths = [this.width * 0.34, this.width * 0.66];
    for (const [label, value] of rows)
      if (value)
        this.row(
          table,
          [
            { text: label, tag: 'TH', scope: 'Row', bold: true, align: 'left' },
            { text: value, tag: 'TD', bold: false, align: 'left' },
          ],
          widths,
        );
    table.end();
    this.doc.moveDown(0.5);
  }

  /** A table with a header row, repeated at the top of every page the table runs onto. */
  table(columns: PdfColumn[], rows: string[][]): void {
    const table = this.doc.struct('Table');
    this.parent.add(table);
    const widths = this.columnWidths(columns);
    const header: Cell[] = columns.map((c) => ({
      text: c.header,
      tag: 'TH',
      scope: 'Column',
      bold: true,
      align: c.align ?? 'left',
    }));
    this.keepRoom(this.rowHeight(header, widths) * 2);
    this.row(table, header, widths, { shaded: true });
    for (const row of rows) {
      const cells: Cell[] = row.map((text, i) => ({
        text,
        tag: 'TD',
        bold: false,
        align: columns[i]?.align ?? 'left',
      }));
      // On a new page the header is repeated for the eye only: it is tagged once.
      if (this.keepRoom(this.rowHeight(cells, widths))) this.drawRow(header, widths, true);
      this.row(table, cells, widths);
    }
    table.end();
    this.doc.moveDown(0.5);
  }

  /** The shares of the width, but never so narrow that a word of a header is broken. */
  private columnWidths(columns: PdfColumn[]): number[] {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const shares = columns.map((c) => (this.width * c.width) / total);
    const bold = this.font(true);
    const least = columns.map(
      (c) =>
        Math.max(...c.header.split(/\s+/).map((word) => bold.widthOfString(word))) +
        2 * STYLE.cellPadding +
        1,
    );
    const lacking = shares.reduce((sum, w, i) => sum + Math.max(0, least[i]! - w), 0);
    const spare = shares.reduce((sum, w, i) => sum + Math.max(0, w - least[i]!), 0);
    // What the narrow columns lack is taken from the others, in proportion to what they spare.
    return shares.map((w, i) =>
      w < least[i]! ? least[i]! : w - (lacking * (w - least[i]!)) / Math.max(spare, 1),
    );
  }

  private rowHeight(cells: Cell[], widths: number[]): number {
    const pad = STYLE.cellPadding;
    const heights = cells.map(
      (c, i) => this.font(c.bold).heightOfString(c.text, { width: widths[i]! - 2 * pad }) + 2 * pad,
    );
    return Math.max(...heights);
  }

  private row(
    table: Struct,
    cells: Cell[],
    widths: number[],
    options: { shaded?: boolean } = {},
  ): void {
    this.keepRoom(this.rowHeight(cells, widths));
    const row = this.doc.struct('TR');
    table.add(row);
    this.drawRow(cells, widths, options.shaded ?? false, (cell, draw) => {
      const element = this.doc.struct(cell.tag, { scope: cell.scope } as StructOptions);
      row.add(element);
      element.add(draw);
      element.end();
    });
    row.end();
  }

  /** Draws a row at the current position and moves below it; untagged, its text is an artifact. */
  private drawRow(
    cells: Cell[],
    widths: number[],
    shaded: boolean,
    tag: (cell: Cell, draw: () => void) => void = (_cell, draw) =>
      this.artifact(draw, 'Pagination'),
  ): void {
    const pad = STYLE.cellPadding;
    const top = this.doc.y;
    const height = this.rowHeight(cells, widths);
    this.artifact(() => {
      if (shaded)
        this.doc.save().rect(this.left, top, this.width, height).fill(STYLE.shade).restore();
      this.doc
        .save()
        .moveTo(this.left, top + height)
        .lineTo(this.left + this.width, top + height)
        .lineWidth(0.5)
        .stroke(STYLE.rule)
        .restore();
    });
    let x = this.left;
    cells.forEach((cell, i) => {
      const width = widths[i]!;
      tag(cell, () =>
        this.font(cell.bold).text(cell.text, x + pad, top + pad, {
          width: width - 2 * pad,
          align: cell.align,
        }),
      );
      x += width;
    });
    this.doc.x = this.left;
    this.doc.y = top + height;
  }
}
