// Every demo role signs in and sees only the navigation its permissions allow; pages pass axe;
// the skip link and sign-out work.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { DEMO_PASSWORD, signIn, signOut } from './support/session.ts';

const ALL = ['/', '/admin/users', '/admin/audit', '/admin/messages'];
/** A buying organisation's admin also decides whether it publishes open data. */
const BUYING_ADMIN = [...ALL, '/admin/open-data'];
const COMPANY = [
  '/company',
  '/company/establishments',
  '/company/consultants',
  '/company/offers',
  '/company/offer-requests',
  '/company/documents',
  '/company/prices',
  '/company/applications',
  '/company/staff-lists',
  '/company/corrections',
];
/** Every supplier role answers invitations and reads its orders. */
const TENDERS = ['/tenders', '/orders'];
/** Spend and prices for buyers, controllers, procurement and quality officers and suppliers. */
const INSIGHTS = '/insights';
const BUYER = [
  '/',
  '/needs',
  '/calloffs',
  '/orders',
  INSIGHTS,
  '/catalogue',
  '/agreements',
  '/dps',
  '/suppliers',
  '/referrals',
  '/matching',
];
const CASEWORKER = ['/', '/needs', '/referrals', '/catalogue', '/agreements', '/suppliers'];
/** Every signed-in user has these besides what the role allows. */
const EVERYONE = ['/glossary'];

/** Demo account → the navigation links it should see (see the permission table). */
const ACCOUNTS: { email: string; links: string[] }[] = [
  { email: 'admin@sydupphandling.demo.tildel.se', links: BUYING_ADMIN },
  {
    email: 'upphandlare@sydupphandling.demo.tildel.se',
    links: [
      '/',
      '/catalogue',
      '/agreements',
      '/dps',
      '/suppliers',
      '/taxonomy',
      '/permits',
      '/followup',
      INSIGHTS,
    ],
  },
  {
    email: 'kvalitet@sydupphandling.demo.tildel.se',
    links: [
      '/',
      '/catalogue',
      '/agreements',
      '/dps',
      '/suppliers',
      '/permits',
      '/followup',
      INSIGHTS,
    ],
  },
  { email: 'handlaggare@kristianstad.demo.tildel.se', links: CASEWORKER },
  { email: 'bestallare@kristianstad.demo.tildel.se', links: BUYER },
  {
    email: 'controller@kristianstad.demo.tildel.se',
    links: ['/', '/calloffs', '/orders', INSIGHTS, '/agreements', '/dps', '/suppliers'],
  },
  { email: 'admin@kristianstad.demo.tildel.se', links: BUYING_ADMIN },
  // Aarhus's matching team.
  {
    email: 'matchteam@aarhus.demo.tildel.se',
    links: [
      '/',
      '/referrals',
      '/matching',
      '/orders',
      INSIGHTS,
      '/catalogue',
      '/agreements',
      '/dps',
      '/suppliers',
    ],
  },
  // Caseworker and buyer in Aarhus.
  { email: 'sagsbehandler@aarhus.demo.tildel.se', links: BUYER },
  {
    email: 'leverantor@lindgarden.demo.tildel.se',
    links: ['/', ...TENDERS, INSIGHTS, ...COMPANY],
  },
  { email: 'admin@lindgarden.demo.tildel.se', links: [...ALL, ...TENDERS, INSIGHTS, ...COMPANY] },
  { email: 'platform@demo.tildel.se', links: ['/', '/platform/organisations'] },
];

let browser: Browser;
let baseUrl: string;
beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE' });
  return context.newPage();
}

/** The hrefs of the links in the main navigation. */
async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation');
  await nav.locator('a').first().waitFor();
  const hrefs = await nav
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.sort();
}

