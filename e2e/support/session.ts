// Signing in and out through the real pages, shared by the browser tests.
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { expectNoAxeViolations } from './browser.ts';

/** The documented demo password (see the README); demo mode is on in the e2e server. */
export const DEMO_PASSWORD = 'tildel-demo-2026';

/** Signs in through the login page; `baseUrl` for a test that runs its own server. */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  baseUrl = inject('baseUrl'),
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('main h1').waitFor();
}

/** Signs out through the user menu; checkMenu runs axe on the open menu first. */
export async function signOut(page: Page, { checkMenu = false } = {}): Promise<void> {
  await page.locator('header button[aria-haspopup="menu"]').click();
  await page.getByRole('menuitem').waitFor();
  await page.waitForTimeout(200); // let the menu finish its transition
  if (checkMenu) await expectNoAxeViolations(page);
  await page.getByRole('menuitem').click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.locator('main form').waitFor();
}
