// Kristianstad's ranking cascade in the browser: a caseworker submits an HVB placement need and
// the buyer makes a draft call-off under the ranked lot (through the API), then opens it and sees
// the start form with the lot's suppliers in rank order and the skip fields; and the deviation
// report of the agreement, linked from the agreement page. The server clock is never moved.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn, signOut } from './support/session.ts';

const CASEWORKER = 'handlaggare@kristianstad.demo.tildel.se';
const BUYER = 'bestallare@kristianstad.demo.tildel.se';
const TITLE = `HVB-placering, e2e-kaskad ${Date.now()}`;

let browser: Browser;
let page: Page;
let base: string;
let calloffId = '';
let agreementId = '';

beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
});
afterAll(() => browser?.close());

async function settle(p: Page) {
  await p.waitForLoadState('networkidle');
  await p.waitForTimeout(300);
}

/** A JSON call as the signed-in user, with the session's CSRF token. */
async function apiCall(p: Page, method: 'GET' | 'POST', path: string, data?: unknown) {
  const me = await (await p.request.get(`${base}/api/me`)).json();
  const response = await p.request.fetch(`${base}${path}`, {
    method,
    headers: { 'x-csrf-token': me.csrfToken, 'accept-language': 'sv' },
    ...(data === undefined ? {} : { data }),
  });
  expect(response.ok(), await response.text()).toBe(true);
  return { orgId: me.activeOrganisationId as string, body: await response.json() };
}

