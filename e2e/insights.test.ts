// Insights as Kristianstad's controller: this year against last on the home page, the insights
// pages with a chart and the table of its figures, a drill-down from a figure to the orders behind
// it, the view's selection kept in the address, dansk and English once, and axe on every page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { setUserLocale, signIn } from './support/session.ts';

const CONTROLLER = 'controller@kristianstad.demo.tildel.se';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'sv-SE' });
  page = await context.newPage();
  await signIn(page, CONTROLLER);
});
afterAll(async () => {
  await browser?.close();
  // The controller is Swedish in the other tests: put the language back.
  await setUserLocale(inject('baseUrl'), CONTROLLER, 'sv');
});

function table(caption: string) {
  return page.locator('main table', { has: page.locator('caption', { hasText: caption }) });
}

/** Text without the narrow and ordinary no-break spaces Intl puts in amounts. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function chooseLanguage(on: Page, locale: 'sv' | 'da' | 'en') {
  const picker = on.locator('header select:visible', { has: on.locator('option[value="da"]') });
  if ((await picker.inputValue()) === locale) return;
  const saved = on.waitForResponse(
    (r) => r.url().endsWith('/api/me/locale') && r.request().method() === 'PUT',
  );
  await picker.selectOption(locale);
  expect((await saved).status()).toBe(200);
  await on.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

test('the home page shows this year against last by service and supplier, with the change', async () => {
  const byService = table('Kostnader per tjänst i år och i fjol');
  await byService.locator('tbody tr').first().waitFor();
  // The hires from Kristianstad's DPS (the demo's 685 kr × 1 034 h, and any order other browser
  // tests made before this one): the row shows this year's figure the server sums.
  const api = (path: string) => page.request.get(new URL(path, page.url()).href);
  const me = await (await api('/api/me')).json();
  const years = await (
    await api(`/api/organisations/${me.activeOrganisationId}/insights/spend/years?by=service`)
  ).json();
  const hireRow = years.rows.find((r: { label: string }) => r.label.includes('ekonomiskt bistånd'));
  expect(hireRow.thisYearMinor).toBeGreaterThanOrEqual(70_829_000);
  const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' });
  const hire = byService.locator('tbody tr', { hasText: 'ekonomiskt bistånd' });
  await expect
    .poll(async () => plain(await hire.textContent()))
    .toContain(plain(kronor.format(hireRow.thisYearMinor / 100)));
  const bySupplier = table('Kostnader per leverantör i år och i fjol');
  await expect.poll(() => bySupplier.locator('tbody tr').count()).toBeGreaterThan(1);
  await expect
    .poll(async () => plain(await page.locator('main').textContent()))
    .toMatch(/Totalt i SEK.*kr/);
  // The change is written with its sign, in kronor and percent.
  await expect
    .poll(async () => plain(await byService.locator('tbody').textContent()))
    .toMatch(/\+[\d ]+,\d\d kr.*[+−-]?\d+,\d %/);
  await expectNoAxeViolations(page);
});

test('the insights pages show spend with a chart and its table, kept in the address', async () => {
  await page.getByRole('navigation').locator('a[href="/insights"]').click();
  await page.waitForURL((url) => url.pathname === '/insights');
  await expect.poll(() => page.locator('main h1').textContent()).toBe('Insikter');
  await expectNoAxeViolations(page);

  await page.locator('main').getByRole('link', { name: 'Kostnader', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/insights/spend');
  const byService = table('Kostnader per tjänst');
  await byService.locator('tbody tr').first().waitFor();
  // The chart draws once its container is measured.
  await expect.poll(() => page.locator('main figure svg').count()).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await page.getByLabel('Uppdelning').selectOption('supplier');
  await page.waitForURL((url) => url.searchParams.get('by') === 'supplier');
  const bySupplier = table('Kostnader per leverantör');
  await bySupplier.locator('tbody tr').first().waitFor();
  // The selection is in the address: a reload shows the same view.
  await page.reload();
  await table('Kostnader per leverantör').locator('tbody tr').first().waitFor();
  await expectNoAxeViolations(page);

  // From a supplier's figure to its orders.
  const first = table('Kostnader per leverantör').locator('tbody tr').first();
  const count = Number(await first.locator('td').nth(1).textContent());
  await first.getByRole('link').click();
  await page.waitForURL(
    (url) => url.pathname === '/orders' && url.searchParams.get('supplierId') !== null,
  );
  await page.getByText('Visar avropsavtalen bakom en siffra i insikterna').waitFor();
  const orders = table('Kommunens avropsavtal').locator('tbody tr');
  await orders.first().waitFor();
  await expect.poll(() => orders.count()).toBe(Math.min(count, 50));
  await expectNoAxeViolations(page);
});

test('price development shows the unit prices per period with a chart and its table', async () => {
  await page.goto(new URL('/insights/prices?interval=year', page.url()).toString());
  const prices = table('Pris per enhet över tid');
  await prices.locator('tbody tr').first().waitFor();
  await expect.poll(() => page.locator('main figure svg').count()).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test('the spend page in dansk and English', async () => {
  await page.goto(new URL('/insights/spend', page.url()).toString());
  await table('Kostnader per tjänst').locator('tbody tr').first().waitFor();
  await chooseLanguage(page, 'da');
  await expect.poll(() => page.locator('main h1').textContent()).toBe('Udgifter');
  await table('Udgifter pr. ydelse').locator('tbody tr').first().waitFor();
  await expectNoAxeViolations(page);
  await chooseLanguage(page, 'en');
  await expect.poll(() => page.locator('main h1').textContent()).toBe('Spend');
  await table('Spend by service').locator('tbody tr').first().waitFor();
  await expectNoAxeViolations(page);
  await chooseLanguage(page, 'sv');
});
