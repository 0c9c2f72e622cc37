// Reads a PDF back as a reader's program does (pdf.js, through unpdf): the text of each page,
// the metadata, the structure a screen reader follows, and whether the fonts are in the file.
// The text of an embedded font is glyph ids in the file, so only a real reader can tell it.
import { extractText, getDocumentProxy } from 'unpdf';

export interface PdfReading {
  /** Each page's text, every run of white space (no-break spaces too) made one space. */
  pages: string[];
  /** All pages' text, joined the same way. */
  text: string;
  version: string;
  title: string;
  author: string;
  language: string;
  /** Marked as a tagged PDF. */
  tagged: boolean;
  /** The structure elements' roles in reading order ('Document', 'H1', 'Table', 'TH'...). */
  roles: string[];
  /** Every font carries its glyphs (FontFile2) and none is one of the 14 standard fonts. */
  fontsEmbedded: boolean;
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

function rolesOf(node: StructNode | null): string[] {
  if (!node) return [];
  const own = node.role && node.role !== 'Root' ? [node.role] : [];
  return [...own, ...(node.children ?? []).flatMap(rolesOf)];
}

const STANDARD_FONT = /\/BaseFont\s*\/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/;

export async function readPdf(pdf: Buffer): Promise<PdfReading> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  const pages = text.map((page) => page.replace(/\s+/g, ' ').trim());
  // pdf.js types its document information only as Object.
  const info = (await document.getMetadata()).info as Record<string, string | undefined>;
  // pdf.js gives a page the whole subtree of every element on it: under the one Document
  // element that spans all pages, the first page's tree is the document's.
  const tree = (await (await document.getPage(1)).getStructTree()) as StructNode | null;
  const raw = pdf.toString('latin1');
  return {
    pages,
    text: pages.join(' '),
    version: info.PDFFormatVersion ?? '',
    title: info.Title ?? '',
    author: info.Author ?? '',
    language: info.Language ?? '',
    tagged: (await document.getMarkInfo())?.Marked === true,
    roles: rolesOf(tree),
    fontsEmbedded: raw.includes('/FontFile2') && !STANDARD_FONT.test(raw),
  };
}

export function isPdf(pdf: Buffer): boolean {
  return pdf.subarray(0, 5).toString('latin1') === '%PDF-';
}
