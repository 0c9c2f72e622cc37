import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { DEMO_PASSWORD, signOut } from './support/session.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

test('the login page has a heading and a form, and passes axe', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${inject('baseUrl')}/login`);
  await page.getByRole('heading').first().waitFor();
  await page.locator('form').first().waitFor();
  expect(await page.getByRole('heading').count()).toBeGreaterThan(0);
  expect(await page.locator('form').count()).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test('a returning user on this device types only the password when she asked to be remembered', async () => {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  const base = inject('baseUrl');
  const email = 'handlaggare@kristianstad.demo.tildel.se';
  await page.goto(`${base}/login`);
  const emailField = page.locator('input[name="email"]');
  const remember = page.getByRole('checkbox', { name: /Kom ihåg min e-postadress/ });
  expect(await remember.isChecked()).toBe(false);
  await emailField.fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await remember.check();
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await signOut(page);

  // Back on the sign-in page: the address is there, the box still ticked.
  expect(await emailField.inputValue()).toBe(email);
  expect(await remember.isChecked()).toBe(true);
  await expectNoAxeViolations(page);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  // Unticked, the address is forgotten once she has signed in.
  await remember.uncheck();
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await signOut(page);
  expect(await emailField.inputValue()).toBe('');
  expect(await remember.isChecked()).toBe(false);
  await context.close();
});
