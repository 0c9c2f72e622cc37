// A request for correction in the browser: the body's quality officer finds the demo request
// close to its deadline, reads it and its letter and sees the logbook of the supplier; the
// supplier opens it and answers with an action plan and evidence; the officer rejects the answer
// with a reason. Every page and dialog passes axe, and a dialog with unsaved edits asks before
// it closes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const OFFICER = 'kvalitet@sydupphandling.demo.tildel.se';
const SUPPLIER = 'leverantor@lindgarden.demo.tildel.se';
const SUPPLIER_NAME = 'Lindgårdens HVB AB';

let browser: Browser;
let baseUrl: string;
let officer: Page;
let supplier: Page;
let requestPath = '';

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
  officer = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  supplier = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(officer, OFFICER);
  await signIn(supplier, SUPPLIER);
});
afterAll(() => browser?.close());

async function open(page: Page, path: string, title: string) {
  await page.goto(`${baseUrl}${path}`);
  await expect.poll(() => page.locator('main h1').textContent()).toBe(title);
  await page.waitForLoadState('networkidle');
}

/** Wait for a Mantine modal to finish opening, so axe sees it as the user does. */
async function openDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(400);
  return dialog;
}

describe('a request for correction', () => {
  test('the officer sees the open request close to its deadline and its letter', async () => {
    await open(officer, '/followup/corrections', 'Anmodan om rättelse');
    const row = officer.locator('main tbody tr', { hasText: SUPPLIER_NAME });
    await row.getByText('Öppen').waitFor();
    await expectNoAxeViolations(officer);

    await officer.getByRole('button', { name: 'Ny anmodan om rättelse' }).click();
    const dialog = await openDialog(officer);
    await dialog.getByRole('button', { name: 'Skicka till leverantören' }).click();
    await dialog.getByText('Välj ramavtal.').waitFor();
    await dialog.getByText('Beskriv bristen.').waitFor();
    await expectNoAxeViolations(officer);

    // Closing with unsaved edits asks first: staying keeps them, closing drops them.
    const form = officer.getByRole('dialog', { name: 'Ny anmodan om rättelse' });
    const description = form.getByLabel('Vad ni har sett');
    await description.fill('Nattpersonalen sov.');
    await officer.keyboard.press('Escape');
    const unsaved = officer.getByRole('dialog', { name: 'Osparade ändringar' });
    await unsaved.waitFor();
    await officer.waitForTimeout(400);
    await expectNoAxeViolations(officer);
    await unsaved.getByRole('button', { name: 'Avbryt' }).click();
    await unsaved.waitFor({ state: 'detached' });
    expect(await description.inputValue()).toBe('Nattpersonalen sov.');
    await form.getByRole('button', { name: 'Avbryt' }).click();
    await unsaved.getByRole('button', { name: 'Stäng utan att spara' }).click();
    await form.waitFor({ state: 'detached' });

    await row.getByRole('link', { name: SUPPLIER_NAME }).click();
    await expect
      .poll(() => officer.locator('main h1').textContent())
      .toBe(`Anmodan om rättelse: ${SUPPLIER_NAME}`);
    requestPath = new URL(officer.url()).pathname;
    await officer.getByText('Vaken nattpersonal', { exact: true }).waitFor();
    await officer.getByText('Inga svar ännu.').waitFor();
    await expectNoAxeViolations(officer);

    const href = await officer.getByRole('link', { name: 'Brevet (PDF)' }).getAttribute('href');
    const letter = await officer.request.get(`${baseUrl}${href}`);
    expect(letter.status()).toBe(200);
    expect(letter.headers()['content-type']).toBe('application/pdf');
    expect((await letter.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('the supplier opens it and answers with an action plan and evidence', async () => {
    const id = requestPath.split('/').at(-1)!;
    await open(supplier, '/company/corrections', 'Anmodan om rättelse');
    await expectNoAxeViolations(supplier);
    await supplier.locator(`main a[href="/company/corrections/${id}"]`).click();
    await expect
      .poll(() => supplier.locator('main h1').textContent())
      .toMatch(/^Anmodan om rättelse från Sydupphandling/);
    await supplier.waitForLoadState('networkidle');
    await expectNoAxeViolations(supplier);

    await supplier.getByRole('button', { name: 'Skicka svaret' }).click();
    await supplier.getByText('Skriv en åtgärdsplan.').waitFor();
    await supplier
      .getByLabel('Åtgärdsplan')
      .fill('Vi har anställt två vakna nattpersonal från och med måndag.');
    await supplier.locator('main input[type="file"]').setInputFiles({
      name: 'schema.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% schema\n'),
    });
    await supplier.getByRole('button', { name: 'Skicka svaret' }).click();
    await supplier.getByText('Svaret är skickat.').waitFor();
    await supplier.getByText('Besvarad – väntar på beslut').waitFor();
    await supplier.getByRole('link', { name: 'schema.pdf' }).waitFor();
    await expectNoAxeViolations(supplier);
  });

  test('the officer rejects the answer with a reason', async () => {
    await open(officer, requestPath, `Anmodan om rättelse: ${SUPPLIER_NAME}`);
    await officer.getByRole('link', { name: 'schema.pdf' }).waitFor();
    await officer.getByRole('button', { name: 'Besluta om svaret' }).click();
    const dialog = await openDialog(officer);
    await dialog.getByRole('radio', { name: 'Avslå' }).check();
    await dialog.getByRole('button', { name: 'Spara beslut' }).click();
    await dialog.getByText('Skriv varför svaret avslås.').waitFor();
    await expectNoAxeViolations(officer);
    await dialog.getByLabel('Motivering').fill('Schemat visar inte helgnätterna.');
    await dialog.getByRole('button', { name: 'Spara beslut' }).click();
    await dialog.waitFor({ state: 'detached' });
    await officer.locator('main').getByText('Svar avslaget').first().waitFor();
    await officer.getByText('Schemat visar inte helgnätterna.', { exact: false }).waitFor();
    await expectNoAxeViolations(officer);
  });

  test('the officer reads the supplier’s logbook, a sensitive note, and writes a note', async () => {
    await open(officer, requestPath, `Anmodan om rättelse: ${SUPPLIER_NAME}`);
    await officer.getByRole('link', { name: /Leverantörens sida och loggbok/ }).click();
    await expect.poll(() => officer.locator('main h1').textContent()).toBe(SUPPLIER_NAME);
    await officer.getByRole('tab', { name: 'Loggbok' }).click();
    await officer.getByText('Nattbemanningen räckte inte till', { exact: false }).waitFor();
    await officer.waitForLoadState('networkidle');
    await expectNoAxeViolations(officer);

    await officer.getByRole('button', { name: 'Läs känslig anteckning' }).click();
    const note = await openDialog(officer);
    await note.getByText('anmält till IVO', { exact: false }).waitFor();
    await note.getByRole('table', { name: 'Läsningar av den känsliga anteckningen' }).waitFor();
    // The reads are a paged list with their total: this read is the first.
    await note.getByText(/^1–\d+ av \d+$/).waitFor();
    await expectNoAxeViolations(officer);
    await officer.keyboard.press('Escape');
    await note.waitFor({ state: 'detached' });

    await officer.getByRole('button', { name: 'Skriv anteckning' }).click();
    const write = await openDialog(officer);
    await write.getByRole('button', { name: 'Spara anteckning' }).click();
    await write.getByText('Skriv en anteckning.').waitFor();
    await expectNoAxeViolations(officer);
    await write
      .getByRole('textbox', { name: /^Anteckning/ })
      .fill('Svar på rättelsen inkom i tid.');
    await write.getByRole('button', { name: 'Spara anteckning' }).click();
    await write.waitFor({ state: 'detached' });
    await officer.getByText('Svar på rättelsen inkom i tid.').waitFor();
  });

  test('the list sorts by a column, says so to a screen reader, and keeps the order in its address', async () => {
    await open(officer, '/followup/corrections', 'Anmodan om rättelse');
    const header = officer.locator('main th', { hasText: 'Leverantör' });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(new URL(officer.url()).searchParams.get('sort')).toBe('supplier');
    const names = () => officer.locator('main tbody tr th a').allTextContents();
    const ascending = await names();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'sv')));
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(names).toEqual([...ascending].reverse());
    // The address holds the view: a reload shows the same order.
    await officer.reload();
    await expect
      .poll(() => officer.locator('main th', { hasText: 'Leverantör' }).getAttribute('aria-sort'))
      .toBe('descending');
    await officer
      .locator('main')
      .getByText(/^1–\d+ av \d+$/)
      .waitFor();
    await expectNoAxeViolations(officer);

    // On a phone the table scrolls sideways: its region then takes the keyboard, named.
    const wide = officer.viewportSize()!;
    const region = officer.locator('main [role="region"][tabindex="0"]');
    expect(await region.count()).toBe(0);
    await officer.setViewportSize({ width: 390, height: 844 });
    await region.waitFor();
    expect(await region.getAttribute('aria-label')).toBe(
      await officer.locator('main table caption').textContent(),
    );
    await expectNoAxeViolations(officer);
    await officer.setViewportSize(wide);
  });
});
