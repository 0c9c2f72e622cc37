// Kristianstad's buyer reads the municipality's orders, opens the demo order, downloads its
// document, downloads the list as CSV (read back from the saved file), extends it (first with a date that is not later, which the form refuses on the
// field) and sees the extension in the history. The supplier's side is covered by the server
// tests. Every page and the dialog pass axe.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const BUYER = 'bestallare@kristianstad.demo.tildel.se';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, BUYER);
});
afterAll(() => browser?.close());

async function openDialog(p: Page) {
  const dialog = p.getByRole('dialog');
  await dialog.waitFor();
  await p.waitForTimeout(400);
  return dialog;
}

describe("the buyer's orders", () => {
  test('lists the orders and opens one with its document', async () => {
    await page.getByRole('navigation').locator('a[href="/orders"]').click();
    await page.waitForURL((url) => url.pathname === '/orders');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Avropsavtal');
    const table = page.locator('main table', { hasText: 'Kommunens avropsavtal' });
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    const row = table.locator('tbody tr', { hasText: 'ekonomiskt bistånd' });
    await expect.poll(() => row.textContent()).toContain('685,00');
    await row.getByRole('link').click();
    await page.waitForURL((url) => url.pathname.startsWith('/orders/'));
    await expect
      .poll(() => page.locator('main h1').textContent())
      .toMatch(/^Avropsavtal A-\d{4}-\d{6}$/);
    await page.getByText('Avropsavtalet har inte ändrats.').waitFor();
    await expectNoAxeViolations(page);

    const pdfHref = await page
      .getByRole('link', { name: 'Ladda ner avropsavtalet (PDF)' })
      .getAttribute('href');
    const pdf = await page.request.get(`${inject('baseUrl')}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('extends the order, after the form refuses an end date that is not later', async () => {
    await page.getByRole('button', { name: 'Förläng, justera eller avsluta' }).click();
    const dialog = await openDialog(page);
    await expectNoAxeViolations(page);
    await dialog.getByLabel(/^Nytt slutdatum/).fill('2020-01-01');
    await dialog.getByRole('textbox', { name: /^Skäl/ }).fill('Behovet kvarstår');
    await dialog.getByRole('button', { name: 'Förläng', exact: true }).click();
    await dialog.getByText(/En förlängning måste sluta efter nuvarande slutdatum/).waitFor();
    await expectNoAxeViolations(page);

    const later = new Date(Date.now() + 400 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await dialog.getByLabel(/^Nytt slutdatum/).fill(later);
    await dialog.getByRole('button', { name: 'Förläng', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('main [role="status"]', { hasText: 'Ändringen är sparad' }).waitFor();
    const history = page.locator('main table', { hasText: 'Ändringar av avropsavtalet' });
    await history.locator('tbody tr', { hasText: 'Behovet kvarstår' }).waitFor();
    expect(await history.locator('tbody tr').first().textContent()).toContain('Förlängning');
    await expectNoAxeViolations(page);
  });

  test('adjusts the price typed the Swedish way, after the form refuses what is not an amount', async () => {
    await page.getByRole('button', { name: 'Förläng, justera eller avsluta' }).click();
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: 'Justera volym, pris eller kostnadsställe' }).check();
    const price = dialog.getByLabel(/^Styckpris/);
    await price.fill('8a5O,50');
    await dialog.getByRole('textbox', { name: /^Skäl/ }).fill('Indexering');
    await dialog.getByRole('button', { name: 'Spara justeringen' }).click();
    await dialog.getByText('Skriv ett belopp, t.ex. 1 234,50').waitFor();
    await expectNoAxeViolations(page);

    await price.fill('1 234,50');
    await dialog.getByRole('button', { name: 'Spara justeringen' }).click();
    await dialog.waitFor({ state: 'detached' });
    const history = page.locator('main table', { hasText: 'Ändringar av avropsavtalet' });
    const row = history.locator('tbody tr', { hasText: 'Indexering' });
    await row.waitFor();
    expect((await row.textContent())?.replace(/\s/g, ' ')).toMatch(/Styckpris: .* → 1 234,50 kr/);
  });

  test('downloads the list as CSV for Excel in Swedish, with the adjusted price', async () => {
    await page.getByRole('navigation').locator('a[href="/orders"]').click();
    await page.waitForURL((url) => url.pathname === '/orders');
    const csvItem = page
      .getByRole('group', { name: 'Ladda ner' })
      .getByRole('link', { name: 'CSV (för Excel)' });
    await csvItem.waitFor();
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), csvItem.click()]);
    expect(download.suggestedFilename()).toMatch(/^avropsavtal-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toMatch(/^Referens;Avrop;Kommun;Leverantör;/);
    expect(text).toMatch(/\r\nA-\d{4}-\d{6};[^\r]*ekonomiskt bistånd[^\r]*;1234,5;SEK;/);
  });
});
