import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';

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
