// Qualification in Kristianstad's DPS for hired social workers: the supplier admin of Lindgården
// applies to one category, answering every requirement, and sees the application pending with its
// deadline; the procurement officer switches to Kristianstad, opens it from the home page's work
// list (with the supplier's documents to download), finds it in the queue with its clock and
// approves it after confirming; the supplier then sees it approved. Every page and dialog passes
// axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const SUPPLIER = 'admin@lindgarden.demo.tildel.se';
const OFFICER = 'upphandlare@sydupphandling.demo.tildel.se';
const DPS_TITLE = 'Dynamiskt inköpssystem för hyrsocionomer';
const CATEGORY = 'Hyrsocionom – barn och unga';
const SUPPLIER_NAME = 'Lindgårdens HVB AB';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(): Promise<Page> {
  return (await browser.newContext({ locale: 'sv-SE' })).newPage();
}

async function openFromNav(page: Page, href: string, title: string): Promise<void> {
  await page.getByRole('navigation').locator(`a[href="${href}"]`).first().click();
  await page.waitForURL((url) => url.pathname === href);
  await expect.poll(() => page.locator('main h1').textContent()).toBe(title);
  await page.waitForLoadState('networkidle');
}

/** Wait for a Mantine modal to finish opening, so axe sees it as the user does. */
async function openDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(400);
  return dialog;
}

async function closeDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The officer works in the body and Kristianstad; Kristianstad owns the DPS. */
async function signInAsOfficerInKristianstad(page: Page) {
  await signIn(page, OFFICER);
  const picker = page.locator('header select:visible', {
    hasNot: page.locator('option[value="da"]'),
  });
  await picker.waitFor();
  const kristianstad = await picker
    .locator('option', { hasText: 'Kristianstads kommun' })
    .getAttribute('value');
  if ((await picker.inputValue()) !== kristianstad) {
    const switched = page.waitForResponse(
      (r) => r.url().endsWith('/api/me/organisation') && r.request().method() === 'PUT',
    );
    await picker.selectOption(kristianstad!);
    expect((await switched).status()).toBe(200);
  }
  await expect.poll(() => picker.inputValue()).toBe(kristianstad);
}

/** The application's own dialog, named by its supplier. */
function applicationDialog(page: Page) {
  return page.getByRole('dialog', { name: `Ansökan från ${SUPPLIER_NAME}` });
}

/** Wait for a dialog named `name` to finish opening (another may still be closing). */
async function openNamedDialog(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await page.waitForTimeout(400);
  return dialog;
}

const APPLICATION_PATH = /^\/dps\/[0-9a-f-]{36}\/applications\/[0-9a-f-]{36}$/;

function ownApplicationRow(page: Page) {
  return page
    .locator('main section', { has: page.locator('#own-applications') })
    .locator('tbody tr', { hasText: DPS_TITLE });
}

