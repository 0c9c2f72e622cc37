// The UI language: chosen on the sign-in page before signing in (kept in this browser), and
// remembered per user once signed in, across reloads and on another browser, from the first page
// signed in.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { setUserLocale, signIn } from './support/session.ts';

const USER = 'controller@kristianstad.demo.tildel.se'; // Swedish by default; put back at the end

let browser: Browser;
let baseUrl: string;
beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  // Leave the demo user as it was, whatever happened above.
  await setUserLocale(baseUrl, USER, 'sv');
});

async function newPage(locale = 'sv-SE'): Promise<Page> {
  const context = await browser.newContext({ locale });
  return context.newPage();
}

/** The language picker in the header (signed in), found by its options, not its label. */
function headerLanguagePicker(page: Page) {
  return page.locator('header select:visible', { has: page.locator('option[value="da"]') });
}

async function chooseLanguage(page: Page, locale: 'sv' | 'da' | 'en'): Promise<void> {
  const picker = headerLanguagePicker(page);
  if ((await picker.inputValue()) === locale) return;
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/me/locale') && r.request().method() === 'PUT',
  );
  await picker.selectOption(locale);
  const status = (await saved).status();
  if (status !== 200) throw new Error(`PUT /api/me/locale answered ${status}`);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

const HOME_TITLE = { sv: 'Mitt arbete', da: 'Mit arbejde', en: 'My work' } as const;
const NAV_HOME = { sv: 'Start', da: 'Forside', en: 'Home' } as const;

async function expectLanguage(page: Page, locale: 'sv' | 'da' | 'en'): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
  await expect.poll(() => page.locator('main h1').textContent()).toBe(HOME_TITLE[locale]);
  expect(await page.getByRole('navigation').locator('a[href="/"]').textContent()).toBe(
    NAV_HOME[locale],
  );
  expect(await headerLanguagePicker(page).inputValue()).toBe(locale);
}

test('switching to dansk and English is kept across reloads and remembered for the user', async () => {
  const page = await newPage();
  try {
    await signIn(page, USER);
    await expectLanguage(page, 'sv');

    await chooseLanguage(page, 'da');
    await expectLanguage(page, 'da');
    await page.reload();
    await page.locator('main h1').waitFor();
    await expectLanguage(page, 'da');
    await expectNoAxeViolations(page);

    await chooseLanguage(page, 'en');
    await expectLanguage(page, 'en');
    await page.reload();
    await page.locator('main h1').waitFor();
    await expectLanguage(page, 'en');
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }

  // Another browser, whose own language is Swedish: after sign-in the user's English comes back.
  const other = await newPage('sv-SE');
  try {
    await other.goto(`${baseUrl}/login`);
    await other.locator('main h1').waitFor();
    expect(await other.locator('main h1').textContent()).toBe('Logga in');
    await signIn(other, USER);
    await expectLanguage(other, 'en');
    await expectNoAxeViolations(other);
  } finally {
    await other.context().close();
  }
});

test('the first page signed in is in the user’s language, even when its texts come late', async () => {
  await setUserLocale(baseUrl, USER, 'en');
  const page = await newPage('sv-SE');
  try {
    let late = 0;
    await page.route(/\/assets\/texts-(.+-)?en-[^/]+\.js$/, async (route) => {
      late++;
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await signIn(page, USER);
    expect(late).toBeGreaterThan(0);
    // At once, not after a while: a page shown in Swedish meanwhile would offer Swedish as the
    // user's language, and choosing it there would be undone when the English texts came.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await headerLanguagePicker(page).inputValue()).toBe('en');
    expect(await page.locator('main h1').textContent()).toBe(HOME_TITLE.en);
  } finally {
    await page.context().close();
  }
});

test('the language chosen on the sign-in page is used before signing in and survives a reload', async () => {
  const page = await newPage('en-GB');
  try {
    await page.goto(`${baseUrl}/login`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Sign in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.locator('main form select').selectOption('da');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Log ind');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    expect(await page.locator('main form button[type="submit"]').textContent()).toBe('Log ind');
    await expectNoAxeViolations(page);

    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Log ind');

    await page.locator('main form select').selectOption('sv');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Logga in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
  } finally {
    await page.context().close();
  }
});

test('server messages come back in the chosen language', async () => {
  const page = await newPage('sv-SE');
  try {
    await page.goto(`${baseUrl}/login`);
    await page.locator('main form select').selectOption('en');
    await page.locator('input[name="email"]').fill(USER);
    await page.locator('input[name="password"]').fill('wrong password');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/session'));
    await page.locator('main form button[type="submit"]').click();
    const response = await answer;
    expect(response.status()).toBe(401);
    expect(response.request().headers()['accept-language']).toBe('en');
    const problem = (await response.json()) as { detail?: string };
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(problem.detail ?? '');
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});
