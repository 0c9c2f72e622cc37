// The quality officer's follow-up in the browser: the hub with this year's progress and the risk
// order, an establishment's pre-visit checklist whose permit check refuses to be marked done
// without what was seen, and a visit recorded with findings (a finding not met needs its text),
// which then offers a request for correction. Every page and dialog passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const OFFICER = 'kvalitet@sydupphandling.demo.tildel.se';
const HVB_AGREEMENT = 'SYD-2025-014';

let browser: Browser;
let baseUrl: string;
let officer: Page;

beforeAll(async () => {
  baseUrl = inject('baseUrl');
  browser = await launchBrowser();
  officer = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(officer, OFFICER);
});
afterAll(() => browser?.close());

/** Wait for a Mantine modal to finish opening, so axe sees it as the user does. */
async function openDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(400);
  return dialog;
}

async function heading(page: Page) {
  await page.locator('main h1').waitFor();
  return (await page.locator('main h1').textContent()) ?? '';
}

describe('the follow-up plan and a visit', () => {
  test('the hub shows the year’s progress, the plan and the risk order', async () => {
    await officer.goto(`${baseUrl}/followup`);
    await expect.poll(() => heading(officer)).toBe('Uppföljning');
    await officer.getByText('41 av 60 besök').waitFor();
    await officer.getByRole('table', { name: /Planerade besök/ }).waitFor();
    const candidates = officer.getByRole('table', { name: /högst risk först/ });
    await candidates.locator('tbody tr').first().waitFor();
    await officer.waitForLoadState('networkidle');
    await expectNoAxeViolations(officer);
  });

  test('the checklist refuses to mark the permit check done without what was seen', async () => {
    const row = officer
      .getByRole('table', { name: /högst risk först/ })
      .locator('tbody tr', { hasText: HVB_AGREEMENT })
      .first();
    await row.getByRole('link').first().click();
    await expect.poll(() => heading(officer)).toMatch(/^Inför besök: /);
    // The top candidate may have no permit on record: then the record says so, and the check
    // can still be marked.
    await officer.getByRole('button', { name: 'Markera kontrollen gjord' }).waitFor();
    await officer.waitForLoadState('networkidle');
    await expectNoAxeViolations(officer);

    await officer.getByRole('button', { name: 'Markera kontrollen gjord' }).click();
    const dialog = await openDialog(officer);
    await expectNoAxeViolations(officer);
    await dialog.getByRole('button', { name: 'Markera gjord' }).click();
    await dialog.getByText('Ange vad du såg i tillståndsregistret', { exact: false }).waitFor();
    await expectNoAxeViolations(officer);
    await dialog.getByRole('radio', { name: 'Giltigt' }).check();
    await dialog.getByRole('button', { name: 'Markera gjord' }).click();
    await dialog.waitFor({ state: 'detached' });
    await officer
      .locator('main [role="status"]', { hasText: 'Kontrollen är registrerad.' })
      .waitFor();
  });

  test('a visit is recorded with findings and offers a request for correction', async () => {
    await officer
      .getByRole('link', { name: /^Registrera besök/ })
      .first()
      .click();
    await expect.poll(() => heading(officer)).toBe('Registrera besök');
    await officer.waitForLoadState('networkidle');
    await expectNoAxeViolations(officer);

    await officer.getByLabel('Deltagare').fill('Karin Kvalitet\nFöreståndaren');
    const groups = officer.getByRole('radiogroup');
    const count = await groups.count();
    expect(count).toBeGreaterThan(1);
    await groups.nth(0).getByRole('radio', { name: 'Inte uppfyllt', exact: true }).check();
    for (let i = 1; i < count; i++)
      await groups.nth(i).getByRole('radio', { name: 'Uppfyllt', exact: true }).check();
    await officer.getByRole('button', { name: 'Spara besöket' }).click();
    await officer.getByText('Beskriv vad som inte är uppfyllt.').waitFor();
    await expectNoAxeViolations(officer);

    await officer
      .getByRole('textbox', { name: /^Beskrivning/ })
      .first()
      .fill('Ingen vaken nattpersonal natten före besöket.');
    await officer.getByRole('button', { name: 'Spara besöket' }).click();
    await expect.poll(() => heading(officer)).toMatch(/^Besök: /);
    await officer.getByText('Ingen vaken nattpersonal natten före besöket.').waitFor();
    await officer.waitForLoadState('networkidle');
    await expectNoAxeViolations(officer);

    await officer.getByRole('button', { name: 'Skapa anmodan om rättelse' }).click();
    const dialog = await openDialog(officer);
    await expect
      .poll(() => dialog.getByRole('textbox', { name: /Vad som ska rättas/ }).inputValue())
      .toContain('Ingen vaken nattpersonal');
    await expectNoAxeViolations(officer);
  });
});
