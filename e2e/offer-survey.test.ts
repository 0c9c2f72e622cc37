// The offer survey in the browser: Kristianstad's buyer asks Lindgården about a referral (set up
// through the API); Lindgården's user finds the request in its inbox, reads the pseudonymised
// referral and answers; the buyer sees the answer on the referral page and chooses it with a
// reason, which makes the order. Every page passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { apiSession, signIn } from './support/session.ts';

const CASEWORKER = 'handlaggare@kristianstad.demo.tildel.se';
const BUYER = 'bestallare@kristianstad.demo.tildel.se';
const SUPPLIER_ADMIN = 'admin@lindgarden.demo.tildel.se';
const SUPPLIER_USER = 'leverantor@lindgarden.demo.tildel.se';
const REFERENCE = `KR-SURVEY-${Date.now()}`;
const SLOW = { timeout: 20_000 };

let browser: Browser;
let referralId: string;
let offerName: string;

beforeAll(async () => {
  const baseUrl = inject('baseUrl');
  const caseworker = await apiSession(baseUrl, CASEWORKER);
  const sent = await caseworker.send<{ id: string }>(
    'POST',
    `/api/organisations/${caseworker.organisationId}/referrals`,
    {
      kind: 'new',
      orderId: null,
      serviceKind: 'hvb',
      legalBasis: 'se_sol',
      purpose: 'Trygg placering och skolgång.',
      startOn: '2027-02-01',
      expectedDurationDays: 90,
      intensity: { kind: 'place' },
      urgency: 'later',
      person: {
        age: 15,
        gender: 'male',
        targetGroups: ['youth_13_17'],
        needs: 'Behöver struktur och stöd i skolan.',
        languages: ['sv'],
        siblingCaseReferences: [],
        homeMunicipalityCode: '1290',
        preferredArea: null,
      },
      caseReference: REFERENCE,
      cannotLiveWith: 'Inte med sin styvfar.',
    },
  );
  expect(sent.status).toBe(201);
  referralId = sent.json.id;
  const supplier = await apiSession(baseUrl, SUPPLIER_ADMIN);
  const offers = await supplier.send<{ items: { id: string; name: string }[] }>(
    'GET',
    `/api/organisations/${supplier.organisationId}/company/establishments`,
  );
  const offer = offers.json.items[0]!;
  offerName = offer.name;
  const buyer = await apiSession(baseUrl, BUYER);
  const asked = await buyer.send(
    'POST',
    `/api/organisations/${buyer.organisationId}/referrals/${referralId}/survey`,
    { establishmentIds: [offer.id] },
  );
  expect(asked.status).toBe(200);
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the offer survey', () => {
  let supplierPage: Page;
  let buyerPage: Page;

  test('the supplier finds the request, reads the pseudonymised referral and answers', async () => {
    supplierPage = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn(supplierPage, SUPPLIER_USER);
    await supplierPage.goto(`${inject('baseUrl')}/company/offer-requests`);
    await expect
      .poll(() => supplierPage.locator('main h1').textContent(), SLOW)
      .toBe('Förfrågningar om plats');
    await supplierPage.waitForLoadState('networkidle');
    await expectNoAxeViolations(supplierPage);
    await supplierPage.locator('main').getByRole('link', { name: offerName }).first().click();
    await supplierPage.waitForURL((url) => url.pathname.startsWith('/company/offer-requests/'));
    await expect
      .poll(() => supplierPage.locator('main').textContent(), SLOW)
      .toContain('Trygg placering och skolgång.');
    const text = await supplierPage.locator('main').textContent();
    expect(text).not.toContain(REFERENCE);
    expect(text).not.toContain('styvfar');
    await supplierPage.waitForLoadState('networkidle');
    await expectNoAxeViolations(supplierPage);

    await supplierPage.getByRole('button', { name: 'Skicka svaret' }).click();
    const dialog = supplierPage.getByRole('dialog');
    await dialog.getByLabel(/Pris för den här remissen/).fill('2500');
    await expectNoAxeViolations(supplierPage);
    await dialog.getByRole('button', { name: 'Skicka svaret' }).click();
    await expect
      .poll(() => supplierPage.getByRole('status').textContent(), SLOW)
      .toContain('Svaret är skickat.');
    await expectNoAxeViolations(supplierPage);
  });

  test('the buyer sees the answer and chooses it with a reason, which makes the order', async () => {
    buyerPage = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn(buyerPage, BUYER);
    await buyerPage.goto(`${inject('baseUrl')}/matching/referrals/${referralId}`);
    const survey = buyerPage.locator('section[aria-labelledby="survey-title"]');
    await expect.poll(() => survey.textContent(), SLOW).toContain('Besvarad');
    await buyerPage.waitForLoadState('networkidle');
    await expectNoAxeViolations(buyerPage);
    await survey.getByRole('button', { name: `Välj: ${offerName}` }).click();
    const dialog = buyerPage.getByRole('dialog');
    await dialog.getByLabel('Skäl för valet').fill('Ledig plats nära skolan.');
    await expectNoAxeViolations(buyerPage);
    await dialog.getByRole('button', { name: 'Välj och beställ' }).click();
    await expect
      .poll(() => survey.getByRole('link', { name: 'Öppna beställningen' }).count(), SLOW)
      .toBe(1);
    await expectNoAxeViolations(buyerPage);
  });
});
