// The glossary: open without signing in (linked from the sign-in page) and in the signed-in app,
// in Swedish, Danish and English, axe-clean; an entry's address (/glossary#term) scrolls to it
// and puts focus on its heading; and a form's glossary link opens the right entry in a new tab.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const BUYER = 'bestallare@kristianstad.demo.tildel.se';
const STAFFING = 'Inhyrd socialsekreterare, barn och unga, 100 %';

const TITLE = { sv: 'Ordlista', da: 'Ordliste', en: 'Glossary' } as const;
const COMPARISON_PRICE = { sv: 'Jämförelsepris', da: 'Sammenligningspris', en: 'Comparison price' };
const STANDSTILL = { sv: 'Avtalsspärr', da: 'Standstill', en: 'Standstill' } as const;

let browser: Browser;
let baseUrl: string;
beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(locale = 'sv-SE'): Promise<Page> {
  const context = await browser.newContext({ locale });
  return context.newPage();
}

async function settle(p: Page) {
  await p.waitForLoadState('networkidle');
  await p.waitForTimeout(300);
}

/** The id of the element that has focus. */
const focusedId = (p: Page) => p.evaluate(() => document.activeElement?.id ?? '');

test('open without signing in, from the sign-in page, in svenska, dansk and English', async () => {
  const page = await newPage('sv-SE');
  try {
    await page.goto(`${baseUrl}/login`);
    await page.locator('main h1').waitFor();
    await page.locator('header').getByRole('link', { name: TITLE.sv }).click();
    await page.waitForURL((url) => url.pathname === '/glossary');
    await expect.poll(() => page.locator('main h1').textContent()).toBe(TITLE.sv);
    // Every entry is there, with its Swedish and Danish words.
    expect(await page.locator('main article').count()).toBeGreaterThanOrEqual(20);
    const entry = page.locator('article#jamforelsepris');
    expect(await entry.locator('h3').textContent()).toBe(COMPARISON_PRICE.sv);
    expect(await entry.locator('dd[lang="sv"]').textContent()).toBe('jämförelsepris');
    expect(await entry.locator('dd[lang="da"]').textContent()).toBe('sammenligningspris');
    await settle(page);
    await expectNoAxeViolations(page);

    for (const locale of ['da', 'en'] as const) {
      await page.locator('header select').selectOption(locale);
      await expect.poll(() => page.locator('main h1').textContent()).toBe(TITLE[locale]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      expect(await entry.locator('h3').textContent()).toBe(COMPARISON_PRICE[locale]);
      // The Swedish and Danish words stay the same whatever the reader's language.
      expect(await entry.locator('dd[lang="sv"]').textContent()).toBe('jämförelsepris');
      expect(await page.locator('article#avtalsspar h3').textContent()).toBe(STANDSTILL[locale]);
      await settle(page);
      await expectNoAxeViolations(page);
    }
    await page.locator('header select').selectOption('sv');
  } finally {
    await page.context().close();
  }
});

test("an entry's address scrolls to it and focuses its heading; the index leads to each entry", async () => {
  const page = await newPage('sv-SE');
  try {
    await page.goto(`${baseUrl}/glossary#avtalsspar`);
    await expect.poll(() => focusedId(page)).toBe('avtalsspar-name');
    expect(await page.locator('article#avtalsspar').isVisible()).toBe(true);

    await page.locator('main nav').getByRole('link', { name: 'Personallista' }).click();
    await page.waitForURL((url) => url.hash === '#personallista');
    await expect.poll(() => focusedId(page)).toBe('personallista-name');
  } finally {
    await page.context().close();
  }
});

test("the call-off's evaluation model links to comparison price in the glossary", async () => {
  const page = await newPage('sv-SE');
  try {
    await signIn(page, BUYER);
    await page.getByRole('navigation').locator('a[href="/calloffs"]').click();
    await page.waitForURL((url) => url.pathname === '/calloffs');
    await page.locator('main tbody tr', { hasText: STAFFING }).getByRole('link').click();
    await page.waitForURL((url) => /^\/calloffs\/[0-9a-f-]+$/.test(url.pathname));

    const model = page.locator('main section[aria-labelledby="model-title"]');
    const link = model.getByRole('link', {
      name: 'Jämförelsepris i ordlistan (öppnas i ny flik)',
    });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/glossary#jamforelsepris');
    await settle(page);
    await expectNoAxeViolations(page);

    // A new tab, so the form's unsaved edits stay; the glossary opens in the signed-in layout.
    const [glossary] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await glossary.waitForURL((url) => url.pathname === '/glossary');
    expect(new URL(glossary.url()).hash).toBe('#jamforelsepris');
    await expect.poll(() => focusedId(glossary)).toBe('jamforelsepris-name');
    expect(await glossary.locator('#jamforelsepris-name').textContent()).toBe('Jämförelsepris');
    const navLink = glossary.getByRole('navigation').locator('a[href="/glossary"]');
    expect(await navLink.textContent()).toBe('Ordlista');
    await settle(glossary);
    await expectNoAxeViolations(glossary);
  } finally {
    await page.context().close();
  }
});
