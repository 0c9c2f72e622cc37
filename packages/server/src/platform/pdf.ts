// Documents an authority sends (award decisions, orders, letters, bid receipts) with pdfkit:
// PDF 1.7, tagged for assistive technology, with title and language in the metadata, in an
// embedded Unicode font (DejaVu Sans, so å ä ö æ ø and any name print as typed), headed by the
// issuing organisation and numbered "1 (3)". What a document writes: pdf-layout.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import type PDFKit from 'pdfkit';
import { t, type Locale } from './i18n.ts';
import { LANGUAGE_TAGS, longDate } from './formats.ts';
import { PdfLayout } from './pdf-layout.ts';
import { FONT } from './pdf-style.ts';
import { drawLetterhead, drawPageFurniture } from './pdf-letterhead.ts';

export type { PdfLayout } from './pdf-layout.ts';
export type { PdfColumn } from './pdf-table.ts';

export interface PdfSpec {
  language: Locale;
  /** The organisation that issues the document: the letterhead and the metadata's author. */
  issuer: string;
  title: string;
  /** What the document is about (a call-off, an order): with the title in the metadata. */
  subject: string | null;
  /** The document's date ('YYYY-MM-DD') in the issuer's calendar. */
  date: string;
  reference: string | null;
  /** The metadata's dates: fixed, so the same content gives the same file. */
  createdAt: Date;
}

// Resolved through the package, so the fonts are found wherever npm installed them.
const require = createRequire(import.meta.url);
const FONT_FILES = {
  [FONT.regular]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  [FONT.bold]: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

// pdfkit (with its fonts' metrics) is loaded when the first document is made: about 15 MB the
// server otherwise holds from its start. The two fonts are parsed then too, once: given a file,
// pdfkit parsed it anew for every document, and laying the text out decoded the font's OpenType
// tables again each time (~40 ms of a one-page order document's ~50). A parsed font is shared
// safely: each document keeps its own subset of the glyphs it uses.
let pdfkit: Promise<{ PDFDocument: typeof PDFKit; fonts: Record<string, Font> }> | undefined;
function loadPdfKit() {
  pdfkit ??= Promise.all([import('pdfkit'), import('fontkit')]).then(([pdf, fontkit]) => ({
    PDFDocument: pdf.default,
    fonts: Object.fromEntries(
      Object.entries(FONT_FILES).map(([name, file]) => [name, fontkit.create(readFileSync(file))]),
    ),
  }));
  return pdfkit;
}

/** pdfkit takes a parsed font where its types name only a file (or bytes). */
const fontSource = (font: Font | undefined) => font as unknown as string;

/** Renders a document and returns its bytes. */
export async function renderPdf(spec: PdfSpec, draw: (layout: PdfLayout) => void): Promise<Buffer> {
  const { PDFDocument, fonts } = await loadPdfKit();
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 72, bottom: 64, left: 56, right: 56 },
      pdfVersion: '1.7',
      tagged: true,
      lang: LANGUAGE_TAGS[spec.language],
      displayTitle: true,
      bufferPages: true,
      // Not Helvetica, which pdfkit would otherwise load and list in the file.
      font: fontSource(fonts[FONT.regular]),
      info: {
        Title: spec.subject ? `${spec.title} – ${spec.subject}` : spec.title,
        Author: spec.issuer,
        ...(spec.subject ? { Subject: spec.subject } : {}),
        Creator: 'Tildel',
        CreationDate: spec.createdAt,
        ModDate: spec.createdAt,
      },
    });
    for (const [name, font] of Object.entries(fonts)) doc.registerFont(name, fontSource(font));
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      const root = doc.struct('Document');
      doc.addStructure(root);
      const layout = new PdfLayout(doc, root);
      const head = {
        issuer: spec.issuer,
        title: spec.title,
        lines: [
          [t(spec.language, 'pdf.date'), longDate(spec.language, spec.date)],
          ...(spec.reference ? [[t(spec.language, 'pdf.reference'), spec.reference]] : []),
        ] as [string, string][],
      };
      drawLetterhead(layout, head);
      layout.title(spec.title);
      draw(layout);
      root.end();
      drawPageFurniture(layout, head);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
