// A caseworker describes a placement need: a personnummer in the needs text is refused on the
// field with the reason, removed, the draft saved, submitted, and listed as submitted. On the
// demo needs she sees the ways to call them off: the DPS for the hired social worker, the HVB
// agreement's lots for the placement, each with its procedure and why. Every page and dialog
// passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { expectAgeAsked } from './support/person.ts';
import { signIn } from './support/session.ts';

const CASEWORKER = 'handlaggare@kristianstad.demo.tildel.se';
const TITLE = `HVB-placering e2e ${Date.now()}`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, CASEWORKER);
});
afterAll(() => browser?.close());

async function openDialog(p: Page) {
  const dialog = p.getByRole('dialog');
  await dialog.waitFor();
  await p.waitForTimeout(400);
  return dialog;
}

describe('a caseworker describes a placement need', () => {
  test('the list shows the demo needs with their state', async () => {
    await page.getByRole('navigation').locator('a[href="/needs"]').click();
    await page.waitForURL((url) => url.pathname === '/needs');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Behov och beställningar');
    await page.locator('main tbody tr', { hasText: 'HVB-placering, pojke 15 år' }).waitFor();
    const downloads = page.getByRole('group', { name: 'Ladda ner' });
    await expect
      .poll(() => downloads.getByRole('link', { name: 'CSV (för Excel)' }).getAttribute('href'))
      .toMatch(/\/needs\/export\?.*format=csv$/);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });

  test('chooses the kind in a dialog and gets the placement form with the privacy hint', async () => {
    await page.getByRole('button', { name: 'Nytt behov' }).click();
    const dialog = await openDialog(page);
    await expectNoAxeViolations(page);
    await dialog.getByRole('radio', { name: 'Placering' }).check();
    await dialog.getByRole('button', { name: 'Fortsätt' }).click();
    await page.waitForURL((url) => url.pathname === '/needs/new/placement');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Nytt behov: Placering');
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Skriv inte namn, adresser eller personnummer');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });

  test('a personnummer in the needs text is refused on the field, saying why', async () => {
    const main = page.locator('main');
    await main.getByLabel('Rubrik').fill(TITLE);
    const age = await expectAgeAsked(main, 'Spara utkast');
    expect(page.url()).toContain('/needs/new/placement');
    await expectNoAxeViolations(page);
    await age.fill('15');
    await main.getByLabel('Kön').selectOption('male');
    await main.getByRole('checkbox', { name: 'Ungdomar 13–17 år' }).check();
    const needs = main.getByRole('textbox', { name: /^Behov\b/ });
    await needs.fill('Pojken 19121212-1212 behöver struktur och stöd i skolan.');
    await main.getByLabel('Hemkommun').selectOption('1290');
    await main.getByLabel('Start').fill('2027-02-01');
    await main.getByRole('button', { name: 'Spara utkast' }).click();

    await expect.poll(() => needs.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await needs.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.includes('error'));
    expect(errorId).toBeTruthy();
    await expect
      .poll(() => page.locator(`[id="${errorId}"]`).textContent())
      .toContain('Skriv inte personnummer: behovet ska vara avidentifierat');
    expect(page.url()).toContain('/needs/new/placement');
    await expectNoAxeViolations(page);

    // Leaving the unsaved need asks first; staying keeps every field as typed.
    await page.getByRole('navigation').locator('a[href="/needs"]').click();
    const question = page.getByRole('dialog', { name: 'Osparade ändringar' });
    await question.waitFor();
    await expectNoAxeViolations(page);
    await question.getByRole('button', { name: 'Avbryt' }).click();
    await question.waitFor({ state: 'detached' });
    expect(page.url()).toContain('/needs/new/placement');
    expect(await main.getByLabel('Rubrik').inputValue()).toBe(TITLE);

    await needs.fill('Pojken behöver struktur och stöd i skolan.');
    await main.getByRole('button', { name: 'Spara utkast' }).click();
    await page.waitForURL((url) => /^\/needs\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => page.locator('main h1').textContent()).toBe(TITLE);
    await page.locator('main [role="status"]', { hasText: 'Behovet har sparats.' }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Utkast');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });

  test('submits the draft and sees it in the list as submitted', async () => {
    await page.getByRole('button', { name: 'Skicka till beställarna' }).click();
    await page
      .locator('main [role="status"]', { hasText: 'Behovet har skickats till beställarna.' })
      .waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Skickat');
    expect(await page.getByRole('button', { name: 'Ändra' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // Withdrawing asks first; the dialog is checked and cancelled.
    await page.getByRole('button', { name: 'Återkalla' }).click();
    const dialog = await openDialog(page);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Alla behov' }).click();
    await page.waitForURL((url) => url.pathname === '/needs');
    const row = page.locator('main tbody tr', { hasText: TITLE });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Skickat');
    await page.getByLabel('Status').selectOption('submitted');
    await row.waitFor();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  });
});

describe('the ways to call off a need', () => {
  async function openNeed(title: string) {
    await page.getByRole('navigation').locator('a[href="/needs"]').click();
    await page.waitForURL((url) => url.pathname === '/needs');
    // Every state: a demo need may already be in a call-off.
    await page.getByLabel('Status').selectOption('');
    await page.locator('main tbody tr', { hasText: title }).getByRole('link').click();
    await page.waitForURL((url) => /^\/needs\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => page.locator('main h1').textContent()).toBe(title);
    const table = page.locator('main table', {
      has: page.locator('caption', { hasText: 'Ramavtalens delområden och DIS-kategorier' }),
    });
    await table.locator('tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    return table;
  }

  test('the hired social worker can be called off from Kristianstad’s DPS', async () => {
    const table = await openNeed('Inhyrd socialsekreterare, barn och unga, 100 %');
    await expect
      .poll(() => page.locator('main h2', { hasText: 'Sätt att avropa' }).count())
      .toBe(1);
    const rows = table.locator('tbody tr', {
      hasText: 'Dynamiskt inköpssystem för hyrsocionomer',
    });
    expect(await rows.count()).toBeGreaterThan(0);
    await expect.poll(() => rows.first().textContent()).toContain('Särskilt kontrakt inom DIS');
    await expect
      .poll(() => rows.first().textContent())
      .toContain('alla antagna leverantörer i kategorin');
    // Staffing is not a placement: no HVB lot is offered.
    expect(await table.locator('tbody tr', { hasText: 'HVB för barn och unga' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('the HVB placement shows the agreement’s lots: its own area’s by ranking, the others in one line', async () => {
    const table = await openNeed('HVB-placering, pojke 15 år');
    const lots = table.locator('tbody tr', { hasText: 'HVB för barn och unga' });
    await expect.poll(() => lots.count()).toBe(2);
    const ranked = table.locator('tbody tr', { hasText: 'Delområde 1: Skåne nordost' });
    await expect.poll(() => ranked.textContent()).toContain('Rangordning');
    await expect
      .poll(() => ranked.textContent())
      .toContain('Delområdet avropas alltid genom rangordning.');
    // Kristianstad (1290) lies in Skåne nordost only: the agreement's three other lots are one
    // line, none of them shown by itself; so are those of the agreement before it, expired.
    const elsewhere = table
      .locator('tbody tr', { hasText: 'SYD-2025-014' })
      .filter({ hasText: '3 delområden' });
    const expiredElsewhere = table
      .locator('tbody tr', { hasText: 'SYD-2023-002' })
      .filter({ hasText: '3 delområden' });
    await expect.poll(() => expiredElsewhere.count()).toBe(1);
    // Read agreement by agreement: each one's line for other municipalities follows its own lot.
    const references = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => /SYD-\d{4}-\d{3}/.exec(row.textContent ?? '')?.[0] ?? ''),
      );
    expect(references.filter((reference) => reference !== '')).toEqual([
      'SYD-2023-002',
      'SYD-2023-002',
      'SYD-2024-007',
      'SYD-2025-014',
      'SYD-2025-014',
    ]);
    await expect.poll(() => elsewhere.textContent()).toContain('Kan inte användas nu');
    await expect
      .poll(() => elsewhere.textContent())
      .toContain('Delområdena gäller andra kommuner än er.');
    expect(await table.locator('tbody tr', { hasText: 'Skåne syd och väst' }).count()).toBe(0);
    // The staffing DPS does not answer a placement.
    expect(
      await table
        .locator('tbody tr', { hasText: 'Dynamiskt inköpssystem för hyrsocionomer' })
        .count(),
    ).toBe(0);
    await expectNoAxeViolations(page);
  });
});
