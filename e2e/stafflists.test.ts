// Staff lists in the browser: the body's quality officer reads the demo's failing list (the rows
// named per requirement) and requests a new list from Lindgårdens HVB AB; the supplier answers it
// with a malformed CSV (rejected by row and column), a passing CSV (every requirement met) and the
// form, then with per-night rows, one night without awake staff named in both reports. Every page
// and dialog passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser, swedishDownloadLinks } from './support/browser.ts';
import { signIn } from './support/session.ts';

const OFFICER = 'kvalitet@sydupphandling.demo.tildel.se';
const SUPPLIER = 'leverantor@lindgarden.demo.tildel.se';
const ESTABLISHMENT = 'Lindgårdens HVB – ungdomshem';

const HEADER =
  'Namn;Roll;Utbildning;År i rollen;Tjänstgöringsgrad %;Timmar dag;Timmar kväll;Timmar natt;Vaken natt';
/** A 30-day period, 3 residents: 3.60 FTE needed; 4 full-time staff, one awake every night. */
const PASSING = [
  'Anna Andersson;föreståndare;socionom;5;100;160;0;0;',
  'Bo Berg;behandlingsassistent;behandlingspedagog;;100;80;70;0;',
  'Cia Carlsson;behandlingsassistent;socionom;;100;80;70;0;',
  'Eva Ek;nattpersonal;behandlingspedagog;;100;0;0;270;ja',
];
const BROKEN = [PASSING[0]!, 'Bo Berg;behandlingsassistent;astronaut;;100;80;70;0;'];

