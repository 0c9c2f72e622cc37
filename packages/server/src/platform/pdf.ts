// PDF documents (award decisions, orders, letters) with pdfkit. The standard Helvetica font
// covers WinAnsi, so Swedish and Danish letters (å ä ö æ ø) print without embedding a font.
import PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

export interface PdfMeta {
  title: string;
  /** The organisation that issues the document. */
  author: string;
  language: 'sv' | 'da' | 'en';
  /** The document's date: fixed, so the same content gives the same file. */
  createdAt: Date;
}

/** Renders a document and returns its bytes. Uncompressed, so its text can be checked in tests. */
export function renderPdf(meta: PdfMeta, draw: (doc: Pdf) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      compress: false,
      lang: meta.language,
      displayTitle: true,
      info: {
        Title: meta.title,
        Author: meta.author,
        Creator: 'Tildel',
        CreationDate: meta.createdAt,
        ModDate: meta.createdAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      draw(doc);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
