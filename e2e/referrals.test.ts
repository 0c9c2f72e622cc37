// A caseworker in Kristianstad sends a referral to the matching team: a personnummer as case
// reference is refused on the field, then the referral goes. A matching officer (invited for the
// test, since the demo has none yet) finds it on the home page and in the queue, takes it, and
// reads who the person cannot live with (a logged read). Every page passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { expectAgeAsked } from './support/person.ts';
import { apiSession, DEMO_PASSWORD, signIn } from './support/session.ts';

const CASEWORKER = 'handlaggare@kristianstad.demo.tildel.se';
const ADMIN = 'admin@kristianstad.demo.tildel.se';
const OFFICER = `matchning-${Date.now()}@kristianstad.demo.tildel.se`;
const REFERENCE = `KR-E2E-${Date.now()}`;
const CANNOT_LIVE_WITH = 'Inte med sin styvfar.';

let browser: Browser;
let caseworker: Page;
let officer: Page;

/** The admin invites a matching officer through the API; the officer accepts with the link. */
async function inviteMatchingOfficer() {
  const baseUrl = inject('baseUrl');
  const admin = await apiSession(baseUrl, ADMIN);
  const orgId = admin.organisationId!;
  const invited = await admin.send('POST', `/api/organisations/${orgId}/invitations`, {
    email: OFFICER,
    roles: ['matching_officer'],
    locale: 'sv',
  });
  expect(invited.status).toBe(201);
  const messages = await admin.send<{ items: { to: string; body: string }[] }>(
    'GET',
    `/api/organisations/${orgId}/messages?limit=200&sort=time&order=desc`,
  );
  const mail = messages.json.items.find((m) => m.to === OFFICER);
  const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail?.body ?? '')?.[1];
  expect(token).toBeTruthy();
  const accepted = await fetch(`${baseUrl}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Maja Matchning', password: DEMO_PASSWORD }),
  });
  expect(accepted.status).toBeLessThan(300);
}

beforeAll(async () => {
  await inviteMatchingOfficer();
  browser = await launchBrowser();
  caseworker = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(caseworker, CASEWORKER);
});
afterAll(() => browser?.close());

describe('a caseworker sends a referral', () => {
  test('her referrals page lists them and offers a new one', async () => {
    await caseworker.getByRole('navigation').locator('a[href="/referrals"]').click();
    await caseworker.waitForURL((url) => url.pathname === '/referrals');
    await expect.poll(() => caseworker.locator('main h1').textContent()).toBe('Mina remisser');
    await caseworker.waitForLoadState('networkidle');
    await expectNoAxeViolations(caseworker);
    await caseworker.getByRole('link', { name: 'Ny remiss' }).click();
    await caseworker.waitForURL((url) => url.pathname === '/referrals/new');
    await expect.poll(() => caseworker.locator('main h1').textContent()).toBe('Ny remiss');
    await caseworker.waitForLoadState('networkidle');
    await expectNoAxeViolations(caseworker);
  });

  test('a personnummer as case reference is refused on the field, saying why', async () => {
    const main = caseworker.locator('main');
    await main.getByLabel('Lagrum').selectOption('se_sol');
    await main.getByLabel('Insatsens syfte').fill('Stöd i vardagen och i skolan.');
    await main.getByLabel('Start').fill('2027-02-01');
    const age = await expectAgeAsked(main, 'Skicka till matchningsteamet');
    expect(caseworker.url()).toContain('/referrals/new');
    await age.fill('15');
    await main.getByRole('checkbox', { name: 'Ungdomar 13–17 år' }).check();
    await main.getByRole('textbox', { name: /^Behov\b/ }).fill('Behöver struktur och stöd.');
    await main.getByLabel('Hemkommun').selectOption('1290');
    const reference = main.getByLabel('Ärendereferens');
    await reference.fill('19121212-1212');
    await main.getByLabel('Vem personen inte kan bo med').fill(CANNOT_LIVE_WITH);
    await main.getByRole('button', { name: 'Skicka till matchningsteamet' }).click();

    await expect.poll(() => reference.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await reference.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.includes('error'));
    expect(errorId).toBeTruthy();
    await expect
      .poll(() => caseworker.locator(`[id="${errorId}"]`).textContent())
      .toContain('Skriv inte personnummer');
    expect(caseworker.url()).toContain('/referrals/new');
    await expectNoAxeViolations(caseworker);

    await reference.fill(REFERENCE);
    await main.getByRole('button', { name: 'Skicka till matchningsteamet' }).click();
    await caseworker.waitForURL((url) =>
      /^\/matching\/referrals\/[0-9a-f-]{36}$/.test(url.pathname),
    );
    await expect
      .poll(() => caseworker.locator('main h1').textContent())
      .toBe(`Remiss ${REFERENCE}`);
    await expect.poll(() => caseworker.locator('main').textContent()).toContain('Ny');
    // The caseworker's page never shows the sensitive text.
    expect(await caseworker.locator('main').textContent()).not.toContain(CANNOT_LIVE_WITH);
    await caseworker.waitForLoadState('networkidle');
    await expectNoAxeViolations(caseworker);
  });
});

describe('an extension names its order from a list', () => {
  test('the caseworker finds a running order by its number and picks it; no id is typed', async () => {
    await caseworker.goto(`${inject('baseUrl')}/referrals/new`);
    await expect.poll(() => caseworker.locator('main h1').textContent()).toBe('Ny remiss');
    const main = caseworker.locator('main');
    await main.getByRole('radio', { name: 'Förlängning av en beställning' }).check();
    const order = main
      .getByLabel('Beställning som förlängs eller justeras')
      .and(caseworker.locator('input'));
    await order.click();
    await order.fill('A-20');
    const option = caseworker.getByRole('listbox').getByRole('option').first();
    await option.waitFor();
    const label = (await option.textContent()) ?? '';
    // Number · supplier · offer: never the person.
    expect(label).toMatch(/^A-20\d\d-\d{6} · /);
    await option.click();
    await expect.poll(() => order.inputValue()).toBe(label);
    await caseworker.waitForLoadState('networkidle');
    await expectNoAxeViolations(caseworker);
  });
});

describe('a matching officer takes it from the queue', () => {
  beforeAll(async () => {
    officer = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn(officer, OFFICER);
  });

  test('the home page lists it among the referrals to match', async () => {
    const list = officer.locator('section', { hasText: 'Remisser att matcha' });
    await list.locator('tbody tr', { hasText: REFERENCE }).waitFor();
    await officer.waitForLoadState('networkidle');
    await expectNoAxeViolations(officer);
  });

  test('the queue shows it with urgency, clock and nobody on it; "Take" assigns it', async () => {
    await officer.getByRole('navigation').locator('a[href="/matching"]').click();
    await officer.waitForURL((url) => url.pathname === '/matching');
    await expect.poll(() => officer.locator('main h1').textContent()).toBe('Matchningskö');
    const row = officer.locator('main tbody tr', { hasText: REFERENCE });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Inom 5 arbetsdagar');
    await expect.poll(() => row.textContent()).toContain('Ingen än');
    await officer.waitForLoadState('networkidle');
    await expectNoAxeViolations(officer);

    await row.getByRole('button', { name: `Ta remiss ${REFERENCE}` }).click();
    await expect.poll(() => row.textContent()).toContain('Maja Matchning');
    await expectNoAxeViolations(officer);
  });

  test('the referral page shows the sensitive text only when asked', async () => {
    await officer.locator('main tbody tr', { hasText: REFERENCE }).getByRole('link').click();
    await officer.waitForURL((url) => /^\/matching\/referrals\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => officer.locator('main h1').textContent()).toBe(`Remiss ${REFERENCE}`);
    expect(await officer.locator('main').textContent()).not.toContain(CANNOT_LIVE_WITH);
    await officer.waitForLoadState('networkidle');
    await expectNoAxeViolations(officer);
    await officer.getByRole('button', { name: 'Visa vem personen inte kan bo med' }).click();
    await expect.poll(() => officer.locator('main').textContent()).toContain(CANNOT_LIVE_WITH);
    await expectNoAxeViolations(officer);
  });
});
