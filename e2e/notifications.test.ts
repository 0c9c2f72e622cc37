// The in-app inbox in the browser: Kristianstad's procurement officer asks Vägen Vidare twice for an
// updated self-declaration, which mails the supplier's admin; she sees the unread count in the
// header, opens the inbox, and a row takes her to the page it links to while the count drops. The
// inbox is looked at in Swedish, Danish and English, with axe on each. Asking for declarations
// changes demo data other browser tests read, so this test runs its own server on its own database.
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { startTildelServer, type RunningServer } from './support/server.ts';
import { DEMO_PASSWORD, signIn } from './support/session.ts';

const OFFICER = 'upphandlare@sydupphandling.demo.tildel.se';
const SUPPLIER_USER = 'anbud@vagenvidare.demo.tildel.se';
const SUPPLIER_NAME = 'Vägen Vidare Omsorg AB';
const DATABASE = 'tildel_e2e_notifications';
const SLOW = { timeout: 30_000 };

let server: RunningServer;
let browser: Browser;
let page: Page;

/** The officer asks the supplier for an updated self-declaration through the API. */
async function askForDeclaration(request: APIRequestContext, times: number) {
  const base = server.baseUrl;
  const signedIn = await request.post(`${base}/api/session`, {
    data: { email: OFFICER, password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const me = (await signedIn.json()) as {
    csrfToken: string;
    memberships: { organisation: { id: string; name: string } }[];
  };
  const org = me.memberships.find((m) => m.organisation.name === 'Kristianstads kommun')!
    .organisation.id;
  const systems = (await (await request.get(`${base}/api/organisations/${org}/dps`)).json()) as {
    items: { id: string; isOwner: boolean }[];
  };
  const dps = systems.items.find((s) => s.isOwner)!;
  // One admission (a supplier in a category) per row.
  const admitted = (await (
    await request.get(`${base}/api/organisations/${org}/dps/${dps.id}/suppliers?limit=200`)
  ).json()) as { items: { supplier: { id: string; name: string } }[] };
  const supplier = admitted.items.map((a) => a.supplier).find((s) => s.name === SUPPLIER_NAME)!;
  for (let i = 0; i < times; i++) {
    const asked = await request.post(
      `${base}/api/organisations/${org}/dps/${dps.id}/declaration-requests`,
      { data: { supplierId: supplier.id }, headers: { 'x-csrf-token': me.csrfToken } },
    );
    expect(asked.status(), await asked.text()).toBe(201);
  }
}

beforeAll(async () => {
  server = await startTildelServer(inject('clusterUrl'), DATABASE);
  browser = await launchBrowser();
  const officer = await browser.newContext();
  try {
    await askForDeclaration(officer.request, 2);
  } finally {
    await officer.close();
  }
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, SUPPLIER_USER, DEMO_PASSWORD, server.baseUrl);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const BELL = {
  sv: /^Aviseringar, (\d+) olästa?$/,
  da: /^Notifikationer, (\d+) ulæste?$/,
  en: /^Notifications, (\d+) unread$/,
} as const;
const TITLE = { sv: 'Aviseringar', da: 'Notifikationer', en: 'Notifications' } as const;
const UNREAD = { sv: 'Oläst', da: 'Ulæst', en: 'Unread' } as const;

/** The unread count the header's link names, in the page's language. */
async function bellCount(locale: keyof typeof BELL): Promise<number> {
  const bell = page.locator('header').getByRole('link', { name: BELL[locale] });
  await bell.waitFor();
  const name = (await bell.getAttribute('aria-label')) ?? '';
  return Number(BELL[locale].exec(name)?.[1]);
}

function unreadRows(locale: keyof typeof UNREAD) {
  return page.locator('main tbody tr', { has: page.getByText(UNREAD[locale], { exact: true }) });
}

async function chooseLanguage(locale: 'sv' | 'da' | 'en') {
  const picker = page.locator('header select:visible', { has: page.locator('option[value="da"]') });
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/me/locale') && r.request().method() === 'PUT',
  );
  await picker.selectOption(locale);
  expect((await saved).status()).toBe(200);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

describe('the in-app inbox', () => {
  let unread = 0;

  test('the header names the unread count and leads to the inbox', SLOW, async () => {
    // The bell names 0 until its count has loaded.
    await expect.poll(() => bellCount('sv')).toBeGreaterThanOrEqual(2);
    unread = await bellCount('sv');
    await page.locator('header').getByRole('link', { name: BELL.sv }).click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await expect.poll(() => page.locator('main h1').textContent()).toBe(TITLE.sv);
    await expect.poll(() => unreadRows('sv').count()).toBe(unread);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });

  test('a row opens its page and is marked read; the count drops', SLOW, async () => {
    const row = unreadRows('sv').filter({
      has: page.locator('a[href="/company/applications"]'),
    });
    const link = row.first().getByRole('link');
    expect(await link.textContent()).toContain('egenförsäkran');
    await link.click();
    await page.waitForURL((url) => url.pathname === '/company/applications');
    await page.locator('main h1').waitFor();
    await expect.poll(() => bellCount('sv')).toBe(unread - 1);

    await page.locator('header').getByRole('link', { name: BELL.sv }).click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await expect.poll(() => unreadRows('sv').count()).toBe(unread - 1);
    await expect.poll(() => page.locator('main tbody tr').count()).toBeGreaterThanOrEqual(unread);
    // Only the unread ones, on request.
    await page.getByRole('switch', { name: 'Visa bara olästa' }).check();
    await expect.poll(() => page.locator('main tbody tr').count()).toBe(unread - 1);
    await expectNoAxeViolations(page);
  });

  test('reads in Danish and English too', SLOW, async () => {
    for (const locale of ['da', 'en', 'sv'] as const) {
      await chooseLanguage(locale);
      await expect.poll(() => page.locator('main h1').textContent()).toBe(TITLE[locale]);
      await expect.poll(() => bellCount(locale)).toBe(unread - 1);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
    }
  });
});
