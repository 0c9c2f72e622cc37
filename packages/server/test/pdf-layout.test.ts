// The layout every document is drawn with, read back as a reader's program reads it: PDF 1.7,
// tagged, title and language in the metadata, an embedded font that prints any name, the
// letterhead, "1 (3)" on every page, and a table whose header row comes again on each page.
import { formatMoney, money } from '@tildel/domain/money';
import { describe, expect, it } from 'vitest';
import { renderPdf, type PdfSpec } from '../src/platform/pdf.ts';
import { readPdf } from './support/pdf.ts';

const SPEC: PdfSpec = {
  language: 'sv',
  issuer: 'Kristianstads kommun',
  title: 'Tilldelningsbeslut',
  subject: 'Socionom till barn- och ungdomsenheten',
  date: '2027-01-04',
  reference: 'KS-2026-0412',
  createdAt: new Date('2027-01-04T09:30:00Z'),
};

const COLUMNS = [
  { header: 'Plats', width: 1, align: 'right' as const },
  { header: 'Leverantör', width: 4 },
  { header: 'Jämförelsevärde', width: 2, align: 'right' as const },
];

/** A ranking long enough to run over three pages. */
const RANKING = Array.from({ length: 70 }, (_, i) => [
  String(i + 1),
  `Bemanningsfirma ${i + 1} AB`,
  formatMoney(money(123_450 + i * 100, 'SEK'), 'sv'),
]);

describe('a document drawn with the layout', () => {
  it('is a tagged PDF 1.7 with its title, author and language, in an embedded font', async () => {
    const pdf = await renderPdf(SPEC, (page) => {
      page.heading('Skäl för beslutet');
      page.paragraph('Lägst jämförelsepris.');
      page.list(['Vaken nattpersonal ska finnas varje natt.']);
    });
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    const read = await readPdf(pdf);
    expect(read.version).toBe('1.7');
    expect(read.title).toBe('Tilldelningsbeslut – Socionom till barn- och ungdomsenheten');
    expect(read.author).toBe('Kristianstads kommun');
    expect(read.language).toBe('sv-SE');
    expect(read.tagged).toBe(true);
    expect(read.roles).toEqual(
      expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody']),
    );
    expect(read.roles.indexOf('H1')).toBeLessThan(read.roles.indexOf('H2'));
    expect(read.fontsEmbedded).toBe(true);
    expect(read.text).toContain('Vaken nattpersonal ska finnas varje natt.');
  });

  it('prints names outside the old Latin-1 fonts as they are typed', async () => {
    const pdf = await renderPdf({ ...SPEC, issuer: 'Łódź & Ærø Şahin Omsorg' }, (page) =>
      page.paragraph('Konsult: Zoë Ďurišová'),
    );
    const read = await readPdf(pdf);
    expect(read.pages[0]).toMatch(/^Łódź & Ærø Şahin Omsorg/);
    expect(read.text).toContain('Konsult: Zoë Ďurišová');
  });

  it("heads the first page with the issuer, the date in the reader's language and the reference", async () => {
    const dates = {
      sv: 'Datum: 4 januari 2027',
      da: 'Dato: 4. januar 2027',
      en: 'Date: 4 January 2027',
    };
    for (const language of ['sv', 'da', 'en'] as const) {
      const read = await readPdf(await renderPdf({ ...SPEC, language }, () => {}));
      expect(read.pages[0]).toMatch(/^Kristianstads kommun /);
      expect(read.pages[0]).toContain(dates[language]);
      expect(read.pages[0]).toContain('KS-2026-0412');
      expect(read.pages[0]).toContain('1 (1)');
    }
    const without = await readPdf(await renderPdf({ ...SPEC, reference: null }, () => {}));
    expect(without.text).not.toContain('Referens');
  });

  it('numbers every page "n (total)" and repeats the table header on every page', async () => {
    const pdf = await renderPdf(SPEC, (page) => {
      page.fields([
        ['Upphandlande myndighet', 'Kristianstads kommun'],
        ['Konsult', null],
      ]);
      page.heading('Utvärdering');
      page.table(COLUMNS, RANKING);
    });
    const read = await readPdf(pdf);
    expect(read.pages).toHaveLength(3);
    read.pages.forEach((text, i) => {
      expect(text).toContain(`${i + 1} (3)`);
      expect(text).toContain('Plats Leverantör Jämförelsevärde');
    });
    // From the second page on, the running head names the issuer and the document.
    expect(read.pages[1]).toContain('Kristianstads kommun Tilldelningsbeslut');
    expect(read.text).toContain('1 Bemanningsfirma 1 AB 1 234,50 kr');
    expect(read.text).toContain('70 Bemanningsfirma 70 AB 1 303,50 kr');
    expect(read.text).not.toContain('Konsult');
    // The header row is tagged once; its copies on later pages are artifacts.
    const headers = read.roles.filter((role) => role === 'TH');
    expect(headers).toHaveLength(1 + COLUMNS.length);
    expect(read.roles.filter((role) => role === 'TR')).toHaveLength(1 + 1 + RANKING.length);
  });

  it('splits a row taller than a page between pages, losing no word, header on each page', async () => {
    const words = Array.from({ length: 900 }, (_, i) => `ord${i + 1}`);
    const pdf = await renderPdf(SPEC, (page) =>
      page.table(COLUMNS, [
        ['1', words.join(' '), '1 234,50 kr'],
        ['2', 'Nästa rad AB', '2 000,00 kr'],
      ]),
    );
    const read = await readPdf(pdf);
    expect(read.pages.length).toBeGreaterThan(1);
    read.pages.forEach((text, i) => {
      expect(text).toContain('Plats Leverantör Jämförelsevärde');
      expect(text).toContain(`${i + 1} (${read.pages.length})`);
    });
    // Every word once, in order, and the next row after the last of them.
    const found = read.text.match(/ord\d+/g);
    expect(found).toEqual(words);
    expect(read.text.indexOf('ord900')).toBeLessThan(read.text.indexOf('2 Nästa rad AB'));
    // One row, one cell: the parts on each page are the same tagged cell.
    expect(read.roles.filter((role) => role === 'TR')).toHaveLength(3);
  });
});