const csvFile = (lines: string[], name: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${[HEADER, ...lines].join('\r\n')}\r\n`),
});

let browser: Browser;
let officer: Page;
let supplier: Page;
/** The request the officer makes below, answered by the supplier. */
let newRequestId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  officer = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  supplier = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(officer, OFFICER);
  await signIn(supplier, SUPPLIER);
});
afterAll(() => browser?.close());

async function openDialog(p: Page) {
  const dialog = p.getByRole('dialog');
  await dialog.waitFor();
  await p.waitForTimeout(400);
  return dialog;
}

/** Chooses in a Mantine Select (searchable ones are typed into first). */
async function pick(p: Page, scope: ReturnType<Page['getByRole']>, label: string, option: string) {
  const input = scope.getByLabel(label).and(p.locator('input'));
  await input.click();
  if ((await input.getAttribute('readonly')) === null) await input.fill(option);
  await p.getByRole('option', { name: option, exact: true }).click();
}

async function heading(p: Page, title: string) {
  // A request's page is titled by the list until its report is read, which takes a while on a
  // busy machine: wait longer than expect.poll's one second.
  await expect.poll(() => p.locator('main h1').textContent(), { timeout: 10_000 }).toBe(title);
  await p.waitForLoadState('networkidle');
}

/** An ISO date a number of days from today. */
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the quality officer', () => {
  test('reads the failing demo list, the rows named per requirement', async () => {
    await officer.goto(`${inject('baseUrl')}/followup/staff-lists`);
    await heading(officer, 'Personallistor');
    await expectNoAxeViolations(officer);
    expect(await swedishDownloadLinks(officer)).toEqual([
      expect.stringMatching(/\/staff-lists\/export\?sort=deadline&order=desc&format=csv$/),
      expect.stringMatching(/\/staff-lists\/export\?sort=deadline&order=desc&format=xlsx$/),
    ]);
    await officer
      .locator('main tbody tr', { hasText: '2 ej uppfyllda' })
      .getByRole('link', { name: ESTABLISHMENT })
      .click();
    await heading(officer, `Personallista: ${ESTABLISHMENT}`);
    const report = officer.locator('main table', { hasText: 'Personallistan mot avtalets krav' });
    const density = report.locator('tbody tr', { hasText: 'Personaltäthet' });
    await expect.poll(() => density.textContent()).toContain('Ej uppfyllt');
    expect(await density.textContent()).toContain('1,15 per boende');
    const night = report.locator('tbody tr', { hasText: 'Vaken nattpersonal' });
    expect(await night.textContent()).toContain('Rad 6: sovande jour räknas inte som vaken natt');
    // The names are the officer's to read.
    expect(await officer.locator('main').textContent()).toContain('Elin Berg');
    await expectNoAxeViolations(officer);
  });

  test('requests a new list from Lindgården through the dialog', async () => {
    await officer.goto(`${inject('baseUrl')}/followup/staff-lists`);
    await heading(officer, 'Personallistor');
    await officer.getByRole('button', { name: 'Begär personallista' }).click();
    const dialog = await openDialog(officer);
    await expectNoAxeViolations(officer);
    await pick(officer, dialog, 'Ramavtal', 'SYD-2025-014 HVB för barn och unga');
    await pick(officer, dialog, 'Verksamhet', `${ESTABLISHMENT} (Lindgårdens HVB AB)`);
    await dialog.getByLabel('Period från').fill(inDays(-30));
    await dialog.getByLabel('Period till').fill(inDays(-1));
    await dialog.getByLabel('Placerade boende').fill('3');
    await dialog.getByLabel('Sista svarsdag').fill(`${inDays(14)}T16:00`);
    await dialog.getByLabel('Meddelande').fill('Inför besöket i nästa månad.');
    await dialog.getByRole('button', { name: 'Skicka begäran' }).click();
    await dialog.waitFor({ state: 'detached' });
    await heading(officer, `Personallista: ${ESTABLISHMENT}`);
    newRequestId = new URL(officer.url()).pathname.split('/').pop()!;
    expect(await officer.locator('main').textContent()).toContain(
      'Ingen personallista har kommit in ännu.',
    );
    await expectNoAxeViolations(officer);
  });
});

describe('the supplier', () => {
  async function openNewestRequest() {
    await supplier.goto(`${inject('baseUrl')}/company/staff-lists`);
    await heading(supplier, 'Personallistor');
    await expectNoAxeViolations(supplier);
    expect((await swedishDownloadLinks(supplier))[0]).toMatch(
      /\/supplier-staff-lists\/export\?.*format=csv$/,
    );
    await supplier.locator(`main a[href="/company/staff-lists/${newRequestId}"]`).click();
    await heading(supplier, `Personallista: ${ESTABLISHMENT}`);
  }

  test('sees a malformed file rejected by row and column, then sends one that passes', async () => {
    await openNewestRequest();
    const fileInput = supplier.locator('main input[type="file"]');
    await fileInput.setInputFiles(csvFile(BROKEN, 'trasig.csv'));
    await supplier.getByRole('button', { name: 'Ladda upp listan' }).click();
    const alert = supplier.locator('main [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Rad 3, kolumn "Utbildning": okänd utbildning');
    await expectNoAxeViolations(supplier);

    await fileInput.setInputFiles(csvFile(PASSING, 'personallista.csv'));
    await supplier.getByRole('button', { name: 'Ladda upp listan' }).click();
    await supplier.locator('main [role="status"]', { hasText: 'är inskickad' }).waitFor();
    const report = supplier.locator('main table', { hasText: 'Personallistan mot avtalets krav' });
    await report.waitFor();
    const outcomes = await report.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(outcomes.filter((o) => o.startsWith('Uppfyllt'))).toHaveLength(4);
    await expectNoAxeViolations(supplier);
  });

  test('fills the list in the form instead', async () => {
    await supplier.getByRole('tab', { name: 'Fyll i formulär' }).click();
    await supplier.getByRole('button', { name: 'Lägg till rad' }).click();
    await supplier.getByRole('button', { name: 'Ta bort rad 2' }).click();
    await supplier.getByLabel('Namn, rad 1').fill('Anna Andersson');
    await supplier.getByLabel('Roll, rad 1').selectOption('manager');
    await supplier.getByLabel('Utbildning, rad 1').selectOption('socionomexamen');
    await supplier.getByLabel('År i rollen, rad 1').fill('1');
    await supplier.getByLabel('Tjänstgöringsgrad %, rad 1').fill('100');
    await supplier.getByLabel('Timmar dag, rad 1').fill('160');
    await expectNoAxeViolations(supplier);
    await supplier.getByRole('button', { name: 'Skicka listan' }).click();
    const qualification = supplier
      .locator('main table', { hasText: 'Personallistan mot avtalets krav' })
      .locator('tbody tr', { hasText: 'Föreståndarens kompetens' });
    await expect.poll(() => qualification.textContent()).toContain('Rad 1: för få år i rollen');
    expect(await qualification.textContent()).toContain('Ej uppfyllt');
    await expectNoAxeViolations(supplier);
  });

  test('gives the nights one by one, and the night without awake staff is named', async () => {
    await supplier.getByRole('button', { name: 'Lägg till periodens alla nätter' }).click();
    const hours = (row: number) =>
      supplier.getByLabel(`Timmar vaken personal, rad ${row}`, { exact: true });
    await hours(30).waitFor();
    for (let row = 1; row <= 30; row += 1) await hours(row).fill(row === 14 ? '0' : '9');
    expect(await supplier.getByLabel('Datum, rad 14', { exact: true }).inputValue()).toBe(
      inDays(-17),
    );
    await expectNoAxeViolations(supplier);
    await supplier.getByRole('button', { name: 'Skicka listan' }).click();
    const night = supplier
      .locator('main table', { hasText: 'Personallistan mot avtalets krav' })
      .locator('tbody tr', { hasText: 'Vaken nattpersonal' });
    await expect.poll(() => night.textContent()).toContain(`${inDays(-17)}: ingen vaken personal`);
    expect(await night.textContent()).toContain('1 natt utan tillräckligt med vaken personal');
    expect(await supplier.locator('main').textContent()).toContain(
      'Listans rader per datum och pass',
    );
    await expectNoAxeViolations(supplier);

    // The officer reads the same night in the report.
    await officer.goto(`${inject('baseUrl')}/followup/staff-lists/${newRequestId}`);
    await heading(officer, `Personallista: ${ESTABLISHMENT}`);
    const officerNight = officer.locator('main tbody tr', { hasText: 'Vaken nattpersonal' });
    await expect
      .poll(() => officerNight.textContent())
      .toContain(`${inDays(-17)}: ingen vaken personal`);
    await expectNoAxeViolations(officer);
  });
});
