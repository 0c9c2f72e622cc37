// Reads back what a PDF of platform/pdf.ts says: its title and the text of its pages (the
// documents are uncompressed, and Helvetica's strings are hex in WinAnsi).
const winAnsi = new TextDecoder('windows-1252');

function hexText(hex: string): string {
  return winAnsi.decode(Buffer.from(hex, 'hex'));
}

/** The text shown on the pages, one line per text operation, in order. */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const line of pdf.toString('latin1').split('\n')) {
    if (!/\bT[Jj]$/.test(line.trim())) continue;
    lines.push([...line.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => hexText(m[1]!)).join(''));
  }
  return lines.join('\n');
}

/** The number of pages. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

export function isPdf(pdf: Buffer): boolean {
  return pdf.subarray(0, 5).toString('latin1') === '%PDF-';
}
