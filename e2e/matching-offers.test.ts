// Issue 12's offers seen in the browser. A Danish caseworker in Aarhus (no body of its own) finds
// the Danish service types in the catalogue's filters and reads target groups by name, never by
// code. A supplier's admin opens its offers, sees how fresh each is, confirms them all in one
// click, opens the edit form and records the supervisory assessment. Every page and dialog passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const AARHUS_CASEWORKER = 'sagsbehandler@aarhus.demo.tildel.se';
const SUPPLIER_ADMIN = 'admin@lindgarden.demo.tildel.se';

let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(page: Page, path: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await expect.poll(() => page.locator('main h1').textContent(), { timeout: 10_000 }).toBe(title);
  await page.waitForLoadState('networkidle');
}

describe('the Danish catalogue', () => {
  test('Aarhus searches by Danish service types and reads target groups by name', async () => {
    const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
    await signIn(page, AARHUS_CASEWORKER);
    await open(page, '/catalogue', 'Leverandørkatalog');
    const category = page.getByLabel('Ydelseskategori', { exact: true }).and(page.locator('input'));
    await category.click();
    await page.getByRole('option', { name: 'Familiebehandling' }).first().click();
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    const rows = page.locator('main table tbody tr');
    await rows.first().waitFor({ timeout: 10_000 });
    const badges = await page.locator('main table tbody .mantine-Badge-label').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    for (const label of badges) expect(label).not.toMatch(/_/);
    await expectNoAxeViolations(page);
  });
});

describe("a supplier's offers", () => {
  test('the admin sees freshness, confirms every offer in one click, edits and records an assessment', async () => {
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn(page, SUPPLIER_ADMIN);
    await open(page, '/company/offers', 'Erbjudanden');
    await page.locator('main table tbody tr').first().waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Bekräfta alla erbjudanden' }).click();
    await page
      .locator('main [role="status"]', { hasText: /\d+ erbjudanden? bekräfta(t|de)\./ })
      .waitFor();
    const rows = page.locator('main table tbody tr');
    for (const row of await rows.all()) {
      await expect.poll(() => row.textContent()).toContain('Bekräftad i dag av');
      expect(await row.textContent()).not.toContain('Inaktuell');
    }

    await rows.first().getByRole('button', { name: 'Ändra' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForTimeout(400);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Spara och bekräfta' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The supervisory authority's assessment: a day and seven theme scores.
    await rows.first().getByRole('button', { name: 'Ny bedömning' }).click();
    const assessment = page.getByRole('dialog');
    await assessment.waitFor();
    await page.waitForTimeout(400);
    await expectNoAxeViolations(page);
    await assessment.getByLabel('Bedömd den').fill('2026-03-01');
    await assessment.getByLabel('Kompetenser').fill('5');
    await assessment.getByRole('button', { name: 'Spara bedömningen' }).click();
    await assessment.waitFor({ state: 'detached' });
    await expect
      .poll(() => rows.first().textContent())
      .toMatch(/Bedömt .*4 · 4 · 4 · 4 · 4 · 5 · 4/);
  });

  test('the CSV import (the shared CsvImport) previews a file, rejects an unknown offer, and imports nothing', async () => {
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn(page, SUPPLIER_ADMIN);
    await open(page, '/company/offers', 'Erbjudanden');
    await page.getByRole('button', { name: 'Importera CSV' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const importButton = dialog.getByRole('button', { name: 'Importera', exact: true });
    expect(await importButton.isDisabled()).toBe(true);
    await dialog
      .getByLabel('Innehåll')
      .fill('establishment_name;places_total;places_free\nFinns Inte Hemmet;4;1');
    await dialog.getByRole('button', { name: 'Förhandsgranska' }).click();
    await dialog.locator('[role="status"]', { hasText: '0 rader godtas, 1 avvisas.' }).waitFor();
    const rejected = dialog.locator('table', { hasText: 'Finns Inte Hemmet' });
    await rejected.waitFor();
    expect(await importButton.isDisabled()).toBe(true);
    await page.waitForTimeout(400);
    await expectNoAxeViolations(page);
    // A change after the preview asks for a new one before anything can be imported.
    await dialog.getByLabel('Innehåll').fill('establishment_name;places_total\nNågot annat;2');
    await dialog.getByText('Innehållet har ändrats sedan förhandsgranskningen.').waitFor();
    expect(await importButton.isDisabled()).toBe(true);
  });
});
