// Tables in documents, tagged Table/TR/TH/TD. pdfkit's own table neither repeats its header row
// on a new page nor splits a row taller than a page, and a ranking or a long reason needs both:
// a row moves whole to the next page when it fits there, and is split between pages when not,
// its cells staying one tagged cell each. The repeated header is an artifact, tagged once.
import type PDFDocument from 'pdfkit';
import { STYLE } from './pdf-style.ts';

type Struct = PDFKit.PDFStructureElement;
type Pdf = InstanceType<typeof PDFDocument>;

/** What a table needs of the page it is drawn on (PdfLayout). */
interface Page {
  readonly doc: Pdf;
  readonly parent: Struct;
  readonly left: number;
  readonly width: number;
  font(bold: boolean): Pdf;
  artifact(draw: () => void, type?: 'Layout' | 'Pagination'): void;
}
type StructOptions = PDFKit.Mixins.StructureElementOptions & { scope?: 'Row' | 'Column' };

export interface PdfColumn {
  header: string;
  /** The column's share of the width; the shares of a table are added up. */
  width: number;
  /** Money and counts line up on the right. */
  align?: 'left' | 'right';
}

export interface Cell {
  text: string;
  tag: 'TH' | 'TD';
  scope?: 'Row' | 'Column';
  bold: boolean;
  align: 'left' | 'right';
}

const PAD = STYLE.cellPadding;

/** The shares of the width, but never so narrow that a word of a header is broken. */
export function columnWidths(layout: Page, columns: PdfColumn[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const shares = columns.map((c) => (layout.width * c.width) / total);
  const bold = layout.font(true);
  const least = columns.map(
    (c) => Math.max(...c.header.split(/\s+/).map((word) => bold.widthOfString(word))) + 2 * PAD + 1,
  );
  const lacking = shares.reduce((sum, w, i) => sum + Math.max(0, least[i]! - w), 0);
  const spare = shares.reduce((sum, w, i) => sum + Math.max(0, w - least[i]!), 0);
  // What the narrow columns lack is taken from the others, in proportion to what they spare.
  return shares.map((w, i) =>
    w < least[i]! ? least[i]! : w - (lacking * (w - least[i]!)) / Math.max(spare, 1),
  );
}

export class PdfTable {
  private readonly layout: Page;
  private readonly element: Struct;
  private readonly widths: number[];
  /** The header row, drawn again at the top of every page the table runs onto. */
  private readonly header: Cell[] | null;

  constructor(layout: Page, widths: number[], header: Cell[] | null) {
    this.layout = layout;
    this.widths = widths;
    this.header = header;
    this.element = layout.doc.struct('Table');
    layout.parent.add(this.element);
    if (header) {
      // The header is not left alone at the foot of a page.
      if (layout.doc.y + this.height(header) * 2 > layout.doc.page.maxY()) layout.doc.addPage();
      this.row(header, true);
    }
  }

  end(): void {
    this.element.end();
  }

  row(cells: Cell[], shaded = false): void {
    const { doc } = this.layout;
    const row = doc.struct('TR');
    this.element.add(row);
    const elements = cells.map((cell) => {
      const element = doc.struct(cell.tag, { scope: cell.scope } as StructOptions);
      row.add(element);
      return element;
    });
    const top = doc.page.margins.top;
    let rest = cells;
    for (;;) {
      const room = doc.page.maxY() - doc.y;
      if (this.height(rest) <= room) break;
      const fresh = doc.page.maxY() - top - (this.header ? this.height(this.header) : 0);
      // Split only what no page could hold, and only where a few lines still fit.
      if (this.height(rest) > fresh && room > 4 * this.layout.font(false).currentLineHeight(true)) {
        const parts = rest.map((cell, i) => this.split(cell, this.widths[i]! - 2 * PAD, room));
        this.draw(
          parts.map(([head]) => head),
          shaded,
          (i, draw) => elements[i]!.add(draw),
        );
        rest = parts.map(([, tail]) => tail);
      }
      doc.addPage();
      if (this.header) this.draw(this.header, true);
    }
    this.draw(rest, shaded, (i, draw) => elements[i]!.add(draw));
    for (const element of elements) element.end();
    row.end();
  }

  private height(cells: Cell[]): number {
    const heights = cells.map(
      (c, i) =>
        this.layout.font(c.bold).heightOfString(c.text, { width: this.widths[i]! - 2 * PAD }) +
        2 * PAD,
    );
    return Math.max(...heights);
  }

  /** The cell's words that fit in `height`, and the rest for the next page. */
  private split(cell: Cell, width: number, height: number): [Cell, Cell] {
    const font = this.layout.font(cell.bold);
    const fits = (text: string) => font.heightOfString(text, { width }) + 2 * PAD <= height;
    if (fits(cell.text)) return [cell, { ...cell, text: '' }];
    const words = cell.text.split(/(?<=\s)/);
    let low = 1;
    let high = words.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(words.slice(0, middle).join(''))) low = middle;
      else high = middle - 1;
    }
    return [
      { ...cell, text: words.slice(0, low).join('').trimEnd() },
      { ...cell, text: words.slice(low).join('') },
    ];
  }

  /** Draws a row at the current position and moves below it; untagged, its text is an artifact. */
  private draw(
    cells: Cell[],
    shaded: boolean,
    tag: (index: number, draw: () => void) => void = (_index, draw) =>
      this.layout.artifact(draw, 'Pagination'),
  ): void {
    const { doc, left, width } = this.layout;
    const top = doc.y;
    const height = this.height(cells);
    this.layout.artifact(() => {
      if (shaded) doc.save().rect(left, top, width, height).fill(STYLE.shade).restore();
      doc
        .save()
        .moveTo(left, top + height)
        .lineTo(left + width, top + height)
        .lineWidth(0.5)
        .stroke(STYLE.rule)
        .restore();
    });
    let x = left;
    cells.forEach((cell, i) => {
      const cellWidth = this.widths[i]!;
      if (cell.text)
        tag(i, () =>
          this.layout.font(cell.bold).text(cell.text, x + PAD, top + PAD, {
            width: cellWidth - 2 * PAD,
            align: cell.align,
          }),
        );
      x += cellWidth;
    });
    doc.x = left;
    doc.y = top + height;
  }
}
