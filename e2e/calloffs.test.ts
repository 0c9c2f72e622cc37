// Kristianstad's buyer works on call-off drafts: the demo call-off of a hired social worker under
// the DPS gets a should requirement with points and the price-per-quality-point model, and stays
// saved; then she starts a call-off of the HVB placement under lot 1 and sees the procedure,
// ranking, with its reason. Every page and dialog passes axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const BUYER = 'bestallare@kristianstad.demo.tildel.se';
const STAFFING = 'Inhyrd socialsekreterare, barn och unga, 100 %';
const PLACEMENT = 'HVB-placering, pojke 15 år';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
  await signIn(page, BUYER);
});
afterAll(() => browser?.close());

async function settle(p: Page) {
  await p.waitForLoadState('networkidle');
  await p.waitForTimeout(300);
}

describe("the buyer's call-off drafts", () => {
  test('the list shows the demo call-off as a draft under the DPS', async () => {
    await page.getByRole('navigation').locator('a[href="/calloffs"]').click();
    await page.waitForURL((url) => url.pathname === '/calloffs');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Avrop');
    const row = page.locator('main tbody tr', { hasText: STAFFING });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Särskilt kontrakt inom DIS');
    await expect.poll(() => row.textContent()).toContain('Utkast');
    await settle(page);
    await expectNoAxeViolations(page);
  });

  test('adds a should requirement with points and switches to price per quality point', async () => {
    await page.locator('main tbody tr', { hasText: STAFFING }).getByRole('link').click();
    await page.waitForURL((url) => /^\/calloffs\/[0-9a-f-]+$/.test(url.pathname));
    const main = page.locator('main');
    const title = (n: number) =>
      main.getByRole('group', { name: `Krav ${n}` }).getByLabel('Krav', { exact: true });
    await expect.poll(() => title(1).inputValue()).toBe('Socionomexamen');
    await expect
      .poll(() => main.getByRole('radio', { name: 'Jämförelsepris' }).isChecked())
      .toBe(true);
    await settle(page);
    await expectNoAxeViolations(page);

    await main.getByRole('button', { name: 'Lägg till krav' }).click();
    const added = main.getByRole('group', { name: 'Krav 4' });
    await added.getByLabel('Krav', { exact: true }).fill('Erfarenhet av LVU-utredningar');
    await added.getByLabel('Värde').selectOption('points');
    await added.getByLabel('Poäng').fill('10');
    await main.getByRole('radio', { name: 'Pris per kvalitetspoäng' }).check();
    await main.getByRole('button', { name: 'Spara krav och modell' }).click();
    await expect
      .poll(() => main.textContent())
      .toContain('Kraven och utvärderingsmodellen är sparade.');
    // The deduction for Arabic is not counted by the new model: shown, not refused.
    await expect
      .poll(() => main.textContent())
      .toContain('värdet räknas inte av den valda modellen');
    await settle(page);
    await expectNoAxeViolations(page);

    await page.reload();
    await expect
      .poll(() => main.getByRole('radio', { name: 'Pris per kvalitetspoäng' }).isChecked())
      .toBe(true);
    await expect
      .poll(() =>
        main
          .getByRole('group', { name: 'Krav 4' })
          .getByLabel('Krav', { exact: true })
          .inputValue(),
      )
      .toBe('Erfarenhet av LVU-utredningar');
  });

  test('the weighted model shows the relative-scoring warning, and the cancel dialog passes axe', async () => {
    const main = page.locator('main');
    await main.getByRole('radio', { name: 'Viktad poäng' }).check();
    await expect.poll(() => main.textContent()).toContain('Relativ poängsättning');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Avbryt avropet' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForTimeout(400);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avbryt', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('an unsaved model change holds back the invitation and is not lost by leaving the page', async () => {
    const main = page.locator('main');
    // The weighted model is chosen above but not saved: the invitation would go out without it.
    await expect
      .poll(() => main.getByRole('radio', { name: 'Viktad poäng' }).isChecked())
      .toBe(true);
    const publish = main.locator('section', {
      has: page.getByRole('heading', { name: 'Inbjudan att lämna anbud' }),
    });
    await expect.poll(() => publish.textContent()).toContain('har ändringar som inte är sparade');
    // Leaving by the menu asks first; staying keeps the edit.
    await page.getByRole('navigation').locator('a[href="/needs"]').click();
    const dialog = page.getByRole('dialog', { name: 'Osparade ändringar' });
    await dialog.waitFor();
    await page.waitForTimeout(400);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avbryt', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toMatch(/^\/calloffs\/[0-9a-f-]+$/);
    expect(await main.getByRole('radio', { name: 'Viktad poäng' }).isChecked()).toBe(true);

    // Undoing returns to what is saved, and the invitation may be sent again.
    await main.getByRole('button', { name: 'Ångra ändringarna' }).click();
    await expect
      .poll(() => main.getByRole('radio', { name: 'Pris per kvalitetspoäng' }).isChecked())
      .toBe(true);
    await expect
      .poll(() => publish.textContent())
      .not.toContain('har ändringar som inte är sparade');
  });

  test('starts a call-off of the HVB placement under lot 1 and sees ranking with its reason', async () => {
    await page.goto(new URL('/needs', page.url()).href);
    await page.locator('main tbody tr', { hasText: PLACEMENT }).getByRole('link').first().click();
    await page.waitForURL((url) => /^\/needs\/[0-9a-f-]+$/.test(url.pathname));
    await page.getByRole('link', { name: 'Starta avrop' }).click();
    await page.waitForURL((url) => url.pathname === '/calloffs/new');
    const main = page.locator('main');
    await expect.poll(() => main.locator('h1').textContent()).toBe('Starta avrop');
    const lot = main.getByRole('radio', { name: /Delområde 1: Skåne nordost/ });
    await lot.waitFor();
    await settle(page);
    await expectNoAxeViolations(page);
    await lot.check();
    await expect.poll(() => main.textContent()).toContain('Förfarande som Tildel härleder');
    // The need's target groups and languages are proposed as must requirements, named in words.
    const proposed = main.getByRole('group', { name: 'Krav från behovet' }).getByRole('checkbox');
    const labels = await Promise.all(
      (await proposed.all()).map(
        async (box) =>
          (await box.evaluate((el) => el.closest('label, .mantine-Checkbox-root')?.textContent)) ??
          '',
      ),
    );
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels[0]).toMatch(/^Erfarenhet av målgruppen [^_]+$/);
    // The buyer drops the last one; the rest go into the draft.
    await proposed.last().uncheck();
    await main.getByRole('button', { name: 'Skapa avropsutkast' }).click();
    await page.waitForURL((url) => /^\/calloffs\/[0-9a-f-]+$/.test(url.pathname));
    const requirement = (n: number) =>
      main.getByRole('group', { name: `Krav ${n}` }).getByLabel('Krav', { exact: true });
    await expect.poll(() => requirement(1).inputValue()).toBe(labels[0]);
    expect(await main.getByRole('group', { name: `Krav ${labels.length}` }).count()).toBe(0);
    const procedure = main.locator('section', {
      has: page.getByRole('heading', { name: 'Förfarande och varför' }),
    });
    await expect.poll(() => procedure.textContent()).toContain('Rangordning');
    await expect
      .poll(() => procedure.textContent())
      .toContain('Delområdet avropas alltid genom rangordning.');
    await settle(page);
    await expectNoAxeViolations(page);
  });
});
