// The header's search: Kristianstad's buyer types an agreement's reference, picks the hit and
// lands on the agreement; "all results" opens the search page. The open list and the page pass
// axe, and the kinds are named in Swedish, Danish and English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const BUYER = 'bestallare@kristianstad.demo.tildel.se'; // Swedish; put back at the end

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, BUYER);
});
afterAll(async () => {
  try {
    if (page) await chooseLanguage(page, 'sv');
  } finally {
    await browser?.close();
  }
});

async function chooseLanguage(p: Page, locale: 'sv' | 'da' | 'en') {
  const picker = p.locator('header select:visible', { has: p.locator('option[value="da"]') });
  if ((await picker.inputValue()) === locale) return;
  await picker.selectOption(locale);
  await p.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

const field = () => page.getByRole('combobox', { name: 'Sök' });

describe('search in the header', () => {
  test('finds an agreement by its reference and opens it', async () => {
    await field().fill('SYD-2025-014');
    const listbox = page.getByRole('listbox');
    // The reference finds the agreement, and also call-offs made under it (other tests make one).
    const hit = listbox.locator('[role="option"][value^="agreement:"]', {
      hasText: 'HVB för barn och unga',
    });
    await hit.waitFor();
    expect(await listbox.textContent()).toContain('Ramavtal');
    expect(await hit.textContent()).toContain('SYD-2025-014');
    await page.waitForTimeout(300); // let the dropdown finish its transition
    await expectNoAxeViolations(page);

    // The keyboard reaches the agreement's hit, wherever in the list it is.
    for (let i = 0; i < 10 && (await hit.getAttribute('data-combobox-selected')) === null; i++)
      await field().press('ArrowDown');
    await field().press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/agreements/'));
    await expect
      .poll(() => page.locator('main h1').textContent())
      .toContain('HVB för barn och unga');
    expect(await field().inputValue()).toBe('');
  });

  test('Enter without a hit chosen opens every hit on the search page', async () => {
    await field().fill('hvb');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await field().press('Enter');
    await page.waitForURL((url) => url.pathname === '/search');
    expect(new URL(page.url()).searchParams.get('q')).toBe('hvb');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Sök');
    await page.locator('main h2').first().waitFor();
    await expectNoAxeViolations(page);
  });

  test('the search page refuses one character on the field', async () => {
    const input = page.locator('main').getByRole('searchbox', { name: 'Sök' });
    await input.fill('k');
    await page.locator('main').getByRole('button', { name: 'Sök' }).click();
    await page.getByText('Skriv minst 2 tecken som inte är blanksteg.').waitFor();
    await expectNoAxeViolations(page);
  });

  test('names the kinds in Danish and English', async () => {
    await page.goto(`${new URL(page.url()).origin}/search?q=SYD-2025`);
    await page.locator('main h2').first().waitFor();
    const headings = () => page.locator('main h2').allTextContents();
    expect(await headings()).toContain('Ramavtal');
    await chooseLanguage(page, 'da');
    await expect.poll(headings).toContain('Rammeaftaler');
    expect(await page.getByRole('combobox', { name: 'Søg' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await chooseLanguage(page, 'en');
    await expect.poll(headings).toContain('Framework agreements');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Search');
    await expectNoAxeViolations(page);
  });
});

describe('search on a phone', () => {
  test('the header has a button to the search page', async () => {
    const phone = await (
      await browser.newContext({ locale: 'sv-SE', viewport: { width: 390, height: 844 } })
    ).newPage();
    try {
      await signIn(phone, BUYER);
      await phone.getByRole('link', { name: /Open search|Öppna sökning/ }).click();
      await phone.waitForURL((url) => url.pathname === '/search');
      await phone.locator('main h1').waitFor();
      await expectNoAxeViolations(phone);
    } finally {
      await phone.context().close();
    }
  });
});
