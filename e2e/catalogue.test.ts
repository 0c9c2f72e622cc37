// A caseworker in Kristianstad looks for an HVB place for a teenager: opens the supplier
// catalogue, filters by target group, free places and distance, and reads the results, which
// are counted for screen readers. The page passes axe before and after the search.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const CASEWORKER = 'handlaggare@kristianstad.demo.tildel.se';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, CASEWORKER);
});
afterAll(() => browser?.close());

/** Open a Mantine select by its label and pick the first option with this text. */
async function choose(label: string, option: string, typed?: string) {
  const input = page.getByLabel(label, { exact: true }).and(page.locator('input'));
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe('the supplier catalogue', () => {
  test('a caseworker finds HVB homes with free places for youth near Kristianstad', async () => {
    await page.getByRole('navigation').locator('a[href="/catalogue"]').click();
    await page.waitForURL((url) => url.pathname === '/catalogue');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Leverantörskatalog');
    await page.getByText('Välj filter och sök').waitFor();
    await expectNoAxeViolations(page);

    await choose('Tjänstekategori', 'HVB för barn och unga');
    await choose('Målgrupp', 'Ungdomar 13–17 år');
    await page.getByRole('textbox', { name: 'Minst lediga platser', exact: true }).fill('1');
    await choose('Kommun', 'Kristianstad', 'Kristianstad');
    await page.getByRole('textbox', { name: 'Inom avstånd', exact: true }).fill('100');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();

    const status = page.locator('main [role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/hittades/);
    const rows = page.locator('main table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await status.textContent()).toContain(`${await rows.count()} verksamheter hittades`);
    // Every row is a youth home with room, within 100 km, with its permit status in words.
    for (const row of await rows.all()) {
      await expect.poll(() => row.textContent()).toContain('Ungdomar 13–17 år');
      const places = /(\d+) av (\d+) lediga/.exec((await row.textContent()) ?? '');
      expect(Number(places?.[1])).toBeGreaterThanOrEqual(1);
      expect(await row.textContent()).toMatch(
        /Giltigt tillstånd|Tillståndsproblem|Inget tillstånd registrerat/,
      );
    }
    await expectNoAxeViolations(page);
  });

  test('filters that match nothing show an empty state', async () => {
    await page.getByRole('textbox', { name: 'Ålder', exact: true }).fill('120');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('Inga verksamheter matchar', { exact: true }).waitFor();
    expect(await page.locator('main [role="status"]').textContent()).toBe(
      'Inga verksamheter matchar filtren.',
    );
    await expectNoAxeViolations(page);
  });
});

describe('the service taxonomy', () => {
  test('a procurement officer adds a target group and retires it', async () => {
    const officer = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn(officer, 'upphandlare@sydupphandling.demo.tildel.se');
    await officer.getByRole('navigation').locator('a[href="/taxonomy"]').click();
    await officer.waitForURL((url) => url.pathname === '/taxonomy');
    await expect.poll(() => officer.locator('main h1').textContent()).toBe('Tjänstekategorier');
    await officer.getByRole('rowheader', { name: 'HVB för barn och unga', exact: true }).waitFor();
    await expectNoAxeViolations(officer);

    const code = `e2e_${Date.now()}`;
    await officer.getByRole('button', { name: 'Lägg till målgrupp' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.waitFor();
    await officer.waitForTimeout(400); // let the modal finish opening
    await expectNoAxeViolations(officer);
    await dialog.getByLabel(/^Kod/).fill(code);
    await dialog.getByLabel('Namn på svenska').fill('Unga med spelberoende');
    await dialog.getByLabel('Namn på danska').fill('Unge med spilleafhængighed');
    await dialog.getByLabel('Namn på engelska').fill('Youth with gambling addiction');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = officer.locator('main tbody tr', { hasText: code });
    await row.waitFor();

    await row.getByRole('button', { name: 'Avveckla Unga med spelberoende' }).click();
    await officer.getByRole('dialog').waitFor();
    await officer.waitForTimeout(400);
    await expectNoAxeViolations(officer);
    await officer.getByRole('dialog').getByRole('button', { name: 'Avveckla' }).click();
    await row.getByText('Avvecklad').waitFor();
    await expectNoAxeViolations(officer);
  });
});
