// A user with memberships in two organisations switches between them in the header; the choice
// holds across a reload, and each organisation shows its own name, kind and roles.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { signIn } from './support/session.ts';

const TWO_ORGS = 'upphandlare@sydupphandling.demo.tildel.se'; // Sydupphandling and Kristianstad
const ONE_ORG = 'handlaggare@kristianstad.demo.tildel.se';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE' });
  return context.newPage();
}

/** The organisation picker in the header: the visible select that is not the language picker. */
function organisationPicker(page: Page) {
  return page.locator('header select:visible', { hasNot: page.locator('option[value="da"]') });
}

/** The name of the organisation shown on the home page. */
async function shownOrganisation(page: Page): Promise<string> {
  return (
    (await page
      .locator('main')
      .getByText(/kommun|Sydupphandling/)
      .first()
      .textContent()) ?? ''
  );
}

test('the switcher lists both organisations and switching changes what the home page shows', async () => {
  const page = await newPage();
  try {
    await signIn(page, TWO_ORGS);
    const picker = organisationPicker(page);
    await picker.waitFor();
    const options = (await picker.locator('option').allTextContents()).sort();
    expect(options).toEqual(['Kristianstads kommun', 'Sydupphandling – gemensam nämnd (demo)']);
    expect(await picker.getAttribute('aria-label')).toBe('Organisation');
    await expectNoAxeViolations(page);

    const before = await picker.inputValue();
    const beforeName = (await picker.locator(`option[value="${before}"]`).textContent()) ?? '';
    expect(await shownOrganisation(page)).toBe(beforeName);
    const other = await picker.locator(`option:not([value="${before}"])`).getAttribute('value');
    const otherName = (await picker.locator(`option[value="${other}"]`).textContent()) ?? '';

    const switched = page.waitForResponse(
      (r) => r.url().endsWith('/api/me/organisation') && r.request().method() === 'PUT',
    );
    await picker.selectOption(other!);
    expect((await switched).status()).toBe(200);
    await expect.poll(() => shownOrganisation(page)).toBe(otherName);
    const kind = otherName.includes('kommun') ? 'Kommun' : 'Upphandlingsorganisation';
    await page.locator('main').getByText(kind, { exact: false }).first().waitFor();
    await page.locator('main').getByText('Upphandlare', { exact: true }).waitFor();
    await expectNoAxeViolations(page);

    // The server remembers the active organisation: a reload keeps it.
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(() => organisationPicker(page).inputValue()).toBe(other);
    await expect.poll(() => shownOrganisation(page)).toBe(otherName);

    // And back again.
    await organisationPicker(page).selectOption(before);
    await expect.poll(() => shownOrganisation(page)).toBe(beforeName);
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});

test('a user with one organisation sees its name, not a switcher', async () => {
  const page = await newPage();
  try {
    await signIn(page, ONE_ORG);
    await page.locator('header').getByText('Kristianstads kommun').waitFor();
    expect(await organisationPicker(page).count()).toBe(0);
    await expectNoAxeViolations(page);
  } finally {
    await page.context().close();
  }
});
