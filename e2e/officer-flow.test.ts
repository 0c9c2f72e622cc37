// The quality officer's flow from a request for correction to hiding, in the browser: the officer
// opens the demo's open request to Lindgårdens HVB AB and sees it unanswered, hides the supplier on
// the HVB agreement with a reason through the agreement page, sees it hidden there, and reads the
// supplier's follow-up timeline listing the request and the hiding. Hiding changes demo data other
// browser tests read, so this test runs its own server on its own database. axe checks every page
// and dialog.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { startTildelServer, type RunningServer } from './support/server.ts';
import { DEMO_PASSWORD, signIn } from './support/session.ts';

const OFFICER = 'kvalitet@sydupphandling.demo.tildel.se';
const SUPPLIER_NAME = 'Lindgårdens HVB AB';
const AGREEMENT = 'HVB för barn och unga';
const REASON = 'Vaken nattpersonal saknas fortfarande; rättelse uteblev.';
const DATABASE = 'tildel_e2e_officer_flow';
const SLOW = { timeout: 30_000 };

let server: RunningServer;
let browser: Browser;
let officer: Page;

beforeAll(async () => {
  server = await startTildelServer(inject('clusterUrl'), DATABASE);
  browser = await launchBrowser();
  officer = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(officer, OFFICER, DEMO_PASSWORD, server.baseUrl);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string, title: string) {
  await officer.goto(`${server.baseUrl}${path}`);
  await expect.poll(() => officer.locator('main h1').textContent()).toBe(title);
  await officer.waitForLoadState('networkidle');
}

/** Wait for a Mantine modal to finish opening, so axe sees it as the user does. */
async function openDialog() {
  const dialog = officer.getByRole('dialog');
  await dialog.waitFor();
  await officer.waitForTimeout(400);
  return dialog;
}

describe("the quality officer's flow from request for correction to hiding", () => {
  test('the open request to Lindgården is not answered', SLOW, async () => {
    await open('/followup/corrections', 'Anmodan om rättelse');
    const row = officer.locator('main tbody tr', { hasText: SUPPLIER_NAME });
    await row.getByText('Öppen').waitFor();
    await expectNoAxeViolations(officer);
    await row.getByRole('link', { name: SUPPLIER_NAME }).click();
    await expect
      .poll(() => officer.locator('main h1').textContent())
      .toBe(`Anmodan om rättelse: ${SUPPLIER_NAME}`);
    await officer.getByText('Inga svar ännu.').waitFor();
    await expectNoAxeViolations(officer);
  });

  // Five pages and dialogs checked with axe: under a loaded CI machine it passed 30 s.
  test(
    'the officer hides the supplier on the agreement with a reason',
    { timeout: 90_000 },
    async () => {
      await open('/agreements', 'Ramavtal');
      await officer.getByRole('link', { name: AGREEMENT }).click();
      await expect.poll(() => officer.locator('main h1').textContent()).toBe(AGREEMENT);
      await officer.waitForLoadState('networkidle');
      // The establishments hidden on the agreement are listed beside the lots.
      await officer.getByRole('heading', { name: 'Dolda enheter' }).waitFor();
      await expectNoAxeViolations(officer);

      await officer.getByRole('button', { name: 'Dölj en enhet' }).click();
      let dialog = await openDialog();
      await expectNoAxeViolations(officer);
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      await dialog.waitFor({ state: 'detached' });

      const row = officer.locator('main tbody tr', { hasText: SUPPLIER_NAME }).first();
      await row.getByRole('button', { name: /Ändra status/ }).click();
      dialog = await openDialog();
      await expectNoAxeViolations(officer);
      await dialog.getByRole('textbox', { name: /Skäl/ }).fill(REASON);
      await dialog.getByRole('button', { name: 'Dölj leverantören' }).click();

      // After the change the supplier's status history opens, with the way to the whole timeline.
      dialog = officer.getByRole('dialog', { name: `Statushistorik för ${SUPPLIER_NAME}` });
      await dialog.waitFor();
      await officer.waitForTimeout(400);
      await dialog.getByText(REASON).waitFor();
      await expectNoAxeViolations(officer);
      await dialog.getByRole('button', { name: 'Stäng' }).click();
      await dialog.waitFor({ state: 'detached' });

      await row.getByText('Dold', { exact: true }).waitFor();
      await expectNoAxeViolations(officer);
    },
  );

  test('the supplier timeline lists the request and the hiding', SLOW, async () => {
    const row = officer.locator('main tbody tr', { hasText: SUPPLIER_NAME }).first();
    await row.getByRole('button', { name: /Historik/ }).click();
    const dialog = await openDialog();
    await dialog.getByRole('link', { name: 'Hela uppföljningens tidslinje' }).click();
    await expect.poll(() => officer.locator('main h1').textContent()).toBe(SUPPLIER_NAME);
    const timeline = officer.getByRole('table', { name: /Allt i uppföljningen/ });
    await timeline.waitFor();
    const hidden = timeline.locator('tr', { hasText: 'Leverantören dold' });
    await hidden.first().waitFor();
    expect(await hidden.first().textContent()).toContain(REASON);
    await timeline.getByRole('link', { name: 'Anmodan om rättelse' }).first().waitFor();
    await officer.waitForLoadState('networkidle');
    await expectNoAxeViolations(officer);
  });
});
