// The look of documents: the embedded fonts' registered names, sizes and colours.

/** The registered names of the embedded fonts (see pdf.ts). */
export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

export const STYLE = {
  body: 10,
  small: 8.5,
  heading: 12.5,
  title: 18,
  /** The issuing organisation's name atop the first page, and the date and reference beside it. */
  issuer: 15,
  letterhead: 9,
  text: '#000000',
  /** Dark enough on white for small text (WCAG AA). */
  muted: '#4a5560',
  rule: '#9aa5ad',
  shade: '#e8ecef',
  cellPadding: 4,
} as const;