describe('navigation by role', () => {
  for (const account of ACCOUNTS) {
    test(`${account.email} sees ${account.links.join(', ')}`, async () => {
      const page = await newPage();
      try {
        await signIn(page, account.email);
        const links = [...account.links, ...EVERYONE];
        expect(await navLinks(page)).toEqual([...links].sort());
        await expect.poll(() => page.locator('h1').count()).toBe(1);
        await expectNoAxeViolations(page);

        // Every allowed page opens from the navigation, with one h1, and passes axe.
        for (const href of links.filter((h) => h !== '/')) {
          await page.getByRole('navigation').locator(`a[href="${href}"]`).click();
          await page.waitForURL((url) => url.pathname === href);
          const link = page.getByRole('navigation').locator(`a[href="${href}"]`);
          await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
          await page.locator('main h1').waitFor();
          await page.waitForLoadState('networkidle');
          expect(await page.locator('h1').count()).toBe(1);
          await expectNoAxeViolations(page);
        }

        // A page the permissions do not allow says so instead of showing data.
        if (!account.links.includes('/admin/audit')) {
          await page.goto(`${baseUrl}/admin/audit`);
          await page.locator('main h1').waitFor();
          expect(await page.locator('main table').count()).toBe(0);
          expect(await page.locator('main h1').textContent()).toMatch(
            /Ingen behörighet|Ingen adgang|No access/,
          );
          await expectNoAxeViolations(page);
        }

        await signOut(page, { checkMenu: true });
        await expectNoAxeViolations(page);
      } finally {
        await page.context().close();
      }
    }, 120_000); // up to 18 pages each, every one with axe
  }
});

test('a caseworker sees the work list heading and their own needs with their state', async () => {
  const page = await newPage();
  try {
    await signIn(page, 'handlaggare@kristianstad.demo.tildel.se');
    const main = page.locator('main');
    await main.getByRole('heading', { level: 2, name: 'Mina behov och remisser' }).waitFor();
    const needs = main.locator('table', {
      has: page.locator('caption', { hasText: 'Mina behov och beställningar' }),
    });
    await needs.locator('tbody tr').first().waitFor();
    // The demo caseworker's three needs (other tests may have added more).
    expect(await needs.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    await main.getByRole('link', { name: 'Alla behov' }).waitFor();
    await expectNoAxeViolations(page);
    await main.getByText('Kristianstads kommun').first().waitFor();
    await main.getByText('Handläggare', { exact: true }).waitFor();
  } finally {
    await page.context().close();
  }
});

test('signed-out visitors are sent to sign in and come back to the page they asked for', async () => {
  const page = await newPage();
  try {
    await page.goto(`${baseUrl}/admin/audit`);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.locator('main form').waitFor();
    await expectNoAxeViolations(page);
    await page.locator('input[name="email"]').fill('admin@sydupphandling.demo.tildel.se');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/admin/audit');
    await page.locator('main h1').waitFor();
  } finally {
    await page.context().close();
  }
});

test('wrong password shows the server message; the skip link moves focus to the content', async () => {
  const page = await newPage();
  try {
    await page.goto(`${baseUrl}/login`);
    await page.locator('input[name="email"]').fill('admin@sydupphandling.demo.tildel.se');
    await page.locator('input[name="password"]').fill('not the password');
    await page.locator('main form button[type="submit"]').click();
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor();
    expect((await alert.textContent())?.length).toBeGreaterThan(0);
    expect(page.url()).toContain('/login');
    await expectNoAxeViolations(page);

    await signIn(page, 'admin@sydupphandling.demo.tildel.se');
    // A fresh load, so focus starts at the top of the document as it does for a keyboard user.
    await page.reload();
    await page.locator('main h1').waitFor();
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('href')))
      .toBe('#main-content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  } finally {
    await page.context().close();
  }
});

test('an unknown address shows the not-found page inside the app', async () => {
  const page = await newPage();
  try {
    await signIn(page, 'kvalitet@sydupphandling.demo.tildel.se');
    await page.goto(`${baseUrl}/no/such/page`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Sidan finns inte');
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});

test('on a narrow screen the navigation opens from the menu button', async () => {
  const context = await browser.newContext({
    locale: 'sv-SE',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  try {
    await signIn(page, 'admin@sydupphandling.demo.tildel.se');
    const burger = page.locator('header button[aria-controls="tildel-navbar"]');
    expect(await burger.getAttribute('aria-expanded')).toBe('false');
    await expectNoAxeViolations(page);
    await burger.click();
    await expect.poll(() => burger.getAttribute('aria-expanded')).toBe('true');
    const link = page.getByRole('navigation').locator('a[href="/admin/audit"]');
    await link.waitFor();
    await expectNoAxeViolations(page);
    await link.click();
    await page.waitForURL((url) => url.pathname === '/admin/audit');
    await expect.poll(() => burger.getAttribute('aria-expanded')).toBe('false');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
  }
});
