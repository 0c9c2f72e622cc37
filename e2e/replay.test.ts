// Kristianstad's buyer replays the demo call-off (awarded on the lowest hourly price) on the
// lowest expected total cost: the same bid wins and the difference is nothing; on price per
// quality point the call-off cannot be replayed (it asked for no quality). The choice lives in
// the address, so the same view opens from a link, and the award decision links to its replay.
// Every view passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const BUYER = 'bestallare@kristianstad.demo.tildel.se';
const CALLOFF = 'Inhyrd socialsekreterare, ekonomiskt bistånd, 100 %';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, BUYER);
});
afterAll(() => browser?.close());

/** Picks an option of a Mantine select named by its label. */
async function choose(label: string, option: string) {
  await page.getByLabel(label, { exact: true }).and(page.locator('input')).click();
  await page.getByRole('option', { name: option }).click();
}

const rowsTable = () => page.locator('main table', { hasText: 'tilldelat anbud mot anbudet' });

describe('evaluation-model replay', () => {
  test('replays the awarded demo call-off on the expected total cost', async () => {
    await page.goto(new URL('/insights/replay', page.url()).href);
    await expect
      .poll(() => page.locator('main h1').textContent())
      .toBe('Ompröva utvärderingsmodell');
    await expectNoAxeViolations(page);

    await page.getByText('Ett avrop', { exact: true }).click();
    await choose('Avrop', CALLOFF);
    await choose('Pris som jämförs', 'Förväntad total kostnad över förväntad tid');
    await page.getByRole('button', { name: 'Ompröva' }).click();

    await page.waitForURL((url) => url.searchParams.get('basis') === 'expected_total');
    const url = new URL(page.url());
    expect(url.searchParams.get('scope')).toBe('calloff');
    expect(url.searchParams.get('model')).toBe('lowest_price');
    const row = rowsTable().locator('tbody tr', { hasText: CALLOFF });
    await row.waitFor();
    const cells = row.locator('td, th');
    // Awarded and picked again: the same firm at 685 kr an hour, no difference.
    await expect.poll(() => cells.nth(4).textContent()).toContain('685,00');
    expect(await cells.nth(5).textContent()).toBe(await cells.nth(4).textContent());
    expect(await cells.nth(6).textContent()).toMatch(/^0,00\s?kr$/);
    const totals = page.locator('main table', { hasText: 'Summor per avtal eller DIS' });
    await expect.poll(() => totals.locator('tbody tr').count()).toBe(1);
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: CALLOFF }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/calloffs/'));
    // And back: the award decision links to a replay of its own call-off.
    await page.getByRole('link', { name: 'Ompröva med en annan utvärderingsmodell' }).click();
    await page.waitForURL((u) => u.searchParams.get('calloffId') !== null);
    await rowsTable().locator('tbody tr', { hasText: CALLOFF }).waitFor();
    expect(await rowsTable().locator('tbody tr').count()).toBe(1);
  });

  test('opens a shared period link and says why a model cannot value the bids', async () => {
    const shared = new URL('/insights/replay', page.url());
    shared.search =
      'scope=period&from=2020-01-01&to=2035-12-31&model=price_per_quality_point&basis=unit_price';
    await page.goto(shared.href);
    const row = rowsTable().locator('tbody tr', { hasText: CALLOFF });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Modellen kan inte värdera anbuden.');
    await expect.poll(() => row.textContent()).toContain('inga bör-krav med kvalitetspoäng');
    expect(await page.getByLabel('Från').inputValue()).toBe('2020-01-01');
    await expectNoAxeViolations(page);
  });
});