describe('a supplier applies to the DPS and the officer approves it within the clock', () => {
  test('the supplier answers every requirement and sees the application pending with its deadline', async () => {
    const page = await newPage();
    try {
      await signIn(page, SUPPLIER);
      await openFromNav(page, '/company/applications', 'DIS-ansökningar');
      await expectNoAxeViolations(page);
      // Lindgården has not applied before.
      await page.getByText('Ni har inte ansökt till något system än.').waitFor();

      const card = page.locator('main article', { hasText: DPS_TITLE });
      await card.getByRole('button', { name: `Ansök till ${DPS_TITLE}` }).click();
      const dialog = await openDialog(page);
      await expectNoAxeViolations(page);

      // Sending nothing says what is missing.
      await dialog.getByRole('button', { name: 'Skicka ansökan' }).click();
      await dialog.getByText('Välj minst en kategori.').waitFor();
      await expectNoAxeViolations(page);

      await dialog.getByRole('checkbox', { name: CATEGORY }).check();
      for (const yes of await dialog.getByRole('radio', { name: 'Ja' }).all()) await yes.check();
      await dialog.getByLabel('Antal år i verksamhet').fill('12');
      await dialog.getByLabel('Årsomsättning senaste räkenskapsåret (kronor)').fill('8500000');
      for (const document of ['Ansvarsförsäkring', 'Intyg om betalda skatter', 'Kollektivavtal']) {
        await dialog.getByLabel(document).click();
        await page.getByRole('listbox').getByRole('option').first().click();
      }
      const sent = page.waitForResponse(
        (r) => r.url().includes('/dps-market/') && r.request().method() === 'POST',
      );
      await dialog.getByRole('button', { name: 'Skicka ansökan' }).click();
      expect((await sent).status()).toBe(201);
      await dialog.waitFor({ state: 'detached' });
      await page.locator('main [role="status"]', { hasText: 'Ansökan har skickats' }).waitFor();

      const row = ownApplicationRow(page);
      await row.getByText('Under prövning').waitFor();
      await row.getByText(/\d+ arbetsdagar kvar/).waitFor();
      await expect(row.textContent()).resolves.toContain(CATEGORY);
      await expectNoAxeViolations(page);
    } finally {
      await page.context().close();
    }
  });

  test('the officer opens the application from the home page and downloads its documents', async () => {
    const page = await newPage();
    try {
      await signInAsOfficerInKristianstad(page);
      await openFromNav(page, '/', 'Mitt arbete');
      const row = page
        .locator('main table', {
          has: page.locator('caption', {
            hasText: 'Ansökningar till dynamiska inköpssystem som väntar på beslut',
          }),
        })
        .locator('tbody tr', { hasText: SUPPLIER_NAME });
      await row.waitFor();
      await expectNoAxeViolations(page);

      // The row opens the application itself: its own address, the DPS page with it open.
      await row.getByRole('link', { name: SUPPLIER_NAME }).click();
      await page.waitForURL((url) => APPLICATION_PATH.test(url.pathname));
      await expect.poll(() => page.locator('main h1').textContent()).toBe(DPS_TITLE);
      const dialog = applicationDialog(page);
      await dialog.waitFor();
      await page.waitForTimeout(400);
      await dialog.getByText(CATEGORY).waitFor();

      // The three documents Lindgården attached, each downloadable by the officer.
      const documents = dialog
        .locator('section', { has: page.getByRole('heading', { name: 'Bifogade dokument' }) })
        .getByRole('link');
      await expect.poll(() => documents.count()).toBe(3);
      for (const link of await documents.all()) {
        const href = await link.getAttribute('href');
        expect(href).toMatch(
          /^\/api\/organisations\/[0-9a-f-]{36}\/suppliers\/[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}\/file$/,
        );
        const file = await page.request.get(new URL(href!, page.url()).toString());
        expect(file.status()).toBe(200);
        expect(file.headers()['content-disposition']).toContain('attachment');
      }
      // Nothing is decided beforehand: each decision is a button that asks first.
      await dialog.getByRole('button', { name: 'Godkänn', exact: true }).waitFor();
      await expect(dialog.getByRole('radio').count()).resolves.toBe(0);
      await expect(dialog.getByRole('button', { name: 'Godkänn ansökan' }).count()).resolves.toBe(
        0,
      );
      await expectNoAxeViolations(page);

      // Closing it leaves the DPS page on its queue, with the application still there.
      await dialog.getByRole('button', { name: 'Stäng', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.waitForURL((url) => /^\/dps\/[0-9a-f-]{36}$/.test(url.pathname));
      await expect
        .poll(() => page.getByRole('tab', { name: 'Ansökningar' }).getAttribute('aria-selected'))
        .toBe('true');
      await page.locator('main tbody tr', { hasText: SUPPLIER_NAME }).waitFor();
    } finally {
      await page.context().close();
    }
  });

  test('the officer switches to Kristianstad, sees the clock in the queue and approves', async () => {
    const page = await newPage();
    try {
      await signInAsOfficerInKristianstad(page);
      await openFromNav(page, '/dps', 'Dynamiska inköpssystem');
      await expectNoAxeViolations(page);

      // The set-up dialog, checked and left.
      await page.getByRole('button', { name: 'Inrätta ett DIS' }).click();
      await openDialog(page);
      await page.getByRole('dialog').getByLabel('Referens').waitFor();
      await expectNoAxeViolations(page);
      await closeDialog(page);

      await page.getByRole('link', { name: DPS_TITLE }).click();
      await expect.poll(() => page.locator('main h1').textContent()).toBe(DPS_TITLE);
      await page.getByText('Avrop får påbörjas').waitFor();
      await expectNoAxeViolations(page);

      await page.getByRole('tab', { name: 'Ansökningar' }).click();
      const row = page.locator('main tbody tr', { hasText: SUPPLIER_NAME });
      await row.waitFor();
      await row.getByText(/\d+ arbetsdagar kvar/).waitFor();
      // The seeded application close to its deadline has two working days left.
      await page.locator('main tbody tr', { hasText: '2 arbetsdagar kvar' }).first().waitFor();
      await expectNoAxeViolations(page);

      await row.getByRole('button', { name: `Öppna ansökan från ${SUPPLIER_NAME}` }).click();
      const dialog = await openDialog(page);
      // The open application has an address of its own.
      expect(new URL(page.url()).pathname).toMatch(APPLICATION_PATH);
      await dialog.getByText(CATEGORY).waitFor();
      await dialog.getByText('8 500 000').waitFor();
      await expectNoAxeViolations(page);

      // Rejecting asks first, names the supplier and still requires the reason; cancelling
      // returns to the application.
      await dialog.getByRole('button', { name: 'Avslå', exact: true }).click();
      const rejecting = await openNamedDialog(page, 'Avslå ansökan');
      expect(await rejecting.textContent()).toContain(
        `Avslå ansökan från ${SUPPLIER_NAME} för kategorin ${CATEGORY}?`,
      );
      await expectNoAxeViolations(page);
      await rejecting.getByRole('button', { name: 'Avslå ansökan' }).click();
      await expect
        .poll(() =>
          rejecting
            .getByLabel('Skäl för avslag (leverantören ser det)')
            .getAttribute('aria-invalid'),
        )
        .toBe('true');
      await expectNoAxeViolations(page);
      await rejecting.getByRole('button', { name: 'Avbryt' }).click();
      await rejecting.waitFor({ state: 'detached' });
      const application = await openNamedDialog(page, `Ansökan från ${SUPPLIER_NAME}`);

      // Approving asks first too, naming the supplier and its categories.
      await application.getByRole('button', { name: 'Godkänn', exact: true }).click();
      const approving = await openNamedDialog(page, 'Godkänn ansökan');
      expect(await approving.textContent()).toContain(
        `Godkänn ${SUPPLIER_NAME} för kategorin ${CATEGORY}?`,
      );
      await expectNoAxeViolations(page);
      const approved = page.waitForResponse(
        (r) => r.url().endsWith('/approve') && r.request().method() === 'POST',
      );
      await approving.getByRole('button', { name: 'Godkänn ansökan' }).click();
      expect((await approved).status()).toBe(200);
      await approving.waitFor({ state: 'detached' });
      await application.waitFor({ state: 'detached' });
      await page.locator('main [role="status"]', { hasText: 'Ansökan godkändes.' }).waitFor();
      // Closed again, the page is the DPS's own address.
      expect(new URL(page.url()).pathname).toMatch(/^\/dps\/[0-9a-f-]{36}$/);
      await expect(page.locator('main tbody tr', { hasText: SUPPLIER_NAME }).count()).resolves.toBe(
        0,
      );

      await page.getByRole('tab', { name: 'Antagna leverantörer' }).click();
      await page.locator('main tbody tr', { hasText: CATEGORY }).getByText(SUPPLIER_NAME).waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await page.context().close();
    }
  });

  test('the supplier sees the application approved and the admitted suppliers of its category', async () => {
    const page = await newPage();
    try {
      await signIn(page, SUPPLIER);
      await openFromNav(page, '/company/applications', 'DIS-ansökningar');
      await ownApplicationRow(page).getByText('Godkänd').waitFor();
      await expectNoAxeViolations(page);

      await page
        .locator('main article', { hasText: DPS_TITLE })
        .getByRole('button', { name: 'Antagna leverantörer i era kategorier' })
        .click();
      const dialog = await openDialog(page);
      await dialog.getByText(SUPPLIER_NAME).waitFor();
      await expectNoAxeViolations(page);
    } finally {
      await page.context().close();
    }
  });
});

describe('closing the DPS', () => {
  // The demo DPS stays open for the other tests: the dialog is checked, refused without a
  // reason, and cancelled (closing itself is covered by the server tests).
  test('the owner is asked to confirm and must give the reason suppliers will see', async () => {
    const page = await newPage();
    try {
      await signInAsOfficerInKristianstad(page);
      await openFromNav(page, '/dps', 'Dynamiska inköpssystem');
      await page.getByRole('link', { name: DPS_TITLE }).click();
      await expect.poll(() => page.locator('main h1').textContent()).toBe(DPS_TITLE);
      await page.getByRole('button', { name: 'Stäng systemet' }).click();
      const dialog = await openDialog(page);
      expect(await dialog.textContent()).toContain('Inga fler ansökningar tas emot');
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: 'Stäng systemet' }).click();
      await expect.poll(() => dialog.getByLabel('Skäl').getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page);
      await closeDialog(page);
      await expect(page.getByText('Stängt', { exact: true }).count()).resolves.toBe(0);
    } finally {
      await page.context().close();
    }
  });
});