describe('the ranking cascade', () => {
  test('a caseworker submits a placement need and the buyer drafts it under the ranked lot', async () => {
    await signIn(page, CASEWORKER);
    const { orgId } = await apiCall(page, 'GET', '/api/me');
    const need = await apiCall(page, 'POST', `/api/organisations/${orgId}/needs`, {
      title: TITLE,
      need: {
        kind: 'placement',
        person: {
          age: 14,
          gender: 'female',
          targetGroups: ['youth_13_17'],
          needs: 'Trygg vardag och skolgång.',
          languages: ['sv'],
          homeCountry: 'SE',
          homeMunicipalityCode: '1290',
        },
        start: '2027-03-01',
        expectedDurationDays: 90,
        intensity: 'standard',
        hoursPerWeek: null,
        description: '',
      },
    });
    await apiCall(page, 'POST', `/api/organisations/${orgId}/needs/${need.body.id}/submit`, {
      version: need.body.version,
    });
    await signOut(page);

    await signIn(page, BUYER);
    const options = await apiCall(
      page,
      'GET',
      `/api/organisations/${orgId}/needs/${need.body.id}/calloff-options`,
    );
    const ranking = options.body.options.find(
      (o: { procedure: string | null }) => o.procedure === 'ranking',
    );
    expect(ranking).toBeDefined();
    agreementId = ranking.source.id;
    const draft = await apiCall(page, 'POST', `/api/organisations/${orgId}/calloffs`, {
      needId: need.body.id,
      lotId: ranking.lot.id,
    });
    calloffId = draft.body.id;
  });

  test("the buyer's call-off page shows the start form with the ranked suppliers", async () => {
    await page.goto(`${base}/calloffs/${calloffId}`);
    // The call-off page may take a while on a busy machine.
    await expect.poll(() => page.locator('main h1').textContent(), { timeout: 15_000 }).toBe(TITLE);
    const section = page.locator('main section', {
      has: page.getByRole('heading', { name: 'Erbjudande enligt rangordning' }),
    });
    const table = section.getByRole('table', { name: 'Delområdets leverantörer i rangordning' });
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(1);
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toMatch(/^1/);
    await settle(page);
    await expectNoAxeViolations(page);

    // Skipping the first supplier opens its reason and explanation.
    const first = table.locator('tbody tr').first();
    await first.getByRole('checkbox').check();
    await first.getByLabel(/^Skäl att hoppa över/).selectOption('siblings_placed_together');
    await expect.poll(() => first.getByLabel(/^Förklaring till att/).isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    await section.getByRole('button', { name: 'Starta erbjudandet' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForTimeout(400);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('the agreement page links to its deviation report', async () => {
    await page.goto(`${base}/agreements/${agreementId}`);
    await page.locator('main h1').waitFor();
    await page.getByRole('link', { name: 'Avvikelser från rangordningen' }).click();
    await page.waitForURL((url) => url.pathname === `/agreements/${agreementId}/deviations`);
    await expect
      .poll(() => page.locator('main h1').textContent())
      .toBe('Avvikelser från rangordningen');
    await settle(page);
    await expectNoAxeViolations(page);
  });
});

describe("matching's must-requirement skip", () => {
  const SKIP_TITLE = `HVB-placering, e2e-skallkrav ${Date.now()}`;
  let skipCalloffId = '';

  test("a need in a language no ranked home speaks gets matching's skip, worded in the reader's language", async () => {
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn(page, CASEWORKER);
    const { orgId } = await apiCall(page, 'GET', '/api/me');
    const need = await apiCall(page, 'POST', `/api/organisations/${orgId}/needs`, {
      title: SKIP_TITLE,
      need: {
        kind: 'placement',
        person: {
          age: 14,
          gender: 'female',
          targetGroups: ['youth_13_17'],
          needs: 'Trygg vardag och skolgång.',
          // Tigrinya first: a must requirement no demo home meets.
          languages: ['ti'],
          homeCountry: 'SE',
          homeMunicipalityCode: '1290',
        },
        start: '2027-03-01',
        expectedDurationDays: 90,
        intensity: 'standard',
        hoursPerWeek: null,
        description: '',
      },
    });
    await apiCall(page, 'POST', `/api/organisations/${orgId}/needs/${need.body.id}/submit`, {
      version: need.body.version,
    });
    await signOut(page);
    await signIn(page, BUYER);
    const options = await apiCall(
      page,
      'GET',
      `/api/organisations/${orgId}/needs/${need.body.id}/calloff-options`,
    );
    const ranking = options.body.options.find(
      (o: { procedure: string | null }) => o.procedure === 'ranking',
    );
    const draft = await apiCall(page, 'POST', `/api/organisations/${orgId}/calloffs`, {
      needId: need.body.id,
      lotId: ranking.lot.id,
    });
    skipCalloffId = draft.body.id;

    await page.goto(`${base}/calloffs/${skipCalloffId}`);
    await expect
      .poll(() => page.locator('main h1').textContent(), { timeout: 15_000 })
      .toBe(SKIP_TITLE);
    const section = page.locator('main section', {
      has: page.getByRole('heading', { name: 'Erbjudande enligt rangordning' }),
    });
    const first = section
      .getByRole('table', { name: 'Delområdets leverantörer i rangordning' })
      .locator('tbody tr')
      .first();
    const useMatching = first.getByRole('button', { name: /med matchningens skäl$/ });
    await useMatching.waitFor();
    // Codes from the server, words from the web: Swedish here, never a code.
    const finding =
      /Talar inte personens språk \([^)_]+\)|Har inget erbjudande för tjänsten på avtalet/;
    await expect.poll(() => first.textContent()).toMatch(finding);
    await settle(page);
    await expectNoAxeViolations(page);
    await useMatching.click();
    await expect
      .poll(() => first.getByLabel(/^Skäl att hoppa över/).inputValue())
      .toBe('cannot_meet_must_requirement');

    await section.getByRole('button', { name: 'Starta erbjudandet' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Starta', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const steps = page.getByRole('table', { name: /^Varje steg/ });
    const skipped = steps.locator('tbody tr', { hasText: 'Överhoppad' });
    await skipped.waitFor();
    await expect.poll(() => skipped.textContent()).toContain('Kan inte uppfylla ett skallkrav: ');
    await expect.poll(() => skipped.textContent()).toMatch(finding);
    await settle(page);
    await expectNoAxeViolations(page);
  });
});
