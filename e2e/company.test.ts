// The supplier keeps its own data and a procurement officer finds it in the registry: Lindgården's
// admin edits the company profile, adds an establishment and reports its free places (a report
// over the total is refused); the officer searches the registry, opens Lindgården and sees the new
// establishment, and a second registration of Lindgården's number is refused naming it. Every page
// and dialog passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser, swedishDownloadLinks } from './support/browser.ts';
import { signIn } from './support/session.ts';

const SUPPLIER_ADMIN = 'admin@lindgarden.demo.tildel.se';
const OFFICER = 'upphandlare@sydupphandling.demo.tildel.se';
const stamp = Date.now();
const HOME = `Lindgårdens korttidshem ${stamp}`;
const STREET = `Lindvägen ${stamp % 100}`;

let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(page: Page, path: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  // A busy machine takes more than expect.poll's one second to load a page.
  await expect.poll(() => page.locator('main h1').textContent(), { timeout: 10_000 }).toBe(title);
  await page.waitForLoadState('networkidle');
}

/** Wait for a Mantine modal to finish opening, so axe sees it as the user does. */
async function openDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(400);
  return dialog;
}

describe('a supplier keeps its own data', () => {
  let page: Page;

  beforeAll(async () => {
    page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn(page, SUPPLIER_ADMIN);
  });

  test('the admin edits the company profile and adds a shared mailbox', async () => {
    await open(page, '/company', 'Företagsprofil');
    await expectNoAxeViolations(page);
    await page.getByLabel('Gatuadress').fill(STREET);
    await page.getByRole('button', { name: 'Spara profil' }).click();
    await page.locator('main [role="status"]', { hasText: 'Profilen är sparad.' }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Gatuadress').inputValue()).toBe(STREET);

    await page.getByRole('button', { name: 'Lägg till kontakt' }).click();
    const dialog = await openDialog(page);
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Brevlådans namn').fill('Avrop');
    await dialog.getByLabel('E-post').fill(`avrop.${stamp}@lindgarden.demo.tildel.se`);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .locator('section[aria-labelledby="contacts-heading"] tbody tr', {
        hasText: `avrop.${stamp}`,
      })
      .waitFor();
    await expectNoAxeViolations(page);
  });

  test('the admin adds an establishment and reports its free places', async () => {
    await open(page, '/company/establishments', 'Verksamheter');
    await expectNoAxeViolations(page);
    expect((await swedishDownloadLinks(page))[1]).toMatch(
      /\/company\/establishments\/export\?.*format=xlsx$/,
    );
    await page.getByRole('button', { name: 'Lägg till verksamhet' }).click();
    const dialog = await openDialog(page);
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Namn').fill(HOME);
    await dialog.getByLabel('Tjänst').selectOption('hvb');
    await dialog.getByLabel('Kommun').selectOption({ label: 'Kristianstad' });
    await dialog.getByLabel('Platser totalt').fill('6');
    await dialog.getByLabel('Lediga platser').fill('1');
    await dialog.getByRole('checkbox', { name: 'Ungdomar 13–17 år' }).check();
    await dialog.getByLabel('Lägsta ålder').fill('13');
    await dialog.getByLabel('Högsta ålder').fill('17');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator('main tbody tr', { hasText: HOME });
    await row.waitFor();
    expect(await row.textContent()).toContain('1 lediga av 6');

    await row.getByRole('button', { name: `Uppdatera lediga platser på ${HOME}` }).click();
    const places = await openDialog(page);
    expect(await places.textContent()).toContain('Senast rapporterat');
    await places.getByLabel('Lediga platser').fill('20');
    await places.getByRole('button', { name: 'Rapportera platser' }).click();
    await places
      .getByText('Antalet lediga platser (20) kan inte vara fler än platserna totalt (6).')
      .waitFor();
    await expectNoAxeViolations(page);
    await places.getByLabel('Lediga platser').fill('3');
    await places.getByRole('button', { name: 'Rapportera platser' }).click();
    await places.waitFor({ state: 'detached' });
    await expect.poll(() => row.textContent()).toContain('3 lediga av 6');
    await expectNoAxeViolations(page);
  });

  test('the admin sees the consultants page and its dialog', async () => {
    await open(page, '/company/consultants', 'Konsulter');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Lägg till konsult' }).click();
    const dialog = await openDialog(page);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});

describe('a procurement officer reads the registry', () => {
  let page: Page;

  beforeAll(async () => {
    page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn(page, OFFICER);
  });

  test('finds Lindgården and sees the new establishment with its places', async () => {
    await open(page, '/suppliers', 'Leverantörer');
    await expectNoAxeViolations(page);
    await page.getByLabel('Namn eller nummer').fill('Lindgården');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    const link = page.getByRole('link', { name: 'Lindgårdens HVB AB' });
    await link.click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Lindgårdens HVB AB');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main').textContent()).toContain(STREET);
    await expectNoAxeViolations(page);

    await page.getByRole('tab', { name: 'Verksamheter' }).click();
    const row = page.locator('main tbody tr', { hasText: HOME });
    await row.waitFor();
    expect(await row.textContent()).toContain('3 av 6');
    await expectNoAxeViolations(page);
  });

  test('registering Lindgården’s number again is refused, naming Lindgården', async () => {
    await page.getByRole('tab', { name: 'Profil och kontakter' }).click();
    const identifier = (
      await page
        .locator('main')
        .getByText(/^\d{6}-\d{4}$/)
        .first()
        .textContent()
    )?.trim();
    expect(identifier).toMatch(/^\d{6}-\d{4}$/);
    await open(page, '/suppliers', 'Leverantörer');
    await page.getByRole('button', { name: 'Registrera leverantör' }).click();
    const dialog = await openDialog(page);
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Företagsnamn').fill('Kopia av Lindgården AB');
    await dialog.getByLabel('Organisationsnummer').fill(identifier!);
    await dialog
      .getByLabel('E-post till leverantörens administratör')
      .fill(`kopia.${stamp}@example.se`);
    await dialog.getByRole('button', { name: 'Registrera och bjud in' }).click();
    await dialog.getByText('Numret är redan registrerat för Lindgårdens HVB AB.').waitFor();
    await expectNoAxeViolations(page);
  });
});

describe('the supplier closes an establishment and reopens it', () => {
  let page: Page;

  beforeAll(async () => {
    page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn(page, SUPPLIER_ADMIN);
  });

  test('closing asks first, keeps the establishment listed as closed, and it can be reopened', async () => {
    await open(page, '/company/establishments', 'Verksamheter');
    const row = page.locator('main tbody tr', { hasText: HOME });
    await row.getByRole('button', { name: `Stäng ${HOME}` }).click();
    const dialog = await openDialog(page);
    expect(await dialog.textContent()).toContain('försvinner ur katalogen');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Stäng verksamheten' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('main [role="status"]', { hasText: `${HOME} har stängts.` }).waitFor();
    await expect.poll(() => row.textContent()).toContain('Stängd sedan');
    await expectNoAxeViolations(page);

    await row.getByRole('button', { name: `Öppna igen: ${HOME}` }).click();
    await page.locator('main [role="status"]', { hasText: `${HOME} har öppnats igen` }).waitFor();
    await expect.poll(() => row.textContent()).not.toContain('Stängd sedan');
    await row.getByRole('button', { name: `Stäng ${HOME}` }).waitFor();
  });
});
