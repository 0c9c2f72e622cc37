// The statistics of insights in the browser, as the joint body's procurement officer: every view
// shows its chart and the table under it and passes axe; a figure opens what is behind it; the
// filters stay in the address; and the page follows a change of language.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const OFFICER = 'upphandlare@sydupphandling.demo.tildel.se';

const VIEWS = [
  ['procedures', 'Avrop per förfarande', 'Avrop per förfarande och utfall'],
  ['deviations', 'Avsteg från rangordningen', 'Avsteg per skäl'],
  ['suppliers', 'Leverantörernas svarsfrekvens och tilldelningar', 'Svar per leverantör'],
  ['lead-times', 'Tid från behov till avropsavtal', 'Median i dagar per förfarande'],
  ['dps-decisions', 'Beslutstider i dynamiska inköpssystem', null],
  ['followup', 'Uppföljningens täckning', null],
] as const;

let browser: Browser;
let baseUrl: string;
let page: Page;

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, OFFICER);
});
afterAll(() => browser?.close());

async function open(path: string, title: string) {
  await page.goto(`${baseUrl}${path}`);
  await expect.poll(() => page.locator('main h1').textContent(), { timeout: 10_000 }).toBe(title);
  await page.waitForLoadState('networkidle');
}

async function tableOrEmpty(caption: string, empty: string) {
  await page
    .locator('main caption, main p')
    .filter({ hasText: new RegExp(`^(${caption}|${empty})$`) })
    .first()
    .waitFor();
}

describe('the statistics', () => {
  test('every view shows a chart and its figures in a table, and passes axe', async () => {
    for (const [view, title, caption] of VIEWS) {
      await open(`/insights/statistics/${view}`, title);
      await page.locator('main figure .recharts-surface').first().waitFor();
      // Each table shows its caption, or says there is nothing to count (the demo may have none).
      if (caption) await tableOrEmpty(caption, 'Inget att räkna ännu');
      expect(await page.getByRole('tab', { selected: true }).count()).toBe(1);
      await expectNoAxeViolations(page);
    }
  });

  test('the menu leads through the insights page to the statistics', async () => {
    await open('/', 'Mitt arbete');
    await page.getByRole('navigation').getByRole('link', { name: 'Insikter' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Statistik', exact: true }).click();
    await expect
      .poll(() => page.locator('main h1').textContent(), { timeout: 10_000 })
      .toBe('Avrop per förfarande');
  });

  // The plan's row, not an open request for correction: other browser tests close the demo's
  // requests, so whether one is still open depends on the order the files run in.
  test("a plan's visits open the follow-up plan", async () => {
    await open('/insights/statistics/followup', 'Uppföljningens täckning');
    const plans = page.locator('main table', {
      has: page.locator('caption', { hasText: 'Besök per plan' }),
    });
    await plans.locator('tbody a').first().click();
    await expect
      .poll(() => page.locator('main h1').textContent(), { timeout: 10_000 })
      .toBe('Uppföljning');
  });

  test('the period stays in the address across tabs, and the page follows the language', async () => {
    await open('/insights/statistics/procedures?from=2025-01-01', 'Avrop per förfarande');
    expect(await page.getByLabel('Från').inputValue()).toBe('2025-01-01');
    await page.getByRole('tab', { name: 'Leverantörer' }).click();
    await expect
      .poll(() => page.locator('main h1').textContent(), { timeout: 10_000 })
      .toBe('Leverantörernas svarsfrekvens och tilldelningar');
    expect(new URL(page.url()).search).toBe('?from=2025-01-01');

    const picker = page.locator('header select:visible', {
      has: page.locator('option[value="da"]'),
    });
    await picker.selectOption('en');
    await expect
      .poll(() => page.locator('main h1').textContent(), { timeout: 10_000 })
      .toBe('Supplier response and win rates');
    await tableOrEmpty('Answers per supplier', 'Nothing to count yet');
    await expectNoAxeViolations(page);
    // Back to Swedish, so the demo user is as the other tests expect.
    await picker.selectOption('sv');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
  });
});
