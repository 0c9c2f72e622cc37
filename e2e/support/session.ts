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
  // The address changes before the next page has come: until then the sign-in page still shows.
  await page.locator('input[name="password"]').waitFor({ state: 'detached' });
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

export interface ApiSession {
  organisationId: string | null;
  /** A JSON request as this user, with the session cookie and CSRF token. */
  send<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: T }>;
}

/** Signs in through the API, for setting the scene of a browser test without the browser. */
export async function apiSession(baseUrl: string, email: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`${email} could not sign in: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = (await (await fetch(`${baseUrl}/api/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
    activeOrganisationId: string | null;
  };
  return {
    organisationId: me.activeOrganisationId,
    async send<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': me.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: (text ? JSON.parse(text) : null) as T };
    },
  };
}

/**
 * Sets a demo user's language through the API: how a test that changes it puts it back, whatever
 * happened in its pages (the other test files sign the user in and read its pages in Swedish).
 */
export async function setUserLocale(
  baseUrl: string,
  email: string,
  locale: 'sv' | 'da' | 'en',
): Promise<void> {
  const user = await apiSession(baseUrl, email);
  const answer = await user.send('PUT', '/api/me/locale', { locale });
  if (answer.status !== 200) throw new Error(`PUT /api/me/locale answered ${answer.status}`);
}
