// Sign-in through the organisation's identity provider in the browser: Kristianstad's admin sets
// up a real OpenID Connect provider (oidc-provider on loopback) on the users page; the buyer types
// her email on the sign-in page, is offered "Logga in med …", signs in on the provider's own
// login page and lands in Tildel; an address the provider has not verified comes back to the
// sign-in page with the reason. axe runs on each of Tildel's pages. Setting a provider changes the
// sign-in page other browser tests use, so this test runs its own server on its own database.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  startTestProvider,
  type TestProvider,
} from '../packages/server/test/support/oidc-provider.ts';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { startTildelServer, type RunningServer } from './support/server.ts';
import { signIn, signOut } from './support/session.ts';

const ADMIN = 'admin@kristianstad.demo.tildel.se';
const BUYER = 'bestallare@kristianstad.demo.tildel.se';
const DOMAIN = 'kristianstad.demo.tildel.se';
const DATABASE = 'tildel_e2e_oidc';
const SLOW = { timeout: 60_000 };

let server: RunningServer;
let provider: TestProvider;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTildelServer(inject('clusterUrl'), DATABASE);
  provider = await startTestProvider(`${server.baseUrl}/api/oidc/callback`, {
    buyer: { email: BUYER, emailVerified: true },
    unverified: { email: BUYER, emailVerified: false },
  });
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * From the sign-in page through the provider's development login and consent pages, in a fresh
 * browser (the provider remembers whom it signed in).
 */
async function signInThroughProvider(accountId: string) {
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await page.goto(`${server.baseUrl}/login`);
  await page.locator('input[name="email"]').fill(BUYER);
  const button = page.getByRole('link', { name: 'Logga in med Kristianstads inloggning' });
  await button.waitFor();
  await expectNoAxeViolations(page);
  await button.click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(accountId);
  await page.locator('input[name="password"]').fill('any');
  await page.locator('button[type="submit"]').click();
  // Then the provider asks for consent to share the email address.
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.origin === server.baseUrl);
}

describe('sign-in through the identity provider', () => {
  test('the admin sets up the provider on the users page', SLOW, async () => {
    await signIn(page, ADMIN, undefined, server.baseUrl);
    await page.goto(`${server.baseUrl}/admin/users`);
    await page.getByRole('heading', { name: 'Inloggning via er identitetsleverantör' }).waitFor();
    await page.getByRole('button', { name: 'Lägg in inloggning' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Namn på inloggningsknappen').fill('Kristianstads inloggning');
    await dialog.getByLabel('Utfärdare (issuer)').fill(provider.issuer);
    await dialog.getByLabel('Klient-id').fill(provider.clientId);
    await dialog.getByLabel('Klienthemlighet').fill(provider.clientSecret);
    await dialog.getByLabel('E-postdomäner').fill(DOMAIN);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Identitetsleverantören är sparad.').waitFor();
    expect(await page.getByText('Sparad (visas aldrig)').count()).toBe(1);
    expect(await page.getByText(`${server.baseUrl}/api/oidc/callback`).count()).toBe(1);
    await expectNoAxeViolations(page);
    await signOut(page);
  });

  test('the buyer signs in through it and lands on her home page', SLOW, async () => {
    await signInThroughProvider('buyer');
    await page.locator('main h1').waitFor();
    expect(new URL(page.url()).pathname).not.toBe('/login');
    await expectNoAxeViolations(page);
    await signOut(page);
  });

  test('an address the provider has not verified comes back with the reason', SLOW, async () => {
    await signInThroughProvider('unverified');
    await page.waitForURL((url) => url.pathname === '/login');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Identitetsleverantören har inte bekräftat din e-postadress' })
      .waitFor();
    await expectNoAxeViolations(page);
  });
});
