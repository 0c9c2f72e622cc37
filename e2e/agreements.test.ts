// Framework agreements in the browser: the procurement officer opens the demo HVB agreement,
// hides a ranked supplier with a reason and dates and finds it in the supplier's timeline; a
// municipal buyer sees the same agreement read-only with the hidden badge. Axe on every page and
// dialog. The officer also drafts an agreement from scratch: municipalities, a lot (renamed
// afterwards), ranked suppliers with a price, a staffing requirement, a second lot deleted again
// after a confirmation, a new ranking, activation and an extension.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const OFFICER = 'upphandlare@sydupphandling.demo.tildel.se';
const BUYER = 'bestallare@kristianstad.demo.tildel.se';
const AGREEMENT = 'HVB för barn och unga';
const LOT_1 = 'Rangordnade leverantörer i delområde 1: Skåne nordost';
const REASON = `Personallistan saknas trots påminnelse (${Date.now()})`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(): Promise<Page> {
  return (await browser.newContext({ locale: 'sv-SE' })).newPage();
}

/** Wait for a Mantine modal to finish opening, so axe sees it as the user does. */
async function openDialog(page: Page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.waitForTimeout(400);
  return dialog;
}

/** The officer works for both the body and Kristianstad: the agreement is the body's. */
async function actAsBody(page: Page) {
  const picker = page.locator('header select:visible', {
    hasNot: page.locator('option[value="da"]'),
  });
  const body = await picker.locator('option', { hasText: 'Sydupphandling' }).getAttribute('value');
  if ((await picker.inputValue()) === body) return;
  const switched = page.waitForResponse(
    (r) => r.url().endsWith('/api/me/organisation') && r.request().method() === 'PUT',
  );
  await picker.selectOption(body!);
  await switched;
}

async function openAgreement(page: Page) {
  await page.getByRole('navigation').locator('a[href="/agreements"]').click();
  await page.waitForURL((url) => url.pathname === '/agreements');
  await expect.poll(() => page.locator('main h1').textContent()).toBe('Ramavtal');
  await page.getByRole('link', { name: AGREEMENT }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: AGREEMENT }).click();
  await expect.poll(() => page.locator('main h1').textContent()).toBe(AGREEMENT);
  // The lots come after the agreement, a page of them at a time.
  await lotTable(page, LOT_1).waitFor();
  await page.waitForLoadState('networkidle');
}

function lotTable(page: Page, caption: string) {
  return page.locator('main table', { has: page.locator('caption', { hasText: caption }) });
}

const isoDaysFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Picks an option of a Mantine select inside `scope` (searchable ones are typed into first). */
async function choose(
  page: Page,
  scope: ReturnType<Page['getByRole']>,
  label: string,
  option: string,
) {
  const input = scope.getByLabel(label).and(page.locator('input'));
  await input.click();
  if ((await input.getAttribute('readonly')) === null) await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Submits a dialog's form and waits for the dialog to close. */
async function submitDialog(dialog: ReturnType<Page['getByRole']>, button: string) {
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('framework agreements', () => {
  test('the procurement officer hides a ranked supplier and sees it in the timeline', async () => {
    const page = await newPage();
    await signIn(page, OFFICER);
    await actAsBody(page);
    await openAgreement(page);
    await page.getByRole('button', { name: 'Häv ramavtalet' }).waitFor();
    await expectNoAxeViolations(page);

    // The create dialog opens from the list and passes axe too.
    await page.goBack();
    await page.getByRole('button', { name: 'Nytt ramavtal' }).click();
    let dialog = await openDialog(page);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: AGREEMENT }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe(AGREEMENT);

    const row = lotTable(page, LOT_1).locator('tbody tr').nth(1);
    const supplierName = (await row.locator('td').nth(1).textContent())!;
    await row.getByRole('button', { name: /Ändra status/ }).click();
    dialog = await openDialog(page);
    await expectNoAxeViolations(page);
    await dialog.getByRole('radio', { name: 'Dölj', exact: true }).check();
    await dialog.getByLabel('Skäl').fill(REASON);
    await dialog.getByLabel('Dold till och med').fill(isoDaysFromNow(30));
    await dialog.getByRole('button', { name: 'Dölj leverantören' }).click();

    // After the change the supplier's timeline opens with the new entry first.
    const timeline = page.getByRole('dialog', { name: `Statushistorik för ${supplierName}` });
    await timeline.getByRole('cell', { name: REASON }).waitFor();
    // A page of the history with its total (a change on every lot writes one entry per lot).
    await timeline.getByText(/^1–\d+ av \d+$/).waitFor();
    await page.waitForTimeout(400);
    await expectNoAxeViolations(page);
    await timeline.getByRole('button', { name: 'Stäng' }).click();
    await timeline.waitFor({ state: 'detached' });
    await lotTable(page, LOT_1)
      .locator('tbody tr')
      .nth(1)
      .getByText('Dold', { exact: true })
      .waitFor();
    // Five axe runs, the lots read after the agreement: near the default minute under load.
  }, 120_000);

  test('a municipal buyer sees the agreement read-only with the hidden badge', async () => {
    const page = await newPage();
    await signIn(page, BUYER);
    await openAgreement(page);
    await page.getByText('Du ser det eftersom din kommun deltar', { exact: false }).waitFor();
    expect(await page.getByText('Dold', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /Ändra status/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Häv ramavtalet' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    const row = lotTable(page, LOT_1).locator('tbody tr').nth(1);
    await row.getByRole('button', { name: /Historik/ }).click();
    const dialog = await openDialog(page);
    await dialog.getByRole('cell', { name: REASON }).waitFor();
    await expectNoAxeViolations(page);
  });

  test('the procurement officer drafts an agreement, ranks suppliers and activates it', async () => {
    const page = await newPage();
    await signIn(page, OFFICER);
    await actAsBody(page);
    const stamp = Date.now();
    const title = `Ungdomsboende söder (${stamp})`;
    await page.getByRole('navigation').locator('a[href="/agreements"]').click();
    await page.getByRole('button', { name: 'Nytt ramavtal' }).click();
    let dialog = await openDialog(page);
    await dialog.getByLabel('Diarienummer').fill(`E2E-${stamp}`);
    await dialog.getByLabel('Benämning').fill(title);
    await dialog.getByLabel('Startdatum').fill(isoDaysFromNow(30));
    await dialog.getByLabel('Slutdatum').fill(isoDaysFromNow(30 + 730));
    await dialog.getByLabel('Förlängningsoptioner (månader)').fill('12');
    await submitDialog(dialog, 'Skapa utkast');
    await expect.poll(() => page.locator('main h1').textContent()).toBe(title);
    await page.getByRole('button', { name: 'Välj kommuner' }).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: 'Välj kommuner' }).isEnabled())
      .toBe(true);
    await expectNoAxeViolations(page);

    // Two participating municipalities from the mandate.
    await page.getByRole('button', { name: 'Välj kommuner' }).click();
    dialog = await openDialog(page);
    await expectNoAxeViolations(page);
    await dialog.getByRole('checkbox', { name: /^Kristianstads kommun/ }).check();
    await dialog.getByRole('checkbox', { name: /^Hässleholms kommun/ }).check();
    await submitDialog(dialog, 'Spara (2 valda)');
    await page.getByRole('heading', { name: 'Deltagande kommuner (2)' }).waitFor();

    // A lot for HVB youth with a volume rule explained in words; an empty name is refused on the field.
    await page.getByRole('button', { name: 'Lägg till delområde' }).click();
    dialog = await openDialog(page);
    await choose(page, dialog, 'Tjänstekategori', 'HVB för barn och unga');
    await dialog.getByRole('radio', { name: 'Volymregel' }).check();
    await dialog.getByLabel('Tröskel').fill('90');
    await dialog
      .getByText('Avrop på högst 90 dygn går till rangordningen', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Lägg till delområdet' }).click();
    await dialog.getByText('Fältet måste fyllas i.', { exact: false }).waitFor();
    await dialog.getByLabel('Namn').fill('Nordost');
    await submitDialog(dialog, 'Lägg till delområdet');
    await lotTable(page, 'Rangordnade leverantörer i delområde 1: Nordost').waitFor();

    // The lot is renamed in the same dialog, prefilled with what was saved.
    await page.getByRole('button', { name: /^Ändra delområde.*Delområde 1: Nordost/ }).click();
    dialog = await openDialog(page);
    await dialog.getByRole('heading', { name: 'Ändra Delområde 1: Nordost' }).waitFor();
    expect(await dialog.getByLabel('Tröskel').inputValue()).toBe('90');
    await expectNoAxeViolations(page);
    await dialog.getByLabel('Namn').fill('Nordost och Göinge');
    await submitDialog(dialog, 'Spara delområde');
    await page.getByText('Delområdet sparades.').waitFor();
    const caption = 'Rangordnade leverantörer i delområde 1: Nordost och Göinge';
    await lotTable(page, caption).waitFor();
    await page.getByText('rangordning upp till 90', { exact: false }).waitFor();

    // Two suppliers: the second goes in at rank 1 with an agreed price typed the Swedish way.
    // The supplier list leaves out those already on the lot, so the first option is always new.
    const addSupplier = async (rank: string | null, price: string | null) => {
      await page.getByRole('button', { name: /^Lägg till leverantör.*Delområde 1/ }).click();
      const d = await openDialog(page);
      await d.getByLabel('Leverantör').and(page.locator('input')).click();
      const option = page.getByRole('listbox').getByRole('option').first();
      const name = (await option.textContent())!;
      await option.click();
      if (rank) await d.getByLabel('Rang').fill(rank);
      if (price) await d.getByLabel('Avtalat pris (SEK)').fill(price);
      await expectNoAxeViolations(page);
      await submitDialog(d, 'Lägg till leverantören');
      return name;
    };
    const first = await addSupplier(null, null);
    const second = await addSupplier('1', '4 250,50');
    const rows = lotTable(page, caption).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => rows.nth(0).locator('td').nth(1).textContent()).toBe(second);
    expect(await rows.nth(0).locator('td').nth(3).textContent()).toMatch(
      /4\s?250,50\s?kr per dygn\s*Gäller från/,
    );

    // A staffing density requirement, shown in words.
    await page.getByRole('button', { name: 'Lägg till avtalskrav' }).click();
    dialog = await openDialog(page);
    await dialog.getByLabel('Minsta antal årsarbetare per placerad').fill('1,2');
    await dialog.getByRole('checkbox', { name: /Gäller varje arbetspass/ }).check();
    await expectNoAxeViolations(page);
    await submitDialog(dialog, 'Lägg till kravet');
    const requirement = 'Minst 1,2 årsarbetare per placerad, under varje arbetspass';
    await page.getByText(requirement, { exact: true }).waitFor();

    // Removing a requirement or a supplier asks first; cancelling keeps both.
    await page.getByRole('button', { name: /^Ta bort.*Minst 1,2 årsarbetare/ }).click();
    dialog = await openDialog(page);
    await dialog.getByText(`Ta bort det här kravet ur utkastet: ${requirement}?`).waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(requirement, { exact: true }).waitFor();
    await rows.nth(0).getByRole('button', { name: 'Ta bort' }).click();
    dialog = await openDialog(page);
    await dialog
      .getByText(`Ta bort ${second} från Delområde 1: Nordost och Göinge?`, { exact: false })
      .waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(2);

    // A second lot, deleted again through a confirmation that names it.
    await page.getByRole('button', { name: 'Lägg till delområde' }).click();
    dialog = await openDialog(page);
    await choose(page, dialog, 'Tjänstekategori', 'HVB för barn och unga');
    await dialog.getByLabel('Namn').fill('Tillfälligt');
    await submitDialog(dialog, 'Lägg till delområdet');
    const extraLot = lotTable(page, 'Rangordnade leverantörer i delområde 2: Tillfälligt');
    await extraLot.waitFor();
    await page
      .getByRole('button', { name: /^Ta bort delområde.*Delområde 2: Tillfälligt/ })
      .click();
    dialog = await openDialog(page);
    await dialog.getByText('Ta bort Delområde 2: Tillfälligt?', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await submitDialog(dialog, 'Ta bort delområde');
    await page.getByText('Delområde 2: Tillfälligt togs bort.').waitFor();
    expect(await extraLot.count()).toBe(0);
    await lotTable(page, caption).waitFor();

    // Rerank: the first supplier moves back up; ranks stay 1..2.
    await rows
      .nth(1)
      .getByRole('button', { name: `Flytta upp ${first}` })
      .click();
    await expect.poll(() => rows.nth(0).locator('td').nth(1).textContent()).toBe(first);
    expect(await rows.nth(1).locator('td').nth(0).innerText()).toMatch(/^2\b/);
    expect(await rows.nth(0).locator('td').nth(0).innerText()).toMatch(/^1\b/);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Aktivera avtalet' }).click();
    await page.getByText('Avtalet är aktiverat.').waitFor();
    await page.getByRole('button', { name: 'Häv ramavtalet' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lägg till delområde' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ändra delområde/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ta bort delområde/ }).count()).toBe(0);
    // Reranking stays possible while the agreement runs.
    await rows
      .nth(1)
      .getByRole('button', { name: `Flytta upp ${second}` })
      .waitFor();
    await expectNoAxeViolations(page);

    // The one extension option is used: the end date moves a year and the button goes away.
    await page.getByText('0 av 1 utnyttjade').waitFor();
    await page.getByRole('button', { name: 'Utnyttja förlängningsoption' }).click();
    dialog = await openDialog(page);
    await dialog.getByText('förlänger avtalet med 12 månader', { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await submitDialog(dialog, 'Förläng avtalet');
    await page.getByText('1 av 1 utnyttjade').waitFor();
    expect(await page.getByRole('button', { name: 'Utnyttja förlängningsoption' }).count()).toBe(0);
    // A long flow with an axe run on every dialog: more than the default minute under load.
  }, 120_000);
});
